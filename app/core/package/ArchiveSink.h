#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

// Where a package's files go: a folder (FolderSink) or a Zip64 archive (ZipSink).
// Files are written one at a time: beginFile, write … write, endFile. Paths are relative to the bag's
// root and use '/'. Nothing here renames or removes the output: BagWriter's PartialOutput owns it, syncs
// it and renames it into place at the very end, or removes it.
class ArchiveSink
{
public:
    virtual ~ArchiveSink() = default;

    // Creates the output (a folder, or a .zip file) at `path`, which must not exist (nothing there is reused
    // or followed). `rootName` is the bag's base directory name, used by the zip as its single top-level
    // folder (RFC 8493 §4).
    virtual bool open(const QString &path, const QString &rootName, QString *error) = 0;
    // `compress` is false for media (stored as is) and true for small text files.
    virtual bool beginFile(const QString &relativePath, qint64 size, bool compress, QString *error) = 0;
    virtual bool write(const char *data, qint64 size, QString *error) = 0;
    virtual bool endFile(QString *error) = 0;
    // Flushes and closes the output; after this it is complete.
    virtual bool close(QString *error) = 0;
    // Stops writing and closes the output; its owner removes what was written.
    virtual void abort() = 0;

    // Another sink writing files into the same output, so that several files can be written at once (one
    // writer per thread; a zip's stored entries each at their own offset); nullptr when the output takes one
    // file at a time. It shares the output: it neither creates nor closes it.
    virtual std::unique_ptr<ArchiveSink> parallelWriter() const { return nullptr; }

    // Appends up to `size` bytes read from the open file `sourceFd` (from its current offset) to the current
    // file, and leaves the bytes written in `readBack` (room for `size`), so that the caller hashes what was
    // written. Returns the bytes copied (0 at the source's end), or -1 with *error. This version reads into
    // `readBack` and write()s it.
    virtual qint64 copyFromFile(int sourceFd, char *readBack, qint64 size, QString *error);

    // A whole small file at once.
    bool addFile(const QString &relativePath, const QByteArray &data, QString *error);

    static std::unique_ptr<ArchiveSink> createFolder();
    static std::unique_ptr<ArchiveSink> createZip();
};
