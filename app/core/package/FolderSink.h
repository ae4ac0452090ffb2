#pragma once

#include "common/WriteBehind.h"
#include "package/ArchiveSink.h"

#include <QCoreApplication>
#include <QFile>

// Writes a bag as a plain folder. Files are written to disk as they are written (WriteBehind), and several
// writers (parallelWriter) can fill the same folder at once.
class FolderSink : public ArchiveSink
{
    Q_DECLARE_TR_FUNCTIONS(FolderSink)
public:
    bool open(const QString &path, const QString &rootName, QString *error) override;
    bool beginFile(const QString &relativePath, qint64 size, bool compress, QString *error) override;
    bool write(const char *data, qint64 size, QString *error) override;
    bool endFile(QString *error) override;
    bool close(QString *error) override;
    void abort() override;
    std::unique_ptr<ArchiveSink> parallelWriter() const override;

private:
    QString m_root;
    QFile m_file;
    WriteBehind m_writeBehind;
};
