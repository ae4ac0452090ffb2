#include "package/HashingCopier.h"

#include "package/ArchiveSink.h"
#include "package/Sha256.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <future>
#include <unistd.h>

using namespace Qt::StringLiterals;

HashingCopier::HashingCopier(const std::atomic_bool *cancel, Progress progress)
    : m_cancel(cancel), m_progress(std::move(progress))
{
}

bool HashingCopier::copy(const QString &source, ArchiveSink &sink, const QString &relativePath,
                         QString *sha256Hex, qint64 *size, QString *error)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = tr("%1: cannot read (%2)").arg(source, in.errorString());
        return false;
    }
    Sha256 hash;
    Pass pass{source, sink, in.size(), hash};
    if (!sink.beginFile(relativePath, pass.expected, false, error))
        return false;
    const bool copied =
        sink.copiesInKernel() ? copyInKernel(in.handle(), pass) : copyThroughWrites(in.handle(), pass);
    if (copied && pass.total != pass.expected)
        pass.failure = tr("%1: the file changed while it was copied (%2 bytes expected, %3 read)")
                           .arg(source)
                           .arg(pass.expected)
                           .arg(pass.total);
    if (!pass.failure.isEmpty()) {
        if (error)
            *error = pass.failure;
        return false;
    }
    if (!sink.endFile(error))
        return false;
    *sha256Hex = hash.hex();
    *size = pass.total;
    return true;
}

bool HashingCopier::cancelled(Pass &pass) const
{
    if (!m_cancel || !m_cancel->load())
        return false;
    pass.failure = tr("cancelled");
    return true;
}

// The kernel copies each block; the block comes back in a cache-sized buffer and is hashed. Never more than
// one byte past the size the file had at the start: enough to tell that it grew, and no endless copy of a
// file that keeps growing.
bool HashingCopier::copyInKernel(int sourceFd, Pass &pass)
{
    QByteArray block(CopyBlock, Qt::Uninitialized);
    for (;;) {
        if (cancelled(pass))
            return false;
        const qint64 want = std::min<qint64>(CopyBlock, std::max<qint64>(pass.expected - pass.total, 0) + 1);
        QString error;
        const qint64 n = pass.sink.copyFromFile(sourceFd, block.data(), want, &error);
        if (n < 0) {
            pass.failure = tr("%1: cannot copy (%2)").arg(pass.source, error);
            return false;
        }
        if (n == 0)
            return true;
        pass.hash.update(block.constData(), n);
        pass.total += n;
        if (m_progress)
            m_progress(n);
        if (pass.total > pass.expected)
            return true;
    }
}

// Fills the whole block unless the file ends (sinks and hashes like large writes), never reading more than
// one byte past the size the file had at the start.
bool HashingCopier::fillBlock(int sourceFd, char *data, qint64 *filled, Pass &pass)
{
    *filled = 0;
    const qint64 want = std::min<qint64>(WriteBlock, std::max<qint64>(pass.expected - pass.total, 0) + 1);
    while (*filled < want) {
        const qint64 n = ::read(sourceFd, data + *filled, size_t(want - *filled));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            pass.failure =
                tr("%1: read error (%2)").arg(pass.source, QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
        if (n == 0)
            return true;
        *filled += n;
    }
    return true;
}

// Each block is hashed on this thread while the previous one is written by a helper thread. As in
// copyInKernel, a file that grew is read one byte past its first size and no further.
bool HashingCopier::copyThroughWrites(int sourceFd, Pass &pass)
{
    QByteArray buffers[2] = {QByteArray(WriteBlock, Qt::Uninitialized),
                             QByteArray(WriteBlock, Qt::Uninitialized)};
    struct WriteResult
    {
        bool ok = true;
        QString error;
    };
    std::future<WriteResult> pending;
    auto waitPending = [&pending]() -> WriteResult {
        return pending.valid() ? pending.get() : WriteResult();
    };
    int index = 0;
    for (;;) {
        qint64 filled = 0;
        if (cancelled(pass) || !fillBlock(sourceFd, buffers[index].data(), &filled, pass) || filled == 0)
            break;
        if (pass.total + filled >
            pass.expected) { // it grew: copy() says so; the sink gets no more than declared
            pass.total += filled;
            break;
        }
        pass.hash.update(buffers[index].constData(), filled);
        const WriteResult previous = waitPending();
        if (!previous.ok) {
            pass.failure = previous.error;
            break;
        }
        const char *data = buffers[index].constData();
        pending = std::async(std::launch::async, [&sink = pass.sink, data, filled]() {
            WriteResult r;
            r.ok = sink.write(data, filled, &r.error);
            return r;
        });
        pass.total += filled;
        if (m_progress)
            m_progress(filled);
        index = 1 - index;
    }
    const WriteResult last = waitPending();
    if (pass.failure.isEmpty() && !last.ok)
        pass.failure = last.error;
    return pass.failure.isEmpty();
}
