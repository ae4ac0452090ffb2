#pragma once

#include <QList>
#include <QString>

// The FFmpeg libraries the media check runs in-process, as the About box names them: the version loaded
// at run time (which a distribution update changes) beside the one the program was built with.
namespace FfmpegVersions {
struct Library
{
    QString name;    // "libavformat"
    QString runtime; // "59.27.100"
    QString build;   // "59.27.100"
};
QString release();          // FFmpeg's own version string at run time, e.g. "5.1.6-0+deb12u1"
QList<Library> libraries(); // libavformat, libavcodec, libavutil
} // namespace FfmpegVersions
