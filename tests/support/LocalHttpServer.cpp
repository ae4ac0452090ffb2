#include "LocalHttpServer.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kChunk = 256 * 1024; // an endless body is written in chunks of this size
} // namespace

LocalHttpServer::LocalHttpServer(Handler handler) : m_handler(std::move(handler)) {}

LocalHttpServer::~LocalHttpServer()
{
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        socket->disconnect();
        delete socket;
    }
}

bool LocalHttpServer::start()
{
    return listen(QHostAddress::LocalHost);
}

QString LocalHttpServer::url(const QString &path) const
{
    return u"http://127.0.0.1:%1%2"_s.arg(serverPort()).arg(path);
}

QList<QByteArray> LocalHttpServer::methodsFrom(qsizetype mark) const
{
    QList<QByteArray> methods;
    for (qsizetype i = mark; i < m_served.size(); ++i)
        methods.append(m_served.at(i).method);
    return methods;
}

bool LocalHttpServer::allClosedFrom(qsizetype mark) const
{
    for (qsizetype i = mark; i < m_served.size(); ++i)
        if (!m_served.at(i).closed)
            return false;
    return true;
}

void LocalHttpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(handle);
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QByteArray request = buffer;
        buffer.clear();
        answer(socket, request);
    });
    connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
}

void LocalHttpServer::answer(QTcpSocket *socket, const QByteArray &request)
{
    const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
    if (line.size() < 2)
        return;
    const QByteArray method = line.at(0);
    const QByteArray path = line.at(1);
    const qsizetype index = m_served.size();
    m_served.append({method, path, 0, 0, false});
    connect(socket, &QTcpSocket::bytesWritten, socket,
            [this, index](qint64 n) { m_served[index].sentBytes += n; });
    connect(socket, &QTcpSocket::disconnected, socket, [this, index] { m_served[index].closed = true; });
    const Reply reply = m_handler ? m_handler(method, path) : Reply{};
    if (!reply.answer)
        return;
    const bool hostile = method != "HEAD" && (reply.endlessBytes > 0 || reply.dripIntervalMs > 0);
    QByteArray bytes = "HTTP/1.1 " + reply.status + "\r\n" + reply.headers + "Content-Type: text/html\r\n";
    if (reply.dripIntervalMs > 0)
        bytes += "Content-Length: 1000000000\r\n";
    else if (reply.endlessBytes <= 0)
        bytes += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    bytes += "Connection: close\r\n\r\n";
    if (method != "HEAD" && !hostile)
        bytes += reply.body;
    m_served[index].replyBytes = bytes.size() + (hostile ? reply.endlessBytes : 0);
    socket->write(bytes);
    if (!hostile)
        socket->disconnectFromHost();
    else if (reply.endlessBytes > 0)
        streamEndless(socket, reply.endlessBytes);
    else
        drip(socket, reply.dripIntervalMs);
}

void LocalHttpServer::streamEndless(QTcpSocket *socket, qint64 total)
{
    // Refill whenever the kernel took the last chunk, so the server's own buffer stays small.
    auto queued = std::make_shared<qint64>(0);
    auto refill = [socket, total, queued] {
        while (socket->bytesToWrite() < kChunk && *queued < total) {
            const qint64 n = qMin(kChunk, total - *queued);
            socket->write(QByteArray(n, 'x'));
            *queued += n;
        }
        if (*queued >= total && socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, refill);
    refill();
}

void LocalHttpServer::drip(QTcpSocket *socket, int intervalMs)
{
    auto *timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, socket, [socket] {
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->write("x");
    });
    timer->start(intervalMs);
}
