#pragma once

#include "common/WriteBehind.h"
#include "package/ArchiveSink.h"

#include <QCoreApplication>
#include <QFile>

// Writes a bag as a plain folder. Files are written to disk as they are written (WriteBehind), and several
// writers (parallelWriter) can fill the same folder at once. Payload files are copied by the kernel
// (copyFromFile: Linux copy_file_range, one copy inside the page cache instead of a read and a write
// through a buffer), falling back to read and write where the kernel cannot copy between the two files.
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
    qint64 copyFromFile(int sourceFd, char *readBack, qint64 size, QString *error) override;

private:
    qint64 copyInKernel(int sourceFd, qint64 size, QString *error);
    bool readWritten(qint64 offset, char *data, qint64 size, QString *error);
    QString systemError(const QString &what, int code) const; // names the file and errno `code`

    QString m_root;
    QFile m_file;
    qint64 m_offset = 0;      // bytes written to m_file so far
    bool m_kernelCopy = true; // false once the kernel refused to copy between two files
    WriteBehind m_writeBehind;
};
