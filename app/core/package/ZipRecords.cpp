#include "package/ZipRecords.h"

#include <algorithm>

#include <zlib.h>

namespace {
constexpr quint16 VersionNeeded = 45;                       // 4.5: Zip64
constexpr quint16 VersionMadeBy = (3 << 8) | VersionNeeded; // 3: Unix, so that the mode below is read
constexpr quint16 Utf8Names = 1 << 11;
constexpr quint32 Unknown32 = 0xffffffff; // "see the Zip64 extra field"
constexpr quint16 Zip64Tag = 0x0001;
constexpr quint32 RegularFile0644 = 0100644;

void put16(QByteArray *out, quint16 v)
{
    const char b[2] = {char(v & 0xff), char(v >> 8)};
    out->append(b, 2);
}

void put32(QByteArray *out, quint32 v)
{
    put16(out, quint16(v & 0xffff));
    put16(out, quint16(v >> 16));
}

void put64(QByteArray *out, qint64 v)
{
    put32(out, quint32(quint64(v) & 0xffffffff));
    put32(out, quint32(quint64(v) >> 32));
}

// The fields that local and central headers share, from "version needed" to the name's length.
void putCommon(QByteArray *out, const ZipRecords::Entry &e)
{
    put16(out, VersionNeeded);
    put16(out, Utf8Names);
    put16(out, quint16(e.method));
    put16(out, e.dosTime);
    put16(out, e.dosDate);
    put32(out, e.crc);
    put32(out, Unknown32); // compressed size: in the Zip64 field
    put32(out, Unknown32); // uncompressed size: in the Zip64 field
    put16(out, quint16(e.name.size()));
}
} // namespace

namespace ZipRecords {

qint64 localHeaderSize(const QByteArray &name)
{
    return 30 + name.size() + 4 + 16;
}

void setTime(Entry *entry, const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    const QDate d = local.date();
    const QTime t = local.time();
    if (!d.isValid() || d.year() < 1980) {
        entry->dosDate = (1 << 5) | 1; // 1980-01-01
        entry->dosTime = 0;
        return;
    }
    entry->dosDate = quint16(((std::min(d.year(), 2107) - 1980) << 9) | (d.month() << 5) | d.day());
    entry->dosTime = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
}

QByteArray localHeader(const Entry &entry)
{
    QByteArray out;
    out.reserve(localHeaderSize(entry.name));
    put32(&out, 0x04034b50);
    putCommon(&out, entry);
    put16(&out, 4 + 16); // extra field length
    out.append(entry.name);
    put16(&out, Zip64Tag);
    put16(&out, 16);
    put64(&out, entry.size);
    put64(&out, entry.packed);
    return out;
}

QByteArray centralHeader(const Entry &entry)
{
    QByteArray out;
    put32(&out, 0x02014b50);
    put16(&out, VersionMadeBy);
    putCommon(&out, entry);
    put16(&out, 4 + 24); // extra field length
    put16(&out, 0);      // comment length
    put16(&out, 0);      // disk number
    put16(&out, 0);      // internal attributes
    put32(&out, RegularFile0644 << 16);
    put32(&out, Unknown32); // local header offset: in the Zip64 field
    out.append(entry.name);
    put16(&out, Zip64Tag);
    put16(&out, 24);
    put64(&out, entry.size);
    put64(&out, entry.packed);
    put64(&out, entry.offset);
    return out;
}

QByteArray endRecords(qint64 entries, qint64 directoryOffset, qint64 directorySize)
{
    QByteArray out;
    put32(&out, 0x06064b50); // Zip64 end of central directory record
    put64(&out, 44);         // its size after this field
    put16(&out, VersionMadeBy);
    put16(&out, VersionNeeded);
    put32(&out, 0); // this disk
    put32(&out, 0); // the disk where the directory starts
    put64(&out, entries);
    put64(&out, entries);
    put64(&out, directorySize);
    put64(&out, directoryOffset);
    put32(&out, 0x07064b50); // its locator
    put32(&out, 0);
    put64(&out, directoryOffset + directorySize);
    put32(&out, 1);          // disks in all
    put32(&out, 0x06054b50); // end of central directory record: what fits, the rest in Zip64 above
    put16(&out, 0);
    put16(&out, 0);
    put16(&out, quint16(std::min<qint64>(entries, 0xffff)));
    put16(&out, quint16(std::min<qint64>(entries, 0xffff)));
    put32(&out, quint32(std::min<qint64>(directorySize, Unknown32)));
    put32(&out, quint32(std::min<qint64>(directoryOffset, Unknown32)));
    put16(&out, 0); // comment length
    return out;
}

bool deflateRaw(const QByteArray &data, QByteArray *packed)
{
    z_stream z{};
    // windowBits -15: raw deflate, no zlib header or trailer.
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return false;
    packed->resize(qsizetype(deflateBound(&z, uLong(data.size()))));
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(packed->data());
    z.avail_out = uInt(packed->size());
    const int rc = deflate(&z, Z_FINISH);
    packed->resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END;
}

} // namespace ZipRecords
