// EmlDraft: the .eml parses with Python's email package, UTF-8 header text decodes, the attachment is
// byte-equal, and the message is marked as a draft (X-Unsent: 1).

#include "registration/EmlDraft.h"

#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
// Parses an .eml with the standard library and prints what a mail client would see, as JSON.
const char *const kParser = R"py(
import sys, json, base64, email
from email import policy
raw = open(sys.argv[1], 'rb').read()
msg = email.message_from_bytes(raw, policy=policy.default)
out = {'subject': str(msg['subject']), 'to': str(msg['to']), 'from': str(msg['from'] or ''),
       'unsent': str(msg['x-unsent']), 'type': msg.get_content_type(), 'date': str(msg['date']),
       'defects': [type(d).__name__ for d in msg.defects], 'attachments': [],
       'longest_line': max(len(l) for l in raw.split(b'\r\n')),
       'bare_lf': raw.replace(b'\r\n', b'').count(b'\n'), 'headers': [k.lower() for k in msg.keys()]}
for part in msg.walk():
    out['defects'] += [type(d).__name__ for d in part.defects]
    if part.is_multipart():
        continue
    if part.get_content_disposition() == 'attachment':
        out['attachments'].append({'filename': part.get_filename(), 'type': part.get_content_type(),
                                   'data': base64.b64encode(part.get_payload(decode=True)).decode()})
    else:
        out['body'] = part.get_content()
print(json.dumps(out))
)py";

QJsonObject parseWithPython(const QString &path)
{
    const auto r = TestSupport::run(u"python3"_s, {u"-c"_s, QString::fromUtf8(kParser), path});
    if (r.exitCode != 0)
        qWarning("python3: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}
} // namespace

class TestEmlDraft : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!TestSupport::haveProgram(u"python3"_s))
            QSKIP("python3 is not installed");
        QVERIFY(dir.isValid());
    }

    void roundTripsThroughPythonEmail()
    {
        QByteArray data(100 * 1024 + 17, Qt::Uninitialized);
        QRandomGenerator gen(20220422);
        for (char &c : data)
            c = char(gen.bounded(256));

        EmlDraft d;
        d.toAddress = u"le@ouchn.edu.cn"_s;
        d.fromName = u"张三丰"_s;
        d.fromAddress = u"zsf@jw.beijing.gov.cn"_s;
        d.subject = u"北京市教育委员会终身教育处—数字化学习资源报送工作负责人信息登记表（加盖公章）😀"_s;
        d.body = u"您好：\n\n附件为登记表，请查收。\nSecond line.\n"_s;
        d.date = QDateTime(QDate(2022, 4, 20), QTime(9, 30), QTimeZone(8 * 3600));
        d.attachments.append(
            {u"北京市教育委员会-数字化学习资源报送工作负责人信息登记表 (1).pdf"_s, "application/pdf", data});
        const QString path = dir.filePath(u"draft.eml"_s);
        QString error;
        QVERIFY2(d.writeFile(path, &error), qPrintable(error));

        const QJsonObject m = parseWithPython(path);
        QVERIFY2(!m.isEmpty(), "python could not parse the draft");
        QCOMPARE(m.value("defects"_L1).toArray().size(), 0);
        QCOMPARE(m.value("subject"_L1).toString(), d.subject);
        QCOMPARE(m.value("to"_L1).toString(), u"le@ouchn.edu.cn"_s);
        QCOMPARE(m.value("from"_L1).toString(), u"张三丰 <zsf@jw.beijing.gov.cn>"_s);
        QCOMPARE(m.value("unsent"_L1).toString(), u"1"_s);
        QCOMPARE(m.value("type"_L1).toString(), u"multipart/mixed"_s);
        QVERIFY(m.value("date"_L1).toString().contains(u"20 Apr 2022 09:30:00 +0800"_s));
        // Text in canonical form (RFC 2046 §4.1.1): CRLF line ends inside the base64.
        QCOMPARE(m.value("body"_L1).toString(), QString(d.body).replace(u"\n"_s, u"\r\n"_s));
        QVERIFY(m.value("longest_line"_L1).toInt() <= 78);
        QCOMPARE(m.value("bare_lf"_L1).toInt(), 0);

        const QJsonArray atts = m.value("attachments"_L1).toArray();
        QCOMPARE(atts.size(), 1);
        const QJsonObject a = atts.first().toObject();
        QCOMPARE(a.value("filename"_L1).toString(), d.attachments.first().fileName);
        QCOMPARE(a.value("type"_L1).toString(), u"application/pdf"_s);
        QCOMPARE(QByteArray::fromBase64(a.value("data"_L1).toString().toLatin1()), data);
    }

    void asciiSubjectStaysReadable()
    {
        EmlDraft d;
        d.toAddress = u"le@ouchn.edu.cn"_s;
        d.subject = u"Registration form"_s;
        const QByteArray bytes = d.toBytes("b1");
        QVERIFY(bytes.contains("\r\nSubject: Registration form\r\n"));
        QVERIFY(bytes.contains("\r\nX-Unsent: 1\r\n"));
        QVERIFY(bytes.contains("Content-Type: multipart/mixed;\r\n boundary=\"b1\""));
        QVERIFY(bytes.endsWith("\r\n--b1--\r\n"));
        QVERIFY(!bytes.contains("From:"));
    }

    void encodedWordsAreShortAndWhole()
    {
        const QString text = QString(40, QChar(0x767B)); // 40 × 登, 3 bytes each in UTF-8
        const QByteArray folded = EmlDraft::encodeHeaderText(text, 9);
        const QList<QByteArray> lines = folded.split('\n');
        QVERIFY(lines.size() >= 3);
        for (QByteArray w : lines) {
            w = w.trimmed();
            QVERIFY2(w.startsWith("=?UTF-8?B?") && w.endsWith("?=") && w.size() <= 75, w.constData());
            // every word decodes to whole characters
            const QByteArray decoded = QByteArray::fromBase64(w.mid(10, w.size() - 12));
            QCOMPARE(decoded.size() % 3, 0);
        }
    }

    // Text with CR/LF in the sender's name or the subject stays inside its header: parsed back, the message
    // has no header it did not write (no "Bcc: evil@example.com").
    void lineBreaksInHeaderTextInjectNothing()
    {
        EmlDraft d;
        d.toAddress = u"le@ouchn.edu.cn"_s;
        d.fromName = u"X\r\nBcc: evil@example.com"_s;
        d.fromAddress = u"x@example.com"_s;
        d.subject = u"Form\r\nBcc: evil@example.com\nX-Evil: 1"_s;
        d.date = QDateTime(QDate(2022, 4, 20), QTime(9, 30), QTimeZone(8 * 3600));
        const QString path = dir.filePath(u"names.eml"_s);
        QString error;
        QVERIFY2(d.writeFile(path, &error), qPrintable(error));
        const QJsonObject m = parseWithPython(path);
        QVERIFY2(!m.isEmpty(), "python could not parse the draft");
        const QStringList headers = m.value("headers"_L1).toVariant().toStringList();
        QVERIFY2(!headers.contains(u"bcc"_s) && !headers.contains(u"x-evil"_s),
                 qPrintable(headers.join(u", "_s)));
        QCOMPARE(m.value("defects"_L1).toArray().size(), 0);
        QVERIFY(!m.value("from"_L1).toString().contains(u'\n'));
        QVERIFY(!m.value("subject"_L1).toString().contains(u'\n'));
        QVERIFY2(m.value("from"_L1).toString().endsWith(u"<x@example.com>"_s),
                 qPrintable(m.value("from"_L1).toString()));
    }

    // An address is written only when it is one: CR/LF (a Bcc to anyone), a second address or angle
    // brackets are refused with a message naming the address, and no file is written.
    void invalidAddressIsRefused_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("crlf in from") << u"x@example.com\r\nBcc: evil@example.com"_s << u"le@ouchn.edu.cn"_s;
        QTest::newRow("lf in from") << u"x@example.com\nBcc: evil@example.com"_s << u"le@ouchn.edu.cn"_s;
        QTest::newRow("second address") << u"x@example.com>, <evil@example.com"_s << u"le@ouchn.edu.cn"_s;
        QTest::newRow("crlf in to") << u"x@example.com"_s << u"le@ouchn.edu.cn\r\nBcc: evil@example.com"_s;
        QTest::newRow("no address in to") << u""_s << u"nobody"_s;
    }
    void invalidAddressIsRefused()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        EmlDraft d;
        d.toAddress = to;
        d.fromAddress = from;
        d.subject = u"Form"_s;
        const QString path = dir.filePath(u"refused.eml"_s);
        QFile::remove(path);
        QString error;
        QVERIFY(!d.writeFile(path, &error));
        QVERIFY2(error.contains(u"address"_s), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }

    void idnAddressBecomesAce()
    {
        QCOMPARE(EmlDraft::asciiAddress(u"info@教育.中国"_s), QByteArray("info@xn--wcvs22d.xn--fiqs8s"));
    }

private:
    QTemporaryDir dir;
};

QTEST_GUILESS_MAIN(TestEmlDraft)
#include "TestEmlDraft.moc"
