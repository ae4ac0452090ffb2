#include "common/WriteBehind.h"

#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

void WriteBehind::follow(int fd, qint64 start)
{
    m_fd = fd;
    m_written = start;
    m_started = start;
}

void WriteBehind::wrote(qint64 bytes)
{
    m_written += bytes;
    if (m_fd < 0 || m_written - m_started < Step)
        return;
#ifdef Q_OS_LINUX
    // Best effort: a failure here only means the final fsync has more to do.
    ::sync_file_range(m_fd, m_started, m_written - m_started, SYNC_FILE_RANGE_WRITE);
#endif
    m_started = m_written;
}
