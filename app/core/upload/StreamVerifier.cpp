#include "upload/StreamVerifier.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

void StreamVerifier::reset(const QString &path, qint64 size, const QString &expectedSha256,
                           const QString &expectedFingerprint)
{
    m_path = path;
    m_size = size;
    m_expected = expectedSha256.toLower();
    m_hashedTo = 0;
    m_mismatch = false;
    m_hash.reset();
    m_fingerprint.reset();
    if (!isActive())
        return;
    if (ContentFingerprint::isWellFormed(expectedFingerprint)) {
        m_expected = expectedFingerprint;
        m_fingerprint = std::make_unique<ContentFingerprint>();
    } else {
        m_hash = std::make_unique<Sha256>();
    }
}

void StreamVerifier::hash(const char *data, qint64 size)
{
    if (m_fingerprint)
        m_fingerprint->update(data, size);
    else if (m_hash)
        m_hash->update(data, size);
}

bool StreamVerifier::catchUp(qint64 offset, qint64 limit, QString *why)
{
    if (!isActive() || m_hashedTo >= offset)
        return true;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_hashedTo)) {
        *why = tr("%1 could not be read: %2").arg(QFileInfo(m_path).fileName(), file.errorString());
        return false;
    }
    QByteArray block(qint64(1) << 20, Qt::Uninitialized);
    qint64 left = std::min(limit, offset - m_hashedTo);
    while (left > 0) {
        const qint64 got = file.read(block.data(), std::min<qint64>(block.size(), left));
        if (got <= 0) {
            *why = tr("%1 could not be read at byte %2 (it may have been shortened).")
                       .arg(QFileInfo(m_path).fileName(), QString::number(m_hashedTo));
            return false;
        }
        hash(block.constData(), got);
        m_hashedTo += got;
        left -= got;
    }
    return finishIfComplete(why);
}

bool StreamVerifier::see(qint64 position, QByteArrayView piece, QString *why)
{
    if (!isActive())
        return true;
    const qint64 end = position + piece.size();
    if (position > m_hashedTo) {
        *why = u"internal: bytes %1 to %2 of %3 were not hashed before sending"_s.arg(
            QString::number(m_hashedTo), QString::number(position), m_path);
        return false;
    }
    if (end > m_hashedTo) {
        const qint64 skip = m_hashedTo - position;
        hash(piece.data() + skip, piece.size() - skip);
        m_hashedTo = end;
    }
    return finishIfComplete(why);
}

bool StreamVerifier::finishIfComplete(QString *why)
{
    if (m_hashedTo < m_size || (!m_hash && !m_fingerprint))
        return true;
    const QString actual = m_fingerprint ? m_fingerprint->hex() : m_hash->hex();
    const bool fingerprint = m_fingerprint != nullptr;
    m_hash.reset();
    m_fingerprint.reset();
    if (actual == m_expected) {
        m_expected.clear(); // verified: nothing more to check
        return true;
    }
    const QString name = QFileInfo(m_path).fileName();
    *why = fingerprint
               ? tr("%1: fingerprint %2, the export recorded %3 (the file changed since it was hashed "
                    "for the manifest)")
                     .arg(name, actual, m_expected)
               : tr("%1: sha256 %2, the package's manifest says %3").arg(name, actual, m_expected);
    m_mismatch = true;
    m_expected.clear();
    return false;
}
