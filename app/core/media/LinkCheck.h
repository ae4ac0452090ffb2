#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// Fetches an online course's link (A03) as attachment 1 asks: HEAD, then GET, redirects followed one
// by one (at most a limit), TLS verified (errors are never ignored), an overall time limit. Reports
// status, final URL, time taken and TLS errors. Asynchronous (finished()) with a blocking helper for
// the CLI. The GET is aborted as soon as its status line and headers are in: no body is downloaded.
class LinkCheck : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int timeoutMs = 15000;
        int maxRedirects = 5;
    };
    struct Hop
    {
        QUrl url;
        int status = 0;
    };
    struct Result
    {
        QUrl url;
        QUrl finalUrl;
        int headStatus = 0; // HTTP status of the HEAD request's last hop (0 = none)
        int status = 0;     // HTTP status of the GET request's last hop (0 = no answer)
        int redirects = 0;  // redirects the GET followed
        qint64 elapsedMs = 0;
        bool timedOut = false;
        bool tooManyRedirects = false;
        QStringList tlsErrors;
        QString networkError; // Qt's text for a failed connection, "" when the server answered
        QList<Hop> chain;     // every GET hop
        bool reachable() const { return status >= 200 && status < 300 && !timedOut && !tooManyRedirects; }
        QJsonObject toJson() const;
    };

    explicit LinkCheck(QObject *parent = nullptr);
    ~LinkCheck() override;

    // Options from the profile's technical "link" section (max_redirects, timeout_ms).
    static Options optionsFrom(const QJsonObject &linkSection);

    void start(const QUrl &url, const Options &options);
    void abort();
    bool isRunning() const { return m_running; }
    // Runs start() in a local event loop and returns its result (needs an event dispatcher).
    static Result checkBlocking(const QUrl &url, const Options &options);

signals:
    void finished(const LinkCheck::Result &result);

private:
    void request(const QUrl &url);
    void onMetaData();
    void onFinished();
    void onTimeout();
    void finish();

    QNetworkAccessManager *m_manager = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QElapsedTimer m_clock;
    Options m_options;
    Result m_result;
    bool m_head = true;
    bool m_running = false;
    int m_hops = 0;
    bool m_headersDone = false;
};

Q_DECLARE_METATYPE(LinkCheck::Result)
