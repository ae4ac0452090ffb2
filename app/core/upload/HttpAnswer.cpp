#include "upload/HttpAnswer.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kMaxHead = 64 * 1024;
} // namespace

QByteArray HttpAnswer::rawHeader(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool HttpAnswer::hasRawHeader(QByteArrayView name) const
{
    for (const auto &header : headers)
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

HttpAnswer HttpAnswer::fromReply(QNetworkReply &reply)
{
    HttpAnswer a;
    a.status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.error = reply.error();
    a.errorString = reply.errorString();
    a.headers = reply.rawHeaderPairs();
    return a;
}

HttpAnswerParser::State HttpAnswerParser::feed(QByteArrayView bytes)
{
    if (m_state != Incomplete)
        return m_state;
    m_started = m_started || !bytes.isEmpty();
    m_buffer.append(bytes);
    while (m_state == Incomplete && !m_headDone) { // a loop: interim 1xx heads come before the answer's
        const qsizetype before = m_buffer.size();
        m_state = parseHead();
        if (m_buffer.size() == before)
            break; // the head needs more bytes
    }
    if (m_state == Incomplete && m_headDone)
        m_state = parseBody();
    return m_state;
}

HttpAnswerParser::State HttpAnswerParser::closed()
{
    if (m_state == Incomplete && m_headDone && !m_framed)
        m_state = Complete;
    else if (m_state == Incomplete)
        m_state = malformed(m_started ? u"the connection closed in the middle of the answer"_s
                                      : u"the connection closed before any answer"_s);
    return m_state;
}

HttpAnswerParser::State HttpAnswerParser::malformed(const QString &why)
{
    m_problem = why;
    m_keepAlive = false;
    return Malformed;
}

HttpAnswerParser::State HttpAnswerParser::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return m_buffer.size() > kMaxHead ? malformed(u"an answer header over 64 KiB"_s) : Incomplete;
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    bool ok = false;
    const int status = statusLine.value(1).toInt(&ok);
    if (!statusLine.first().startsWith("HTTP/1.") || !ok || status < 100 || status > 999)
        return malformed(
            u"not an HTTP/1.x status line: %1"_s.arg(QString::fromLatin1(lines.first().left(80))));
    if (status < 200)
        return Incomplete; // 100 Continue and other interim answers: the real one follows
    m_answer.status = status;
    m_keepAlive = statusLine.first() != "HTTP/1.0";
    qint64 length = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray key = line.left(colon).trimmed(), value = line.mid(colon + 1).trimmed();
        m_answer.headers.append({key, value});
        if (key.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong(&ok) >= 0 && ok ? value.toLongLong() : -2;
        else if (key.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            m_chunked = value.toLower().contains("chunked");
        else if (key.compare("Connection", Qt::CaseInsensitive) == 0)
            m_keepAlive = value.toLower().contains("keep-alive") || !value.toLower().contains("close");
    }
    if (length == -2)
        return malformed(u"a Content-Length that is not a number"_s);
    m_headDone = true;
    const bool noBody = status == 204 || status == 304;
    m_framed = noBody || m_chunked || length >= 0;
    m_remaining = noBody || m_chunked ? 0 : std::max<qint64>(length, 0);
    if (noBody || (!m_chunked && length == 0))
        return Complete;
    return Incomplete;
}

HttpAnswerParser::State HttpAnswerParser::parseBody()
{
    if (m_chunked)
        return parseChunks();
    if (!m_framed) {
        m_buffer.clear(); // read until the connection closes
        return Incomplete;
    }
    const qint64 take = std::min<qint64>(m_remaining, m_buffer.size());
    m_buffer.remove(0, take);
    m_remaining -= take;
    return m_remaining == 0 ? Complete : Incomplete;
}

HttpAnswerParser::State HttpAnswerParser::parseChunks()
{
    for (;;) {
        if (m_inChunkData) { // m_remaining: the chunk's data and its CRLF
            const qint64 take = std::min<qint64>(m_remaining, m_buffer.size());
            m_buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return Incomplete;
            m_inChunkData = false;
        }
        const qsizetype eol = m_buffer.indexOf("\r\n");
        if (eol < 0)
            return m_buffer.size() > 1024 ? malformed(u"a chunk size line over 1 KiB"_s) : Incomplete;
        bool ok = false;
        const qint64 size = m_buffer.left(eol).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return malformed(u"a chunk size that is not hexadecimal"_s);
        if (size > 0) {
            m_buffer.remove(0, eol + 2);
            m_remaining = size + 2;
            m_inChunkData = true;
            continue;
        }
        // The last chunk: optional trailer lines, then an empty line.
        const qsizetype end = m_buffer.indexOf("\r\n\r\n", eol);
        if (end < 0)
            return m_buffer.size() > kMaxHead ? malformed(u"a trailer over 64 KiB"_s) : Incomplete;
        m_buffer.remove(0, end + 4);
        return Complete;
    }
}
