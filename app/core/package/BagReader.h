#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

struct archive;
struct archive_entry;

// Reads a package, folder or zip, without trusting it: entry names are reported as stored, relative to the
// bag's root (a zip's single top-level folder is stripped), with a flag for names that are absolute,
// hold "..", or are links: callers refuse those. Contents are streamed in large blocks, one pass; no entry
// hands over more bytes than it declares (a zip's header may lie), nor fewer.
// Names that collide (the same name twice, or names equal after Unicode normalisation or case folding) and
// names that are not UTF-8 are listed by nameProblems(): readers would disagree on which copy counts, so
// callers refuse such a package.
// BagVerifier, PackageOpener and the upload read packages through this class.
class BagReader
{
    Q_DECLARE_TR_FUNCTIONS(BagReader)
public:
    enum class Kind { File, Directory, Link, Other };
    struct Entry
    {
        QString path;    // relative to the bag root, '/'-separated, as stored
        qint64 size = 0; // as declared (zip) or on disk (folder)
        Kind kind = Kind::File;
        bool safe = true; // false: absolute, "..", backslash, control characters, or outside the bag root
        bool utf8 = true; // false: the stored name is not UTF-8; path shows its other bytes as \xNN
    };
    // Entries whose names collide, or a name that is not UTF-8.
    struct NameProblem
    {
        enum class Kind { Duplicate, Normalization, CaseFolding, NotUtf8 };
        Kind kind = Kind::Duplicate;
        QStringList paths;    // every entry concerned, in archive order (a duplicate once)
        QString text() const; // for the user, naming every entry
    };
    // Receives a file's bytes; returns false to stop reading.
    using BlockFn = std::function<bool(const char *data, qint64 size)>;
    // Called for each regular file; returns a BlockFn to read it, or an empty function to skip it.
    using VisitFn = std::function<BlockFn(const Entry &entry)>;

    ~BagReader();
    bool open(const QString &path, QString *error);
    bool isZip() const { return m_zip; }
    QString path() const { return m_path; }
    const QList<Entry> &entries() const { return m_entries; }
    const Entry *entry(const QString &path) const;
    const QList<NameProblem> &nameProblems() const { return m_nameProblems; }

    // One pass over every regular file (safe or not; the visitor decides).
    bool readAll(const VisitFn &visit, QString *error, const std::atomic_bool *cancel = nullptr) const;
    // The same pass with a folder's files read on `threads` threads at once (a zip is read in order, as
    // readAll does). `visit` is called for one entry at a time, in no fixed order; each BlockFn it returns
    // is called from one thread only, but BlockFns of different files run concurrently. The largest files
    // are read first.
    bool readAllParallel(const VisitFn &visit, QString *error, const std::atomic_bool *cancel,
                         int threads) const;
    // One whole small file; fails when it is larger than maxBytes.
    bool readFile(const QString &path, QByteArray *out, qint64 maxBytes, QString *error) const;

    // 1 MiB: a block read is hashed while it is still in the core's cache (measured faster than 4 MiB).
    // Memory: one block per reading thread.
    static constexpr qint64 BlockSize = 1 << 20;

private:
    bool listZip(QString *error);
    bool listFolder(QString *error);
    bool readZip(const VisitFn &visit, QString *error, const std::atomic_bool *cancel) const;
    bool readFolder(const VisitFn &visit, QString *error, const std::atomic_bool *cancel) const;
    bool readFolderEntry(const Entry &entry, const BlockFn &sink, QByteArray *block, QString *error,
                         const std::atomic_bool *cancel) const;
    bool readZipEntry(archive *a, const Entry &entry, const BlockFn &sink, QByteArray *block, QString *error,
                      const std::atomic_bool *cancel) const;
    Entry zipEntry(archive_entry *e, bool nameWarning) const;
    bool checkSizeRead(const Entry &entry, qint64 read, QString *error) const;
    void findNameProblems();
    QString m_path;
    QString m_prefix; // the zip's top-level folder with '/', or ""
    bool m_zip = false;
    QList<Entry> m_entries;
    QList<NameProblem> m_nameProblems;
};
