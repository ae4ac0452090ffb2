#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QRect>
#include <QString>

// The cover picture made from a video frame: the crop the profile's image rule allows (aspect and minimum
// size, docs/profile-format.md) and the JPEG written into the workspace's cover folder.
namespace CoverImage {
struct Limits
{
    QSize minimum;     // 0×0 = none
    double aspect = 0; // width / height; 0 = any shape
    // From an image field's rule: min_width, min_height, aspect ("16:9").
    static Limits fromRule(const QJsonObject &rule);
    QString aspectText; // as the profile wrote it, for messages
};

// The rectangle inside a picture of `image` size nearest to `wanted` (its centre kept where it can be) with
// the limits' aspect and at least their minimum size; an invalid QRect when the picture is too small.
QRect constrain(const QSize &image, const QRect &wanted, const Limits &limits);
// The largest such rectangle, centred.
QRect largest(const QSize &image, const Limits &limits);
// Writes the picture as a JPEG (quality 92) through a temporary file renamed when complete.
bool saveJpeg(const QImage &image, const QString &path, QString *error);
// Where covers made from frames go: "<workspace folder>/<workspace name>-covers".
QString folderFor(const QString &workspacePath);
// A new file name there for this resource ("cover-<resource uid>-<yyyyMMdd-hhmmss-zzz>.jpg").
QString newFilePath(const QString &workspacePath, const QString &resourceUid);
} // namespace CoverImage
