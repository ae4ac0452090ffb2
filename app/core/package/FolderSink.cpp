#include "package/FolderSink.h"

#include "package/KernelCopy.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

bool FolderSink::open(const QString &path, const QString &rootName, QString *error)
{
    Q_UNUSED(rootName);
    m_root = path;
    // mkdir, not mkpath: anything already there (a link included) is an error, never reused.
    if (!QDir().mkdir(path)) {
        if (error)
            *error = tr("%1: cannot create the folder").arg(path);
        return false;
    }
    return true;
}

bool FolderSink::beginFile(const QString &relativePath, qint64 size, bool compress, QString *error)
{
    Q_UNUSED(size);
    Q_UNUSED(compress);
    const QString target = m_root + u'/' + relativePath;
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        if (error)
            *error = tr("%1: cannot create the folder").arg(QFileInfo(target).absolutePath());
        return false;
    }
    m_file.setFileName(target);
    // NewOnly (O_CREAT|O_EXCL): a file or link already there is never written through. Read too: what
    // copyFromFile copied is read back from the file itself.
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = tr("%1: cannot write (%2)").arg(target, m_file.errorString());
        return false;
    }
    m_writeBehind.follow(m_file.handle());
    m_offset = 0;
    return true;
}

bool FolderSink::write(const char *data, qint64 size, QString *error)
{
    while (size > 0) {
        const qint64 n = m_file.write(data, size);
        if (n <= 0) {
            if (error)
                *error = tr("%1: write error (%2)").arg(m_file.fileName(), m_file.errorString());
            return false;
        }
        m_writeBehind.wrote(n);
        m_offset += n;
        data += n;
        size -= n;
    }
    return true;
}

QString FolderSink::systemError(const QString &what, int code) const
{
    return tr("%1: %2 (%3)").arg(m_file.fileName(), what, QString::fromLocal8Bit(strerror(code)));
}

qint64 FolderSink::copyFromFile(int sourceFd, char *readBack, qint64 size, QString *error)
{
    if (!m_kernelCopy)
        return ArchiveSink::copyFromFile(sourceFd, readBack, size, error);
    const qint64 copied = copyInKernel(sourceFd, size, error);
    if (copied == -2) { // the kernel cannot copy between these two files: read and write instead
        m_kernelCopy = false;
        return ArchiveSink::copyFromFile(sourceFd, readBack, size, error);
    }
    if (copied <= 0)
        return copied;
    // The caller hashes what is in the bag, read back from the page cache, not what the source holds now.
    if (!readWritten(m_offset, readBack, copied, error))
        return -1;
    m_offset += copied;
    m_writeBehind.wrote(copied);
    return copied;
}

// Bytes copied (0 at the source's end), -1 on an error, -2 when the kernel cannot copy between the two.
qint64 FolderSink::copyInKernel(int sourceFd, qint64 size, QString *error)
{
    int code = 0;
    const qint64 copied = KernelCopy::copy(sourceFd, m_file.handle(), nullptr, size, &code);
    if (copied == -1 && error)
        *error = systemError(tr("copy error"), code);
    return copied;
}

bool FolderSink::readWritten(qint64 offset, char *data, qint64 size, QString *error)
{
    int code = 0;
    if (KernelCopy::readBack(m_file.handle(), offset, data, size, &code))
        return true;
    if (error)
        *error = code ? systemError(tr("cannot read back what was copied"), code)
                      : tr("%1: shorter than what was copied into it").arg(m_file.fileName());
    return false;
}

bool FolderSink::endFile(QString *error)
{
    const bool ok = m_file.error() == QFileDevice::NoError;
    if (!ok && error)
        *error = tr("%1: write error (%2)").arg(m_file.fileName(), m_file.errorString());
    m_file.close();
    return ok;
}

bool FolderSink::close(QString *error)
{
    Q_UNUSED(error);
    if (m_file.isOpen())
        m_file.close();
    return true;
}

void FolderSink::abort()
{
    if (m_file.isOpen())
        m_file.close();
}

std::unique_ptr<ArchiveSink> FolderSink::parallelWriter() const
{
    auto writer = std::make_unique<FolderSink>();
    writer->m_root = m_root;
    return writer;
}
