#include "package/HashingCopier.h"

#include "package/ArchiveSink.h"
#include "package/ContentFingerprint.h"
#include "package/Sha256.h"

#include <QFile>

using namespace Qt::StringLiterals;

HashingCopier::HashingCopier(const std::atomic_bool *cancel, Progress progress)
    : m_cancel(cancel), m_progress(std::move(progress))
{
}

bool HashingCopier::copy(const QString &source, ArchiveSink &sink, const QString &relativePath, Copied *out,
                         QString *error)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = tr("%1: cannot read (%2)").arg(source, in.errorString());
        return false;
    }
    Sha256 hash;
    ContentFingerprint fingerprint;
    Pass pass{source, sink, in.size(), hash, m_fingerprinting ? &fingerprint : nullptr};
    if (!sink.beginFile(relativePath, pass.expected, false, error))
        return false;
    const bool copied = copyBlocks(in.handle(), pass);
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
    out->sha256 = hash.hex();
    out->fingerprint = m_fingerprinting ? fingerprint.hex() : QString();
    out->size = pass.total;
    return true;
}

bool HashingCopier::cancelled(Pass &pass) const
{
    if (!m_cancel || !m_cancel->load())
        return false;
    pass.failure = tr("cancelled");
    return true;
}

// The sink copies each block (the kernel does, where it can); the block comes back in a cache-sized buffer
// and is hashed. Never more than one byte past the size the file had at the start: enough to tell that it
// grew, and no endless copy of a file that keeps growing.
bool HashingCopier::copyBlocks(int sourceFd, Pass &pass)
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
        if (pass.fingerprint)
            pass.fingerprint->update(block.constData(), n);
        pass.total += n;
        if (m_progress)
            m_progress(n);
        if (pass.total > pass.expected)
            return true;
    }
}
