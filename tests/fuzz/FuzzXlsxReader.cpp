// libFuzzer target: XlsxReader::read over arbitrary bytes. An input that starts with "PK" is the .xlsx
// file itself (the zip layer); any other input is split at NUL bytes into sheet1.xml, sharedStrings.xml
// and styles.xml, stored in a valid zip made here with libarchive, so that mutations reach the XML.
// The file goes to a temporary path of this process (XlsxReader reads a path). Must never crash, leak
// or hang.

#include "package/XlsxReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QList>

#include <archive.h>
#include <archive_entry.h>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace {
QString tempPath()
{
    static const QString path =
        QDir::temp().filePath(QStringLiteral("fuzz-xlsx-%1.xlsx").arg(QCoreApplication::applicationPid()));
    return path;
}

QByteArray zipParts(const QList<QByteArray> &parts)
{
    static const char *const names[] = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"};
    qsizetype total = 0;
    for (const QByteArray &p : parts)
        total += p.size();
    std::vector<char> buffer(size_t(total) + 65536);
    size_t used = 0;
    archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_zip_set_compression_store(a);
    archive_write_open_memory(a, buffer.data(), buffer.size(), &used);
    for (qsizetype i = 0; i < parts.size() && i < 3; ++i) {
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, names[i]);
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, parts.at(i).size());
        archive_write_header(a, e);
        archive_write_data(a, parts.at(i).constData(), size_t(parts.at(i).size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    return QByteArray(buffer.data(), qsizetype(used));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray file = bytes.startsWith("PK") ? bytes : zipParts(bytes.split('\0'));
    QFile out(tempPath());
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(file) != file.size())
        return 0;
    out.close();
    QList<QStringList> rows;
    QString error;
    (void)XlsxReader::read(out.fileName(), &rows, &error);
    return 0;
}
