#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>

// What one HTTP request got back, whichever client sent it (QNetworkAccessManager, or BodySender for large
// bodies): the status (0 when no answer came), the network error, and the headers by case-insensitive name.
struct HttpAnswer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray rawHeader(QByteArrayView name) const;
    bool hasRawHeader(QByteArrayView name) const;
    static HttpAnswer fromReply(QNetworkReply &reply);
};

// Reads one HTTP/1.1 response from the bytes of a connection as they come: the status line, the headers and
// the body's framing (Content-Length, chunked, or until the connection closes), keeping at most 64 KiB of
// headers; the body is read and dropped (what matters to tus is in the headers). Interim 1xx answers are
// skipped.
class HttpAnswerParser
{
public:
    enum State { Incomplete, Complete, Malformed };
    // Hands over the next bytes; returns the state. Bytes after a complete answer are left unread.
    State feed(QByteArrayView bytes);
    // The connection closed: an answer framed by the close is complete now.
    State closed();
    const HttpAnswer &answer() const { return m_answer; }
    bool keepsConnection() const { return m_keepAlive && m_framed; }
    bool hasStarted() const { return m_started; }
    QString problem() const { return m_problem; }

private:
    State parseHead();
    State parseBody();
    State parseChunks();
    State malformed(const QString &why);

    QByteArray m_buffer;
    HttpAnswer m_answer;
    State m_state = Incomplete;
    bool m_started = false;
    bool m_headDone = false;
    bool m_framed = true; // false: the body ends when the connection closes
    bool m_chunked = false;
    bool m_keepAlive = true;
    qint64 m_remaining = 0; // body bytes (or bytes of the current chunk) still to come
    bool m_inChunkData = false;
    QString m_problem;
};
