#pragma once

#include "common/WriteBehind.h"
#include "package/ArchiveSink.h"
#include "package/ZipRecords.h"

#include <QCoreApplication>

#include <memory>

// Writes a bag as a Zip64 archive (ZipRecords): media stored as they are, text deflated, every entry under
// one top-level folder named after the bag. A stored entry's place in the archive is fixed when it begins
// (its header's size and its own size are known), so several writers (parallelWriter) fill their entries at
// once, each at its own offset, as a folder's files are filled: payload files are copied by the kernel into
// the archive (copyFromFile: copy_file_range at the entry's offset) and read back in cache-sized blocks for
// the entry's CRC-32 here and the caller's SHA-256 (HashingCopier). An entry's local header is written once
// its data is, with the CRC-32 and sizes (no data descriptor); close() writes the central directory.
// A deflated entry (the bag's small text files) is kept in memory until endFile, then placed.
class ZipSink : public ArchiveSink
{
    Q_DECLARE_TR_FUNCTIONS(ZipSink)
public:
    // The most write() hands the kernel at once. Writes of 1 MiB and more into the page cache were measured
    // 3 to 6 times slower than 256 KiB ones on Linux 6.x (issue 17.3): libarchive's 1 MiB blocks were most
    // of a zip export's time.
    static constexpr qint64 WriteChunk = 256 << 10;

    ~ZipSink() override;
    bool open(const QString &path, const QString &rootName, QString *error) override;
    bool beginFile(const QString &relativePath, qint64 size, bool compress, QString *error) override;
    bool write(const char *data, qint64 size, QString *error) override;
    bool endFile(QString *error) override;
    bool close(QString *error) override;
    void abort() override;
    std::unique_ptr<ArchiveSink> parallelWriter() const override;
    qint64 copyFromFile(int sourceFd, char *readBack, qint64 size, QString *error) override;

private:
    struct Output; // the archive file, where its next entry goes, and its entries: shared by the writers

    qint64 copyInKernel(int sourceFd, qint64 size, QString *error);
    qint64 probeGrowth(int sourceFd, char *readBack, QString *error);
    void place(qint64 dataSize); // reserves the current entry's header and data at the archive's end
    bool finishPacked(QString *error);
    bool finishEntry(QString *error);
    bool writeAt(qint64 offset, const char *data, qint64 size, QString *error);
    bool readAt(qint64 offset, char *data, qint64 size, QString *error);
    QString failure(const QString &what) const; // "archive: cannot write entry (what)"
    QString systemError(int code) const;

    std::shared_ptr<Output> m_output;
    bool m_owner = false; // the sink that created the archive: it writes the directory and closes the file
    QString m_root;
    ZipRecords::Entry m_entry; // the entry being written
    bool m_inEntry = false;
    qint64 m_dataStart = 0;   // where its data starts in the archive
    qint64 m_written = 0;     // bytes of its data written so far
    QByteArray m_text;        // a deflated entry's bytes until endFile
    bool m_kernelCopy = true; // false once the kernel refused to copy between two files
    WriteBehind m_writeBehind;
};
