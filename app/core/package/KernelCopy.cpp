#include "package/KernelCopy.h"

#include <cerrno>
#include <unistd.h>

qint64 KernelCopy::copy(int sourceFd, int targetFd, qint64 *targetOffset, qint64 size, int *errorCode)
{
#ifdef Q_OS_LINUX
    qint64 copied = 0;
    while (copied < size) {
        loff_t at = targetOffset ? *targetOffset : 0;
        const ssize_t n = ::copy_file_range(sourceFd, nullptr, targetFd, targetOffset ? &at : nullptr,
                                            size_t(size - copied), 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && copied == 0 &&
            (errno == EXDEV || errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP || errno == EBADF))
            return -2;
        if (n < 0) {
            *errorCode = errno;
            return -1;
        }
        if (n == 0)
            break;
        copied += n;
        if (targetOffset)
            *targetOffset += n;
    }
    return copied;
#else
    Q_UNUSED(sourceFd);
    Q_UNUSED(targetFd);
    Q_UNUSED(targetOffset);
    Q_UNUSED(size);
    Q_UNUSED(errorCode);
    return -2;
#endif
}

bool KernelCopy::readBack(int fd, qint64 offset, char *data, qint64 size, int *errorCode)
{
    while (size > 0) {
        const ssize_t n = ::pread(fd, data, size_t(size), off_t(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *errorCode = n < 0 ? errno : 0;
            return false;
        }
        data += n;
        offset += n;
        size -= n;
    }
    return true;
}
