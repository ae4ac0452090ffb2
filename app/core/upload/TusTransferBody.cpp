// TusTransfer, the part that sends a chunk's body: its length (adapted to the pace), its tus checksum, the
// verification of the file while it goes (catching up on bytes the server already had), and which client
// carries it (in memory through QNetworkAccessManager, or streamed by BodySender).
#include "upload/TusTransfer.h"

#include "upload/ChunkChecksum.h"
#include "upload/RateLimiter.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>

#include <algorithm>

qint64 TusTransfer::nextChunkLength() const
{
    return std::min(m_chunk, m_spec.size - m_spec.offset);
}

bool TusTransfer::chunkChecksum(qint64 length, QByteArray *header, UploadError *error) const
{
    const QByteArray algorithm = m_info.checksumAlgorithm();
    if (algorithm.isEmpty())
        return true;
    QString why;
    const QByteArray digest = hashFileRange(m_spec.localPath, m_spec.offset, length, algorithm, &why);
    if (digest.isEmpty()) {
        *error = UploadError::localFile(why);
        return false;
    }
    *header = algorithm + ' ' + digest.toBase64();
    return true;
}

// Before a PATCH from an offset the verifier has not reached (a resumed upload), the bytes the server has
// are read and hashed, 16 MiB per turn of the event loop so that other transfers go on meanwhile.
bool TusTransfer::catchUpFirst()
{
    if (!m_verifier.isActive() || m_verifier.hashedTo() >= m_spec.offset)
        return false;
    QString why;
    if (!m_verifier.catchUp(m_spec.offset, qint64(16) << 20, &why)) {
        failLocally(why);
        return true;
    }
    m_after = Step::Patch;
    m_step = Step::Waiting;
    m_retryTimer.start(0);
    return true;
}

void TusTransfer::sendPatch()
{
    if (m_spec.offset >= m_spec.size)
        return succeed();
    if (catchUpFirst())
        return;
    QString error;
    QNetworkRequest req = request(m_spec.url, &error);
    if (!error.isEmpty())
        return fail(UploadError::localFile(error));
    const qint64 length = nextChunkLength();
    QByteArray checksum;
    UploadError bad;
    if (!chunkChecksum(length, &checksum, &bad))
        return fail(bad);
    req.setRawHeader("Upload-Offset", QByteArray::number(m_spec.offset));
    if (!checksum.isEmpty())
        req.setRawHeader("Upload-Checksum", checksum);
    sendBody(req, "PATCH", length, Step::Patch);
}

// A small body goes in memory through QNetworkAccessManager, which writes it together with the headers (a
// later segment would wait for the server's delayed ACK, about 40 ms a request, which dominates many small
// files). Large bodies, and every body under a bandwidth limit, stream from disk through BodySender.
void TusTransfer::sendBody(QNetworkRequest req, const QByteArray &verb, qint64 length, Step step)
{
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/offset+octet-stream"));
    req.setHeader(QNetworkRequest::ContentLengthHeader, length);
    const auto check = [this](qint64 position, QByteArrayView piece, QString *why) {
        return m_verifier.see(position, piece, why);
    };
    QString why;
    if (length <= m_tuning.inMemoryBody && !(m_limiter && m_limiter->limit() > 0)) {
        QFile file(m_spec.localPath);
        QByteArray data;
        if (!file.open(QIODevice::ReadOnly) || !file.seek(m_spec.offset) ||
            (data = file.read(length)).size() != length)
            return failLocally(
                tr("%1 could not be read at byte %2 (it may have been shortened).")
                    .arg(QFileInfo(m_spec.localPath).fileName(), QString::number(m_spec.offset)));
        if (!check(m_spec.offset, data, &why))
            return failLocally(why);
        return track(m_network->sendCustomRequest(req, verb, data), step);
    }
    beginRequest(step);
    if (!m_sender->send(verb, req, {m_spec.localPath, m_spec.offset, length}, check, &why)) {
        m_watchdog.stop();
        return failLocally(why);
    }
}

// The file could not be read, or differs from its package: the transfer ends. A package that no longer
// matches its file loses its stamp, so that the next upload makes it again.
void TusTransfer::failLocally(const QString &why)
{
    if (!m_verifier.hasMismatch())
        return fail(UploadError::localFile(why));
    if (!m_spec.staleMarker.isEmpty())
        QFile::remove(m_spec.staleMarker);
    fail(UploadError::packageChanged(why));
}

void TusTransfer::adaptChunk(qint64 bytes, qint64 ms)
{
    if (m_tuning.fixedChunk > 0 || bytes <= 0 || bytes < m_chunk / 2)
        return; // a short last chunk says nothing about the pace
    const double rate = double(bytes) * 1000.0 / double(std::max<qint64>(ms, 1));
    const qint64 wanted = qint64(rate * m_tuning.targetChunkSeconds);
    m_chunk = std::clamp(wanted, m_tuning.minChunk, m_tuning.maxChunk);
}
