// LinkCheck and LinkPolicy against a small HTTP server on 127.0.0.1 (no traffic leaves the machine):
// 200, a redirect chain, 404, more than 5 redirects, a server that never answers, HEAD refused.

#include "LocalHttpServer.h"
#include "media/LinkCheck.h"
#include "media/LinkPolicy.h"
#include "profile/Profile.h"
#include "profile/ProfileLoader.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using Status = CheckResult::Status;
Q_DECLARE_METATYPE(CheckResult::Status)

namespace {
constexpr qint64 kBigBody = 64 * 1024 * 1024; // far more than loopback socket buffers hold

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
    void connectionRefused();
    void notHttp();
    void asyncSignal();
    void policyDeclarations_data();
    void policyDeclarations();

private:
    QUrl url(const QString &path) const { return QUrl(m_server.url(path)); }
    LinkCheck::Options fast() const
    {
        LinkCheck::Options o = LinkCheck::optionsFrom(m_profile.technical.value("link"_L1).toObject());
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
};

void TestLinkCheck::initTestCase()
{
    m_server.setHandler(
        [this](const QByteArray &method, const QByteArray &path) { return answer(m_server, method, path); });
    QVERIFY(m_server.start());
    QString error;
    QVERIFY2(ProfileLoader::loadBuiltin(u"lifelong-2022"_s, &m_profile, &error), qPrintable(error));
    QCOMPARE(LinkCheck::optionsFrom(m_profile.technical.value("link"_L1).toObject()).maxRedirects, 5);
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
