#include "package/Crc32.h"

#include <libdeflate.h>

quint32 Crc32::update(quint32 crc, const char *data, qint64 size)
{
    return quint32(libdeflate_crc32(crc, data, size_t(size)));
}
