#include "package/ArchiveSink.h"

#include "package/FolderSink.h"
#include "package/ZipSink.h"

bool ArchiveSink::addFile(const QString &relativePath, const QByteArray &data, QString *error)
{
    return beginFile(relativePath, data.size(), true, error) && write(data.constData(), data.size(), error) &&
           endFile(error);
}

std::unique_ptr<ArchiveSink> ArchiveSink::createFolder()
{
    return std::make_unique<FolderSink>();
}

std::unique_ptr<ArchiveSink> ArchiveSink::createZip()
{
    return std::make_unique<ZipSink>();
}
