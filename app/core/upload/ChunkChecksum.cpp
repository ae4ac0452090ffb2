#include "upload/ChunkChecksum.h"

#include "upload/TusServerInfo.h"

#include <QCryptographicHash>
#include <QFile>

#include <algorithm>

QByteArray hashFileRange(const QString &path, qint64 start, qint64 length, const QByteArray &algorithm,
                         QString *error)
{
    const auto kind = TusServerInfo::hashFor(algorithm);
    QFile file(path);
    if (!kind || !file.open(QIODevice::ReadOnly) || !file.seek(start)) {
        if (error)
            *error = kind ? file.errorString() : QStringLiteral("unknown checksum algorithm");
        return {};
    }
    QCryptographicHash hash(*kind);
    QByteArray block(1 << 20, Qt::Uninitialized);
    qint64 left = length;
    while (left > 0) {
        const qint64 got = file.read(block.data(), std::min<qint64>(left, block.size()));
        if (got <= 0) {
            if (error)
                *error = file.errorString();
            return {};
        }
        hash.addData(QByteArrayView(block.constData(), got));
        left -= got;
    }
    return hash.result();
}
