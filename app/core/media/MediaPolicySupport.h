#pragma once

// What MediaPolicy's rule files share: reading rule objects of the profile's technical section, making a
// CheckResult, and wording numbers and ffmpeg hints from the profile (docs/profile-format.md, "The
// technical section"). Internal to the media library.

#include "media/CheckResult.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace PolicySupport {
using Status = CheckResult::Status;

QStringList stringList(const QJsonValue &value);
QString upperList(const QJsonValue &value, const QString &separator = QStringLiteral(", "));
CheckResult make(const QString &id, Status status, const QString &expected, const QString &actual,
                 const QString &message, const QString &hint = QString());
QString mbps(double bitsPerSecond);
// A profile number as written ("25", "29.97", "3600").
QString plain(double value);
QString levelText(int level);
Status statusFrom(const QJsonValue &value);
QJsonObject ruleOf(const QJsonObject &section, const char *id);
// ffmpeg options that encode to the section's codecs: "-c:v libx264 -pix_fmt yuv420p -c:a aac",
// each part present when the profile's rule that names it is.
QString videoEncodeArgs(const QJsonObject &section, const QString &videoExtra = QString());
// "Convert it to MP3, e.g. ffmpeg -i IN -c:a libmp3lame -ar 44100 -ac 2 OUT.mp3" from the audio
// section's format, encoder, sample rate and channels.
QString audioConvertHint(const QJsonObject &section);
// True when the picture's long:short ratio is within 1% of the profile's "aspect" ("16:9").
bool aspectMatches(int longSide, int shortSide, const QString &aspect);
// The profile's name and explanation of the rule, in the UI's language.
CheckResult named(CheckResult result, const QJsonObject &rule);
} // namespace PolicySupport
