#include "media/LinkCheck.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace {
bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
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
                       {"tls_errors"_L1, QJsonArray::fromStringList(tlsErrors)},
                       {"network_error"_L1, networkError},
                       {"chain"_L1, hops}};
}

LinkCheck::LinkCheck(QObject *parent) : QObject(parent), m_manager(new QNetworkAccessManager(this))
{
    qRegisterMetaType<LinkCheck::Result>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LinkCheck::onTimeout);
}

LinkCheck::~LinkCheck()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

LinkCheck::Options LinkCheck::optionsFrom(const QJsonObject &linkSection)
{
    Options o;
    o.timeoutMs = linkSection.value("timeout_ms"_L1).toInt(o.timeoutMs);
    o.maxRedirects = linkSection.value("max_redirects"_L1).toInt(o.maxRedirects);
    return o;
}

void LinkCheck::start(const QUrl &url, const Options &options)
{
    abort();
    m_options = options;
    m_result = Result();
    m_result.url = url;
    m_result.finalUrl = url;
    m_head = true;
    m_hops = 0;
    m_running = true;
    m_clock.start();
    m_timer.start(options.timeoutMs);
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)) {
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
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_running = false;
    m_timer.stop();
}

void LinkCheck::request(const QUrl &url)
{
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader, u"SubmitDesk link check"_s);
    m_headersDone = false;
    m_reply = m_head ? m_manager->head(req) : m_manager->get(req);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_result.tlsErrors.append(e.errorString());
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &LinkCheck::onMetaData);
    connect(m_reply, &QNetworkReply::finished, this, &LinkCheck::onFinished);
}

void LinkCheck::onMetaData()
{
    // A GET that is not a redirect: the status is all we need; stop before the body.
    if (m_head || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status > 0 && !isRedirect(status)) {
        m_headersDone = true;
        m_result.status = status;
        m_result.finalUrl = m_reply->url();
        m_result.chain.append({m_reply->url(), status});
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        finish();
    }
}

void LinkCheck::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl here = reply->url();
    if (status == 0) {
        // No HTTP answer at all: connection refused, DNS, TLS …
        if (m_head) {
            if (!m_result.tlsErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
                m_result.networkError = reply->errorString();
                finish();
                return;
            }
            m_head = false; // some servers drop HEAD; GET decides
            m_hops = 0;
            request(m_result.url);
            return;
        }
        m_result.networkError = reply->errorString();
        m_result.finalUrl = here;
        finish();
        return;
    }
    if (isRedirect(status)) {
        const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location").trimmed());
        if (!m_head)
            m_result.chain.append({here, status});
        if (++m_hops > m_options.maxRedirects || !location.isValid()) {
            if (m_head) {
                m_result.headStatus = status;
                m_head = false;
                m_hops = 0;
                request(m_result.url);
                return;
            }
            m_result.status = status;
            m_result.finalUrl = here;
            m_result.redirects = m_hops - 1;
            m_result.tooManyRedirects = location.isValid();
            finish();
            return;
        }
        if (!m_head)
            m_result.redirects = m_hops;
        request(here.resolved(location));
        return;
    }
    if (m_head) {
        m_result.headStatus = status;
        m_head = false;
        m_hops = 0;
        request(m_result.url);
        return;
    }
    m_result.status = status;
    m_result.finalUrl = here;
    m_result.chain.append({here, status});
    finish();
}

void LinkCheck::onTimeout()
{
    if (!m_running)
        return;
    m_result.timedOut = true;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        m_reply = nullptr;
    }
    finish();
}

void LinkCheck::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
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
