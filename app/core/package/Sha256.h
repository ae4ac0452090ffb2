#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>

class QFile;

typedef struct evp_md_ctx_st EVP_MD_CTX;

// SHA-256 through OpenSSL's EVP interface (which uses the CPU's SHA extensions when present).
// Feed bytes with update(), then read the digest once with hex() or digest().
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset();
    void update(const char *data, qint64 size);
    void update(const QByteArray &data) { update(data.constData(), data.size()); }
    QByteArray digest(); // 32 raw bytes; finishes the hash
    QString hex();       // 64 lower-case hex digits; finishes the hash

    static QString hexOf(const QByteArray &data);
    // Hashes a whole file in large blocks; false with a message naming the file on a read error or cancel.
    static bool hashFile(const QString &path, QString *hex, QString *error,
                         const std::atomic_bool *cancel = nullptr);
    // Reads an open file to its end, block->size() bytes at a time, handing each block to sink; false when
    // sink returns false (*error as sink left it), or with a message naming the file on a read error or
    // cancel. hashFile and BagReader read files through this loop.
    static bool readBlocks(QFile &file, QByteArray *block,
                           const std::function<bool(const char *, qint64)> &sink, QString *error,
                           const std::atomic_bool *cancel);

private:
    EVP_MD_CTX *m_ctx = nullptr;
    bool m_finished = false;
};
