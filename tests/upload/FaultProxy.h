#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QThread>

#include <atomic>

class QTcpServer;

// A small HTTP proxy in front of the real tus server that injects faults: canned answers (5xx, 423, 429
// with Retry-After, 405 to HEAD), a stall (the request is read, never answered), a connection dropped after
// part of a body. Each fault applies to the next request of its method ("" for any), `times` times; other
// requests pass to the server unchanged but with "Connection: close", one request per connection. It runs
// on its own thread, so a test may block on a child process while the proxy serves it.
// With setChecksums(), it plays a server with the checksum extension (which @tus/server 1.x lacks): it
// answers OPTIONS itself, advertising "checksum" and Tus-Checksum-Algorithm: md5,sha1, and holds every
// POST/PATCH body until complete to check its Upload-Checksum, answering 460 without forwarding a byte on
// a mismatch. A `corrupt` fault flips one byte of a body on its way, as a bad link would.
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
        bool corrupt = false;  // flip a byte of the body (its checksum, when checked, then fails)
    };

    explicit FaultProxy(int upstreamPort);
    ~FaultProxy();
    bool start(); // 127.0.0.1, a free port
    int port() const { return m_port; }
    QString endpoint() const; // http://127.0.0.1:<port>/files/
    void add(const Fault &fault);
    void clear();
    void setChecksums(bool on) { m_checksums = on; }
    bool checksums() const { return m_checksums; }
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
    std::atomic_bool m_checksums = false;
};
