#include "FaultProxy.h"

#include <QMetaObject>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {
// One client connection: reads the request head, then answers with a fault or pipes to the server.
class ProxyConnection : public QObject
{
public:
    ProxyConnection(QTcpSocket *client, FaultProxy *proxy) : QObject(client), m_client(client), m_proxy(proxy)
    {
        connect(client, &QTcpSocket::readyRead, this, [this] { onClientData(); });
        connect(client, &QTcpSocket::disconnected, this, [this] {
            if (m_upstream)
                m_upstream->disconnectFromHost();
            m_client->deleteLater();
        });
    }

private:
    void onClientData()
    {
        if (m_headDone)
            return pipeBody(m_client->readAll());
        m_head += m_client->readAll();
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        QByteArray rest = m_head.mid(end + 4);
        m_head.truncate(end + 4);
        m_headDone = true;
        const QList<QByteArray> lines = m_head.split('\n');
        m_method = lines.value(0).split(' ').value(0);
        const QByteArray path = lines.value(0).split(' ').value(1);
        FaultProxy::Fault fault;
        if (m_proxy->take(m_method, &fault)) {
            if (fault.stall)
                return m_proxy->record(m_method + ' ' + path + " -> stall");
            if (fault.status > 0)
                return answer(fault, path);
            m_dropAfter = fault.dropAfter;
            m_proxy->record(m_method + ' ' + path + " -> drop after " + QByteArray::number(fault.dropAfter));
        } else {
            m_proxy->record(m_method + ' ' + path + " -> server");
        }
        openUpstream(rest);
    }

    void answer(const FaultProxy::Fault &fault, const QByteArray &path)
    {
        m_proxy->record(m_method + ' ' + path + " -> " + QByteArray::number(fault.status));
        QByteArray reply =
            "HTTP/1.1 " + QByteArray::number(fault.status) + " Fault\r\nTus-Resumable: 1.0.0\r\n";
        if (!fault.retryAfter.isEmpty())
            reply += "Retry-After: " + fault.retryAfter + "\r\n";
        reply += "Content-Length: 0\r\nConnection: close\r\n\r\n";
        m_client->write(reply);
        m_client->disconnectFromHost();
    }

    void openUpstream(const QByteArray &firstBody)
    {
        QByteArray head;
        for (const QByteArray &line : m_head.split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.isEmpty() || l.toLower().startsWith("connection:"))
                continue;
            head += l + "\r\n";
        }
        head += "Connection: close\r\n\r\n";
        m_upstream = new QTcpSocket(this);
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] { m_client->write(m_upstream->readAll()); });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] {
            m_client->write(m_upstream->readAll());
            m_client->disconnectFromHost();
        });
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] {
            if (m_upstream->state() != QAbstractSocket::ConnectedState)
                m_client->abort();
        });
        m_upstream->connectToHost(QHostAddress::LocalHost, quint16(m_proxy->upstreamPort()));
        m_upstream->write(head);
        pipeBody(firstBody);
    }

    void pipeBody(const QByteArray &bytes)
    {
        if (!m_upstream)
            return; // a stalled or answered request: its body is read and dropped
        if (m_dropAfter >= 0 && m_piped + bytes.size() >= m_dropAfter) {
            m_upstream->write(bytes.left(m_dropAfter - m_piped));
            m_upstream->flush();
            m_upstream->waitForBytesWritten(1000);
            m_upstream->abort();
            m_client->abort();
            return;
        }
        m_piped += bytes.size();
        m_upstream->write(bytes);
    }

    QTcpSocket *m_client;
    FaultProxy *m_proxy;
    QTcpSocket *m_upstream = nullptr;
    QByteArray m_head;
    QByteArray m_method;
    bool m_headDone = false;
    qint64 m_dropAfter = -1;
    qint64 m_piped = 0;
};
} // namespace

FaultProxy::FaultProxy(int upstreamPort) : m_upstream(upstreamPort) {}

FaultProxy::~FaultProxy()
{
    if (m_anchor) {
        QMetaObject::invokeMethod(
            m_anchor, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_anchor;
    }
}

bool FaultProxy::start()
{
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_anchor,
        [this, &ok] {
            m_server = new QTcpServer;
            ok = m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket *client = m_server->nextPendingConnection())
                    new ProxyConnection(client, this);
            });
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

QString FaultProxy::endpoint() const
{
    return u"http://127.0.0.1:%1/files/"_s.arg(m_port);
}

void FaultProxy::add(const Fault &fault)
{
    QMutexLocker lock(&m_mutex);
    m_faults.append(fault);
}

void FaultProxy::clear()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

bool FaultProxy::take(const QByteArray &method, Fault *fault)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (!f.method.isEmpty() && f.method != method)
            continue;
        *fault = f;
        if (--f.times <= 0)
            m_faults.removeAt(i);
        return true;
    }
    return false;
}

void FaultProxy::record(const QByteArray &line)
{
    QMutexLocker lock(&m_mutex);
    m_log.append(line);
}

QList<QByteArray> FaultProxy::log() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

int FaultProxy::count(const QByteArray &method) const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const QByteArray &l : m_log)
        n += l.startsWith(method + ' ') ? 1 : 0;
    return n;
}
