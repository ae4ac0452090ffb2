#include "package/ContentFingerprint.h"

#include <QByteArray>
#include <QRegularExpression>

ContentFingerprint::ContentFingerprint() noexcept
{
    XXH3_INITSTATE(&m_state); // a state not from XXH3_createState(), as xxhash.h asks
    XXH3_128bits_reset(&m_state);
}

void ContentFingerprint::update(const char *data, qint64 size)
{
    if (size > 0)
        XXH3_128bits_update(&m_state, data, size_t(size));
}

QString ContentFingerprint::hex() const
{
    XXH128_canonical_t canonical; // big-endian: the digits read as the 128-bit number
    XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(&m_state));
    const QByteArray bytes(reinterpret_cast<const char *>(canonical.digest), sizeof canonical.digest);
    return QString::fromLatin1(bytes.toHex());
}

bool ContentFingerprint::isWellFormed(const QString &hex)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9a-f]{32}$"));
    return digits.match(hex).hasMatch();
}

QString ContentFingerprint::hexOf(const QByteArray &data)
{
    ContentFingerprint f;
    f.update(data.constData(), data.size());
    return f.hex();
}
