#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// What the fix tests share: a test profile with low picture and bitrate minimums (so that transcodes of
// tiny media are fast), and ways to look inside a result with the ffmpeg CLI.
namespace FixFixture {
// The built-in profile's technical section with resolution ≥ 320×180 and bitrate ≥ 400 kbit/s; every other
// rule as the built-in one.
QJsonObject smallTechnical();
QJsonObject builtinTechnical();
// "size md5" per video packet (ffmpeg -map 0:v -c copy -f framemd5): equal lists mean an unchanged bitstream.
QStringList videoPackets(const QString &path);
// The processes whose parent is this process, by name (from /proc).
QStringList childProcesses();
} // namespace FixFixture
