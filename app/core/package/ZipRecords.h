#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>

// The records of a Zip64 archive (PKWARE APPNOTE 6.3.x §4.3), as ZipSink writes them: every entry carries
// Zip64 sizes (and, in the central directory, its offset), names are UTF-8 (flag bit 11), the CRC-32 and
// sizes are in the local header itself (no data descriptor: the header is written once its data is), and
// the archive ends with a Zip64 end of central directory record, its locator and the classic end record.
namespace ZipRecords {
enum class Method : quint16 { Stored = 0, Deflated = 8 };

struct Entry
{
    QByteArray name;   // UTF-8, '/' separated
    qint64 offset = 0; // of the local header
    qint64 size = 0;   // uncompressed
    qint64 packed = 0; // as stored in the archive
    quint32 crc = 0;
    Method method = Method::Stored;
    quint16 dosTime = 0;
    quint16 dosDate = 0;
};

// Bytes taken by an entry's local header, so that its data can be placed before the header is written.
qint64 localHeaderSize(const QByteArray &name);
// The local time as MS-DOS date and time (2 s steps; 1980-01-01 for anything earlier).
void setTime(Entry *entry, const QDateTime &time);
QByteArray localHeader(const Entry &entry);
QByteArray centralHeader(const Entry &entry);
// The Zip64 end of central directory record and locator, then the end of central directory record.
QByteArray endRecords(qint64 entries, qint64 directoryOffset, qint64 directorySize);
// Raw deflate (no zlib header), as zip's method 8 stores it; false when zlib fails.
bool deflateRaw(const QByteArray &data, QByteArray *packed);
} // namespace ZipRecords
