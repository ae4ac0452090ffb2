#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

// The top-level boxes of an ISO base media file (MP4, MOV, 3GP, M4A), read from their headers only:
// is it ISO BMFF at all, where the index (moov) and the media data (mdat) start, and whether a box
// runs past the end of the file. Reads a few bytes per box, bounded in the number of boxes.
class IsoBoxLayout
{
public:
    // Reads up to `length` bytes at `offset` into `buffer`; returns the count read, or -1.
    using Reader = std::function<qint64(qint64 offset, char *buffer, qint64 length)>;

    static IsoBoxLayout scan(qint64 fileSize, const Reader &read);
    static IsoBoxLayout scanBuffer(const QByteArray &data);

    bool isIso = false;    // the first box has a known ISO BMFF type
    QByteArray majorBrand; // from ftyp, 4 bytes, or empty
    qint64 moovOffset = -1;
    qint64 mdatOffset = -1;
    bool truncated = false; // the last box claims more bytes than the file has
    int boxCount = 0;

    bool hasIndex() const { return moovOffset >= 0; }
    // "before" (moov first, streams well), "after" (moov after mdat), or "" when either is missing.
    QString indexPosition() const;
};
