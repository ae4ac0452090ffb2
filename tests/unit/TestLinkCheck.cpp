// LinkCheck and LinkPolicy against a small HTTP server on 127.0.0.1 (no traffic leaves the machine):
// 200, a redirect chain, 404, more than 5 redirects, a server that never answers, HEAD refused; hostile
// servers: redirects to file:// (a file, a FIFO), a redirect with an endless or a slowly dripping body;
// cancel at export.

#include "LocalHttpServer.h"
#include "media/LinkCheck.h"
#include "media/LinkPolicy.h"
#include "package/ExportChecks.h"
#include "profile/Profile.h"
#include "profile/ProfileLoader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Status = CheckResult::Status;
Q_DECLARE_METATYPE(CheckResult::Status)

namespace {
constexpr qint64 kBigBody = 64 * 1024 * 1024;    // far more than loopback socket buffers hold
constexpr qint64 kEndless = 512LL * 1024 * 1024; // the server's safety cap for an "endless" body

qint64 maxRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Answers by path: /ok 200, /a → /b → /ok, /count/K → … → /count/0 (K redirects), /missing 404, /loop/N →
// /loop/N+1, /slow never, /nohead 405 to HEAD and 200 to GET, /big 200 with a large body.
LocalHttpServer::Reply answer(const LocalHttpServer &server, const QByteArray &method, const QByteArray &path)
{
    LocalHttpServer::Reply reply;
    if (path == "/slow") {
        reply.answer = false;
    } else if (path == "/a") {
        reply.status = "302 Found";
        reply.headers = "Location: /b\r\n";
    } else if (path == "/b") {
        reply.status = "301 Moved Permanently";
        reply.headers = "Location: " + server.url(u"/ok"_s).toLatin1() + "\r\n";
    } else if (path == "/missing") {
        reply.status = "404 Not Found";
    } else if (path.startsWith("/loop/")) {
        reply.status = "302 Found";
        reply.headers = "Location: /loop/" + QByteArray::number(path.mid(6).toInt() + 1) + "\r\n";
    } else if (path.startsWith("/count/") && path.mid(7).toInt() > 0) {
        reply.status = "302 Found";
        reply.headers = "Location: /count/" + QByteArray::number(path.mid(7).toInt() - 1) + "\r\n";
    } else if (path == "/nohead" && method == "HEAD") {
        reply.status = "405 Method Not Allowed";
    } else if (path == "/big") {
        reply.body = QByteArray(kBigBody, 'x');
    } else if (path == "/endless-redirect") {
        reply.status = "302 Found";
        reply.headers = "Location: /ok\r\n";
        reply.endlessBytes = kEndless;
    } else if (path == "/drip-redirect") {
        reply.status = "302 Found";
        reply.headers = "Location: /ok\r\n";
        reply.dripIntervalMs = 200;
    }
    return reply;
}
} // namespace

class TestLinkCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ok();
    void redirectChain();
    void notFound();
    void tooManyRedirects();
    void timeout();
    void headRefusedThenGet();
    void bodyIsNotDownloaded();
    void redirectToFileIsRefused();
    void redirectToFifoDoesNotHang();
    void redirectBodyIsNotBuffered();
    void redirectWithDrippingBody();
    void cancelAtExport();
    void connectionRefused();
    void notHttp();
    void asyncSignal();
    void policyDeclarations_data();
    void policyDeclarations();

private:
    QUrl url(const QString &path) const { return QUrl(m_server.url(path)); }
    LinkCheck::Options fast() const
    {
        LinkCheck::Options o;
        QString error;
        if (!LinkCheck::optionsFrom(m_profile.technical.value("link"_L1).toObject(), &o, &error))
            qFatal("the built-in link section cannot be used: %s", qPrintable(error));
        o.timeoutMs = 1500;
        return o;
    }
    CheckReport judge(const LinkCheck::Result &r, const QString &level = u"3"_s,
                      const QString &filing = u"11010813001-20001"_s) const
    {
        return LinkPolicy::evaluate(r, level, filing, m_profile.technical.value("link"_L1).toObject());
    }

    LocalHttpServer m_server;
    Profile m_profile;
    QTemporaryDir m_dir;
    QByteArray m_fileUrl; // file:// of a regular file in m_dir
    QString m_fifoPath;   // a FIFO in m_dir (opening it for reading blocks until a writer comes)
    QByteArray m_fifoUrl; // file:// of m_fifoPath
};

void TestLinkCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString file = m_dir.filePath(u"secret.txt"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("local file, not a web page\n");
    f.close();
    m_fifoPath = m_dir.filePath(u"fifo"_s);
    QCOMPARE(mkfifo(QFile::encodeName(m_fifoPath).constData(), 0600), 0);
    m_fileUrl = QUrl::fromLocalFile(file).toEncoded();
    m_fifoUrl = QUrl::fromLocalFile(m_fifoPath).toEncoded();
    m_server.setHandler([this](const QByteArray &method, const QByteArray &path) {
        LocalHttpServer::Reply reply;
        if (path == "/tofile" || path == "/tofifo") {
            reply.status = "302 Found";
            reply.headers = "Location: " + (path == "/tofile" ? m_fileUrl : m_fifoUrl) + "\r\n";
            return reply;
        }
        return answer(m_server, method, path);
    });
    QVERIFY(m_server.start());
    QString error;
    QVERIFY2(ProfileLoader::loadBuiltin(u"lifelong-2022"_s, &m_profile, &error), qPrintable(error));
    LinkCheck::Options options;
    options.maxRedirects = 99;
    options.timeoutMs = 99;
    QVERIFY2(LinkCheck::optionsFrom(m_profile.technical.value("link"_L1).toObject(), &options, &error),
             qPrintable(error));
    QCOMPARE(options.maxRedirects, 5);
    QCOMPARE(options.timeoutMs, 15000);
}

void TestLinkCheck::ok()
{
    const LinkCheck::Result r = LinkCheck::checkBlocking(url(u"/ok"_s), fast());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headStatus, 200);
    QCOMPARE(r.redirects, 0);
    QVERIFY(r.reachable());
    QCOMPARE(r.finalUrl, url(u"/ok"_s));
    const CheckReport report = judge(r);
    QCOMPARE(report.status(u"link"_s), Status::Pass);
    QCOMPARE(report.status(u"https"_s), Status::Warning); // plain http warns
    QCOMPARE(report.verdict(), CheckReport::Verdict::Pass);
}

void TestLinkCheck::redirectChain()
{
    const LinkCheck::Result r = LinkCheck::checkBlocking(url(u"/a"_s), fast());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.redirects, 2);
    QCOMPARE(r.finalUrl, url(u"/ok"_s));
    QCOMPARE(r.chain.size(), 3);
    QCOMPARE(r.chain.at(0).status, 302);
    QCOMPARE(r.chain.at(1).status, 301);
    QCOMPARE(judge(r).status(u"link"_s), Status::Pass);
}

void TestLinkCheck::notFound()
{
    const LinkCheck::Result r = LinkCheck::checkBlocking(url(u"/missing"_s), fast());
    QCOMPARE(r.status, 404);
    QVERIFY(!r.reachable());
    const CheckReport report = judge(r);
    QCOMPARE(report.status(u"link"_s), Status::Fail);
    QVERIFY(report.find(u"link"_s)->actual.contains(u"404"_s));
    QCOMPARE(report.verdict(), CheckReport::Verdict::Fail);
}

void TestLinkCheck::tooManyRedirects()
{
    const LinkCheck::Result r = LinkCheck::checkBlocking(url(u"/loop/0"_s), fast());
    QVERIFY(r.tooManyRedirects);
    QCOMPARE(r.redirects, 5);
    QVERIFY(!r.reachable());
    QCOMPARE(judge(r).status(u"link"_s), Status::Fail);
    // exactly five redirects are allowed, six are not
    const LinkCheck::Result five = LinkCheck::checkBlocking(url(u"/count/5"_s), fast());
    QCOMPARE(five.status, 200);
    QCOMPARE(five.redirects, 5);
    QCOMPARE(judge(five).status(u"link"_s), Status::Pass);
    const LinkCheck::Result six = LinkCheck::checkBlocking(url(u"/count/6"_s), fast());
    QVERIFY(six.tooManyRedirects);
    QCOMPARE(judge(six).status(u"link"_s), Status::Fail);
}

void TestLinkCheck::timeout()
{
    const qsizetype mark = m_server.requests();
    LinkCheck::Options o = fast();
    o.timeoutMs = 500;
    const LinkCheck::Result r = LinkCheck::checkBlocking(url(u"/slow"_s), o);
    QVERIFY(r.timedOut);
    QVERIFY(r.elapsedMs >= 450); // not before the limit
    // At the limit the check gives up: one HEAD, no GET retried, and the client closes the connection
    // itself (the server never answers, so only the client can end it).
    QTRY_VERIFY_WITH_TIMEOUT(m_server.requests() > mark && m_server.allClosedFrom(mark), 30000);
    const QList<LocalHttpServer::Served> served = m_server.served().mid(mark);
    QCOMPARE(served.size(), 1);
    QCOMPARE(served.first().method, QByteArray("HEAD"));
    QCOMPARE(served.first().path, QByteArray("/slow"));
    QCOMPARE(served.first().sentBytes, 0);
    const CheckReport report = judge(r);
    QCOMPARE(report.status(u"link"_s), Status::Fail);
}

void TestLinkCheck::headRefusedThenGet()
{
    const qsizetype mark = m_server.requests();
    const LinkCheck::Result r = LinkCheck::checkBlocking(url(u"/nohead"_s), fast());
    QCOMPARE(r.headStatus, 405);
    QCOMPARE(r.status, 200);
    QVERIFY(r.reachable());
    QCOMPARE(m_server.methodsFrom(mark), (QList<QByteArray>{"HEAD", "GET"}));
}

void TestLinkCheck::bodyIsNotDownloaded()
{
    const qsizetype mark = m_server.requests();
    LinkCheck::Options o = fast();
    o.timeoutMs = 60000; // a slow machine must not turn this into a timeout
    const LinkCheck::Result r = LinkCheck::checkBlocking(url(u"/big"_s), o);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.timedOut);
    QTRY_VERIFY_WITH_TIMEOUT(m_server.requests() >= mark + 2 && m_server.allClosedFrom(mark), 30000);
    const QList<LocalHttpServer::Served> served = m_server.served().mid(mark);
    QCOMPARE(served.size(), 2);
    QCOMPARE(served.at(0).method, QByteArray("HEAD"));
    QCOMPARE(served.at(1).method, QByteArray("GET"));
    // The GET stops after the headers: the client closed the connection while most of the 64 MB body was
    // still unsent (what was sent is what the loopback buffers took; a full download sends it all).
    const LocalHttpServer::Served &get = served.at(1);
    QVERIFY(get.replyBytes > kBigBody);
    qInfo("GET: %lld of %lld bytes sent before the client closed", get.sentBytes, get.replyBytes);
    QVERIFY2(get.sentBytes < get.replyBytes / 2,
             qPrintable(u"%1 of %2 bytes sent"_s.arg(get.sentBytes).arg(get.replyBytes)));
}

void TestLinkCheck::redirectToFileIsRefused()
{
    // A web page must not send the check into the local file system: the hop is refused, not read.
    const LinkCheck::Result r = LinkCheck::checkBlocking(url(u"/tofile"_s), fast());
    QVERIFY(!r.reachable());
    QVERIFY(!r.timedOut);
    QCOMPARE(r.finalUrl.scheme(), u"http"_s);
    QVERIFY2(r.networkError.contains(QString::fromLatin1(m_fileUrl)), qPrintable(r.networkError));
    QVERIFY(!r.chain.isEmpty());
    QCOMPARE(r.chain.last().status, 302);
    const CheckReport report = judge(r);
    QCOMPARE(report.status(u"link"_s), Status::Fail);
    QVERIFY2(report.find(u"link"_s)->actual.contains(QString::fromLatin1(m_fileUrl)),
             qPrintable(report.find(u"link"_s)->actual));
}

void TestLinkCheck::redirectToFifoDoesNotHang()
{
    // Opening a FIFO for reading blocks until a writer comes: a check that follows the redirect never
    // returns. Run it on a thread; if it is stuck after far more than its limit, open the FIFO for writing
    // (which releases the blocked reader) so the test can fail instead of hanging.
    auto done = std::make_shared<std::atomic_bool>(false);
    auto result = std::make_shared<LinkCheck::Result>();
    const QUrl start = url(u"/tofifo"_s);
    const LinkCheck::Options options = fast();
    std::unique_ptr<QThread> thread(QThread::create([=] {
        *result = LinkCheck::checkBlocking(start, options);
        done->store(true);
    }));
    thread->start();
    QElapsedTimer clock;
    clock.start();
    while (!done->load() && clock.elapsed() < 15000)
        QTest::qWait(20);
    const bool finished = done->load();
    const qint64 elapsed = clock.elapsed();
    if (!finished) {
        const int fd = ::open(QFile::encodeName(m_fifoPath).constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
    }
    QVERIFY(thread->wait(30000));
    QVERIFY2(finished, "the check was still blocked in the FIFO after 15 s");
    qInfo("redirect to a FIFO: the check returned after %lld ms", elapsed);
    QVERIFY(!result->reachable());
    QCOMPARE(result->finalUrl.scheme(), u"http"_s);
    QVERIFY2(result->networkError.contains(QString::fromLatin1(m_fifoUrl)), qPrintable(result->networkError));
}

void TestLinkCheck::redirectBodyIsNotBuffered()
{
    // A redirect whose body never ends (the server writes as fast as the client reads): the check takes
    // the Location from the headers and closes the connection; the old check buffered the body until its
    // time limit (hundreds of MB per second on loopback).
    const qsizetype mark = m_server.requests();
    const qint64 rssBefore = maxRssKiB();
    LinkCheck::Options o = fast();
    o.timeoutMs = 5000;
    const LinkCheck::Result r = LinkCheck::checkBlocking(url(u"/endless-redirect"_s), o);
    const qint64 rssAfter = maxRssKiB();
    QTRY_VERIFY_WITH_TIMEOUT(m_server.requests() >= mark + 3 && m_server.allClosedFrom(mark), 30000);
    const QList<LocalHttpServer::Served> served = m_server.served().mid(mark);
    qint64 sent = 0;
    for (const LocalHttpServer::Served &s : served)
        if (s.path == "/endless-redirect" && s.method == "GET")
            sent += s.sentBytes;
    qInfo("endless redirect body: %lld bytes sent by the server; max RSS %lld KiB before, %lld KiB after; "
          "%lld ms",
          sent, rssBefore, rssAfter, r.elapsedMs);
    QVERIFY(!r.timedOut);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.redirects, 1);
    QCOMPARE(r.finalUrl, url(u"/ok"_s));
    QVERIFY2(sent < 16 * 1024 * 1024, qPrintable(u"%1 bytes sent"_s.arg(sent)));
}

void TestLinkCheck::redirectWithDrippingBody()
{
    // A redirect whose body drips one byte every 200 ms: the hop is decided by its headers, so the check
    // follows it at once instead of waiting for a body that takes days.
    LinkCheck::Options o = fast();
    o.timeoutMs = 4000;
    const LinkCheck::Result r = LinkCheck::checkBlocking(url(u"/drip-redirect"_s), o);
    QVERIFY(!r.timedOut);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.finalUrl, url(u"/ok"_s));
}

void TestLinkCheck::cancelAtExport()
{
    // Export checks a course whose server never answers; the user cancels. The export's check must stop
    // within a second, not at the profile's 15 s limit.
    ExportChecks::Item item;
    item.resourceId = 1;
    item.resourceTitle = u"course"_s;
    item.resourceType = u"A03"_s;
    item.kind = u"link"_s;
    item.path = url(u"/slow"_s).toString();
    item.protectionLevel = u"3"_s;
    item.filingNumber = u"11010813001-20001"_s;
    QList<ExportChecks::Item> items{item};
    std::atomic_bool cancel{false};
    QElapsedTimer sinceCancel;
    QTimer::singleShot(300, [&] {
        cancel.store(true);
        sinceCancel.start();
    });
    QElapsedTimer clock;
    clock.start();
    const bool completed = ExportChecks::run(&items, m_profile, &cancel);
    const qint64 total = clock.elapsed();
    QVERIFY(!completed);
    QVERIFY(sinceCancel.isValid());
    const qint64 latency = sinceCancel.elapsed();
    qInfo("cancel at export: returned %lld ms after cancel (%lld ms in all)", latency, total);
    QVERIFY2(latency < 1000, qPrintable(u"%1 ms after cancel"_s.arg(latency)));
}

void TestLinkCheck::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const LinkCheck::Result r = LinkCheck::checkBlocking(QUrl(u"http://127.0.0.1:%1/"_s.arg(port)), fast());
    QCOMPARE(r.status, 0);
    QVERIFY(!r.networkError.isEmpty());
    QCOMPARE(judge(r).status(u"link"_s), Status::Fail);
}

void TestLinkCheck::notHttp()
{
    const LinkCheck::Result r = LinkCheck::checkBlocking(QUrl(u"ftp://127.0.0.1/x"_s), fast());
    QCOMPARE(r.status, 0);
    QVERIFY(!r.networkError.isEmpty());
}

void TestLinkCheck::asyncSignal()
{
    LinkCheck check;
    QSignalSpy spy(&check, &LinkCheck::finished);
    check.start(url(u"/ok"_s), fast());
    QVERIFY(check.isRunning());
    QVERIFY(spy.wait(3000));
    QCOMPARE(spy.first().first().value<LinkCheck::Result>().status, 200);
}

void TestLinkCheck::policyDeclarations_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("filing");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Status>("status");
    QTest::newRow("level 3 passes") << u"3"_s << u"11010813001-20001"_s << u"protection_level"_s
                                    << Status::Pass;
    QTest::newRow("level 4 passes") << u"4"_s << u"11010813001-20001"_s << u"protection_level"_s
                                    << Status::Pass;
    QTest::newRow("level 2 fails") << u"2"_s << u"11010813001-20001"_s << u"protection_level"_s
                                   << Status::Fail;
    QTest::newRow("no level fails") << QString() << u"11010813001-20001"_s << u"protection_level"_s
                                    << Status::Fail;
    QTest::newRow("filing present") << u"3"_s << u"11010813001-20001"_s << u"filing_number"_s << Status::Pass;
    QTest::newRow("filing missing") << u"3"_s << u"  "_s << u"filing_number"_s << Status::Fail;
}

void TestLinkCheck::policyDeclarations()
{
    QFETCH(QString, level);
    QFETCH(QString, filing);
    QFETCH(QString, rule);
    QFETCH(Status, status);
    const LinkCheck::Result r = LinkCheck::checkBlocking(url(u"/ok"_s), fast());
    const CheckReport report = judge(r, level, filing);
    QCOMPARE(report.status(rule), status);
    QCOMPARE(report.verdict(),
             status == Status::Pass ? CheckReport::Verdict::Pass : CheckReport::Verdict::Fail);
}

QTEST_GUILESS_MAIN(TestLinkCheck)
#include "TestLinkCheck.moc"
