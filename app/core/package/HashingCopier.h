#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

class ArchiveSink;

// Copies one file into a package in a single pass: each block read is hashed (SHA-256) on this thread
// while the previous block is written by a helper thread, so reading, hashing and writing overlap.
class HashingCopier
{
    Q_DECLARE_TR_FUNCTIONS(HashingCopier)
public:
    static constexpr qint64 BlockSize = 4 << 20; // 4 MiB

    // Called after each block with the number of bytes just copied.
    using Progress = std::function<void(qint64 bytes)>;

    HashingCopier(const std::atomic_bool *cancel = nullptr, Progress progress = {});

    // Copies `source` into the sink as `relativePath` (stored without compression); sets the hex digest
    // and the size. False with a message on a read or write error, or on cancel.
    bool copy(const QString &source, ArchiveSink &sink, const QString &relativePath, QString *sha256Hex,
              qint64 *size, QString *error);

private:
    const std::atomic_bool *m_cancel;
    Progress m_progress;
};
