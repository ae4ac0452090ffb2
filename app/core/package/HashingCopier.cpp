#include "package/HashingCopier.h"

#include "package/ArchiveSink.h"
#include "package/Sha256.h"

#include <QFile>

#include <future>

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
    const qint64 expected = in.size();
    if (!sink.beginFile(relativePath, expected, false, error))
        return false;

    Sha256 hash;
    QByteArray buffers[2] = {QByteArray(BlockSize, Qt::Uninitialized),
                             QByteArray(BlockSize, Qt::Uninitialized)};
    struct WriteResult
    {
        bool ok = true;
        QString error;
    };
    std::future<WriteResult> pending;
    auto waitPending = [&pending]() -> WriteResult {
        if (!pending.valid())
            return {};
        return pending.get();
    };

    qint64 total = 0;
    int index = 0;
    QString failure;
    for (;;) {
        if (m_cancel && m_cancel->load()) {
            failure = tr("cancelled");
            break;
        }
        QByteArray &buffer = buffers[index];
        qint64 filled = 0;
        while (filled < BlockSize) { // fill the whole block: sinks and hashes like large writes
            const qint64 n = in.read(buffer.data() + filled, BlockSize - filled);
            if (n < 0) {
                failure = tr("%1: read error (%2)").arg(source, in.errorString());
                break;
            }
            if (n == 0)
                break;
            filled += n;
        }
        if (!failure.isEmpty())
            break;
        if (filled == 0)
            break;
        hash.update(buffer.constData(), filled);
        const WriteResult previous = waitPending();
        if (!previous.ok) {
            failure = previous.error;
            break;
        }
        const char *data = buffer.constData();
        pending = std::async(std::launch::async, [&sink, data, filled]() {
            WriteResult r;
            r.ok = sink.write(data, filled, &r.error);
            return r;
        });
        total += filled;
        if (m_progress)
            m_progress(filled);
        index = 1 - index;
    }
    const WriteResult last = waitPending();
    if (failure.isEmpty() && !last.ok)
        failure = last.error;
    if (failure.isEmpty() && total != expected)
        failure = tr("%1: the file changed while it was copied (%2 bytes expected, %3 read)")
                      .arg(source)
                      .arg(expected)
                      .arg(total);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    if (!sink.endFile(error))
        return false;
    *sha256Hex = hash.hex();
    *size = total;
    return true;
}
