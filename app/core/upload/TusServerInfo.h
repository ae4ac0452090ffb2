#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QStringList>

#include <optional>

struct HttpAnswer;

// What a tus server says about itself in its OPTIONS answer: versions, extensions, the largest upload it
// takes and the checksum algorithms it verifies.
struct TusServerInfo
{
    bool known = false;
    QList<QByteArray> versions;
    QList<QByteArray> extensions;
    qint64 maxSize = 0;       // 0: no limit given
    QByteArray maxSizeHeader; // as sent, for the 413 message
    QList<QByteArray> checksumAlgorithms;

    bool has(const char *extension) const { return extensions.contains(QByteArray(extension)); }
    bool supportsVersion100() const { return versions.isEmpty() || versions.contains("1.0.0"); }
    // The first advertised algorithm we can compute, preferring sha1 (the one tus names), or none.
    QByteArray checksumAlgorithm() const;
    static std::optional<QCryptographicHash::Algorithm> hashFor(const QByteArray &name);

    static TusServerInfo fromAnswer(const HttpAnswer &answer);
};
