#pragma once

#include "upload/Backoff.h"
#include "upload/BodySender.h"
#include "upload/HttpAnswer.h"
#include "upload/StreamVerifier.h"
#include "upload/TusAccount.h"
#include "upload/TusServerInfo.h"
#include "upload/UploadError.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class RateLimiter;

// How a transfer paces itself. Chunks adapt so that each PATCH takes about targetChunkSeconds, between
// minChunk and maxChunk (fixedChunk > 0 pins them, for tests); data streams from disk, so memory stays
// bounded whatever the chunk. The watchdog aborts a request that moved no byte for stallSeconds.
struct TransferTuning
{
    qint64 minChunk = qint64(256) << 10;
    qint64 maxChunk = qint64(512) << 20; // streamed: memory does not grow with it
    qint64 firstChunk = qint64(4) << 20;
    qint64 fixedChunk = 0;
    double targetChunkSeconds = 3;
    int stallSeconds = 30;
    int maxRetries = 10;      // per trouble; reset whenever the server acknowledges bytes
    double backoffBase = 0.5; // seconds
    double backoffCap = 30;   // seconds
    int maxRecreate = 3;      // 404/410 answers that may restart the upload from zero
    // Bodies up to this size go in memory with their headers through QNetworkAccessManager, larger ones
    // (and all under a bandwidth limit) stream through BodySender.
    qint64 inMemoryBody = qint64(1) << 20;
};

// One file to send and what is known of its upload so far (from the store).
struct UploadSpec
{
    QString localPath;
    qint64 size = 0;
    QList<QPair<QByteArray, QString>> metadata; // Upload-Metadata: key, value
    QUrl url;                                   // empty: not created yet
    qint64 offset = 0;                          // acknowledged by the server
    QDateTime expires;                          // Upload-Expires, when the server sent one
    // Non-empty: the file's content is checked against this sha256 while it is sent (StreamVerifier), and
    // `staleMarker` is removed when it differs (the package's export stamp: the package is made again).
    QString verifySha256;
    QString verifyFingerprint; // when not empty, checked instead of verifySha256 (ContentFingerprint)
    QString staleMarker;
};

// The tus 1.0 client for one file. OPTIONS when the server is not known yet; POST (creation, with the first
// chunk where creation-with-upload is advertised); HEAD before resuming a known upload, retried and never
// followed by a second creation when it fails; PATCH chunk after chunk with Upload-Checksum where the server
// verifies checksums. At most one request is in flight, so there is never a HEAD beside a PATCH.
// 409/460 ask the offset again; 404/410 and an expired Upload-Expires forget the URL and create anew;
// 423, 429, 5xx and network trouble wait (exponential backoff with jitter, Retry-After honoured) and go on,
// up to maxRetries per trouble; 401/403/413 and other refusals end the transfer with their message.
class TusTransfer : public QObject
{
    Q_OBJECT
public:
    TusTransfer(QNetworkAccessManager *network, const TusAccount &account, const TransferTuning &tuning,
                RateLimiter *limiter, QObject *parent = nullptr);
    ~TusTransfer() override;

    void setServerInfo(const TusServerInfo &info) { m_info = info; }
    TusServerInfo serverInfo() const { return m_info; }
    void start(const UploadSpec &spec);
    // Stops at once (pause, cancel): the request in flight is aborted, no signal follows. The server keeps
    // what it acknowledged; a later start() asks it with HEAD.
    void stop();
    // Termination: DELETE the upload at `url` (the user discarded it); terminated() tells the outcome.
    void terminate(const QUrl &url);

    qint64 acknowledgedOffset() const { return m_spec.offset; }
    qint64 bytesSent() const { return m_bytesSent; } // every PATCH/POST body byte sent, re-sent ones too
    qint64 currentChunk() const { return m_chunk; }
    bool isActive() const { return m_step != Step::Idle; }

signals:
    void serverInfoKnown(const TusServerInfo &info);
    void urlAssigned(const QUrl &url, const QDateTime &expires);
    void urlForgotten();
    void acknowledged(qint64 offset);
    void progress(qint64 offsetWithInFlight);
    void retrying(const UploadError &error, double seconds);
    void finished(const UploadError &error); // kind None: the server has the whole file
    void terminated(bool ok, const UploadError &error);

private:
    enum class Step { Idle, Options, Create, Head, Patch, Delete, Waiting };
    void next();
    void sendOptions();
    void sendCreate();
    void sendHead();
    void sendPatch();
    QNetworkRequest request(const QUrl &url, QString *error) const;
    void sendBody(QNetworkRequest req, const QByteArray &verb, qint64 length, Step step);
    bool catchUpFirst();
    void beginRequest(Step step);
    void track(QNetworkReply *reply, Step step);
    void bodySent(qint64 sent);
    void onReplyFinished();
    void onAnswer(const HttpAnswer &answer, const QString &localProblem = {});
    void onOptions(const HttpAnswer &reply);
    void onCreate(const HttpAnswer &reply);
    void onHead(const HttpAnswer &reply);
    void onPatch(const HttpAnswer &reply);
    void onDelete(const HttpAnswer &reply);
    bool takeOffset(const HttpAnswer &reply, qint64 lowest, qint64 *offset);
    void forgetUrl();
    void trouble(const UploadError &error, const QByteArray &retryAfter, Step then);
    void fail(const UploadError &error);
    void succeed();
    void adaptChunk(qint64 bytes, qint64 ms);
    void watchdog();
    qint64 nextChunkLength() const;
    bool chunkChecksum(qint64 length, QByteArray *header, UploadError *error) const;
    void failLocally(const QString &why);

    QNetworkAccessManager *m_network;
    TusAccount m_account;
    TransferTuning m_tuning;
    RateLimiter *m_limiter;
    TusServerInfo m_info;
    UploadSpec m_spec;
    Step m_step = Step::Idle;
    Step m_after = Step::Idle;       // what a Waiting step goes on with
    QPointer<QNetworkReply> m_reply; // OPTIONS, HEAD, DELETE and small bodies
    BodySender *m_sender;            // large bodies, and all bodies under a bandwidth limit (a child)
    StreamVerifier m_verifier;
    QTimer m_retryTimer;
    QTimer m_watchdog;
    QElapsedTimer m_lastActivity;
    QElapsedTimer m_requestClock;
    Backoff m_backoff;
    bool m_stalled = false;
    int m_recreated = 0;
    qint64 m_chunk = 0;
    qint64 m_inFlightSent = 0;
    qint64 m_bytesSent = 0;
};
