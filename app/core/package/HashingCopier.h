#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

class ArchiveSink;
class ContentFingerprint;
class Sha256;

// Copies one file into a package in a single pass and hashes it (SHA-256, and on request the
// ContentFingerprint that lets an upload confirm the bytes later). The sink copies each block
// (ArchiveSink::copyFromFile: the kernel copies into a folder or a zip, where it can) and the block is hashed
// as read back from the copy, in a buffer small enough to stay in the CPU's cache (a zip's CRC-32 is taken
// from the same buffer). Memory: one CopyBlock buffer per file being copied.
class HashingCopier
{
    Q_DECLARE_TR_FUNCTIONS(HashingCopier)
public:
    // 1 MiB: measured faster than 4 MiB for read + hash (the block stays in the core's cache).
    static constexpr qint64 CopyBlock = 1 << 20;

    // What one copy wrote: its SHA-256 and, when asked, its fingerprint (lower-case hex) and its size.
    struct Copied
    {
        QString sha256;
        QString fingerprint;
        qint64 size = 0;
    };
    // Called after each block with the number of bytes just copied.
    using Progress = std::function<void(qint64 bytes)>;

    HashingCopier(const std::atomic_bool *cancel = nullptr, Progress progress = {});
    // Also takes the ContentFingerprint (off by default: only an upload's later check needs it).
    void setFingerprinting(bool on) { m_fingerprinting = on; }

    // Copies `source` into the sink as `relativePath` (stored without compression) and says what it wrote.
    // False with a message on a read or write error, on cancel, or when the file's size changed while it
    // was copied.
    bool copy(const QString &source, ArchiveSink &sink, const QString &relativePath, Copied *out,
              QString *error);

private:
    struct Pass
    {
        const QString &source;
        ArchiveSink &sink;
        qint64 expected = 0; // the size when the copy started
        Sha256 &hash;
        ContentFingerprint *fingerprint; // null unless fingerprinting
        qint64 total = 0;
        QString failure;
    };
    bool copyBlocks(int sourceFd, Pass &pass);
    bool cancelled(Pass &pass) const;

    const std::atomic_bool *m_cancel;
    Progress m_progress;
    bool m_fingerprinting = false;
};
