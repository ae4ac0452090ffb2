// `submitdesk-cli check URL`: an online course (A03) through the link check, against a tiny HTTP server
// on 127.0.0.1 (never the internet); the declared protection level and filing number are judged when given.
#include "LocalHttpServer.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestMediaCliLink : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reachableLinkPasses();
    void declaredLevelIsJudged();
    void missingPageFails();
    void redirectToFifoReturns();

private:
    // Runs the CLI without blocking this thread's event loop (the server lives on it); -1 when it has not
    // finished within timeoutMs (it is then killed).
    int runCli(const QStringList &args, QJsonObject *json, int timeoutMs = 60000);
    QString url(const char *path) const { return m_server.url(QLatin1StringView(path)); }
    // /ok answers 200, /fifo redirects to file:// of a FIFO, anything else 404.
    LocalHttpServer m_server{[this](const QByteArray &, const QByteArray &path) {
        LocalHttpServer::Reply reply;
        if (path == "/fifo") {
            reply.status = "302 Found";
            reply.headers = "Location: " + m_fifoUrl + "\r\n";
        } else if (path != "/ok") {
            reply.status = "404 Not Found";
        }
        return reply;
    }};
    QTemporaryDir m_dir;
    QByteArray m_fifoUrl;
};

void TestMediaCliLink::initTestCase()
{
    QVERIFY(QFileInfo::exists(TestSupport::cliPath()));
    QVERIFY(m_server.start());
    QVERIFY(m_dir.isValid());
    const QString fifo = m_dir.filePath(u"fifo"_s);
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    m_fifoUrl = QUrl::fromLocalFile(fifo).toEncoded();
}

int TestMediaCliLink::runCli(const QStringList &args, QJsonObject *json, int timeoutMs)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(TestSupport::cliPath(), args);
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return -1;
    }
    const QByteArray out = process.readAllStandardOutput();
    if (json)
        *json = QJsonDocument::fromJson(out).object();
    return process.exitCode();
}

void TestMediaCliLink::reachableLinkPasses()
{
    const int before = m_server.requests();
    QJsonObject o;
    QCOMPARE(runCli({u"check"_s, u"--json"_s, url("/ok")}, &o), 0);
    QVERIFY(m_server.requests() > before);
    const QJsonObject file = o.value("files"_L1).toArray().at(0).toObject();
    QCOMPARE(file.value("type"_L1).toString(), u"link"_s);
    QCOMPARE(file.value("verdict"_L1).toString(), u"pass"_s);
    QStringList ids;
    for (const QJsonValue &c : file.value("checks"_L1).toArray())
        ids.append(c.toObject().value("id"_L1).toString());
    QCOMPARE(ids, (QStringList{u"link"_s, u"https"_s})); // nothing declared: only the address is judged
    QCOMPARE(file.value("checks"_L1).toArray().at(1).toObject().value("status"_L1).toString(), u"warning"_s);
    QCOMPARE(o.value("summary"_L1).toObject().value("pass"_L1).toInt(), 1);
}

void TestMediaCliLink::declaredLevelIsJudged()
{
    QJsonObject o;
    QCOMPARE(runCli({u"check"_s, u"--json"_s, u"--protection-level"_s, u"3"_s, u"--filing-number"_s,
                     u"11010843001-20001"_s, url("/ok")},
                    &o),
             0);
    QJsonArray checks = o.value("files"_L1).toArray().at(0).toObject().value("checks"_L1).toArray();
    QCOMPARE(checks.size(), 4);
    QCOMPARE(checks.at(2).toObject().value("id"_L1).toString(), u"protection_level"_s);
    QCOMPARE(checks.at(2).toObject().value("status"_L1).toString(), u"pass"_s);

    QCOMPARE(runCli({u"check"_s, u"--json"_s, u"--protection-level"_s, u"2"_s, url("/ok")}, &o), 1);
    checks = o.value("files"_L1).toArray().at(0).toObject().value("checks"_L1).toArray();
    QCOMPARE(checks.at(2).toObject().value("status"_L1).toString(), u"fail"_s);
    QCOMPARE(checks.at(3).toObject().value("id"_L1).toString(), u"filing_number"_s);
    QCOMPARE(checks.at(3).toObject().value("status"_L1).toString(), u"fail"_s);
}

void TestMediaCliLink::missingPageFails()
{
    QJsonObject o;
    QCOMPARE(runCli({u"check"_s, u"--json"_s, url("/missing")}, &o), 1);
    const QJsonObject file = o.value("files"_L1).toArray().at(0).toObject();
    QCOMPARE(file.value("verdict"_L1).toString(), u"fail"_s);
    QCOMPARE(file.value("checks"_L1).toArray().at(0).toObject().value("status"_L1).toString(), u"fail"_s);
    QVERIFY(
        file.value("checks"_L1).toArray().at(0).toObject().value("actual"_L1).toString().contains(u"404"_s));
}

void TestMediaCliLink::redirectToFifoReturns()
{
    // A course page that redirects to file:// of a FIFO: the CLI used to open it and block forever. It must
    // return (far within 30 s: nothing here waits on the network) with the link failed and the target named.
    QElapsedTimer clock;
    clock.start();
    QJsonObject o;
    const int exit = runCli({u"check"_s, u"--json"_s, url("/fifo")}, &o, 30000);
    qInfo("redirect to a FIFO: the CLI exited with %d after %lld ms", exit, clock.elapsed());
    QCOMPARE(exit, 1);
    const QJsonObject file = o.value("files"_L1).toArray().at(0).toObject();
    QCOMPARE(file.value("verdict"_L1).toString(), u"fail"_s);
    const QJsonObject link = file.value("checks"_L1).toArray().at(0).toObject();
    QCOMPARE(link.value("status"_L1).toString(), u"fail"_s);
    QVERIFY2(link.value("actual"_L1).toString().contains(QString::fromLatin1(m_fifoUrl)),
             qPrintable(link.value("actual"_L1).toString()));
    QCOMPARE(file.value("facts"_L1).toObject().value("refused_redirect"_L1).toString(),
             QString::fromLatin1(m_fifoUrl));
}

QTEST_GUILESS_MAIN(TestMediaCliLink)
#include "TestMediaCliLink.moc"
