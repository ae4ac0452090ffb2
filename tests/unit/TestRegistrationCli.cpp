// `submitdesk-cli registration`: sets validated fields (a bad one stores nothing), writes the PDF and the
// e-mail draft, attaches the stamped scan.

#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRegistrationCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!TestSupport::cliPath().isEmpty(), "SUBMITDESK_CLI is not set");
        QVERIFY(dir.isValid());
        ws = dir.filePath(u"ws.submitdesk"_s);
        const auto r = TestSupport::runCli({u"init"_s, ws});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void setsFieldsAndWritesPdfAndEml()
    {
        const QString pdf = dir.filePath(u"form.pdf"_s);
        const QString eml = dir.filePath(u"form.eml"_s);
        const auto r = TestSupport::runCli(
            {u"registration"_s, ws, u"--name"_s, u"广东省教育厅"_s, u"--person"_s, u"王五"_s, u"--title"_s,
             u"科长"_s, u"--phone"_s, u"020-37628000-801"_s, u"--mobile"_s, u"+86 137-1234-5678"_s,
             u"--email"_s, u"wangwu@gdedu.gov.cn"_s, u"--pdf"_s, pdf, u"--eml"_s, eml});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(pdf));
        QVERIFY(QFile::exists(eml));
        // The deadline line names the campaign; the 2022 call is closed on any day this test runs after it.
        QVERIFY2(r.out.contains("2022 lifelong-education") &&
                     (r.out.contains("closed") || r.out.contains("left") || r.out.contains("today")),
                 r.out.constData());

        if (TestSupport::haveProgram(u"pdftotext"_s)) {
            const auto t = TestSupport::run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
            const QString text = QString::fromUtf8(t.out);
            for (const QString &v :
                 {u"数字化学习资源报送工作负责人信息登记表"_s, u"广东省教育厅"_s, u"王五"_s, u"科长"_s,
                  u"020-37628000-801"_s, u"+86 137-1234-5678"_s, u"wangwu@gdedu.gov.cn"_s})
                QVERIFY2(text.contains(v), qPrintable(u"missing "_s + v + u"\n"_s + text));
        }
        QFile f(eml);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray message = f.readAll();
        QVERIFY(message.contains("To: <le@ouchn.edu.cn>"));
        QVERIFY(message.contains("X-Unsent: 1"));
        QVERIFY(message.contains("Content-Type: application/pdf;"));
    }

    void badValueStoresNothing()
    {
        const auto r =
            TestSupport::runCli({u"registration"_s, ws, u"--person"_s, u"赵六"_s, u"--mobile"_s, u"12345"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--mobile") && r.err.contains("Mobile") && r.err.contains("12345"),
                 r.err.constData());
        const QJsonObject unit = current();
        QCOMPARE(unit.value("person"_L1).toString(), u"王五"_s);
        QCOMPARE(unit.value("mobile"_L1).toString(), u"+86 137-1234-5678"_s);

        const auto e = TestSupport::runCli({u"registration"_s, ws, u"--email"_s, u"wangwu@gdedu"_s});
        QCOMPARE(e.exitCode, 1);
        QVERIFY2(e.err.contains("E-mail"), e.err.constData());
        QCOMPARE(current().value("email"_L1).toString(), u"wangwu@gdedu.gov.cn"_s);

        const auto p = TestSupport::runCli({u"registration"_s, ws, u"--phone"_s, u"37628000"_s});
        QCOMPARE(p.exitCode, 1);
        QVERIFY2(p.err.contains("Landline"), p.err.constData());
    }

    void scanIsCheckedAndAttached()
    {
        const QString fake = dir.filePath(u"fake.png"_s);
        QFile f(fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        auto r = TestSupport::runCli({u"registration"_s, ws, u"--scan"_s, fake});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(current().value("stamped_scan"_L1).toString().isEmpty());

        const QString png = dir.filePath(u"stamped.png"_s);
        QImage image(120, 80, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QVERIFY(image.save(png, "PNG"));
        const QString eml = dir.filePath(u"stamped.eml"_s);
        r = TestSupport::runCli({u"registration"_s, ws, u"--scan"_s, png, u"--eml"_s, eml});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(current().value("stamped_scan"_L1).toString(), png);
        QFile e(eml);
        QVERIFY(e.open(QIODevice::ReadOnly));
        QVERIFY(e.readAll().contains("Content-Type: image/png;"));
    }

    // CR/LF in a text field would end up in the e-mail's headers and in bag-info.txt: refused as typed,
    // nothing stored, no draft written.
    void lineBreakInNameIsRefused()
    {
        const QString eml = dir.filePath(u"injected.eml"_s);
        const auto r = TestSupport::runCli(
            {u"registration"_s, ws, u"--name"_s, u"X\r\nBcc: evil@example.com"_s, u"--eml"_s, eml});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--name") && r.err.contains("control character"), r.err.constData());
        QCOMPARE(current().value("name"_L1).toString(), u"广东省教育厅"_s);
        QVERIFY(!QFileInfo::exists(eml));
    }

    // An address stored by other means (an older version, an edited file) is checked again before it goes
    // into the draft's From: header: `--eml` refuses it with a message and writes nothing.
    void emlRefusesAnInvalidStoredAddress()
    {
        if (!TestSupport::haveProgram(u"python3"_s))
            QSKIP("python3 is not installed");
        const QString script = uR"(
import sys, sqlite3
db = sqlite3.connect(sys.argv[1])
db.execute('UPDATE units SET email = ?', (sys.argv[2],))
db.commit()
)"_s;
        auto set = TestSupport::run(
            u"python3"_s, {u"-c"_s, script, ws, u"wangwu@gdedu.gov.cn>\r\nBcc: <evil@example.com"_s});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        const QString eml = dir.filePath(u"bcc.eml"_s);
        const auto r = TestSupport::runCli({u"registration"_s, ws, u"--eml"_s, eml});
        QVERIFY(r.exitCode == 1 || r.exitCode == 2);
        QVERIFY2(r.err.contains("E-mail") && r.err.contains("evil@example.com"), r.err.constData());
        QVERIFY2(!QFileInfo::exists(eml), r.err.constData());

        set = TestSupport::run(u"python3"_s, {u"-c"_s, script, ws, u"wangwu@gdedu.gov.cn"_s});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY2(TestSupport::runCli({u"registration"_s, ws, u"--eml"_s, eml}).exitCode == 0, "valid again");
        QVERIFY(QFileInfo::exists(eml));
    }

    void incompleteFormIsReported()
    {
        QTemporaryDir other;
        const QString fresh = other.filePath(u"fresh.submitdesk"_s);
        QCOMPARE(TestSupport::runCli({u"init"_s, fresh}).exitCode, 0);
        const auto r = TestSupport::runCli({u"registration"_s, fresh, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value("problems"_L1).toArray().size(), 6);
        QCOMPARE(json.value("deadline"_L1).toString(), u"2022-04-22"_s);
        QCOMPARE(json.value("mailbox"_L1).toString(), u"le@ouchn.edu.cn"_s);
        // The run's clock is the machine's, long after the 2022 call: closed, no day count, a hint.
        QVERIFY(json.value("campaign"_L1).toString().contains(u"2022"_s));
        QCOMPARE(json.value("campaign_closed"_L1).toBool(), true);
        QVERIFY(!json.contains("days_left"_L1));
        QVERIFY(json.value("hint"_L1).toString().contains(u"profile import"_s));
    }

private:
    QJsonObject current()
    {
        const auto r = TestSupport::runCli({u"registration"_s, ws, u"--json"_s});
        return QJsonDocument::fromJson(r.out).object();
    }
    QTemporaryDir dir;
    QString ws;
};

QTEST_GUILESS_MAIN(TestRegistrationCli)
#include "TestRegistrationCli.moc"
