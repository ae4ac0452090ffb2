#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <atomic>

#include <QNetworkReply>

class QNetworkAccessManager;

// Fetches an online course's link (A03) as attachment 1 asks: HEAD, then GET, redirects followed one
// by one (at most a limit), TLS verified (errors are never ignored), one time limit for the whole check.
// Reports status, final URL, time taken and TLS errors. Asynchronous (finished()) with a blocking helper
// for the CLI and export. Hostile servers: every hop must be http(s) (a redirect to file:// or any other
// scheme is refused, never opened: a FIFO would block the thread); every answer, redirect or not, is
// decided by its status line and headers and then aborted, so no body is downloaded; the bytes read per
// check are capped; a cancel flag is polled so cancel takes effect within a tenth of a second.
class LinkCheck : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int timeoutMs = 15000; // the whole check (HEAD, GET, every hop); clamped to 100 ms … 10 min
        int maxRedirects = 5;
        qint64 maxBytes = 1024 * 1024;            // body bytes read per check (bodies are aborted anyway)
        const std::atomic_bool *cancel = nullptr; // polled every kCancelPollMs
    };
    static constexpr int kCancelPollMs = 100;
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
        bool cancelled = false;
        QUrl refusedRedirect; // a Location that is not http(s): not followed
        QStringList tlsErrors;
        QString networkError; // Qt's text for a failed connection, "" when the server answered
        QList<Hop> chain;     // every GET hop
        bool reachable() const { return status >= 200 && status < 300 && !timedOut && !tooManyRedirects; }
        QJsonObject toJson() const;
        static Result fromJson(const QJsonObject &o); // what toJson() wrote (a cached report's facts)
    };

    explicit LinkCheck(QObject *parent = nullptr);
    ~LinkCheck() override;

    // Options from the "link" rule of the profile's technical "link" section (max_redirects, timeout_ms;
    // docs/profile-format.md, "Link rules"). False with *error naming the key when the rule is
    // missing or ill-typed: nothing falls back to a number of the code.
    static bool optionsFrom(const QJsonObject &linkSection, Options *out, QString *error);

    void start(const QUrl &url, const Options &options);
    void abort();
    bool isRunning() const { return m_running; }
    // Runs start() in a local event loop and returns its result (needs an event dispatcher).
    static Result checkBlocking(const QUrl &url, const Options &options);

signals:
    void finished(const LinkCheck::Result &result);

private:
    void request(const QUrl &url);
    QNetworkReply *takeReply();
    void onMetaData();
    void onFinished();
    void onBytes(qint64 received);
    void onTimeout();
    void onPoll();
    void answered(const QUrl &here, int status, const QByteArray &location);
    void redirected(const QUrl &here, int status, const QByteArray &location);
    void noAnswer(const QUrl &here, QNetworkReply::NetworkError code, const QString &text);
    void startGet();
    void fail(const QUrl &here, const QString &reason);
    void finish();

    QNetworkAccessManager *m_manager = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QTimer m_poll;
    QElapsedTimer m_clock;
    Options m_options;
    Result m_result;
    bool m_head = true;
    bool m_running = false;
    int m_hops = 0;
    qint64 m_bytesBefore = 0; // body bytes of earlier replies of this check
    qint64 m_bytesHere = 0;   // of the current reply
};

Q_DECLARE_METATYPE(LinkCheck::Result)
