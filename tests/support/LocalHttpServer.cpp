#include "LocalHttpServer.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

LocalHttpServer::LocalHttpServer(Handler handler) : m_handler(std::move(handler)) {}

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
    QByteArray bytes = "HTTP/1.1 " + reply.status + "\r\n" + reply.headers +
                       "Content-Type: text/html\r\nContent-Length: " + QByteArray::number(reply.body.size()) +
                       "\r\nConnection: close\r\n\r\n";
    if (method != "HEAD")
        bytes += reply.body;
    m_served[index].replyBytes = bytes.size();
    socket->write(bytes);
    socket->disconnectFromHost();
}
