#pragma once

#include "upload/HttpAnswer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkRequest>
#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;
class RateLimiter;

// One HTTP/1.1 request whose body is a range of a file, written to a TCP (TLS for https) socket of its own
// that stays open for the next request to the same server. QNetworkAccessManager hands a device's bytes to
// its network thread in 16 KiB pieces, a round trip each, which on a fast link costs more than the transfer
// itself; this reads 128 KiB pieces and keeps a few of them queued in the socket (behind the system's own
// buffer). A piece is read, checked (hashed) and copied to the socket while it is still in the core's
// cache: with 1 MiB pieces and 4 MiB queued, a 1 GiB batch to a local server took 2.4 s against curl's 2.0;
// with these, 2.0. Memory: at most kQueued + kPiece bytes of body. The queue's RateLimiter paces it.
class BodySender : public QObject
{
    Q_OBJECT
public:
    struct Body
    {
        QString path;
        qint64 start = 0;
        qint64 length = 0;
    };
    // Sees every piece read from the file before it is sent (position in the file, bytes); returning false
    // stops the request before the piece leaves, with *why as the reason (finished() then carries it).
    using PieceCheck = std::function<bool(qint64 position, QByteArrayView piece, QString *why)>;

    explicit BodySender(RateLimiter *limiter, QObject *parent = nullptr);
    ~BodySender() override;

    // Sends `verb` to the request's URL with its headers, TLS configuration and the body; the answer comes
    // with finished(). False with *error when the file cannot be opened (nothing is sent then).
    bool send(const QByteArray &verb, const QNetworkRequest &request, const Body &body,
              const PieceCheck &check, QString *error);
    // Drops the request in flight and its connection; no signal follows.
    void abort();
    bool isBusy() const { return m_busy; }
    qint64 bodyBytesSent() const { return m_bodySent; }
    // Why the last request stopped on our side (a piece check or a read error); empty otherwise.
    QString localProblem() const { return m_localProblem; }

    static constexpr qint64 kPiece = qint64(128) << 10;
    static constexpr qint64 kQueued = qint64(512) << 10;

signals:
    void bodyProgress(qint64 sent); // body bytes handed to the system so far
    void activity();                // a byte went out or came in: for a stall watchdog
    void finished(const HttpAnswer &answer);

private:
    void start();
    bool connectionFits(const QUrl &url) const;
    void openConnection(const QUrl &url);
    void writeHead();
    void pump();
    bool queuePiece();
    void onBytesWritten(qint64 bytes);
    void onReadyRead();
    bool readAnswer();
    void onSocketError();
    void finishWith(const HttpAnswer &answer, bool keepConnection);
    void failLocally(const QString &why);
    void closeConnection();

    RateLimiter *m_limiter;
    QTcpSocket *m_socket = nullptr; // owned; deleted later (it may be inside one of its signals)
    QString m_host;
    int m_port = 0;
    bool m_tls = false;
    QByteArray m_head;
    QFile m_file;
    Body m_body;
    PieceCheck m_check;
    QByteArray m_verb;
    QNetworkRequest m_request;
    HttpAnswerParser m_parser;
    QTimer m_wake;           // the rate limiter has more again
    qint64 m_queuedBody = 0; // body bytes given to the socket
    qint64 m_bodySent = 0;   // of them, written to the system
    bool m_busy = false;
    bool m_reused = false;  // this request went out on a connection an earlier one used
    bool m_retried = false; // it was sent again on a fresh connection once
    QString m_localProblem;
    quint64 m_generation = 0; // a queued local failure is dropped once the request it belongs to is gone
};
