// The tus engine (TusTransfer, UploadQueue, UploadStore) against the real @tus/server, with faults injected
// by killing the server or through FaultProxy. Small files and chunks, so that each case takes seconds.

#include "UploadHarness.h"

#include "upload/Reachability.h"
#include "upload/UploadStore.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

// TCP_NODELAY of each of this process's sockets connected to `port` (-1 for none).
static QList<int> noDelayOfSocketsTo(int port)
{
    QList<int> out;
    for (const QString &name : QDir(u"/proc/self/fd"_s).entryList(QDir::Files | QDir::System)) {
        const int fd = name.toInt();
        struct stat st
        {
        };
        sockaddr_in peer{};
        socklen_t length = sizeof peer;
        if (fstat(fd, &st) != 0 || !S_ISSOCK(st.st_mode) ||
            getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) != 0 ||
            peer.sin_family != AF_INET || ntohs(peer.sin_port) != port)
            continue;
        int on = -1;
        length = sizeof on;
        getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, &length);
        out.append(on);
    }
    return out;
}

// A reachability source the test drives, in place of QNetworkInformation's backend.
class DrivenReachability : public ReachabilitySource
{
public:
    State now = State::Online;
    State state() const override { return now; }
    void set(State state)
    {
        now = state;
        emit changed(state);
    }
};

class TestUploadEngine : public QObject
{
    Q_OBJECT

    // Every test runs twice (initTestCase_data): bodies through QNetworkAccessManager, and through
    // BodySender.
    static TransferTuning smallChunks(qint64 chunk = 256 * 1024)
    {
        QFETCH_GLOBAL(bool, streamed);
        TransferTuning t;
        t.fixedChunk = chunk;
        t.inMemoryBody = streamed ? 0 : t.inMemoryBody;
        t.stallSeconds = 5;
        t.backoffBase = 0.05;
        t.backoffCap = 0.5;
        return t;
    }

    // Chunks that adapt: `first`, then sized to take `seconds` at the pace seen, within [min, max].
    static TransferTuning adaptiveChunks(qint64 first, qint64 min, qint64 max, double seconds)
    {
        TransferTuning t = smallChunks();
        t.fixedChunk = 0;
        t.firstChunk = first;
        t.minChunk = min;
        t.maxChunk = max;
        t.targetChunkSeconds = seconds;
        return t;
    }

    bool prepare(UploadHarness &h, const QList<qint64> &sizes, const TusServerProcess::Options &options = {})
    {
        QString error;
        if (!h.setUp(options, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        for (int i = 0; i < sizes.size(); ++i)
            if (!h.makeFile(u"f%1.bin"_s.arg(i), sizes.at(i), &error))
                return false;
        return true;
    }

    static QStringList states(const UploadQueue &q)
    {
        QStringList out;
        for (int i = 0; i < q.count(); ++i)
            out.append(q.entry(i).record.state + u':' + q.entry(i).error.text);
        return out;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("streamed");
        QTest::newRow("in-memory bodies") << false;
        QTest::newRow("BodySender") << true;
    }

    void initTestCase()
    {
        if (const QString why = TusServerProcess::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
    }

    void uploadsEveryFileByteIdentical()
    {
        UploadHarness h;
        QVERIFY(prepare(h, {3 * 1024 * 1024 + 17, 1000, 0}));
        auto queue = h.queue(smallChunks());
        QVERIFY(UploadHarness::runUntilFinished(*queue, 60000));
        QCOMPARE(queue->totals().done, 3);
        QCOMPARE(h.server().storedFiles(), h.localSums());
        QList<UploadAcknowledgement> history;
        QString error;
        QVERIFY(UploadStore(h.workspace()).history(h.batchId(), &history, &error));
        QCOMPARE(history.size(), 3);
        QVERIFY(!history.first().url.isEmpty());
    }

    // Nagle's algorithm off on the upload connections (kept open by QNetworkAccessManager): with it on, the
    // server's delayed ACK held the tail of each body ~40 ms, which made 200 small files take 5 s.
    void uploadConnectionsSendWithoutDelay()
    {
#ifndef Q_OS_LINUX
        QSKIP("LowDelaySockets works on Linux only");
#endif
        UploadHarness h;
        QVERIFY(prepare(h, {100 * 1024, 100 * 1024, 100 * 1024}));
        auto queue = h.queue(smallChunks());
        QVERIFY(UploadHarness::runUntilFinished(*queue, 60000));
        const QList<int> sockets = noDelayOfSocketsTo(h.server().port());
        QVERIFY(!sockets.isEmpty());
        QCOMPARE(sockets, QList<int>(sockets.size(), 1));
    }

    void runAgainSendsNothing()
    {
        UploadHarness h;
        QVERIFY(prepare(h, {500 * 1024}));
        auto first = h.queue(smallChunks());
        QVERIFY(UploadHarness::runUntilFinished(*first, 60000));
        first.reset();
        auto second = h.queue(smallChunks());
        QCOMPARE(second->entry(0).record.state, u"done"_s);
        QVERIFY(UploadHarness::runUntilFinished(*second, 10000));
        QCOMPARE(h.server().uploadCount(), 1);
    }

    void pausedUploadResumesInANewQueue()
    {
        UploadHarness h;
        QVERIFY(prepare(h, {2 * 1024 * 1024}));
        QUrl url;
        {
            auto queue = h.queue(smallChunks());
            connect(queue.get(), &UploadQueue::progressChanged, queue.get(), [&] {
                if (queue->entry(0).record.offset >= 512 * 1024 &&
                    queue->entry(0).record.state == "uploading"_L1)
                    queue->pauseFile(0);
            });
            queue->setRateLimit(1024 * 1024);
            queue->start();
            QTRY_VERIFY_WITH_TIMEOUT(queue->entry(0).record.state == "paused"_L1, 30000);
            url = queue->entry(0).record.url;
            QVERIFY(!url.isEmpty());
        }
        auto again = h.queue(smallChunks());
        QCOMPARE(again->entry(0).record.url, url);
        QVERIFY(again->entry(0).record.offset > 0);
        QVERIFY(UploadHarness::runUntilFinished(*again, 60000));
        QCOMPARE(again->entry(0).record.url, url); // the same upload, resumed
        QCOMPARE(h.server().uploadCount(), 1);
        QCOMPARE(h.server().storedFiles(), h.localSums());
    }

    void changedFileIsNeverResumedOntoItsOldUpload()
    {
        UploadHarness h;
        QVERIFY(prepare(h, {1024 * 1024}));
        QUrl url;
        {
            auto queue = h.queue(smallChunks());
            connect(queue.get(), &UploadQueue::progressChanged, queue.get(), [&] {
                if (queue->entry(0).record.offset > 0 && queue->entry(0).record.state == "uploading"_L1)
                    queue->pauseFile(0);
            });
            queue->setRateLimit(512 * 1024);
            queue->start();
            QTRY_VERIFY_WITH_TIMEOUT(queue->entry(0).record.state == "paused"_L1, 30000);
            url = queue->entry(0).record.url;
        }
        QString error;
        QVERIFY(h.makeFile(u"f0.bin"_s, 1024 * 1024, &error)); // same size, other bytes
        auto again = h.queue(smallChunks());
        QVERIFY(again->entry(0).record.url.isEmpty());
        QVERIFY(UploadHarness::runUntilFinished(*again, 60000));
        QVERIFY(again->entry(0).record.url != url);
        QCOMPARE(h.server().storedFiles(), h.localSums());
    }

    void serverKilledAndRestartedThreeTimes()
    {
        UploadHarness h;
        const qint64 chunk = 128 * 1024;
        QVERIFY(prepare(h, {3 * 1024 * 1024, 2 * 1024 * 1024}));
        auto queue = h.queue(smallChunks(chunk));
        queue->setRateLimit(2 * 1024 * 1024);
        int kills = 0;
        QTimer killer;
        connect(&killer, &QTimer::timeout, &killer, [&] {
            const qint64 sent = queue->totals().sent;
            if (kills < 3 && sent > (kills + 1) * qint64(1200) * 1024) {
                ++kills;
                h.server().kill();
                QTimer::singleShot(400, &killer, [&] {
                    QString error;
                    QVERIFY2(h.server().restart(&error), qPrintable(error));
                });
            }
        });
        killer.start(50);
        QVERIFY(UploadHarness::runUntilFinished(*queue, 120000));
        QCOMPARE(kills, 3);
        QVERIFY2(queue->totals().done == 2, qPrintable(states(*queue).join(u'\n')));
        QCOMPARE(h.server().storedFiles(), h.localSums());
        QCOMPARE(h.server().uploadCount(), 2);
        // At most one chunk sent again per interruption (and per transfer cut by it).
        qint64 resent = 0;
        for (int i = 0; i < queue->count(); ++i)
            resent += queue->entry(i).bytesSent - queue->entry(i).record.size;
        QVERIFY2(resent <= 3 * 2 * chunk, qPrintable(QString::number(resent)));
    }

    void offlinePausesAndOnlineResumes()
    {
        UploadHarness h;
        QVERIFY(prepare(h, {2 * 1024 * 1024}));
        auto queue = h.queue(smallChunks());
        queue->setRateLimit(1024 * 1024);
        QSignalSpy offline(queue.get(), &UploadQueue::offlineChanged);
        QTimer::singleShot(500, queue.get(), [&] { h.server().kill(); });
        queue->start();
        QTRY_VERIFY_WITH_TIMEOUT(queue->isOffline(), 20000);
        QCOMPARE(queue->totals().active, 0); // paused: nothing is sent while offline
        QCOMPARE(queue->entry(0).record.state, u"queued"_s);
        QCOMPARE(queue->entry(0).record.lastError, u"Waiting for the network."_s); // the reason shown
        QTest::qWait(1500);
        QVERIFY(queue->isOffline());
        QString error;
        QVERIFY2(h.server().restart(&error), qPrintable(error));
        QVERIFY(UploadHarness::runUntilFinished(*queue, 60000));
        QVERIFY(!queue->isOffline());
        QCOMPARE(offline.count(), 2);
        QCOMPARE(h.server().storedFiles(), h.localSums());
    }

    void qtReachabilityReadsAsOfflineOnlyWhenDisconnected()
    {
        using R = QNetworkInformation::Reachability;
        using S = ReachabilitySource::State;
        QCOMPARE(ReachabilitySource::fromQt(R::Disconnected), S::Offline);
        QCOMPARE(ReachabilitySource::fromQt(R::Unknown), S::Unknown);
        for (R online : {R::Local, R::Site, R::Online})
            QCOMPARE(ReachabilitySource::fromQt(online), S::Online);
    }

    // The QNetworkInformation path: the backend's word pauses the queue and resumes it, once.
    void reachabilityBackendPausesAndResumesOnce()
    {
        UploadHarness h;
        QVERIFY(prepare(h, {2 * 1024 * 1024}));
        FaultProxy proxy(h.server().port());
        QVERIFY(proxy.start());
        auto queue = h.queue(smallChunks(), proxy.endpoint());
        DrivenReachability network;
        queue->setReachability(&network);
        queue->setRateLimit(1024 * 1024);
        QSignalSpy offline(queue.get(), &UploadQueue::offlineChanged);
        queue->start();
        QTRY_VERIFY_WITH_TIMEOUT(queue->entry(0).record.offset > 0, 20000);
        network.set(ReachabilitySource::State::Offline);
        QVERIFY(queue->isOffline());
        QCOMPARE(queue->totals().active, 0);
        QCOMPARE(queue->entry(0).record.state, u"queued"_s);
        QCOMPARE(queue->entry(0).record.lastError, u"Waiting for the network."_s);
        const qint64 acknowledged = queue->entry(0).record.offset;
        const qsizetype requests = proxy.log().size();
        QTest::qWait(800);
        QCOMPARE(proxy.log().size(), requests); // nothing sent while offline
        QCOMPARE(queue->entry(0).record.offset, acknowledged);
        network.set(ReachabilitySource::State::Online);
        network.set(ReachabilitySource::State::Online); // said twice: resumes once
        QVERIFY(!queue->isOffline());
        QCOMPARE(queue->totals().active, 1);
        QVERIFY(UploadHarness::runUntilFinished(*queue, 60000));
        QCOMPARE(offline.count(), 2);
        const QList<QByteArray> after = proxy.log().mid(requests);
        QCOMPARE(std::count_if(after.begin(), after.end(),
                               [](const QByteArray &l) { return l.startsWith("HEAD "); }),
                 1); // one resume: one question for the offset
        QCOMPARE(h.server().uploadCount(), 1);
        QCOMPARE(h.server().storedFiles(), h.localSums());
    }

    void burstOf5xx423And429IsRetried()
    {
        UploadHarness h;
        QVERIFY(prepare(h, {1024 * 1024}));
        FaultProxy proxy(h.server().port());
        QVERIFY(proxy.start());
        proxy.add({"POST", 1, 500});
        proxy.add({"PATCH", 2, 503});
        proxy.add({"HEAD", 1, 423});
        proxy.add({"PATCH", 1, 429, "1"});
        proxy.add({"HEAD", 1, 502});
        auto queue = h.queue(smallChunks(), proxy.endpoint());
        QVERIFY(UploadHarness::runUntilFinished(*queue, 60000));
        QVERIFY2(queue->totals().done == 1, proxy.log().join('\n').constData());
        QCOMPARE(h.server().storedFiles(), h.localSums());
        QCOMPARE(h.server().uploadCount(), 1);
    }

    void droppedConnectionResumesFromTheServersOffset()
    {
        UploadHarness h;
        QVERIFY(prepare(h, {1024 * 1024}));
        FaultProxy proxy(h.server().port());
        QVERIFY(proxy.start());
        FaultProxy::Fault drop;
        drop.method = "PATCH";
        drop.times = 2;
        drop.dropAfter = 100 * 1024;
        proxy.add(drop);
        auto queue = h.queue(smallChunks(512 * 1024), proxy.endpoint());
        QVERIFY(UploadHarness::runUntilFinished(*queue, 60000));
        QVERIFY2(queue->totals().done == 1, proxy.log().join('\n').constData());
        QCOMPARE(h.server().storedFiles(), h.localSums());
        QVERIFY2(proxy.count("HEAD") >= 1, proxy.log().join('\n').constData()); // asked the offset
    }

    // The checksum extension, where the server advertises it (FaultProxy plays that server and checks).
    void everyBodyCarriesItsChecksumWhereAdvertised()
    {
        UploadHarness h;
        QVERIFY(prepare(h, {1024 * 1024 + 5}));
        FaultProxy proxy(h.server().port());
        QVERIFY(proxy.start());
        proxy.setChecksums(true);
        auto queue = h.queue(smallChunks(), proxy.endpoint());
        QVERIFY(UploadHarness::runUntilFinished(*queue, 60000));
        const QByteArray log = proxy.log().join('\n');
        QVERIFY2(queue->totals().done == 1, log.constData());
        // 4 chunks of 256 KiB and 5 bytes: the first with the creation (POST), the others in PATCHes.
        QCOMPARE(log.count("-> checksum sha1 ok"), 5);
        QCOMPARE(log.count("POST /files/ at  262144 bytes -> checksum sha1 ok"), 1);
        QVERIFY2(!log.contains("no checksum") && !log.contains("mismatch"), log.constData());
        QCOMPARE(h.server().storedFiles(), h.localSums());
    }

    // Chunks adapt to the pace seen: on this fast local link the first one (with the creation) is followed
    // at once by chunks of the cap, none larger. FaultProxy's checksum mode logs each body's size.
    void chunksGrowToThePaceUpToTheCap()
    {
        UploadHarness h;
        const qint64 size = 1024 * 1024 + 5;
        QVERIFY(prepare(h, {size}));
        FaultProxy proxy(h.server().port());
        QVERIFY(proxy.start());
        proxy.setChecksums(true);
        auto queue = h.queue(adaptiveChunks(64 * 1024, 64 * 1024, 256 * 1024, 3), proxy.endpoint());
        QVERIFY(UploadHarness::runUntilFinished(*queue, 60000));
        const QByteArray log = proxy.log().join('\n');
        QVERIFY2(queue->totals().done == 1, log.constData());
        QVERIFY2(log.contains("POST /files/ at  65536 bytes -> checksum sha1 ok"), log.constData());
        // 64 KiB with the creation, then 256 KiB chunks (the first PATCH included) and the 5 bytes left.
        qint64 offset = 64 * 1024;
        for (; offset + 256 * 1024 <= size; offset += 256 * 1024)
            QVERIFY2(log.contains(" at " + QByteArray::number(offset) + " 262144 bytes -> checksum sha1 ok"),
                     log.constData());
        QVERIFY2(log.contains(" at " + QByteArray::number(offset) + ' ' + QByteArray::number(size - offset) +
                              " bytes -> checksum sha1 ok"),
                 log.constData());
        QCOMPARE(log.count("-> checksum sha1 ok"), 1 + 3 + 1);
        QCOMPARE(h.server().storedFiles(), h.localSums());
    }

    // On a slow link (the bandwidth limit plays one) chunks shrink so that a PATCH takes about the target
    // time: at 256 KiB/s and a target of 0.5 s, a first chunk of 512 KiB is followed by chunks of about
    // 128 KiB, never below the floor.
    void chunksShrinkOnASlowLink()
    {
        UploadHarness h;
        const qint64 size = 1024 * 1024;
        QVERIFY(prepare(h, {size}));
        FaultProxy proxy(h.server().port());
        QVERIFY(proxy.start());
        proxy.setChecksums(true);
        auto queue = h.queue(adaptiveChunks(512 * 1024, 64 * 1024, 4 * 1024 * 1024, 0.5), proxy.endpoint());
        queue->setRateLimit(256 * 1024);
        QVERIFY(UploadHarness::runUntilFinished(*queue, 60000));
        QVERIFY2(queue->totals().done == 1, proxy.log().join('\n').constData());
        QList<qint64> patches;
        for (const QByteArray &line : proxy.log())
            if (line.startsWith("PATCH ") && line.endsWith("bytes -> checksum sha1 ok"))
                patches.append(line.split(' ').value(4).toLongLong());
        const QByteArray log = proxy.log().join('\n');
        QVERIFY2(log.contains("POST /files/ at  524288 bytes"), log.constData());
        QVERIFY2(patches.size() >= 2, log.constData());
        for (qsizetype i = 0; i + 1 < patches.size(); ++i) // the last one is what is left
            QVERIFY2(patches.at(i) >= 64 * 1024 && patches.at(i) <= 256 * 1024, log.constData());
        QCOMPARE(h.server().storedFiles(), h.localSums());
    }

    void checksumMismatchAsksTheOffsetAndSendsThePieceAgain()
    {
        UploadHarness h;
        QVERIFY(prepare(h, {1024 * 1024}));
        FaultProxy proxy(h.server().port());
        QVERIFY(proxy.start());
        proxy.setChecksums(true);
        FaultProxy::Fault corrupt;
        corrupt.method = "PATCH";
        corrupt.corrupt = true; // the first PATCH's body arrives damaged
        proxy.add(corrupt);
        auto queue = h.queue(smallChunks(), proxy.endpoint());
        QVERIFY(UploadHarness::runUntilFinished(*queue, 60000));
        const QList<QByteArray> log = proxy.log();
        const QByteArray text = log.join('\n');
        QVERIFY2(queue->totals().done == 1, text.constData());
        QCOMPARE(text.count("mismatch"), 1);
        // After the 460: HEAD for the server's offset, then the same piece again from there.
        qsizetype bad = -1;
        for (qsizetype i = 0; i < log.size() && bad < 0; ++i)
            bad = log.at(i).contains("460 checksum mismatch") ? i : -1;
        QVERIFY2(bad > 0, text.constData());
        const QByteArray badLine = log.at(bad);
        const QByteArray at = badLine.mid(badLine.indexOf(" at ") + 4).split(' ').value(0);
        QCOMPARE(at, QByteArray("262144"));
        QVERIFY2(bad + 2 < log.size() && log.at(bad + 2).startsWith("HEAD "), text.constData());
        QVERIFY2(log.at(bad + 4).contains(" at 262144 262144 bytes -> checksum sha1 ok"), text.constData());
        QCOMPARE(h.server().uploadCount(), 1);
        QCOMPARE(h.server().storedFiles(), h.localSums());
    }

    void hangingServerTripsTheWatchdog()
    {
        UploadHarness h;
        QVERIFY(prepare(h, {600 * 1024}));
        FaultProxy proxy(h.server().port());
        QVERIFY(proxy.start());
        FaultProxy::Fault hang;
        hang.method = "PATCH";
        hang.stall = true;
        proxy.add(hang);
        TransferTuning tuning = smallChunks();
        tuning.stallSeconds = 1;
        auto queue = h.queue(tuning, proxy.endpoint());
        QVERIFY(UploadHarness::runUntilFinished(*queue, 30000));
        QVERIFY2(queue->totals().done == 1, proxy.log().join('\n').constData());
        QVERIFY(proxy.log().join('\n').contains("-> stall"));
        QCOMPARE(h.server().storedFiles(), h.localSums());
    }

    void wrongTokenFailsFastWithItsMessage()
    {
        UploadHarness h;
        TusServerProcess::Options options;
        options.token = u"right-token"_s;
        QVERIFY(prepare(h, {1000}, options));
        TransferTuning tuning = smallChunks();
        tuning.backoffBase = 2; // a retry would show in the time
        auto queue = h.queue(tuning, {}, u"wrong-token"_s);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(UploadHarness::runUntilFinished(*queue, 20000));
        QVERIFY(clock.elapsed() < 1900);
        QCOMPARE(queue->entry(0).record.state, u"failed"_s);
        QCOMPARE(queue->entry(0).error.kind, UploadError::Auth);
        QVERIFY(queue->entry(0).error.text.contains(u"token"_s));
        QCOMPARE(h.server().uploadCount(), 0);
    }

    void rightTokenIsAccepted()
    {
        UploadHarness h;
        TusServerProcess::Options options;
        options.token = u"right-token"_s;
        QVERIFY(prepare(h, {1000}, options));
        auto queue = h.queue(smallChunks(), {}, u"right-token"_s);
        QVERIFY(UploadHarness::runUntilFinished(*queue, 20000));
        QCOMPARE(queue->totals().done, 1);
    }

    void expiredUploadStartsOverCleanly()
    {
        UploadHarness h;
        TusServerProcess::Options options;
        options.expireMs = 1500;
        QVERIFY(prepare(h, {1024 * 1024}, options));
        QUrl url;
        {
            auto queue = h.queue(smallChunks());
            queue->setRateLimit(512 * 1024);
            connect(queue.get(), &UploadQueue::progressChanged, queue.get(), [&] {
                if (queue->entry(0).record.offset > 0 && queue->entry(0).record.state == "uploading"_L1)
                    queue->pauseFile(0);
            });
            queue->start();
            QTRY_VERIFY_WITH_TIMEOUT(queue->entry(0).record.state == "paused"_L1, 30000);
            url = queue->entry(0).record.url;
            QVERIFY(queue->entry(0).record.expires.isValid()); // Upload-Expires was kept
        }
        QTest::qWait(2000);
        auto again = h.queue(smallChunks());
        QVERIFY(UploadHarness::runUntilFinished(*again, 60000));
        QCOMPARE(again->totals().done, 1);
        QVERIFY(again->entry(0).record.url != url);
        QCOMPARE(h.server().storedFiles().value(u"data/f0.bin"_s), h.localSums().value(u"data/f0.bin"_s));
    }

    // https with the receiver's own certificate authority (a self-signed certificate made now): trusted
    // through the CA file, every file arrives; without it, nothing is sent and the message says why.
    void tlsIsVerifiedAgainstTheGivenAuthority()
    {
        QTemporaryDir certs;
        QString error;
        if (!TusServerProcess::makeCertificate(certs.path(), &error))
            QSKIP(qPrintable(error));
        TusServerProcess::Options tls;
        tls.tlsCert = certs.filePath(u"cert.pem"_s);
        tls.tlsKey = certs.filePath(u"key.pem"_s);
        UploadHarness h;
        QVERIFY(prepare(h, {3 * 1024 * 1024 + 11, 4000}, tls));
        QVERIFY(h.server().endpoint().startsWith(u"https://"_s));
        {
            auto untrusted = h.queue(smallChunks(1024 * 1024));
            QVERIFY(UploadHarness::runUntilFinished(*untrusted, 60000));
            QCOMPARE(untrusted->totals().failed, 2);
            QCOMPARE(untrusted->entry(0).error.kind, UploadError::Tls);
            QVERIFY(h.server().storedFiles().isEmpty());
        }
        auto trusted = h.queue(smallChunks(1024 * 1024), {}, {}, tls.tlsCert);
        QVERIFY(UploadHarness::runUntilFinished(*trusted, 60000));
        QVERIFY2(trusted->totals().done == 2, qPrintable(states(*trusted).join(u'\n')));
        QCOMPARE(h.server().storedFiles(), h.localSums());
    }

    void headRefusedNeverStartsASecondUpload()
    {
        UploadHarness h;
        QVERIFY(prepare(h, {1024 * 1024}));
        FaultProxy proxy(h.server().port());
        QVERIFY(proxy.start());
        {
            auto queue = h.queue(smallChunks(), proxy.endpoint());
            queue->setRateLimit(512 * 1024);
            connect(queue.get(), &UploadQueue::progressChanged, queue.get(), [&] {
                if (queue->entry(0).record.offset > 0 && queue->entry(0).record.state == "uploading"_L1)
                    queue->pauseFile(0);
            });
            queue->start();
            QTRY_VERIFY_WITH_TIMEOUT(queue->entry(0).record.state == "paused"_L1, 30000);
        }
        proxy.add({"HEAD", 5, 405});
        auto again = h.queue(smallChunks(), proxy.endpoint());
        QVERIFY(UploadHarness::runUntilFinished(*again, 30000));
        QCOMPARE(again->entry(0).record.state, u"failed"_s);
        QCOMPARE(again->entry(0).error.kind, UploadError::HeadRefused);
        QCOMPARE(proxy.count("POST"), 1);
        QVERIFY(!again->entry(0).record.url.isEmpty()); // kept for a later try
    }
};

QTEST_MAIN(TestUploadEngine)
#include "TestUploadEngine.moc"
