#include "upload/BodySender.h"

#include "upload/RateLimiter.h"

#include <QFileInfo>
#include <QSslSocket>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {
QNetworkReply::NetworkError networkErrorOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::ProxyConnectionRefusedError:
        return QNetworkReply::ProxyConnectionRefusedError;
    case QAbstractSocket::ProxyNotFoundError:
        return QNetworkReply::ProxyNotFoundError;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

// "PATCH /files/abc HTTP/1.1", Host and the request's own headers (none may break a line).
QByteArray headOf(const QByteArray &verb, const QNetworkRequest &request, qint64 bodyLength)
{
    const QUrl url = request.url();
    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!target.startsWith('/'))
        target.prepend('/');
    QByteArray head = verb + ' ' + target + " HTTP/1.1\r\nHost: " +
                      url.adjusted(QUrl::RemoveUserInfo).authority(QUrl::FullyEncoded).toLatin1() + "\r\n";
    for (const QByteArray &name : request.rawHeaderList()) {
        const QByteArray value = request.rawHeader(name);
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0 || name.contains('\n') ||
            name.contains('\r') || value.contains('\n') || value.contains('\r'))
            continue;
        head += name + ": " + value + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(bodyLength) + "\r\n\r\n";
    return head;
}
} // namespace

BodySender::BodySender(RateLimiter *limiter, QObject *parent) : QObject(parent), m_limiter(limiter)
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &BodySender::pump);
}

BodySender::~BodySender()
{
    abort();
}

bool BodySender::send(const QByteArray &verb, const QNetworkRequest &request, const Body &body,
                      const PieceCheck &check, QString *error)
{
    if (m_busy)
        abort(); // keeps an idle kept-alive connection for this request

    m_file.setFileName(body.path);
    if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(body.start)) {
        *error = u"%1: %2"_s.arg(body.path, m_file.errorString());
        m_file.close();
        return false;
    }
    m_verb = verb;
    m_request = request;
    m_body = body;
    m_check = check;
    m_retried = false;
    start();
    return true;
}

// (Re)starts the request from the body's first byte, on the open connection when it fits.
void BodySender::start()
{
    ++m_generation;
    m_busy = true;
    m_parser = HttpAnswerParser();
    m_localProblem.clear();
    m_queuedBody = 0;
    m_bodySent = 0;
    m_file.seek(m_body.start);
    m_reused = connectionFits(m_request.url());
    if (m_reused)
        writeHead();
    else
        openConnection(m_request.url());
}

void BodySender::abort()
{
    ++m_generation;
    m_busy = false;
    m_wake.stop();
    closeConnection();
    m_file.close();
}

bool BodySender::connectionFits(const QUrl &url) const
{
    const bool tls = url.scheme() == "https"_L1;
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState && m_tls == tls &&
           m_host == url.host() && m_port == url.port(tls ? 443 : 80) &&
           (!tls || static_cast<QSslSocket *>(m_socket)->isEncrypted());
}

void BodySender::openConnection(const QUrl &url)
{
    closeConnection();
    m_tls = url.scheme() == "https"_L1;
    m_host = url.host();
    m_port = url.port(m_tls ? 443 : 80);
    if (m_tls) {
        auto *tls = new QSslSocket(this); // a child: gone with the sender even if deleteLater never runs
        tls->setSslConfiguration(m_request.sslConfiguration());
        connect(tls, &QSslSocket::encrypted, this, &BodySender::writeHead);
        m_socket = tls;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &BodySender::writeHead);
    }
    connect(m_socket, &QTcpSocket::bytesWritten, this, &BodySender::onBytesWritten);
    connect(m_socket, &QTcpSocket::readyRead, this, &BodySender::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &BodySender::onSocketError);
    if (m_tls)
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(m_host, quint16(m_port));
    else
        m_socket->connectToHost(m_host, quint16(m_port));
}

void BodySender::closeConnection()
{
    if (!m_socket)
        return;
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void BodySender::writeHead()
{
    if (!m_busy)
        return;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->write(headOf(m_verb, m_request, m_body.length));
    pump();
}

// Keeps up to kQueued bytes of body waiting in the socket, read from the file a piece at a time.
void BodySender::pump()
{
    while (m_busy && m_socket && m_queuedBody < m_body.length && m_socket->bytesToWrite() < kQueued)
        if (!queuePiece())
            return;
}

bool BodySender::queuePiece()
{
    qint64 wanted = std::min(kPiece, m_body.length - m_queuedBody);
    if (m_limiter && m_limiter->limit() > 0) {
        wanted = m_limiter->take(wanted);
        if (wanted <= 0) {
            if (!m_wake.isActive())
                m_wake.start(std::max(1, m_limiter->waitMs()));
            return false;
        }
    }
    QByteArray piece(wanted, Qt::Uninitialized);
    const qint64 position = m_body.start + m_queuedBody;
    if (m_file.read(piece.data(), wanted) != wanted) {
        failLocally(
            tr("%1 could not be read at byte %2 (it may have been shortened): %3")
                .arg(QFileInfo(m_body.path).fileName(), QString::number(position), m_file.errorString()));
        return false;
    }
    QString why;
    if (m_check && !m_check(position, piece, &why)) {
        failLocally(why);
        return false;
    }
    m_socket->write(piece);
    m_queuedBody += wanted;
    return true;
}

void BodySender::onBytesWritten(qint64)
{
    emit activity();
    // What is still in the socket's buffer is the end of what was given to it (the head came first).
    const qint64 sent = m_queuedBody - std::min(m_queuedBody, m_socket ? m_socket->bytesToWrite() : 0);
    if (sent > m_bodySent && m_busy) {
        m_bodySent = sent;
        emit bodyProgress(m_bodySent);
    }
    pump();
}

void BodySender::onReadyRead()
{
    emit activity();
    if (!m_busy) { // an idle connection has nothing to say: it is not to be trusted with the next request
        closeConnection();
        return;
    }
    readAnswer();
}

// Feeds what has come to the answer's parser; true when that ended the request.
bool BodySender::readAnswer()
{
    const HttpAnswerParser::State state = m_parser.feed(m_socket->readAll());
    if (state == HttpAnswerParser::Complete) {
        const bool bodyDone = m_queuedBody == m_body.length && m_socket->bytesToWrite() == 0;
        finishWith(m_parser.answer(), bodyDone && m_parser.keepsConnection());
        return true;
    }
    if (state == HttpAnswerParser::Malformed) {
        HttpAnswer answer;
        answer.error = QNetworkReply::ProtocolFailure;
        answer.errorString = m_parser.problem();
        finishWith(answer, false);
        return true;
    }
    return false;
}

void BodySender::onSocketError()
{
    if (!m_busy) {
        closeConnection();
        return;
    }
    // An answer may have come before the server closed (an early 413 or 460 cuts the body short).
    if (m_socket->bytesAvailable() > 0 && readAnswer())
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        if (m_parser.closed() == HttpAnswerParser::Complete)
            return finishWith(m_parser.answer(), false);
        // A kept-alive connection the server had closed meanwhile: once more on a new one.
        if (m_reused && !m_parser.hasStarted() && !m_retried) {
            m_retried = true;
            closeConnection();
            return start();
        }
    }
    HttpAnswer answer;
    answer.error = networkErrorOf(error);
    answer.errorString = m_socket->errorString();
    finishWith(answer, false);
}

void BodySender::finishWith(const HttpAnswer &answer, bool keepConnection)
{
    m_busy = false;
    m_wake.stop();
    m_file.close();
    if (!keepConnection)
        closeConnection();
    emit finished(answer);
}

// The request stops on our side; finished() follows from the event loop (never from inside send()).
void BodySender::failLocally(const QString &why)
{
    m_localProblem = why;
    m_busy = false;
    m_wake.stop();
    closeConnection();
    m_file.close();
    HttpAnswer answer;
    answer.error = QNetworkReply::OperationCanceledError;
    answer.errorString = why;
    QTimer::singleShot(0, this, [this, answer, generation = m_generation] {
        if (generation == m_generation)
            emit finished(answer);
    });
}
