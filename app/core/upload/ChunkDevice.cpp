#include "upload/ChunkDevice.h"

#include "upload/RateLimiter.h"
#include "upload/TusServerInfo.h"

#include <QCryptographicHash>

#include <algorithm>

ChunkDevice::ChunkDevice(const QString &path, qint64 start, qint64 length, RateLimiter *limiter,
                         QObject *parent)
    : QIODevice(parent), m_file(path), m_start(start), m_length(length), m_limiter(limiter)
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &QIODevice::readyRead);
}

bool ChunkDevice::open(OpenMode mode)
{
    if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(m_start)) {
        m_error = m_file.errorString();
        return false;
    }
    return QIODevice::open(mode);
}

bool ChunkDevice::isSequential() const
{
    return m_limiter && m_limiter->limit() > 0;
}

bool ChunkDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length || !m_file.seek(m_start + pos))
        return false;
    m_sent = pos;
    return QIODevice::seek(pos);
}

bool ChunkDevice::reset()
{
    if (!isSequential())
        return seek(0);
    if (!m_file.seek(m_start))
        return false;
    m_sent = 0;
    return true;
}

qint64 ChunkDevice::bytesAvailable() const
{
    return (m_length - m_sent) + QIODevice::bytesAvailable();
}

qint64 ChunkDevice::readData(char *data, qint64 maxSize)
{
    qint64 wanted = std::min(maxSize, m_length - m_sent);
    if (wanted <= 0)
        return m_sent >= m_length ? -1 : 0;
    if (m_limiter) {
        wanted = m_limiter->take(wanted);
        if (wanted == 0) {
            if (!m_wake.isActive())
                m_wake.start(m_limiter->waitMs());
            return 0;
        }
    }
    const qint64 got = m_file.read(data, wanted);
    if (got <= 0) {
        m_error = got < 0 ? m_file.errorString() : QStringLiteral("the file ended early");
        return -1;
    }
    m_sent += got;
    return got;
}

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
