#include "media/LinkCheck.h"

#include "profile/TechnicalSpec.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kReadBuffer = 16 * 1024;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1) &&
           !url.host().isEmpty();
}
} // namespace

QJsonObject LinkCheck::Result::toJson() const
{
    QJsonArray hops;
    for (const Hop &h : chain)
        hops.append(QJsonObject{{"url"_L1, h.url.toString()}, {"status"_L1, h.status}});
    return QJsonObject{{"url"_L1, url.toString()},
                       {"final_url"_L1, finalUrl.toString()},
                       {"head_status"_L1, headStatus},
                       {"status"_L1, status},
                       {"redirects"_L1, redirects},
                       {"elapsed_ms"_L1, elapsedMs},
                       {"timed_out"_L1, timedOut},
                       {"too_many_redirects"_L1, tooManyRedirects},
                       {"cancelled"_L1, cancelled},
                       {"refused_redirect"_L1, refusedRedirect.toString()},
                       {"tls_errors"_L1, QJsonArray::fromStringList(tlsErrors)},
                       {"network_error"_L1, networkError},
                       {"chain"_L1, hops}};
}

LinkCheck::Result LinkCheck::Result::fromJson(const QJsonObject &o)
{
    Result r;
    r.url = QUrl(o.value("url"_L1).toString());
    r.finalUrl = QUrl(o.value("final_url"_L1).toString());
    r.headStatus = o.value("head_status"_L1).toInt();
    r.status = o.value("status"_L1).toInt();
    r.redirects = o.value("redirects"_L1).toInt();
    r.elapsedMs = o.value("elapsed_ms"_L1).toInteger();
    r.timedOut = o.value("timed_out"_L1).toBool();
    r.tooManyRedirects = o.value("too_many_redirects"_L1).toBool();
    r.cancelled = o.value("cancelled"_L1).toBool();
    r.refusedRedirect = QUrl(o.value("refused_redirect"_L1).toString());
    for (const QJsonValue &e : o.value("tls_errors"_L1).toArray())
        r.tlsErrors.append(e.toString());
    r.networkError = o.value("network_error"_L1).toString();
    for (const QJsonValue &h : o.value("chain"_L1).toArray())
        r.chain.append(
            {QUrl(h.toObject().value("url"_L1).toString()), h.toObject().value("status"_L1).toInt()});
    return r;
}

LinkCheck::LinkCheck(QObject *parent) : QObject(parent), m_manager(new QNetworkAccessManager(this))
{
    qRegisterMetaType<LinkCheck::Result>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LinkCheck::onTimeout);
    m_poll.setInterval(kCancelPollMs);
    connect(&m_poll, &QTimer::timeout, this, &LinkCheck::onPoll);
}

LinkCheck::~LinkCheck()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

bool LinkCheck::optionsFrom(const QJsonObject &linkSection, Options *out, QString *error)
{
    const QJsonObject rule = linkSection.value("link"_L1).toObject();
    TechnicalSpec::Problem problem;
    if (!linkSection.value("link"_L1).isObject())
        problem = {u"technical.link.link"_s, TechnicalSpec::tr("is missing (expected an object with "
                                                               "max_redirects and timeout_ms)")};
    else if (TechnicalSpec::checkRule(u"link"_s, u"link"_s, rule, u"technical.link.link"_s, &problem)) {
        out->timeoutMs = rule.value("timeout_ms"_L1).toInt();
        out->maxRedirects = rule.value("max_redirects"_L1).toInt();
        return true;
    }
    if (error)
        *error =
            tr("The profile's technical section cannot be used: %1: %2").arg(problem.where, problem.what);
    return false;
}

void LinkCheck::start(const QUrl &url, const Options &options)
{
    abort();
    m_options = options;
    m_options.timeoutMs = qBound(100, options.timeoutMs, 10 * 60 * 1000);
    m_options.maxRedirects = qMax(0, options.maxRedirects);
    m_result = Result();
    m_result.url = url;
    m_result.finalUrl = url;
    m_head = true;
    m_hops = 0;
    m_bytesBefore = 0;
    m_bytesHere = 0;
    m_running = true;
    m_clock.start();
    m_timer.start(m_options.timeoutMs);
    if (m_options.cancel)
        m_poll.start();
    if (!isWebUrl(url)) {
        m_result.networkError = tr("not an http(s) address");
        finish();
        return;
    }
    request(url);
}

void LinkCheck::abort()
{
    if (!m_running)
        return;
    takeReply();
    m_running = false;
    m_timer.stop();
    m_poll.stop();
}

void LinkCheck::request(const QUrl &url)
{
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader, u"SubmitDesk link check"_s);
    m_bytesBefore += m_bytesHere;
    m_bytesHere = 0;
    m_reply = m_head ? m_manager->head(req) : m_manager->get(req);
    // Bodies are never read: keep what Qt buffers ahead of us small.
    m_reply->setReadBufferSize(kReadBuffer);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_result.tlsErrors.append(e.errorString());
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &LinkCheck::onMetaData);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &LinkCheck::onBytes);
    connect(m_reply, &QNetworkReply::finished, this, &LinkCheck::onFinished);
}

// The current reply, detached from this check and aborted (its body is never read); null when none.
QNetworkReply *LinkCheck::takeReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    return reply;
}

void LinkCheck::onMetaData()
{
    // Status line and headers are in: that decides this hop, whatever the body (endless, dripping …).
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status <= 0)
        return;
    const QUrl here = m_reply->url();
    const QByteArray location = m_reply->rawHeader("Location").trimmed();
    takeReply();
    answered(here, status, location);
}

void LinkCheck::onFinished()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl here = m_reply->url();
    const QByteArray location = m_reply->rawHeader("Location").trimmed();
    const QNetworkReply::NetworkError code = m_reply->error();
    const QString text = m_reply->errorString();
    takeReply();
    if (status > 0)
        answered(here, status, location);
    else
        noAnswer(here, code, text);
}

void LinkCheck::onBytes(qint64 received)
{
    m_bytesHere = qMax(m_bytesHere, received);
    if (m_running && m_bytesBefore + m_bytesHere > m_options.maxBytes) {
        const QUrl here = m_reply ? m_reply->url() : m_result.finalUrl;
        takeReply();
        fail(here, tr("the server sent more than %1 bytes").arg(m_options.maxBytes));
    }
}

// An HTTP answer (HEAD or GET) to `here`.
void LinkCheck::answered(const QUrl &here, int status, const QByteArray &location)
{
    if (isRedirect(status)) {
        redirected(here, status, location);
        return;
    }
    if (m_head) {
        m_result.headStatus = status;
        startGet();
        return;
    }
    m_result.status = status;
    m_result.finalUrl = here;
    m_result.chain.append({here, status});
    finish();
}

void LinkCheck::redirected(const QUrl &here, int status, const QByteArray &location)
{
    const QUrl target = here.resolved(QUrl::fromEncoded(location));
    if (!m_head)
        m_result.chain.append({here, status});
    const bool valid = !location.isEmpty() && target.isValid();
    if (valid && !isWebUrl(target)) {
        // file://, data:, a FIFO … are never opened: the course must be a web page. GET decides.
        if (m_head) {
            m_result.headStatus = status;
            startGet();
            return;
        }
        m_result.refusedRedirect = target;
        m_result.redirects = m_hops;
        fail(here, tr("redirected to %1, which is not an http(s) address").arg(target.toString()));
        return;
    }
    if (++m_hops > m_options.maxRedirects || !valid) {
        if (m_head) {
            m_result.headStatus = status;
            startGet();
            return;
        }
        m_result.status = status;
        m_result.finalUrl = here;
        m_result.redirects = m_hops - 1;
        m_result.tooManyRedirects = valid;
        finish();
        return;
    }
    if (!m_head)
        m_result.redirects = m_hops;
    request(target);
}

// No HTTP answer at all: connection refused, DNS, TLS …
void LinkCheck::noAnswer(const QUrl &here, QNetworkReply::NetworkError code, const QString &text)
{
    if (m_head && m_result.tlsErrors.isEmpty() && code != QNetworkReply::SslHandshakeFailedError) {
        startGet(); // some servers drop HEAD; GET decides
        return;
    }
    m_result.networkError = text;
    if (!m_head)
        m_result.finalUrl = here;
    finish();
}

void LinkCheck::startGet()
{
    m_head = false;
    m_hops = 0;
    request(m_result.url);
}

// Ends the check without a usable answer (the reply is already taken).
void LinkCheck::fail(const QUrl &here, const QString &reason)
{
    m_result.status = 0;
    m_result.finalUrl = here;
    m_result.networkError = reason;
    finish();
}

void LinkCheck::onTimeout()
{
    if (!m_running)
        return;
    m_result.timedOut = true;
    takeReply();
    finish();
}

void LinkCheck::onPoll()
{
    if (!m_running || !m_options.cancel || !m_options.cancel->load())
        return;
    m_result.cancelled = true;
    m_result.networkError = tr("cancelled");
    takeReply();
    finish();
}

void LinkCheck::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    m_poll.stop();
    m_result.elapsedMs = m_clock.elapsed();
    emit finished(m_result);
}

LinkCheck::Result LinkCheck::checkBlocking(const QUrl &url, const Options &options)
{
    LinkCheck check;
    Result result;
    QEventLoop loop;
    connect(&check, &LinkCheck::finished, &loop, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    check.start(url, options);
    if (check.isRunning())
        loop.exec();
    else
        result = check.m_result;
    return result;
}
