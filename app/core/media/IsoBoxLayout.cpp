#include "media/IsoBoxLayout.h"

#include <QtEndian>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxBoxes = 100000;

bool isKnownTopLevelType(const QByteArray &type)
{
    static const char *const known[] = {"ftyp", "moov", "mdat", "free", "skip", "wide",
                                        "pnot", "uuid", "styp", "sidx", "moof", "pdin"};
    for (const char *k : known) {
        if (type == QByteArrayView(k, 4))
            return true;
    }
    return false;
}
} // namespace

QString IsoBoxLayout::indexPosition() const
{
    if (moovOffset < 0 || mdatOffset < 0)
        return QString();
    return moovOffset < mdatOffset ? u"before"_s : u"after"_s;
}

IsoBoxLayout IsoBoxLayout::scanBuffer(const QByteArray &data)
{
    return scan(data.size(), [&data](qint64 offset, char *buffer, qint64 length) -> qint64 {
        if (offset < 0 || offset >= data.size())
            return 0;
        const qint64 n = qMin(length, qint64(data.size()) - offset);
        std::memcpy(buffer, data.constData() + offset, size_t(n));
        return n;
    });
}

IsoBoxLayout IsoBoxLayout::scan(qint64 fileSize, const Reader &read)
{
    IsoBoxLayout layout;
    qint64 offset = 0;
    while (offset + 8 <= fileSize && layout.boxCount < MaxBoxes) {
        uchar header[16];
        const qint64 got = read(offset, reinterpret_cast<char *>(header), 16);
        if (got < 8)
            break;
        quint64 size = qFromBigEndian<quint32>(header);
        const QByteArray type(reinterpret_cast<const char *>(header + 4), 4);
        if (layout.boxCount == 0) {
            layout.isIso = isKnownTopLevelType(type);
            if (!layout.isIso)
                return layout;
        }
        ++layout.boxCount;
        qint64 headerSize = 8;
        if (size == 1) {
            if (got < 16) {
                layout.truncated = true;
                break;
            }
            size = qFromBigEndian<quint64>(header + 8);
            headerSize = 16;
        } else if (size == 0) {
            size = quint64(fileSize - offset); // extends to the end of the file
        }
        if (size < quint64(headerSize)) // malformed: stop rather than loop
            break;
        if (type == "moov" && layout.moovOffset < 0)
            layout.moovOffset = offset;
        else if (type == "mdat" && layout.mdatOffset < 0)
            layout.mdatOffset = offset;
        else if (type == "ftyp" && layout.majorBrand.isEmpty() && size >= 12) {
            char brand[4];
            if (read(offset + headerSize, brand, 4) == 4)
                layout.majorBrand = QByteArray(brand, 4);
        }
        if (size > quint64(fileSize - offset)) {
            layout.truncated = true;
            break;
        }
        offset += qint64(size);
    }
    return layout;
}
