// The pieces of the large-body path, each on its own: HttpAnswerParser (one HTTP/1.1 answer from bytes as
// they come, split anywhere), StreamVerifier (a file checked against its manifest's sha256 while sent, the
// completing piece held back on a mismatch) and BodySender against a scripted server (a kept-alive
// connection reused, a stale one replaced, an early answer, a file that shrinks).

#include "package/ContentFingerprint.h"
#include "package/Sha256.h"
#include "upload/BagSnapshot.h"
#include "upload/BodySender.h"
#include "upload/HttpAnswer.h"
#include "upload/RateLimiter.h"
#include "upload/StreamVerifier.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = seed * 2654435761u + 1;
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13, x ^= x >> 17, x ^= x << 5;
        out[i] = char(x);
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Feeds `bytes` in pieces of `step` bytes; the state after the last piece.
HttpAnswerParser::State feedInSteps(HttpAnswerParser &parser, const QByteArray &bytes, int step)
{
    HttpAnswerParser::State state = HttpAnswerParser::Incomplete;
    for (qsizetype i = 0; i < bytes.size() && state == HttpAnswerParser::Incomplete; i += step)
        state = parser.feed(QByteArrayView(bytes).sliced(i, std::min<qsizetype>(step, bytes.size() - i)));
    return state;
}

// A server that reads each request (head and Content-Length body) and answers with a script of its own.
class ScriptedServer : public QObject
{
public:
    std::function<QByteArray(int request)> answer = [](int) {
        return QByteArray("HTTP/1.1 204 No Content\r\nUpload-Offset: 1\r\n\r\n");
    };
    bool answerAfterHead = false; // answer as soon as the head is in, before the body (an early answer)
    int connections = 0;
    QList<QByteArray> bodies;

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/files/x"_s.arg(m_server.serverPort())); }
    void dropIdleConnections()
    {
        for (QTcpSocket *s : std::as_const(m_sockets))
            s->abort();
    }

    ScriptedServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++connections;
                m_sockets.append(s);
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] { onBytes(s, buffer.get()); });
            }
        });
    }

private:
    void onBytes(QTcpSocket *s, QByteArray *buffer)
    {
        buffer->append(s->readAll());
        for (;;) {
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            const qsizetype at = head.toLower().indexOf("content-length: ");
            const qint64 length = at < 0 ? 0 : head.mid(at + 16).split('\r').first().toLongLong();
            if (answerAfterHead) { // answers at once, then reads and drops the rest (like a busy proxy)
                if (bodies.isEmpty())
                    s->write(answer(0));
                bodies.append(QByteArray());
                buffer->clear();
                return;
            }
            if (buffer->size() < end + 4 + length)
                return;
            bodies.append(buffer->mid(end + 4, length));
            buffer->remove(0, end + 4 + length);
            s->write(answer(int(bodies.size()) - 1));
        }
    }
    QTcpServer m_server;
    QList<QTcpSocket *> m_sockets;
};
// A scripted server listening, and a file of random bytes to send from.
struct SenderCase
{
    ScriptedServer server;
    QTemporaryDir dir;
    QString path;
    bool setUp(qint64 bytes, quint32 seed)
    {
        path = dir.filePath(u"body.bin"_s);
        return server.listen() && writeFile(path, randomBytes(bytes, seed));
    }
};
} // namespace

namespace {
// The verifier as an upload sets it up: checking the manifest's sha256, or the fingerprint the export
// recorded beside it (both rows run each test).
void addCheckRows()
{
    QTest::addColumn<bool>("fingerprint");
    QTest::newRow("sha256") << false;
    QTest::newRow("fingerprint") << true;
}
void resetFor(StreamVerifier &v, const QString &path, qint64 size, const QByteArray &recorded,
              bool fingerprint)
{
    v.reset(path, size, Sha256::hexOf(recorded),
            fingerprint ? ContentFingerprint::hexOf(recorded) : QString());
    QCOMPARE(v.checksFingerprint(), fingerprint);
}

} // namespace

class TestUploadStreams : public QObject
{
    Q_OBJECT

private slots:
    void parserReadsAnswersSplitAnywhere_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("offset");
        QTest::addColumn<bool>("keeps");
        QTest::newRow("204") << QByteArray("HTTP/1.1 204 No Content\r\nUpload-Offset: 42\r\n\r\n") << 204
                             << QByteArray("42") << true;
        QTest::newRow("content-length body")
            << QByteArray("HTTP/1.1 409 Conflict\r\nContent-Length: 5\r\nupload-offset:7\r\n\r\nwrong") << 409
            << QByteArray("7") << true;
        QTest::newRow("chunked body, trailer")
            << QByteArray("HTTP/1.1 460 Checksum Mismatch\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "4;x=y\r\nabcd\r\n2\r\nef\r\n0\r\nX-Trailer: 1\r\n\r\n")
            << 460 << QByteArray() << true;
        QTest::newRow("100 continue first")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\nUpload-Offset: 9\r\n\r\n")
            << 204 << QByteArray("9") << true;
        QTest::newRow("connection close")
            << QByteArray("HTTP/1.1 204 No Content\r\nConnection: close\r\nUpload-Offset: 3\r\n\r\n") << 204
            << QByteArray("3") << false;
        QTest::newRow("HTTP/1.0") << QByteArray("HTTP/1.0 204 No Content\r\nUpload-Offset: 3\r\n\r\n") << 204
                                  << QByteArray("3") << false;
    }

    void parserReadsAnswersSplitAnywhere()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QByteArray, offset);
        QFETCH(bool, keeps);
        for (int step : {1, 2, 3, 7, 1000}) {
            HttpAnswerParser parser;
            QCOMPARE(feedInSteps(parser, bytes, step), HttpAnswerParser::Complete);
            QCOMPARE(parser.answer().status, status);
            QCOMPARE(parser.answer().rawHeader("Upload-Offset"), offset);
            QCOMPARE(parser.keepsConnection(), keeps);
        }
        HttpAnswerParser cut; // one byte short is never complete
        QCOMPARE(cut.feed(QByteArrayView(bytes).chopped(1)), HttpAnswerParser::Incomplete);
    }

    void parserEndsABodyFramedByTheClose()
    {
        HttpAnswerParser parser;
        QCOMPARE(parser.feed("HTTP/1.1 500 Oops\r\n\r\nsomething broke"), HttpAnswerParser::Incomplete);
        QCOMPARE(parser.closed(), HttpAnswerParser::Complete);
        QCOMPARE(parser.answer().status, 500);
        QVERIFY(!parser.keepsConnection());
    }

    void parserRefusesWhatIsNotHttp_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("status line") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n");
        QTest::newRow("status code") << QByteArray("HTTP/1.1 abc OK\r\n\r\n");
        QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -4\r\n\r\n");
        QTest::newRow("chunk size") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        QTest::newRow("endless head") << QByteArray("HTTP/1.1 200 OK\r\n") + QByteArray(70000, 'h');
    }

    void parserRefusesWhatIsNotHttp()
    {
        QFETCH(QByteArray, bytes);
        HttpAnswerParser parser;
        QCOMPARE(parser.feed(bytes), HttpAnswerParser::Malformed);
        QVERIFY(!parser.problem().isEmpty());
        HttpAnswerParser silent; // a connection closed before any answer
        QCOMPARE(silent.closed(), HttpAnswerParser::Malformed);
    }

    void verifierPassesTheRecordedFileSentInAnyOrder_data() { addCheckRows(); }
    void verifierPassesTheRecordedFileSentInAnyOrder()
    {
        QFETCH(bool, fingerprint);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lecture.mp4"_s);
        const QByteArray bytes = randomBytes(3 * 1000 * 1000 + 17, 1);
        QVERIFY(writeFile(path, bytes));
        StreamVerifier v;
        resetFor(v, path, bytes.size(), bytes, fingerprint);
        QString why;
        // The server had 1 MB already (a resumed upload): read and hashed first, 300 kB a turn.
        while (v.hashedTo() < 1000000)
            QVERIFY2(v.catchUp(1000000, 300000, &why), qPrintable(why));
        QCOMPARE(v.hashedTo(), 1000000);
        QVERIFY(v.see(1000000, QByteArrayView(bytes).sliced(1000000, 500000), &why));
        // A retry sends from 1.2 MB again: only what is new is hashed.
        QVERIFY(v.see(1200000, QByteArrayView(bytes).sliced(1200000, 800000), &why));
        QCOMPARE(v.hashedTo(), 2000000);
        QVERIFY2(v.see(2000000, QByteArrayView(bytes).sliced(2000000), &why), qPrintable(why));
        QVERIFY(!v.hasMismatch());
        QVERIFY(!v.isActive()); // verified: nothing more to check
    }

    void verifierHoldsBackTheLastPieceOfAChangedFile_data() { addCheckRows(); }
    void verifierHoldsBackTheLastPieceOfAChangedFile()
    {
        QFETCH(bool, fingerprint);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lecture.mp4"_s);
        QByteArray bytes = randomBytes(2 * 1000 * 1000, 2);
        const QByteArray recorded = bytes;
        bytes[1500000] = char(bytes[1500000] ^ 1); // one bit differs from the manifest
        QVERIFY(writeFile(path, bytes));
        StreamVerifier v;
        resetFor(v, path, bytes.size(), recorded, fingerprint);
        QString why;
        QVERIFY(v.see(0, QByteArrayView(bytes).first(1999999), &why));
        QVERIFY(!v.see(1999999, QByteArrayView(bytes).last(1), &why));
        QVERIFY(v.hasMismatch());
        QVERIFY2(why.contains(u"lecture.mp4"_s) && !why.contains(dir.path()), qPrintable(why));
        QVERIFY2(why.contains(fingerprint ? u"fingerprint"_s : u"sha256"_s), qPrintable(why));
    }

    void verifierRefusesAGapAndAShortFile_data() { addCheckRows(); }
    void verifierRefusesAGapAndAShortFile()
    {
        QFETCH(bool, fingerprint);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"short.bin"_s);
        const QByteArray bytes = randomBytes(1000, 3);
        QVERIFY(writeFile(path, bytes));
        StreamVerifier v;
        resetFor(v, path, 5000, bytes, fingerprint); // the manifest says 5000 bytes
        QString why;
        QVERIFY(!v.see(10, QByteArrayView(bytes).sliced(10), &why)); // bytes 0..9 were never hashed
        QVERIFY(!v.catchUp(4000, 1 << 20, &why));                    // the file ends at 1000
        QVERIFY(why.contains(u"short.bin"_s));
    }

    // A fingerprint that is not 32 lower-case hex digits (a damaged record) is not trusted: the manifest's
    // sha256 is checked instead.
    void verifierFallsBackToTheSha256ForAMalformedFingerprint()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lecture.mp4"_s);
        const QByteArray bytes = randomBytes(300000, 5);
        QVERIFY(writeFile(path, bytes));
        const QString good = ContentFingerprint::hexOf(bytes);
        for (const QString &damaged : {good.toUpper(), good.left(31), good + u'0', u"-"_s}) {
            StreamVerifier v;
            v.reset(path, bytes.size(), Sha256::hexOf(bytes), damaged);
            QVERIFY2(!v.checksFingerprint(), qPrintable(damaged));
            QString why;
            QVERIFY2(v.see(0, bytes, &why), qPrintable(why));
            QVERIFY(!v.isActive()); // verified against the sha256
        }
    }

    // The bag's record matches only while every file is as it was written, and only in its own format: a
    // record of the earlier format (no header, no fingerprints) never matches, so that bag is verified in
    // full.
    void snapshotMatchesOnlyAnUntouchedBagInItsOwnFormat()
    {
        QTemporaryDir dir;
        const QString bag = dir.filePath(u"bag"_s);
        QVERIFY(QDir().mkpath(bag + u"/data/A01-0001"_s));
        QVERIFY(writeFile(bag + u"/bagit.txt"_s, "BagIt-Version: 1.0\n"));
        QVERIFY(writeFile(bag + u"/data/A01-0001/a\tb.mp4"_s, randomBytes(5000, 6))); // a tab in a name
        const QString record = dir.filePath(u"export.files"_s);
        const QHash<QString, QString> taken{{u"data/A01-0001/a\tb.mp4"_s, QString(32, u'a')},
                                            {u"bagit.txt"_s, u"not a fingerprint"_s}};
        QString error;
        QVERIFY2(BagSnapshot::write(bag, record, taken, &error), qPrintable(error));
        QHash<QString, QString> read;
        QVERIFY(BagSnapshot::matches(bag, record, &read));
        QCOMPARE(read, (QHash<QString, QString>{{u"data/A01-0001/a\tb.mp4"_s, QString(32, u'a')}}));

        QFile file(record);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        file.close();
        QByteArray older = text.mid(text.indexOf('\n') + 1); // the header gone
        QVERIFY(writeFile(record, older));
        QVERIFY(!BagSnapshot::matches(bag, record));
        QVERIFY(writeFile(record, text));
        QVERIFY(BagSnapshot::matches(bag, record));

        QVERIFY(writeFile(bag + u"/data/extra.txt"_s, "x")); // a file added
        QVERIFY(!BagSnapshot::matches(bag, record));
    }

    void senderReusesTheConnectionAndReplacesAStaleOne()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"body.bin"_s);
        const QByteArray bytes = randomBytes(6 * 1024 * 1024 + 5, 4);
        QVERIFY(writeFile(path, bytes));
        BodySender sender(nullptr);
        QSignalSpy finished(&sender, &BodySender::finished);
        QString error;
        const auto sendRange = [&](qint64 start, qint64 length) {
            QNetworkRequest request(server.url());
            request.setRawHeader("Upload-Offset", QByteArray::number(start));
            return sender.send("PATCH", request, {path, start, length}, {}, &error);
        };
        QVERIFY(sendRange(0, 4 * 1024 * 1024));
        QVERIFY(finished.wait(10000));
        QVERIFY(sendRange(4 * 1024 * 1024, 1024 * 1024));
        QVERIFY(finished.wait(10000));
        QCOMPARE(server.connections, 1); // kept alive
        server.dropIdleConnections();    // the server forgets the idle connection meanwhile
        QTest::qWait(100);
        QVERIFY(sendRange(5 * 1024 * 1024, bytes.size() - 5 * 1024 * 1024));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).value<HttpAnswer>().status, 204);
        QCOMPARE(server.connections, 2);
        QCOMPARE(server.bodies.join(), bytes);
    }

    void senderStopsOnAnEarlyAnswer()
    {
        SenderCase c;
        c.server.answerAfterHead = true;
        c.server.answer = [](int) {
            return QByteArray("HTTP/1.1 413 Too Large\r\nContent-Length: 0\r\n\r\n");
        };
        QVERIFY(c.setUp(32 * 1024 * 1024, 5));
        BodySender sender(nullptr);
        QSignalSpy finished(&sender, &BodySender::finished);
        QString error;
        QVERIFY(
            sender.send("PATCH", QNetworkRequest(c.server.url()), {c.path, 0, 32 * 1024 * 1024}, {}, &error));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).value<HttpAnswer>().status, 413);
        QVERIFY(sender.bodyBytesSent() < 32 * 1024 * 1024);
        QVERIFY(!sender.isBusy());
    }

    void senderStopsBeforeAPieceTheCheckRefuses()
    {
        SenderCase c;
        QVERIFY(c.setUp(3 * 1024 * 1024, 6));
        BodySender sender(nullptr);
        QSignalSpy finished(&sender, &BodySender::finished);
        QString error;
        const auto check = [](qint64 position, QByteArrayView, QString *why) {
            *why = u"refused at %1"_s.arg(position);
            return position < 2 * 1024 * 1024;
        };
        QVERIFY(sender.send("PATCH", QNetworkRequest(c.server.url()), {c.path, 0, 3 * 1024 * 1024}, check,
                            &error));
        QVERIFY(finished.wait(10000));
        QCOMPARE(sender.localProblem(), u"refused at 2097152"_s);
        QCOMPARE(finished.last().at(0).value<HttpAnswer>().status, 0);
        QTest::qWait(200);
        QVERIFY(c.server.bodies.isEmpty()); // the request was never completed
    }

    void senderNamesAFileThatShrank()
    {
        SenderCase c;
        QVERIFY(c.setUp(2 * 1024 * 1024, 7));
        BodySender sender(nullptr);
        QSignalSpy finished(&sender, &BodySender::finished);
        QString error;
        QVERIFY(
            sender.send("PATCH", QNetworkRequest(c.server.url()), {c.path, 0, 3 * 1024 * 1024}, {}, &error));
        QVERIFY(finished.wait(10000));
        QVERIFY2(sender.localProblem().contains(u"body.bin"_s), qPrintable(sender.localProblem()));
        QVERIFY(!sender.send("PATCH", QNetworkRequest(c.server.url()), {c.dir.filePath(u"missing"_s), 0, 1},
                             {}, &error));
        QVERIFY(error.contains(u"missing"_s));
    }

    void senderKeepsToTheRateLimit()
    {
        SenderCase c;
        QVERIFY(c.setUp(1024 * 1024, 8));
        RateLimiter limiter;
        limiter.setLimit(2 * 1024 * 1024); // 1 MiB takes about half a second
        BodySender sender(&limiter);
        QSignalSpy finished(&sender, &BodySender::finished);
        QString error;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(sender.send("PATCH", QNetworkRequest(c.server.url()), {c.path, 0, 1024 * 1024}, {}, &error));
        QVERIFY(finished.wait(10000));
        QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(c.server.bodies.value(0).size(), 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestUploadStreams)
#include "TestUploadStreams.moc"
