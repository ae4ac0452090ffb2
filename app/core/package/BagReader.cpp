#include "package/BagReader.h"

#include "common/ParallelJobs.h"
#include "package/BagLayout.h"
#include "package/Sha256.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <mutex>

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

// The bytes of a name that is not UTF-8, readable: ASCII as is, every other byte as \xNN.
QString escapedName(const QByteArray &bytes)
{
    QString out;
    for (const char c : bytes) {
        const auto b = uchar(c);
        if (b >= 0x20 && b < 0x7f)
            out += QLatin1Char(c);
        else
            out += u"\\x"_s + QString::number(b, 16).rightJustified(2, u'0');
    }
    return out;
}

// `bytes` as UTF-8; false when they are not valid UTF-8 or hold U+FFFD (what a converter puts for bytes it
// could not read).
bool strictUtf8(const QByteArray &bytes, QString *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder(bytes);
    return !decoder.hasError() && !text->contains(QChar::ReplacementCharacter);
}

// The entry's name: libarchive's UTF-8 form when it has one, else the stored bytes; *utf8 false when
// neither is valid UTF-8 (the name is then escaped).
QString entryName(archive_entry *e, bool *utf8)
{
    QString text;
    *utf8 = true;
    if (const char *name = archive_entry_pathname_utf8(e); name && strictUtf8(QByteArray(name), &text))
        return text;
    const QByteArray raw(archive_entry_pathname(e));
    if (strictUtf8(raw, &text))
        return text;
    *utf8 = false;
    return escapedName(raw);
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

// Names that some reader or file system would take for the same: NFC, then case folded.
QString collisionKey(const QString &path)
{
    return path.normalized(QString::NormalizationForm_C)
        .toCaseFolded()
        .normalized(QString::NormalizationForm_C);
}
} // namespace

QString BagReader::NameProblem::text() const
{
    const QString names = u"\""_s + paths.join(u"\", \""_s) + u"\""_s;
    switch (kind) {
    case Kind::Duplicate:
        return tr("the entry %1 is in the package more than once").arg(names);
    case Kind::Normalization:
        return tr("the entries %1 have names that are equal after Unicode normalisation").arg(names);
    case Kind::CaseFolding:
        return tr("the entries %1 have names that differ only in case").arg(names);
    case Kind::NotUtf8:
        break;
    }
    return tr("the entry name %1 is not UTF-8").arg(names);
}

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
    m_nameProblems.clear();
    m_prefix.clear();
    const QFileInfo info(path);
    if (info.isDir()) {
        m_zip = false;
        if (!listFolder(error))
            return false;
    } else if (!info.isFile()) {
        if (error)
            *error = tr("%1: no such package").arg(path);
        return false;
    } else {
        m_zip = true;
        if (!listZip(error))
            return false;
    }
    findNameProblems();
    return true;
}

void BagReader::findNameProblems()
{
    QHash<QString, QList<qsizetype>> byKey;
    QStringList keys; // in archive order
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        if (!e.utf8) {
            m_nameProblems.append({NameProblem::Kind::NotUtf8, {e.path}});
            continue;
        }
        const QString key = collisionKey(e.path);
        QList<qsizetype> &same = byKey[key];
        if (same.isEmpty())
            keys.append(key);
        same.append(i);
    }
    for (const QString &key : std::as_const(keys)) {
        const QList<qsizetype> &same = byKey.value(key);
        if (same.size() < 2)
            continue;
        NameProblem problem;
        QSet<QString> normalized;
        for (const qsizetype i : same) {
            const QString &path = m_entries.at(i).path;
            if (!problem.paths.contains(path))
                problem.paths.append(path);
            normalized.insert(path.normalized(QString::NormalizationForm_C));
        }
        problem.kind = problem.paths.size() == 1 ? NameProblem::Kind::Duplicate
                       : normalized.size() == 1  ? NameProblem::Kind::Normalization
                                                 : NameProblem::Kind::CaseFolding;
        m_nameProblems.append(problem);
    }
}

BagReader::Entry BagReader::zipEntry(archive_entry *e, bool nameWarning) const
{
    Entry entry;
    entry.path = entryName(e, &entry.utf8);
    entry.utf8 = entry.utf8 && !nameWarning;
    entry.kind = entryKind(e);
    entry.size = archive_entry_size_is_set(e) ? archive_entry_size(e) : 0;
    return entry;
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
        // libarchive warns when a name flagged UTF-8 cannot be converted.
        raw.append(zipEntry(e, rc == ARCHIVE_WARN && archive_error_string(a.get()) &&
                                   QByteArray(archive_error_string(a.get())).contains("Pathname")));
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
        entry.safe = entry.utf8 && BagLayout::isSafeRelativePath(entry.path) && entry.kind != Kind::Link &&
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
        entry.utf8 = !entry.path.contains(QChar::ReplacementCharacter); // how Qt decodes a name that is not
        entry.safe = entry.utf8 && entry.kind == Kind::File && BagLayout::isSafeRelativePath(entry.path);
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

bool BagReader::checkSizeRead(const Entry &entry, qint64 read, QString *error) const
{
    if (read == entry.size)
        return true;
    if (error)
        *error = read > entry.size ? tr("%1: %2 holds more bytes than the %3 it declares")
                                         .arg(m_path, entry.path)
                                         .arg(entry.size)
                                   : tr("%1: %2 holds %3 bytes, fewer than the %4 it declares")
                                         .arg(m_path, entry.path)
                                         .arg(read)
                                         .arg(entry.size);
    return false;
}

bool BagReader::readZipEntry(archive *a, const Entry &entry, const BlockFn &sink, QByteArray *block,
                             QString *error, const std::atomic_bool *cancel) const
{
    qint64 read = 0;
    for (;;) {
        if (cancel && cancel->load()) {
            if (error)
                *error = tr("cancelled");
            return false;
        }
        // Never more than one byte past what the entry declares: enough to tell that it lies.
        const qint64 want = std::min<qint64>(block->size(), std::max<qint64>(entry.size - read, 0) + 1);
        const la_ssize_t n = archive_read_data(a, block->data(), size_t(want));
        if (n < 0) {
            if (error)
                *error = tr("%1: cannot read %2 (%3)")
                             .arg(m_path, entry.path, QString::fromUtf8(archive_error_string(a)));
            return false;
        }
        if (n == 0)
            return checkSizeRead(entry, read, error);
        read += n;
        if (read > entry.size)
            return checkSizeRead(entry, read, error);
        if (!sink(block->constData(), n))
            return false;
    }
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
        Entry entry = zipEntry(e, false);
        entry.safe = entry.utf8 && BagLayout::isSafeRelativePath(entry.path) && entry.kind == Kind::File;
        if (!m_prefix.isEmpty() && entry.path.startsWith(m_prefix))
            entry.path = entry.path.mid(m_prefix.size());
        BlockFn sink = entry.kind == Kind::File ? visit(entry) : BlockFn();
        if (!sink) {
            archive_read_data_skip(a.get());
            continue;
        }
        if (!readZipEntry(a.get(), entry, sink, &block, error, cancel))
            return false;
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
        const BlockFn sink = visit(entry);
        if (sink && !readFolderEntry(entry, sink, &block, error, cancel))
            return false;
    }
    return true;
}

bool BagReader::readFolderEntry(const Entry &entry, const BlockFn &sink, QByteArray *block, QString *error,
                                const std::atomic_bool *cancel) const
{
    QFile file(m_path + u'/' + entry.path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = tr("%1: cannot read (%2)").arg(file.fileName(), file.errorString());
        return false;
    }
    // The file may have grown or shrunk since it was listed: hand over no more than its listed size.
    qint64 read = 0;
    bool over = false;
    const BlockFn bounded = [&](const char *data, qint64 size) {
        read += size;
        if (read > entry.size) {
            over = true;
            return false;
        }
        return sink(data, size);
    };
    if (!Sha256::readBlocks(file, block, bounded, error, cancel))
        return over ? checkSizeRead(entry, read, error) : false;
    return checkSizeRead(entry, read, error);
}

bool BagReader::readAllParallel(const VisitFn &visit, QString *error, const std::atomic_bool *cancel,
                                int threads) const
{
    if (m_zip || threads <= 1)
        return readAll(visit, error, cancel);
    QList<const Entry *> files;
    for (const Entry &entry : m_entries)
        if (entry.kind == Kind::File)
            files.append(&entry);
    // The largest first: no large file is left to be hashed alone on one core at the end.
    std::stable_sort(files.begin(), files.end(),
                     [](const Entry *a, const Entry *b) { return a->size > b->size; });
    std::mutex visiting;
    // A stop flag per run: a failing file stops the others between two blocks.
    const auto job = [&](int index, const std::atomic_bool &stop, QString *jobError) {
        const Entry &entry = *files.at(index);
        BlockFn sink;
        {
            std::lock_guard guard(visiting);
            sink = visit(entry);
        }
        if (!sink)
            return true;
        QByteArray block(std::min<qint64>(BlockSize, entry.size + 1), Qt::Uninitialized);
        const BlockFn stoppable = [&](const char *data, qint64 size) {
            return !stop.load() && sink(data, size);
        };
        return readFolderEntry(entry, stoppable, &block, jobError, cancel);
    };
    return ParallelJobs::run(int(files.size()), threads, job, cancel, tr("cancelled"), error);
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
