#include "package/Sha256.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

using namespace Qt::StringLiterals;

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new())
{
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::reset()
{
    EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
    m_finished = false;
}

void Sha256::update(const char *data, qint64 size)
{
    if (size > 0)
        EVP_DigestUpdate(m_ctx, data, size_t(size));
}

QByteArray Sha256::digest()
{
    QByteArray out(EVP_MAX_MD_SIZE, '\0');
    unsigned int length = 0;
    if (!m_finished) {
        EVP_DigestFinal_ex(m_ctx, reinterpret_cast<unsigned char *>(out.data()), &length);
        m_finished = true;
    }
    out.resize(int(length));
    return out;
}

QString Sha256::hex()
{
    return QString::fromLatin1(digest().toHex());
}

QString Sha256::hexOf(const QByteArray &data)
{
    Sha256 h;
    h.update(data);
    return h.hex();
}

bool Sha256::hashFile(const QString &path, QString *hex, QString *error, const std::atomic_bool *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                QCoreApplication::translate("Sha256", "%1: cannot read (%2)").arg(path, file.errorString());
        return false;
    }
    Sha256 h;
    QByteArray block(1 << 20, Qt::Uninitialized); // 1 MiB: stays in the core's cache while it is hashed
    const auto feed = [&h](const char *data, qint64 size) {
        h.update(data, size);
        return true;
    };
    if (!readBlocks(file, &block, feed, error, cancel))
        return false;
    *hex = h.hex();
    return true;
}

bool Sha256::readBlocks(QFile &file, QByteArray *block, const std::function<bool(const char *, qint64)> &sink,
                        QString *error, const std::atomic_bool *cancel)
{
    for (;;) {
        if (cancel && cancel->load()) {
            if (error)
                *error = QCoreApplication::translate("Sha256", "cancelled");
            return false;
        }
        const qint64 n = file.read(block->data(), block->size());
        if (n < 0) {
            if (error)
                *error = QCoreApplication::translate("Sha256", "%1: read error (%2)")
                             .arg(file.fileName(), file.errorString());
            return false;
        }
        if (n == 0)
            return true;
        if (!sink(block->constData(), n))
            return false;
    }
}
