#include "package/BagReader.h"

#include "package/BagLayout.h"
#include "package/Sha256.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
struct ArchiveReadDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveReadDeleter>;

ArchivePtr openZip(const QString &path, QString *error)
{
    ArchivePtr a(archive_read_new());
    archive_read_support_format_zip(a.get());
    archive_read_support_filter_none(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), BagReader::BlockSize) !=
        ARCHIVE_OK) {
        if (error)
            *error = QCoreApplication::translate("BagReader", "%1: not a readable zip archive (%2)")
                         .arg(path, QString::fromUtf8(archive_error_string(a.get())));
        return {};
    }
    return a;
}

QString entryName(archive_entry *e)
{
    if (const char *utf8 = archive_entry_pathname_utf8(e))
        return QString::fromUtf8(utf8);
    if (const char *raw = archive_entry_pathname(e))
        return QFile::decodeName(raw);
    return {};
}

BagReader::Kind entryKind(archive_entry *e)
{
    if (archive_entry_hardlink(e) || archive_entry_symlink(e))
        return BagReader::Kind::Link;
    switch (archive_entry_filetype(e)) {
    case AE_IFREG:
        return BagReader::Kind::File;
    case AE_IFDIR:
        return BagReader::Kind::Directory;
    case AE_IFLNK:
        return BagReader::Kind::Link;
    default:
        return BagReader::Kind::Other;
    }
}
} // namespace

BagReader::~BagReader() = default;

const BagReader::Entry *BagReader::entry(const QString &path) const
{
    for (const Entry &e : m_entries)
        if (e.path == path)
            return &e;
    return nullptr;
}

bool BagReader::open(const QString &path, QString *error)
{
    m_path = QFileInfo(path).absoluteFilePath(); // entries are named relative to it, so it must be absolute
    m_entries.clear();
    m_prefix.clear();
    const QFileInfo info(path);
    if (info.isDir()) {
        m_zip = false;
        return listFolder(error);
    }
    if (!info.isFile()) {
        if (error)
            *error = tr("%1: no such package").arg(path);
        return false;
    }
    m_zip = true;
    return listZip(error);
}

bool BagReader::listZip(QString *error)
{
    ArchivePtr a = openZip(m_path, error);
    if (!a)
        return false;
    QList<Entry> raw;
    archive_entry *e = nullptr;
    int rc;
    while ((rc = archive_read_next_header(a.get(), &e)) == ARCHIVE_OK || rc == ARCHIVE_WARN) {
        Entry entry;
        entry.path = entryName(e);
        entry.kind = entryKind(e);
        entry.size = archive_entry_size_is_set(e) ? archive_entry_size(e) : 0;
        raw.append(entry);
        archive_read_data_skip(a.get());
    }
    if (rc != ARCHIVE_EOF) {
        if (error)
            *error = tr("%1: damaged zip archive (%2)")
                         .arg(m_path, QString::fromUtf8(archive_error_string(a.get())));
        return false;
    }
    // A serialized bag has one top-level folder holding bagit.txt (RFC 8493 §4); accept a bare bag too.
    bool atRoot = false;
    QString top;
    bool oneTop = true;
    for (const Entry &entry : std::as_const(raw)) {
        if (entry.path == "bagit.txt"_L1)
            atRoot = true;
        const QString first = entry.path.section(u'/', 0, 0);
        if (top.isEmpty())
            top = first;
        else if (first != top)
            oneTop = false;
    }
    if (!atRoot && oneTop && !top.isEmpty())
        m_prefix = top + u'/';
    for (Entry entry : std::as_const(raw)) {
        entry.safe = BagLayout::isSafeRelativePath(entry.path) && entry.kind != Kind::Link &&
                     entry.kind != Kind::Other;
        if (!m_prefix.isEmpty()) {
            if (entry.path == m_prefix || entry.path == top)
                continue; // the top-level folder's own entry
            if (entry.path.startsWith(m_prefix))
                entry.path = entry.path.mid(m_prefix.size());
        }
        if (entry.kind == Kind::Directory)
            continue;
        m_entries.append(entry);
    }
    return true;
}

bool BagReader::listFolder(QString *error)
{
    Q_UNUSED(error);
    const QDir root(m_path);
    QDirIterator it(m_path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo fi = it.fileInfo();
        if (fi.isDir() && !fi.isSymLink())
            continue;
        Entry entry;
        entry.path = root.relativeFilePath(fi.filePath());
        entry.kind = fi.isSymLink() ? Kind::Link : (fi.isFile() ? Kind::File : Kind::Other);
        entry.size = fi.isSymLink() ? 0 : fi.size();
        entry.safe = entry.kind == Kind::File && BagLayout::isSafeRelativePath(entry.path);
        m_entries.append(entry);
    }
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.path < b.path; });
    return true;
}

bool BagReader::readAll(const VisitFn &visit, QString *error, const std::atomic_bool *cancel) const
{
    return m_zip ? readZip(visit, error, cancel) : readFolder(visit, error, cancel);
}

bool BagReader::readZip(const VisitFn &visit, QString *error, const std::atomic_bool *cancel) const
{
    ArchivePtr a = openZip(m_path, error);
    if (!a)
        return false;
    QByteArray block(BlockSize, Qt::Uninitialized);
    archive_entry *e = nullptr;
    int rc;
    while ((rc = archive_read_next_header(a.get(), &e)) == ARCHIVE_OK || rc == ARCHIVE_WARN) {
        Entry entry;
        entry.path = entryName(e);
        entry.kind = entryKind(e);
        entry.size = archive_entry_size_is_set(e) ? archive_entry_size(e) : 0;
        entry.safe = BagLayout::isSafeRelativePath(entry.path) && entry.kind == Kind::File;
        if (!m_prefix.isEmpty() && entry.path.startsWith(m_prefix))
            entry.path = entry.path.mid(m_prefix.size());
        BlockFn sink = entry.kind == Kind::File ? visit(entry) : BlockFn();
        if (!sink) {
            archive_read_data_skip(a.get());
            continue;
        }
        for (;;) {
            if (cancel && cancel->load()) {
                if (error)
                    *error = tr("cancelled");
                return false;
            }
            const la_ssize_t n = archive_read_data(a.get(), block.data(), size_t(block.size()));
            if (n < 0) {
                if (error)
                    *error = tr("%1: cannot read %2 (%3)")
                                 .arg(m_path, entry.path, QString::fromUtf8(archive_error_string(a.get())));
                return false;
            }
            if (n == 0)
                break;
            if (!sink(block.constData(), n))
                return false;
        }
    }
    if (rc != ARCHIVE_EOF) {
        if (error)
            *error = tr("%1: damaged zip archive (%2)")
                         .arg(m_path, QString::fromUtf8(archive_error_string(a.get())));
        return false;
    }
    return true;
}

bool BagReader::readFolder(const VisitFn &visit, QString *error, const std::atomic_bool *cancel) const
{
    QByteArray block(BlockSize, Qt::Uninitialized);
    for (const Entry &entry : m_entries) {
        if (entry.kind != Kind::File)
            continue;
        BlockFn sink = visit(entry);
        if (!sink)
            continue;
        QFile file(m_path + u'/' + entry.path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            if (error)
                *error = tr("%1: cannot read (%2)").arg(file.fileName(), file.errorString());
            return false;
        }
        if (!Sha256::readBlocks(file, &block, sink, error, cancel))
            return false;
    }
    return true;
}

bool BagReader::readFile(const QString &path, QByteArray *out, qint64 maxBytes, QString *error) const
{
    out->clear();
    bool found = false;
    bool tooLarge = false;
    QString readError;
    const bool ok = readAll(
        [&](const Entry &entry) -> BlockFn {
            if (entry.path != path || found)
                return {};
            found = true;
            return [&](const char *data, qint64 size) {
                if (out->size() + size > maxBytes) {
                    tooLarge = true;
                    return false;
                }
                out->append(data, size);
                return true;
            };
        },
        &readError);
    if (tooLarge) {
        if (error)
            *error = tr("%1: %2 is larger than %3 bytes").arg(m_path, path).arg(maxBytes);
        return false;
    }
    if (!ok) {
        if (error)
            *error = readError;
        return false;
    }
    if (!found && error)
        *error = tr("%1: %2 is missing").arg(m_path, path);
    return found;
}
