#include "package/ZipSink.h"

#include <QDateTime>
#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

ZipSink::~ZipSink()
{
    abort();
}

QString ZipSink::archiveError() const
{
    const char *text = m_archive ? archive_error_string(m_archive) : nullptr;
    return text ? QString::fromUtf8(text) : tr("unknown libarchive error");
}

bool ZipSink::open(const QString &path, const QString &rootName, QString *error)
{
    m_path = path;
    m_root = rootName;
#ifdef Q_OS_UNIX
    // Created here, exclusively and without following a link: never a file that was already there.
    m_fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                  0666);
    if (m_fd < 0) {
        if (error)
            *error =
                tr("%1: cannot create the archive (%2)").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
#else
    if (QFile::exists(path)) {
        if (error)
            *error = tr("%1: already exists").arg(path);
        return false;
    }
#endif
    m_archive = archive_write_new();
    archive_write_set_format_zip(m_archive);
    // Zip64 extra fields on every entry, so that files over 4 GB need nothing special.
    archive_write_set_format_option(m_archive, "zip", "zip64", "1");
    archive_write_set_bytes_in_last_block(m_archive, 1);
    archive_write_set_bytes_per_block(m_archive, 1 << 20);
#ifdef Q_OS_UNIX
    const int opened = archive_write_open_fd(m_archive, m_fd);
    m_writeBehind.follow(m_fd);
#else
    const int opened = archive_write_open_filename(m_archive, QFile::encodeName(path).constData());
#endif
    if (opened != ARCHIVE_OK) {
        if (error)
            *error = tr("%1: cannot create the archive (%2)").arg(path, archiveError());
        return false;
    }
    return true;
}

bool ZipSink::beginFile(const QString &relativePath, qint64 size, bool compress, QString *error)
{
    if (compress)
        archive_write_zip_set_compression_deflate(m_archive);
    else
        archive_write_zip_set_compression_store(m_archive);
    m_current = m_root.isEmpty() ? relativePath : m_root + u'/' + relativePath;
    archive_entry *entry = archive_entry_new();
    const QByteArray name = m_current.toUtf8();
    archive_entry_set_pathname_utf8(entry, name.constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, size);
    archive_entry_set_mtime(entry, QDateTime::currentSecsSinceEpoch(), 0);
    const int rc = archive_write_header(m_archive, entry);
    archive_entry_free(entry);
    if (rc < ARCHIVE_WARN) {
        if (error)
            *error = tr("%1: cannot add %2 (%3)").arg(m_path, m_current, archiveError());
        return false;
    }
    return true;
}

bool ZipSink::write(const char *data, qint64 size, QString *error)
{
    while (size > 0) {
        const la_ssize_t n = archive_write_data(m_archive, data, size_t(size));
        if (n <= 0) {
            if (error)
                *error = tr("%1: cannot write %2 (%3)").arg(m_path, m_current, archiveError());
            return false;
        }
        m_writeBehind.wrote(n);
        data += n;
        size -= n;
    }
    return true;
}

bool ZipSink::endFile(QString *error)
{
    if (archive_write_finish_entry(m_archive) < ARCHIVE_WARN) {
        if (error)
            *error = tr("%1: cannot finish %2 (%3)").arg(m_path, m_current, archiveError());
        return false;
    }
    return true;
}

bool ZipSink::close(QString *error)
{
    const int rc = archive_write_close(m_archive);
    archive_write_free(m_archive);
    m_archive = nullptr;
    const bool closed = closeFile();
    if (rc != ARCHIVE_OK || !closed) {
        if (error)
            *error = tr("%1: cannot finish the archive").arg(m_path);
        return false;
    }
    return true;
}

void ZipSink::abort()
{
    if (m_archive) {
        archive_write_free(m_archive);
        m_archive = nullptr;
    }
    closeFile();
}

bool ZipSink::closeFile()
{
#ifdef Q_OS_UNIX
    if (m_fd < 0)
        return true;
    const bool ok = ::close(m_fd) == 0;
    m_fd = -1;
    return ok;
#else
    return true;
#endif
}
