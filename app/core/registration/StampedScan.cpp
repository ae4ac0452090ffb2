#include "registration/StampedScan.h"

#include "workspace/UnitStore.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

StampedScan::Kind StampedScan::detect(const QByteArray &head)
{
    if (head.startsWith("\xFF\xD8\xFF"))
        return Jpeg;
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return Png;
    // A PDF's header may follow a little junk (some scanners); readers look in the first 1024 bytes.
    if (head.left(1024).contains("%PDF-"))
        return Pdf;
    return Unknown;
}

StampedScan::Kind StampedScan::detectFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read the stamped scan %1: %2").arg(path, file.errorString());
        return Unknown;
    }
    if (file.size() > kMaxBytes) {
        if (error)
            *error =
                tr("the stamped scan %1 is %2 MB; at most %3 MB fit in an e-mail, scan at a lower resolution")
                    .arg(path)
                    .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                    .arg(kMaxBytes / (1024 * 1024));
        return Unknown;
    }
    const Kind kind = detect(file.read(1024));
    if (kind == Unknown && error)
        *error = tr("%1 is not a JPEG, PNG or PDF file (checked by content)").arg(path);
    return kind;
}

QByteArray StampedScan::mimeType(Kind kind)
{
    switch (kind) {
    case Jpeg:
        return "image/jpeg";
    case Png:
        return "image/png";
    case Pdf:
        return "application/pdf";
    case Unknown:
        break;
    }
    return "application/octet-stream";
}

QString StampedScan::suffix(Kind kind)
{
    switch (kind) {
    case Jpeg:
        return u"jpg"_s;
    case Png:
        return u"png"_s;
    case Pdf:
        return u"pdf"_s;
    case Unknown:
        break;
    }
    return u"bin"_s;
}

bool StampedScan::attach(UnitStore &store, qint64 unitId, const QString &path, QString *error)
{
    if (detectFile(path, error) == Unknown)
        return false;
    return store.setField(unitId, u"stamped_scan"_s, QFileInfo(path).absoluteFilePath(), error);
}

bool StampedScan::detach(UnitStore &store, qint64 unitId, QString *error)
{
    return store.setField(unitId, u"stamped_scan"_s, u""_s, error); // "" not null: the column is NOT NULL
}
