#pragma once

#include <QtGlobal>

// Starts the disk writes of a file while it is being written, a few MiB at a time (Linux
// sync_file_range; elsewhere nothing), so that the fsync that makes an export durable at the end finds
// little left to write: writing to disk overlaps reading and hashing instead of following them.
// It only starts writes and never waits for them; durability still comes from the final fsync.
class WriteBehind
{
public:
    static constexpr qint64 Step = 8 << 20;

    // Follows the file open on `fd` (-1: none), written from offset `start` on (a zip's writers each fill
    // a range of the same file).
    void follow(int fd, qint64 start = 0);
    // Records that `bytes` more were written after those before; starts the writes of each full step.
    void wrote(qint64 bytes);

private:
    int m_fd = -1;
    qint64 m_written = 0;
    qint64 m_started = 0;
};
