#pragma once

#include <QtGlobal>

// Copies `size` bytes from one open file to another inside the kernel (copy_file_range on Linux: no copy
// through user memory, and reflinks where the file system has them). `targetOffset` null: both files'
// own offsets are used and moved on, as read() and write() would; else the target is written from
// *targetOffset, which moves on. Returns the bytes copied (fewer only at the source's end), -1 with
// *errorCode (errno) on an error, or -2 when the kernel cannot copy between these two files (another file
// system, a kernel without it, elsewhere than Linux): the caller then copies through a buffer.
namespace KernelCopy {
qint64 copy(int sourceFd, int targetFd, qint64 *targetOffset, qint64 size, int *errorCode);
// Reads back `size` bytes of what was copied, from `offset` of the open file `fd` (pread: the file's own
// offset stays). False with *errorCode (errno), or 0 when the file is shorter than that.
bool readBack(int fd, qint64 offset, char *data, qint64 size, int *errorCode);
} // namespace KernelCopy
