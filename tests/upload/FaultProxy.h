#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QThread>

class QTcpServer;

// A small HTTP proxy in front of the real tus server that injects faults: canned answers (5xx, 423, 429
// with Retry-After, 405 to HEAD), a stall (the request is read, never answered), a connection dropped after
// part of a body. Each fault applies to the next request of its method ("" for any), `times` times; other
// requests pass to the server unchanged but with "Connection: close", one request per connection. It runs
// on its own thread, so a test may block on a child process while the proxy serves it.
class FaultProxy
{
public:
    struct Fault
    {
        QByteArray method; // "PATCH", "HEAD" …, "" for any
        int times = 1;
        int status = 0;        // > 0: answer this status, the request never reaches the server
        QByteArray retryAfter; // Retry-After of that answer
        bool stall = false;    // never answer
        qint64 dropAfter = -1; // >= 0: pass this many body bytes to the server, then cut both connections
    };

    explicit FaultProxy(int upstreamPort);
    ~FaultProxy();
    bool start(); // 127.0.0.1, a free port
    int port() const { return m_port; }
    QString endpoint() const; // http://127.0.0.1:<port>/files/
    void add(const Fault &fault);
    void clear();
    // "METHOD path -> status or fault" per request seen, in order.
    QList<QByteArray> log() const;
    int count(const QByteArray &method) const;

    // Used by the connection handlers on the proxy's thread.
    bool take(const QByteArray &method, Fault *fault);
    void record(const QByteArray &line);
    int upstreamPort() const { return m_upstream; }

private:
    int m_upstream;
    int m_port = 0;
    QThread m_thread;
    QObject *m_anchor = nullptr; // lives on m_thread
    QTcpServer *m_server = nullptr;
    mutable QMutex m_mutex;
    QList<Fault> m_faults;
    QList<QByteArray> m_log;
};
