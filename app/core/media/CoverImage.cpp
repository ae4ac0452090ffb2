#include "media/CoverImage.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CoverImage", text);
}

// Width and height of the limits' shape, at least `want` wide, fitted into `image`.
QSize shapedSize(const QSize &image, int want, const CoverImage::Limits &limits)
{
    const double a = limits.aspect;
    int w = qMax(want, limits.minimum.width());
    if (a > 0)
        w = qMax(w, int(std::ceil(limits.minimum.height() * a)));
    w = qMin(w, image.width());
    int h = a > 0 ? int(std::lround(w / a)) : 0;
    if (a > 0 && h > image.height()) {
        h = image.height();
        w = qMin(image.width(), int(std::lround(h * a)));
    }
    return {w, h};
}
} // namespace

CoverImage::Limits CoverImage::Limits::fromRule(const QJsonObject &rule)
{
    Limits limits;
    limits.minimum =
        QSize(qMax(0, rule.value("min_width"_L1).toInt(0)), qMax(0, rule.value("min_height"_L1).toInt(0)));
    limits.aspectText = rule.value("aspect"_L1).toString();
    const double w = limits.aspectText.section(u':', 0, 0).toDouble();
    const double h = limits.aspectText.section(u':', 1, 1).toDouble();
    limits.aspect = w > 0 && h > 0 ? w / h : 0;
    return limits;
}

QRect CoverImage::constrain(const QSize &image, const QRect &wanted, const Limits &limits)
{
    if (image.isEmpty())
        return {};
    QSize size = shapedSize(image, wanted.width(), limits);
    if (limits.aspect <= 0)
        size.setHeight(
            qBound(qMin(limits.minimum.height(), image.height()), wanted.height(), image.height()));
    if (size.width() < limits.minimum.width() || size.height() < limits.minimum.height() || size.isEmpty())
        return {};
    QRect rect(QPoint(0, 0), size);
    rect.moveCenter(wanted.isValid() ? wanted.center() : QRect(QPoint(0, 0), image).center());
    rect.moveLeft(qBound(0, rect.left(), image.width() - size.width()));
    rect.moveTop(qBound(0, rect.top(), image.height() - size.height()));
    return rect;
}

QRect CoverImage::largest(const QSize &image, const Limits &limits)
{
    return constrain(image, QRect(QPoint(0, 0), image), limits);
}

bool CoverImage::saveJpeg(const QImage &image, const QString &path, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = tr("cannot create the folder %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QImageWriter writer(&file, "jpeg");
    writer.setQuality(92);
    writer.setOptimizedWrite(true);
    if (!writer.write(image.convertToFormat(QImage::Format_RGB888)) || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2")
                         .arg(path, writer.error() != QImageWriter::UnknownError ? writer.errorString()
                                                                                 : file.errorString());
        return false;
    }
    return true;
}

QString CoverImage::folderFor(const QString &workspacePath)
{
    const QFileInfo info(workspacePath);
    return info.absoluteDir().filePath(info.completeBaseName() + u"-covers"_s);
}

QString CoverImage::newFilePath(const QString &workspacePath, const QString &resourceUid)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-hhmmss-zzz"_s);
    return QDir(folderFor(workspacePath)).filePath(u"cover-%1-%2.jpg"_s.arg(resourceUid, stamp));
}
