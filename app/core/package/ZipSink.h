#pragma once

#include "common/WriteBehind.h"
#include "package/ArchiveSink.h"

#include <QCoreApplication>

struct archive;

// Writes a bag as a Zip64 archive with libarchive: media stored without recompression, text deflated.
// Every entry lies under one top-level folder named after the bag.
class ZipSink : public ArchiveSink
{
    Q_DECLARE_TR_FUNCTIONS(ZipSink)
public:
    ~ZipSink() override;
    bool open(const QString &path, const QString &rootName, QString *error) override;
    bool beginFile(const QString &relativePath, qint64 size, bool compress, QString *error) override;
    bool write(const char *data, qint64 size, QString *error) override;
    bool endFile(QString *error) override;
    bool close(QString *error) override;
    void abort() override;

private:
    QString archiveError() const;
    bool closeFile();
    struct archive *m_archive = nullptr;
    int m_fd = -1; // the archive file, created with O_EXCL | O_NOFOLLOW
    WriteBehind m_writeBehind;
    QString m_path;
    QString m_root;
    QString m_current;
};
