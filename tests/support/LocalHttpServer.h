#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

// A small HTTP/1.1 server on 127.0.0.1 for link-check tests (no traffic leaves the machine). Each request
// is answered by a handler (by method and path) and recorded with what went over the wire, so tests can
// assert on requests and bytes instead of on wall-clock time. Replies close the connection.
class LocalHttpServer : public QTcpServer
{
public:
    struct Reply
    {
        QByteArray status = "200 OK";
        QByteArray headers; // extra header lines, each ending in \r\n (e.g. "Location: /b\r\n")
        QByteArray body = "<html>course</html>"; // not sent for HEAD; Content-Length always is
        bool answer = true;                      // false: never answer (a server that hangs)
        // Hostile bodies (not sent for HEAD). endlessBytes > 0: no Content-Length, then `x` bytes as fast as
        // the client takes them, up to endlessBytes (a safety cap, far above anything a client should read).
        // dripIntervalMs > 0: after the headers, one byte of body per interval until the client closes.
        qint64 endlessBytes = 0;
        int dripIntervalMs = 0;
    };
    using Handler = std::function<Reply(const QByteArray &method, const QByteArray &path)>;

    struct Served
    {
        QByteArray method;
        QByteArray path;
        qint64 replyBytes = 0; // headers + body the server meant to send
        qint64 sentBytes = 0;  // accepted by the kernel before the connection closed
        bool closed = false;
    };

    // Without a handler every request gets the default Reply (200 with a small page).
    explicit LocalHttpServer(Handler handler = {});
    // Closes open connections first: their handlers use members that die before QObject's children.
    ~LocalHttpServer() override;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Listens on 127.0.0.1, on a free port.
    bool start();
    // http://127.0.0.1:<port><path>
    QString url(const QString &path) const;

    int requests() const { return int(m_served.size()); }
    // Every request so far, in order. Tests look from a mark on (the list is never cleared, since late
    // signals of old sockets still index it).
    const QList<Served> &served() const { return m_served; }
    QList<QByteArray> methodsFrom(qsizetype mark) const;
    bool allClosedFrom(qsizetype mark) const;

protected:
    void incomingConnection(qintptr handle) override;

private:
    void answer(QTcpSocket *socket, const QByteArray &request);
    void streamEndless(QTcpSocket *socket, qint64 total);
    void drip(QTcpSocket *socket, int intervalMs);
    Handler m_handler;
    QList<Served> m_served;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
