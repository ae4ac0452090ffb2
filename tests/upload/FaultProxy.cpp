#include "FaultProxy.h"

#include <QCryptographicHash>
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
            return m_checkBody ? holdBody(m_client->readAll()) : pipeBody(m_client->readAll());
        m_head += m_client->readAll();
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        QByteArray rest = m_head.mid(end + 4);
        m_head.truncate(end + 4);
        m_headDone = true;
        const QList<QByteArray> lines = m_head.split('\n');
        m_method = lines.value(0).split(' ').value(0);
        m_path = lines.value(0).split(' ').value(1);
        FaultProxy::Fault fault;
        if (m_proxy->take(m_method, &fault)) {
            if (fault.stall)
                return m_proxy->record(m_method + ' ' + m_path + " -> stall");
            if (fault.status > 0)
                return answer(fault, m_path);
            m_dropAfter = fault.dropAfter;
            m_corrupt = fault.corrupt;
            m_proxy->record(m_method + ' ' + m_path +
                            (fault.corrupt ? QByteArray(" -> corrupted")
                                           : " -> drop after " + QByteArray::number(fault.dropAfter)));
        } else {
            m_proxy->record(m_method + ' ' + m_path + " -> server");
        }
        if (m_proxy->checksums() && m_method == "OPTIONS")
            return advertiseChecksums();
        m_bodyLength = header("content-length").toLongLong();
        m_checkBody = m_proxy->checksums() && (m_method == "PATCH" || m_method == "POST") && m_bodyLength > 0;
        if (m_checkBody)
            return holdBody(rest);
        openUpstream(rest);
    }

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : m_head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }

    // The checksum extension, as a server that has it would answer OPTIONS.
    void advertiseChecksums()
    {
        m_client->write("HTTP/1.1 204 No Content\r\nTus-Resumable: 1.0.0\r\nTus-Version: 1.0.0\r\n"
                        "Tus-Extension: creation,creation-with-upload,termination,expiration,checksum\r\n"
                        "Tus-Checksum-Algorithm: md5,sha1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        m_client->disconnectFromHost();
    }

    // Collects the whole body, checks its Upload-Checksum, then forwards it or answers 460.
    void holdBody(const QByteArray &bytes)
    {
        m_held += bytes;
        if (m_held.size() < m_bodyLength)
            return;
        m_checkBody = false;
        if (m_corrupt && !m_held.isEmpty())
            m_held[m_held.size() / 2] = char(m_held.at(m_held.size() / 2) ^ 0x5a);
        const QList<QByteArray> given = header("upload-checksum").split(' ');
        const QByteArray algorithm = given.value(0).toLower();
        std::optional<QCryptographicHash::Algorithm> kind;
        if (algorithm == "sha1")
            kind = QCryptographicHash::Sha1;
        else if (algorithm == "md5")
            kind = QCryptographicHash::Md5;
        const QByteArray line = m_method + ' ' + m_path + " at " + header("upload-offset") + ' ' +
                                QByteArray::number(m_held.size()) + " bytes";
        if (!kind) {
            m_proxy->record(line + " -> no checksum");
        } else if (QCryptographicHash::hash(m_held, *kind).toBase64() != given.value(1)) {
            m_proxy->record(line + " -> 460 checksum mismatch");
            return answer({m_method, 1, 460}, m_path);
        } else {
            m_proxy->record(line + " -> checksum " + algorithm + " ok");
        }
        openUpstream(m_held);
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

    void pipeBody(QByteArray bytes)
    {
        if (!m_upstream)
            return; // a stalled or answered request: its body is read and dropped
        if (m_corrupt && !m_proxy->checksums() && !bytes.isEmpty()) {
            bytes[0] = char(bytes.at(0) ^ 0x5a);
            m_corrupt = false;
        }
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
    QByteArray m_path;
    QByteArray m_held; // a body held for its checksum
    qint64 m_bodyLength = 0;
    bool m_checkBody = false;
    bool m_corrupt = false;
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
