#include "package/ZipSink.h"

#include "package/Crc32.h"
#include "package/KernelCopy.h"

#include <QDateTime>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <unistd.h>
#include <utility>

using namespace Qt::StringLiterals;

struct ZipSink::Output
{
    QString path;
    int fd = -1;
    std::mutex mutex;
    std::mutex copying;               // one kernel copy into the archive at a time (see copyInKernel)
    qint64 end = 0;                   // where the next entry goes
    QList<ZipRecords::Entry> entries; // the entries ended so far
    ZipRecords::Entry stamp;          // the time every entry carries: when the archive was created
    ~Output()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

namespace {
// Text files larger than this (none in a bag) are stored: zlib's one-call deflate takes 32-bit sizes.
constexpr qint64 MaxDeflated = 256 << 20;
} // namespace

ZipSink::~ZipSink()
{
    abort();
}

bool ZipSink::open(const QString &path, const QString &rootName, QString *error)
{
    m_root = rootName;
    // Created here, exclusively and without following a link: never a file that was already there. Read
    // too: what copyFromFile copied is read back from the archive itself.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0) {
        if (error)
            *error = tr("%1: cannot create the archive (%2)").arg(path, systemError(errno));
        return false;
    }
    m_output = std::make_shared<Output>();
    m_output->path = path;
    m_output->fd = fd;
    ZipRecords::setTime(&m_output->stamp, QDateTime::currentDateTime());
    m_owner = true;
    return true;
}

bool ZipSink::beginFile(const QString &relativePath, qint64 size, bool compress, QString *error)
{
    Q_ASSERT(m_output && size >= 0);
    m_entry = ZipRecords::Entry();
    m_entry.name = (m_root.isEmpty() ? relativePath : m_root + u'/' + relativePath).toUtf8();
    if (m_entry.name.size() > 0xffff) { // the headers' name length has 16 bits
        if (error)
            *error = tr("%1: cannot add %2 (%3)")
                         .arg(m_output->path, QString::fromUtf8(m_entry.name), tr("the name is too long"));
        return false;
    }
    m_entry.dosTime = m_output->stamp.dosTime; // read only since open()
    m_entry.dosDate = m_output->stamp.dosDate;
    m_entry.size = size;
    m_written = 0;
    m_text.clear();
    m_inEntry = true;
    if (compress && size <= MaxDeflated) {
        m_entry.method = ZipRecords::Method::Deflated; // placed at endFile, once packed
        return true;
    }
    place(size);
    m_writeBehind.follow(m_output->fd, m_dataStart);
    return true;
}

void ZipSink::place(qint64 dataSize)
{
    const qint64 header = ZipRecords::localHeaderSize(m_entry.name);
    m_entry.packed = dataSize;
    std::lock_guard guard(m_output->mutex);
    m_entry.offset = m_output->end;
    m_output->end += header + dataSize;
    m_dataStart = m_entry.offset + header;
}

bool ZipSink::write(const char *data, qint64 size, QString *error)
{
    if (m_entry.method == ZipRecords::Method::Deflated) {
        m_text.append(data, size);
        return true;
    }
    if (size > m_entry.size - m_written) { // its room in the archive is taken: the next entry follows
        if (error)
            *error = failure(tr("more bytes than the %1 announced").arg(m_entry.size));
        return false;
    }
    if (!writeAt(m_dataStart + m_written, data, size, error))
        return false;
    m_entry.crc = Crc32::update(m_entry.crc, data, size);
    m_written += size;
    m_writeBehind.wrote(size);
    return true;
}

// Never past the entry's announced size: its room ends there. Once it is full, one byte is read (not
// written) so that HashingCopier sees that the file grew.
qint64 ZipSink::copyFromFile(int sourceFd, char *readBack, qint64 size, QString *error)
{
    if (m_entry.method == ZipRecords::Method::Deflated) // kept in memory by write()
        return ArchiveSink::copyFromFile(sourceFd, readBack, size, error);
    const qint64 room = m_entry.size - m_written;
    if (room <= 0)
        return probeGrowth(sourceFd, readBack, error);
    size = std::min(size, room);
    const qint64 copied = m_kernelCopy ? copyInKernel(sourceFd, size, error) : -2;
    if (copied == -2) { // the kernel cannot copy between these two files: read and write() instead
        m_kernelCopy = false;
        return ArchiveSink::copyFromFile(sourceFd, readBack, size, error);
    }
    if (copied <= 0)
        return copied;
    // The CRC-32 here and the caller's SHA-256 are of what is in the archive, read back from the page cache.
    if (!readAt(m_dataStart + m_written, readBack, copied, error))
        return -1;
    m_entry.crc = Crc32::update(m_entry.crc, readBack, copied);
    m_written += copied;
    m_writeBehind.wrote(copied);
    return copied;
}

// Bytes copied (0 at the source's end), -1 on an error, -2 when the kernel cannot copy between the two.
qint64 ZipSink::copyInKernel(int sourceFd, qint64 size, QString *error)
{
    // The kernel copies between the writers' blocks one at a time: its own lock on the archive is taken
    // for each 64 KiB, so that two copies at once interleave, both run slowly and spin on that lock (14 % of
    // a 2 GiB export's CPU time); one copy at a time, the writers settle into turns, one copying while the
    // other hashes.
    std::lock_guard turn(m_output->copying);
    qint64 at = m_dataStart + m_written;
    int code = 0;
    const qint64 copied = KernelCopy::copy(sourceFd, m_output->fd, &at, size, &code);
    if (copied == -1 && error)
        *error = failure(systemError(code));
    return copied;
}

qint64 ZipSink::probeGrowth(int sourceFd, char *readBack, QString *error)
{
    qint64 n;
    do
        n = ::read(sourceFd, readBack, 1);
    while (n < 0 && errno == EINTR);
    if (n < 0 && error)
        *error = failure(systemError(errno));
    return n;
}

bool ZipSink::endFile(QString *error)
{
    if (!m_inEntry)
        return true;
    m_inEntry = false;
    if (m_entry.method == ZipRecords::Method::Deflated)
        return finishPacked(error);
    if (m_written != m_entry.size) {
        if (error)
            *error = tr("%1: cannot finish %2 (%3)")
                         .arg(m_output->path, QString::fromUtf8(m_entry.name),
                              tr("%1 bytes written of %2").arg(m_written).arg(m_entry.size));
        return false;
    }
    return finishEntry(error);
}

// Deflated, or stored when deflate does not make it smaller (a PDF, an .xlsx: already compressed).
bool ZipSink::finishPacked(QString *error)
{
    m_entry.size = m_text.size();
    m_entry.crc = Crc32::update(0, m_text.constData(), m_text.size());
    QByteArray packed;
    if (!ZipRecords::deflateRaw(m_text, &packed)) {
        if (error)
            *error = failure(tr("zlib cannot compress it"));
        return false;
    }
    if (packed.size() >= m_text.size()) {
        m_entry.method = ZipRecords::Method::Stored;
        packed = m_text;
    }
    m_text.clear();
    place(packed.size());
    return writeAt(m_dataStart, packed.constData(), packed.size(), error) && finishEntry(error);
}

bool ZipSink::finishEntry(QString *error)
{
    const QByteArray header = ZipRecords::localHeader(m_entry);
    if (!writeAt(m_entry.offset, header.constData(), header.size(), error))
        return false;
    std::lock_guard guard(m_output->mutex);
    m_output->entries.append(m_entry);
    return true;
}

// The central directory in the order of the entries in the archive, then the end records.
bool ZipSink::close(QString *error)
{
    if (!m_owner || !m_output) {
        abort();
        return true;
    }
    QList<ZipRecords::Entry> entries;
    qint64 start = 0; // where the directory goes: after the last entry
    {
        std::lock_guard guard(m_output->mutex);
        entries = m_output->entries;
        start = m_output->end;
    }
    std::sort(entries.begin(), entries.end(),
              [](const ZipRecords::Entry &a, const ZipRecords::Entry &b) { return a.offset < b.offset; });
    QByteArray directory;
    for (const ZipRecords::Entry &e : std::as_const(entries))
        directory += ZipRecords::centralHeader(e);
    directory += ZipRecords::endRecords(entries.size(), start, directory.size());
    m_entry = ZipRecords::Entry(); // named in writeAt's message
    m_entry.name = tr("its central directory").toUtf8();
    bool ok = writeAt(start, directory.constData(), directory.size(), error);
    const int fd = std::exchange(m_output->fd, -1);
    if (::close(fd) != 0 && ok) {
        ok = false;
        if (error)
            *error = tr("%1: cannot finish the archive").arg(m_output->path);
    }
    m_output.reset();
    return ok;
}

// The file is closed when its last writer lets it go: a writer still at work never writes to a reused fd.
void ZipSink::abort()
{
    m_inEntry = false;
    m_text.clear();
    m_output.reset();
}

std::unique_ptr<ArchiveSink> ZipSink::parallelWriter() const
{
    auto writer = std::make_unique<ZipSink>();
    writer->m_output = m_output;
    writer->m_root = m_root;
    return writer;
}

// In steps of WriteChunk at most (see there).
bool ZipSink::writeAt(qint64 offset, const char *data, qint64 size, QString *error)
{
    while (size > 0) {
        const ssize_t n = ::pwrite(m_output->fd, data, size_t(std::min(size, WriteChunk)), off_t(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int code = n < 0 ? errno : ENOSPC;
            if (error)
                *error = tr("%1: cannot write %2 (%3)")
                             .arg(m_output->path, QString::fromUtf8(m_entry.name), systemError(code));
            return false;
        }
        data += n;
        offset += n;
        size -= n;
    }
    return true;
}

bool ZipSink::readAt(qint64 offset, char *data, qint64 size, QString *error)
{
    int code = 0;
    if (KernelCopy::readBack(m_output->fd, offset, data, size, &code))
        return true;
    if (error)
        *error = failure(code ? systemError(code) : tr("shorter than what was copied into it"));
    return false;
}

QString ZipSink::failure(const QString &what) const
{
    return tr("%1: cannot write %2 (%3)")
        .arg(m_output ? m_output->path : QString(), QString::fromUtf8(m_entry.name), what);
}

QString ZipSink::systemError(int code) const
{
    return QString::fromLocal8Bit(strerror(code));
}
