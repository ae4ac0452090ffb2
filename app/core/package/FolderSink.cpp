#include "package/FolderSink.h"

#include <QDir>
#include <QFileInfo>

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
    // NewOnly (O_CREAT|O_EXCL): a file or link already there is never written through.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = tr("%1: cannot write (%2)").arg(target, m_file.errorString());
        return false;
    }
    m_writeBehind.follow(m_file.handle());
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
        data += n;
        size -= n;
    }
    return true;
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
