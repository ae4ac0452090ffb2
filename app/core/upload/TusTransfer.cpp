#include "upload/TusTransfer.h"

#include "upload/LowDelaySockets.h"

#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace {
QByteArray encodeMetadata(const QList<QPair<QByteArray, QString>> &metadata)
{
    QList<QByteArray> parts;
    for (const auto &[key, value] : metadata)
        parts.append(key + ' ' + value.toUtf8().toBase64());
    return parts.join(',');
}

QDateTime httpDate(const QByteArray &value)
{
    const double seconds = Backoff::parseRetryAfter(value, QDateTime::currentDateTimeUtc());
    if (value.trimmed().isEmpty() || seconds < 0)
        return {};
    return QDateTime::currentDateTimeUtc().addMSecs(qint64(seconds * 1000));
}
} // namespace

TusTransfer::TusTransfer(QNetworkAccessManager *network, const TusAccount &account,
                         const TransferTuning &tuning, RateLimiter *limiter, QObject *parent)
    : QObject(parent), m_network(network), m_account(account), m_tuning(tuning), m_limiter(limiter),
      m_sender(new BodySender(limiter, this))
{
    m_backoff.base = tuning.backoffBase;
    m_backoff.cap = tuning.backoffCap;
    m_backoff.maxAttempts = tuning.maxRetries;
    m_chunk = tuning.fixedChunk > 0 ? tuning.fixedChunk : tuning.firstChunk;
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        m_step = m_after;
        next();
    });
    m_watchdog.setInterval(250);
    connect(&m_watchdog, &QTimer::timeout, this, &TusTransfer::watchdog);
    connect(m_sender, &BodySender::bodyProgress, this, &TusTransfer::bodySent);
    connect(m_sender, &BodySender::activity, this, [this] { m_lastActivity.restart(); });
    connect(m_sender, &BodySender::finished, this,
            [this](const HttpAnswer &answer) { onAnswer(answer, m_sender->localProblem()); });
}

TusTransfer::~TusTransfer()
{
    stop();
}

void TusTransfer::start(const UploadSpec &spec)
{
    stop();
    m_spec = spec;
    m_verifier.reset(spec.localPath, spec.size, spec.verifySha256, spec.verifyFingerprint);
    m_recreated = 0;
    m_backoff.reset();
    if (const UploadError bad = m_account.checkEndpoint(); bad.isError()) {
        QTimer::singleShot(0, this, [this, bad] { fail(bad); });
        m_step = Step::Waiting;
        return;
    }
    // An upload past its Upload-Expires is gone on the server: start over without asking.
    if (!m_spec.url.isEmpty() && m_spec.expires.isValid() &&
        m_spec.expires <= QDateTime::currentDateTimeUtc().addSecs(5))
        forgetUrl();
    m_step = !m_info.known ? Step::Options : m_spec.url.isEmpty() ? Step::Create : Step::Head;
    next();
}

void TusTransfer::stop()
{
    m_retryTimer.stop();
    m_watchdog.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        m_bytesSent += m_inFlightSent;
        reply->abort();
        reply->deleteLater();
    }
    if (m_sender->isBusy()) {
        m_bytesSent += m_inFlightSent;
        m_sender->abort();
    }
    m_inFlightSent = 0;
    m_step = Step::Idle;
}

void TusTransfer::terminate(const QUrl &url)
{
    stop();
    QString error;
    QNetworkRequest req = request(url, &error);
    if (!error.isEmpty()) {
        emit terminated(false, UploadError::localFile(error));
        return;
    }
    track(m_network->deleteResource(req), Step::Delete);
}

void TusTransfer::next()
{
    switch (m_step) {
    case Step::Options:
        return sendOptions();
    case Step::Create:
        return sendCreate();
    case Step::Head:
        return sendHead();
    case Step::Patch:
        return sendPatch();
    default:
        return;
    }
}

QNetworkRequest TusTransfer::request(const QUrl &url, QString *error) const
{
    QNetworkRequest req(url);
    m_account.prepare(&req, error);
    return req;
}

void TusTransfer::beginRequest(Step step)
{
    // One request at a time: never a HEAD beside a PATCH.
    Q_ASSERT(!m_reply && !m_sender->isBusy());
    m_step = step;
    m_stalled = false;
    m_inFlightSent = 0;
    m_lastActivity.start();
    m_requestClock.start();
    m_watchdog.start();
}

void TusTransfer::track(QNetworkReply *reply, Step step)
{
    beginRequest(step);
    m_reply = reply;
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) { bodySent(sent); });
    connect(reply, &QNetworkReply::downloadProgress, this, [this] { m_lastActivity.restart(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] { m_lastActivity.restart(); });
    connect(reply, &QNetworkReply::finished, this, &TusTransfer::onReplyFinished);
}

// Body bytes of the request in flight handed to the network so far (either client).
void TusTransfer::bodySent(qint64 sent)
{
    if (sent <= m_inFlightSent)
        return;
    m_inFlightSent = sent;
    m_lastActivity.restart();
    emit progress(m_spec.offset + sent);
}

void TusTransfer::watchdog()
{
    if (m_lastActivity.elapsed() <= qint64(m_tuning.stallSeconds) * 1000)
        return;
    m_stalled = true;
    if (m_reply) {
        m_reply->abort(); // finished() follows
    } else if (m_sender->isBusy()) {
        m_sender->abort(); // no signal follows
        HttpAnswer aborted;
        aborted.error = QNetworkReply::OperationCanceledError;
        onAnswer(aborted);
    }
}

void TusTransfer::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    // The connection stays open for the next request: have it send without waiting (see LowDelaySockets).
    const QUrl url = reply->url();
    LowDelaySockets::apply(quint16(url.port(url.scheme() == "https"_L1 ? 443 : 80)));
    onAnswer(HttpAnswer::fromReply(*reply));
}

// Whichever client carried the request: a local problem (the file) ends the transfer, network trouble waits
// and asks again, and an answer goes to the handler of the step.
void TusTransfer::onAnswer(const HttpAnswer &answer, const QString &localProblem)
{
    m_watchdog.stop();
    const Step step = m_step;
    if (step == Step::Patch || step == Step::Create)
        m_bytesSent += m_inFlightSent;
    if (!localProblem.isEmpty() && !m_stalled)
        return failLocally(localProblem);
    if (m_stalled || (answer.error != QNetworkReply::NoError && answer.status == 0)) {
        const UploadError e = m_stalled ? UploadError::stalled(m_tuning.stallSeconds)
                                        : UploadError::fromNetwork(answer.error, answer.errorString);
        if (step == Step::Delete)
            return emit terminated(false, e);
        // A cut PATCH may have landed partly: ask the server before sending more.
        return trouble(e, {}, step == Step::Patch ? Step::Head : step);
    }
    switch (step) {
    case Step::Options:
        return onOptions(answer);
    case Step::Create:
        return onCreate(answer);
    case Step::Head:
        return onHead(answer);
    case Step::Patch:
        return onPatch(answer);
    case Step::Delete:
        return onDelete(answer);
    default:
        return;
    }
}

void TusTransfer::sendOptions()
{
    QString error;
    QNetworkRequest req = request(m_account.endpoint, &error);
    if (!error.isEmpty())
        return fail(UploadError::localFile(error));
    track(m_network->sendCustomRequest(req, "OPTIONS"), Step::Options);
}

void TusTransfer::onOptions(const HttpAnswer &reply)
{
    const int status = reply.status;
    if (status != 200 && status != 204) {
        const UploadError e = UploadError::fromStatus(status);
        return e.isRetryable() ? trouble(e, reply.rawHeader("Retry-After"), Step::Options) : fail(e);
    }
    m_info = TusServerInfo::fromAnswer(reply);
    if (!m_info.supportsVersion100())
        return fail(UploadError::protocol(u"Tus-Version without 1.0.0"_s));
    emit serverInfoKnown(m_info);
    if (m_info.maxSize > 0 && m_spec.size > m_info.maxSize)
        return fail(UploadError::fromStatus(413, m_info.maxSizeHeader));
    m_step = m_spec.url.isEmpty() ? Step::Create : Step::Head;
    next();
}

void TusTransfer::sendCreate()
{
    QString error;
    QNetworkRequest req = request(m_account.endpoint, &error);
    if (!error.isEmpty())
        return fail(UploadError::localFile(error));
    req.setRawHeader("Upload-Length", QByteArray::number(m_spec.size));
    req.setRawHeader("Upload-Metadata", encodeMetadata(m_spec.metadata));
    const bool withData = m_info.has("creation-with-upload") && m_spec.size > 0;
    if (!withData) {
        req.setHeader(QNetworkRequest::ContentLengthHeader, 0);
        return track(m_network->post(req, QByteArray()), Step::Create);
    }
    const qint64 length = nextChunkLength();
    QByteArray checksum;
    UploadError bad;
    if (!chunkChecksum(length, &checksum, &bad))
        return fail(bad);
    if (!checksum.isEmpty())
        req.setRawHeader("Upload-Checksum", checksum);
    sendBody(req, "POST", length, Step::Create);
}

void TusTransfer::onCreate(const HttpAnswer &reply)
{
    const int status = reply.status;
    if (status != 201) {
        const UploadError e = UploadError::fromStatus(status, m_info.maxSizeHeader);
        return e.isRetryable() ? trouble(e, reply.rawHeader("Retry-After"), Step::Create) : fail(e);
    }
    const QByteArray location = reply.rawHeader("Location");
    const QUrl url = m_account.endpoint.resolved(QUrl(QString::fromUtf8(location)));
    if (location.isEmpty() || !url.isValid() || url.scheme() != m_account.endpoint.scheme() ||
        url.host() != m_account.endpoint.host())
        return fail(
            UploadError::protocol(u"Location of the new upload: '%1'"_s.arg(QString::fromUtf8(location))));
    m_spec.url = url;
    m_spec.offset = 0;
    m_spec.expires = httpDate(reply.rawHeader("Upload-Expires"));
    emit urlAssigned(url, m_spec.expires);
    if (reply.hasRawHeader("Upload-Offset")) { // creation-with-upload: the first chunk came with it
        const qint64 ms = m_requestClock.elapsed();
        qint64 offset = 0;
        if (!takeOffset(reply, 0, &offset))
            return;
        adaptChunk(offset, ms); // so the next chunk is sized for the pace already seen
    }
    m_step = Step::Patch;
    next();
}

void TusTransfer::sendHead()
{
    QString error;
    QNetworkRequest req = request(m_spec.url, &error);
    if (!error.isEmpty())
        return fail(UploadError::localFile(error));
    req.setRawHeader("Cache-Control", "no-store");
    track(m_network->head(req), Step::Head);
}

void TusTransfer::onHead(const HttpAnswer &reply)
{
    const int status = reply.status;
    if (status == 405)
        return fail(UploadError::headRefused()); // never a second upload when the offset is unknown
    if (status != 200 && status != 204) {
        const UploadError e = UploadError::fromStatus(status, m_info.maxSizeHeader);
        if (e.kind == UploadError::Gone)
            return forgetUrl(), trouble(e, {}, Step::Create);
        return e.isRetryable() ? trouble(e, reply.rawHeader("Retry-After"), Step::Head) : fail(e);
    }
    const QByteArray length = reply.rawHeader("Upload-Length");
    if (!length.isEmpty() && length.toLongLong() != m_spec.size) // another file's upload: start over
        return forgetUrl(), trouble(UploadError::fromStatus(410), {}, Step::Create);
    if (reply.hasRawHeader("Upload-Expires"))
        m_spec.expires = httpDate(reply.rawHeader("Upload-Expires"));
    qint64 offset = 0;
    if (!takeOffset(reply, 0, &offset))
        return;
    m_step = Step::Patch;
    next();
}

bool TusTransfer::takeOffset(const HttpAnswer &reply, qint64 lowest, qint64 *offset)
{
    bool ok = false;
    const QByteArray raw = reply.rawHeader("Upload-Offset").trimmed();
    *offset = raw.toLongLong(&ok);
    if (!ok || *offset < lowest || *offset > m_spec.size) {
        fail(UploadError::protocol(u"Upload-Offset '%1' for a file of %2 bytes"_s.arg(
            QString::fromLatin1(raw.left(40)), QString::number(m_spec.size))));
        return false;
    }
    if (*offset > m_spec.offset)
        m_backoff.reset(); // progress: the trouble is over
    m_spec.offset = *offset;
    emit acknowledged(*offset);
    emit progress(*offset);
    return true;
}

void TusTransfer::onPatch(const HttpAnswer &reply)
{
    const int status = reply.status;
    if (status != 204 && status != 200) {
        const UploadError e = UploadError::fromStatus(status, m_info.maxSizeHeader);
        if (e.kind == UploadError::Gone)
            return forgetUrl(), trouble(e, {}, Step::Create);
        // Whatever went wrong mid-chunk, the server's offset is the truth: ask it before going on.
        return e.isRetryable() ? trouble(e, reply.rawHeader("Retry-After"), Step::Head) : fail(e);
    }
    const qint64 before = m_spec.offset;
    const qint64 ms = m_requestClock.elapsed();
    qint64 offset = 0;
    if (!takeOffset(reply, before, &offset))
        return;
    if (reply.hasRawHeader("Upload-Expires"))
        m_spec.expires = httpDate(reply.rawHeader("Upload-Expires"));
    adaptChunk(offset - before, ms);
    m_step = Step::Patch;
    next();
}

void TusTransfer::onDelete(const HttpAnswer &reply)
{
    m_step = Step::Idle;
    const int status = reply.status;
    if (status == 204 || status == 200 || status == 404 || status == 410)
        return emit terminated(true, {});
    emit terminated(false, UploadError::fromStatus(status));
}

void TusTransfer::forgetUrl()
{
    m_spec.url.clear();
    m_spec.offset = 0;
    m_spec.expires = {};
    emit urlForgotten();
    emit progress(0);
}

void TusTransfer::trouble(const UploadError &error, const QByteArray &retryAfter, Step then)
{
    if (error.kind == UploadError::Gone && ++m_recreated > m_tuning.maxRecreate)
        return fail(error);
    if (m_backoff.exhausted())
        return fail(error);
    const double seconds = error.kind == UploadError::Gone ? 0 : m_backoff.next(retryAfter);
    emit retrying(error, seconds);
    m_after = then;
    m_step = Step::Waiting;
    m_retryTimer.start(int(seconds * 1000));
}

void TusTransfer::fail(const UploadError &error)
{
    m_step = Step::Idle;
    emit finished(error);
}

void TusTransfer::succeed()
{
    m_step = Step::Idle;
    emit finished({});
}
