// LinkCheck and LinkPolicy against a small HTTP server on 127.0.0.1 (no traffic leaves the machine):
// 200, a redirect chain, 404, more than 5 redirects, a server that never answers, HEAD refused.

#include "media/LinkCheck.h"
#include "media/LinkPolicy.h"
#include "profile/Profile.h"
#include "profile/ProfileLoader.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using Status = CheckResult::Status;
Q_DECLARE_METATYPE(CheckResult::Status)

namespace {
// Answers by path: /ok 200, /a → /b → /ok, /count/K → … → /count/0 (K redirects), /missing 404, /loop/N →
// /loop/N+1, /slow never, /nohead 405 to HEAD and 200 to GET, /big 200 with a large body.
// Every request is recorded with what the server managed to hand to the kernel before the connection
// closed, so tests assert on what went over the wire instead of on wall-clock time.
class TinyHttpServer : public QTcpServer
{
public:
    static constexpr qint64 BigBody = 64 * 1024 * 1024; // far more than loopback socket buffers hold
    struct Served
    {
        QByteArray method;
        QByteArray path;
        qint64 replyBytes = 0; // headers + body the server meant to send
        qint64 sentBytes = 0;  // accepted by the kernel before the connection closed
        bool closed = false;
    };
    int requests = 0;
    QStringList methods;
    QList<Served> served;
    // Tests look at the requests from a mark on (never clear: late signals of old sockets index `served`).
    bool allClosedFrom(qsizetype mark) const
    {
        for (qsizetype i = mark; i < served.size(); ++i)
            if (!served.at(i).closed)
                return false;
        return true;
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            if (!buffer.contains("\r\n\r\n"))
                return;
            const QList<QByteArray> line = buffer.left(buffer.indexOf("\r\n")).split(' ');
            buffer.clear();
            if (line.size() < 2)
                return;
            ++requests;
            const QByteArray method = line.at(0);
            const QByteArray path = line.at(1);
            methods.append(QString::fromLatin1(method));
            const qsizetype index = served.size();
            served.append({method, path, 0, 0, false});
            connect(socket, &QTcpSocket::bytesWritten, socket,
                    [this, index](qint64 n) { served[index].sentBytes += n; });
            connect(socket, &QTcpSocket::disconnected, socket,
                    [this, index] { served[index].closed = true; });
            if (path == "/slow")
                return;
            QByteArray status = "200 OK";
            QByteArray headers;
            QByteArray body = "<html>course</html>";
            if (path == "/a") {
                status = "302 Found";
                headers = "Location: /b\r\n";
            } else if (path == "/b") {
                status = "301 Moved Permanently";
                headers = "Location: http://127.0.0.1:" + QByteArray::number(serverPort()) + "/ok\r\n";
            } else if (path == "/missing") {
                status = "404 Not Found";
            } else if (path.startsWith("/loop/")) {
                status = "302 Found";
                headers = "Location: /loop/" + QByteArray::number(path.mid(6).toInt() + 1) + "\r\n";
            } else if (path.startsWith("/count/") && path.mid(7).toInt() > 0) {
                status = "302 Found";
                headers = "Location: /count/" + QByteArray::number(path.mid(7).toInt() - 1) + "\r\n";
            } else if (path == "/nohead" && method == "HEAD") {
                status = "405 Method Not Allowed";
            } else if (path == "/big") {
                body = QByteArray(BigBody, 'x');
            }
            QByteArray reply =
                "HTTP/1.1 " + status + "\r\n" + headers +
                "Content-Type: text/html\r\nContent-Length: " + QByteArray::number(body.size()) +
                "\r\nConnection: close\r\n\r\n";
            if (method != "HEAD")
                reply += body;
            served[index].replyBytes = reply.size();
            socket->write(reply);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
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
    QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }
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

    TinyHttpServer m_server;
    Profile m_profile;
};

void TestLinkCheck::initTestCase()
{
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
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
    const qsizetype mark = m_server.served.size();
    LinkCheck::Options o = fast();
    o.timeoutMs = 500;
    const LinkCheck::Result r = LinkCheck::checkBlocking(url(u"/slow"_s), o);
    QVERIFY(r.timedOut);
    QVERIFY(r.elapsedMs >= 450); // not before the limit
    // At the limit the check gives up: one HEAD, no GET retried, and the client closes the connection
    // itself (the server never answers, so only the client can end it).
    QTRY_VERIFY_WITH_TIMEOUT(m_server.served.size() > mark && m_server.allClosedFrom(mark), 30000);
    const QList<TinyHttpServer::Served> served = m_server.served.mid(mark);
    QCOMPARE(served.size(), 1);
    QCOMPARE(served.first().method, QByteArray("HEAD"));
    QCOMPARE(served.first().path, QByteArray("/slow"));
    QCOMPARE(served.first().sentBytes, 0);
    const CheckReport report = judge(r);
    QCOMPARE(report.status(u"link"_s), Status::Fail);
}

void TestLinkCheck::headRefusedThenGet()
{
    m_server.methods.clear();
    const LinkCheck::Result r = LinkCheck::checkBlocking(url(u"/nohead"_s), fast());
    QCOMPARE(r.headStatus, 405);
    QCOMPARE(r.status, 200);
    QVERIFY(r.reachable());
    QCOMPARE(m_server.methods, (QStringList{u"HEAD"_s, u"GET"_s}));
}

void TestLinkCheck::bodyIsNotDownloaded()
{
    const qsizetype mark = m_server.served.size();
    LinkCheck::Options o = fast();
    o.timeoutMs = 60000; // a slow machine must not turn this into a timeout
    const LinkCheck::Result r = LinkCheck::checkBlocking(url(u"/big"_s), o);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.timedOut);
    QTRY_VERIFY_WITH_TIMEOUT(m_server.served.size() >= mark + 2 && m_server.allClosedFrom(mark), 30000);
    const QList<TinyHttpServer::Served> served = m_server.served.mid(mark);
    QCOMPARE(served.size(), 2);
    QCOMPARE(served.at(0).method, QByteArray("HEAD"));
    QCOMPARE(served.at(1).method, QByteArray("GET"));
    // The GET stops after the headers: the client closed the connection while most of the 64 MB body was
    // still unsent (what was sent is what the loopback buffers took; a full download sends it all).
    const TinyHttpServer::Served &get = served.at(1);
    QVERIFY(get.replyBytes > TinyHttpServer::BigBody);
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
