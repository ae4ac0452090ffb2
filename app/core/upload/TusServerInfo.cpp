#include "upload/TusServerInfo.h"

#include "upload/HttpAnswer.h"

namespace {
QList<QByteArray> listHeader(const HttpAnswer &reply, const char *name)
{
    QList<QByteArray> out;
    const QList<QByteArray> parts = reply.rawHeader(name).split(',');
    for (const QByteArray &p : parts) {
        const QByteArray t = p.trimmed().toLower();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}
} // namespace

std::optional<QCryptographicHash::Algorithm> TusServerInfo::hashFor(const QByteArray &name)
{
    if (name == "sha1")
        return QCryptographicHash::Sha1;
    if (name == "sha256")
        return QCryptographicHash::Sha256;
    if (name == "sha512")
        return QCryptographicHash::Sha512;
    if (name == "md5")
        return QCryptographicHash::Md5;
    return std::nullopt;
}

QByteArray TusServerInfo::checksumAlgorithm() const
{
    if (!has("checksum"))
        return {};
    if (checksumAlgorithms.contains("sha1"))
        return "sha1";
    for (const QByteArray &a : checksumAlgorithms)
        if (hashFor(a))
            return a;
    return {};
}

TusServerInfo TusServerInfo::fromAnswer(const HttpAnswer &reply)
{
    TusServerInfo info;
    info.known = true;
    info.versions = listHeader(reply, "Tus-Version");
    info.extensions = listHeader(reply, "Tus-Extension");
    info.checksumAlgorithms = listHeader(reply, "Tus-Checksum-Algorithm");
    info.maxSizeHeader = reply.rawHeader("Tus-Max-Size").trimmed();
    bool ok = false;
    const qint64 max = info.maxSizeHeader.toLongLong(&ok);
    info.maxSize = ok && max > 0 ? max : 0;
    return info;
}
