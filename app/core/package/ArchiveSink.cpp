#include "package/ArchiveSink.h"

#include "package/FolderSink.h"
#include "package/ZipSink.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <unistd.h>

bool ArchiveSink::addFile(const QString &relativePath, const QByteArray &data, QString *error)
{
    return beginFile(relativePath, data.size(), true, error) && write(data.constData(), data.size(), error) &&
           endFile(error);
}

qint64 ArchiveSink::copyFromFile(int sourceFd, char *readBack, qint64 size, QString *error)
{
    qint64 n;
    do
        n = ::read(sourceFd, readBack, size_t(size));
    while (n < 0 && errno == EINTR);
    if (n < 0) {
        if (error)
            *error = QCoreApplication::translate("ArchiveSink", "read error (%1)")
                         .arg(QString::fromLocal8Bit(strerror(errno)));
        return -1;
    }
    if (n > 0 && !write(readBack, n, error))
        return -1;
    return n;
}

std::unique_ptr<ArchiveSink> ArchiveSink::createFolder()
{
    return std::make_unique<FolderSink>();
}

std::unique_ptr<ArchiveSink> ArchiveSink::createZip()
{
    return std::make_unique<ZipSink>();
}
