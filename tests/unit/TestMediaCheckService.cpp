// MediaCheckService: checks off the GUI thread, progress, cancel, and the workspace cache
// (path, size, mtime, profile version) that spares a second probe; DeepCheck on clean and damaged files.

#include "LocalHttpServer.h"
#include "MediaFactory.h"
#include "TempWorkspace.h"

#include "media/DeepCheck.h"
#include "media/MediaCheckService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

class TestMediaCheckService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deepCheckClean();
    void deepCheckDamaged();
    void deepCheckCancelAndUnreadable();
    void checksOffThreadAndCaches();
    void changedFileIsCheckedAgain();
    void deepCheckReportsProgressAndIsCached();
    void cancelStopsWithoutResult();
    void cancelStopsTheWorker();
    void unreadableIsNotCached();
    void cancelStopsALinkCheck();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    TempWorkspace m_ws;
};

void TestMediaCheckService::initTestCase()
{
    if (!MediaFactory::haveFfmpeg())
        QSKIP("ffmpeg is not installed");
    QVERIFY2(m_ws.isValid(), qPrintable(m_ws.error()));
    QString e;
    MediaFactory::Video v;
    QVERIFY2(MediaFactory::makeVideo(file(u"ok.mp4"_s), v, &e), qPrintable(e));
    QVERIFY2(MediaFactory::makeVideo(file(u"other.mp4"_s), v, &e), qPrintable(e));
    v.seconds = 2;
    QVERIFY2(MediaFactory::makeVideo(file(u"damaged.mp4"_s), v, &e), qPrintable(e));
    const qint64 size = QFileInfo(file(u"damaged.mp4"_s)).size();
    QVERIFY2(MediaFactory::damage(file(u"damaged.mp4"_s), size / 2, 20000, 3, &e), qPrintable(e));
    QVERIFY2(MediaFactory::writeRandom(file(u"random.mp4"_s), 5000, 9, &e), qPrintable(e));
}

void TestMediaCheckService::deepCheckClean()
{
    DeepCheck::Result r;
    QString error;
    QList<double> progress;
    DeepCheck::Options o;
    o.progress = [&progress](double f) { progress.append(f); };
    QVERIFY2(DeepCheck::run(file(u"ok.mp4"_s), &r, &error, o), qPrintable(error));
    QCOMPARE(r.errorCount, 0);
    QCOMPARE(r.videoFrames, 25);
    QVERIFY(r.audioFrames >= 45); // 1 s of 48 kHz AAC in 1024-sample frames
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last(), 1.0);
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i) >= progress.at(i - 1));
}

void TestMediaCheckService::deepCheckDamaged()
{
    DeepCheck::Result r;
    QString error;
    QVERIFY2(DeepCheck::run(file(u"damaged.mp4"_s), &r, &error, {}), qPrintable(error));
    QVERIFY(r.errorCount > 0);
    QVERIFY(!r.errors.isEmpty());
    QVERIFY2(r.errors.first().time > 0.3 && r.errors.first().time < 2.0,
             qPrintable(QString::number(r.errors.first().time)));
    CheckReport report;
    report.add(CheckResult{u"integrity"_s, CheckResult::Status::Pass, {}, {}, {}, {}});
    DeepCheck::apply(r, &report);
    QCOMPARE(report.status(u"integrity"_s), CheckResult::Status::Fail);
    QVERIFY(report.deep);
    QVERIFY(report.find(u"integrity"_s)->message.contains(u"00:00:0"_s));
}

void TestMediaCheckService::deepCheckCancelAndUnreadable()
{
    std::atomic_bool cancel{true};
    DeepCheck::Options o;
    o.cancel = &cancel;
    DeepCheck::Result r;
    QString error;
    QVERIFY(!DeepCheck::run(file(u"ok.mp4"_s), &r, &error, o));
    QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
    QVERIFY(!DeepCheck::run(file(u"random.mp4"_s), &r, &error, {}));
    QVERIFY(error.startsWith(file(u"random.mp4"_s)));
}

void TestMediaCheckService::checksOffThreadAndCaches()
{
    MediaCheckService service(&m_ws.workspace(), m_ws.profile());
    QSignalSpy finished(&service, &MediaCheckService::finished);
    QSignalSpy started(&service, &MediaCheckService::started);
    QThread *mainThread = QThread::currentThread();
    bool onMainThread = false;
    connect(&service, &MediaCheckService::finished, this,
            [&] { onMainThread = QThread::currentThread() == mainThread; });
    service.check(file(u"ok.mp4"_s), u"video"_s);
    QCOMPARE(started.size(), 1);
    QVERIFY(service.isRunning(file(u"ok.mp4"_s)));
    QVERIFY(finished.wait(10000));
    QVERIFY(onMainThread);
    QCOMPARE(finished.first().at(2).toBool(), false);
    const CheckReport report = finished.first().at(1).value<CheckReport>();
    QCOMPARE(report.verdict(), CheckReport::Verdict::Pass);
    QCOMPARE(report.checks.size(), 8);

    // Same service, then a new one (as after reopening the workspace): from the cache, no probe.
    service.check(file(u"ok.mp4"_s), u"video"_s);
    QVERIFY(finished.wait(2000));
    QCOMPARE(finished.at(1).at(2).toBool(), true);
    MediaCheckService reopened(&m_ws.workspace(), m_ws.profile());
    QSignalSpy again(&reopened, &MediaCheckService::finished);
    QSignalSpy startedAgain(&reopened, &MediaCheckService::started);
    reopened.check(file(u"ok.mp4"_s), u"video"_s);
    QVERIFY(again.wait(2000));
    QCOMPARE(again.first().at(2).toBool(), true);
    QCOMPARE(startedAgain.size(), 0);
    QCOMPARE(again.first().at(1).value<CheckReport>().toJson().value("checks"_L1),
             report.toJson().value("checks"_L1));
    // Judged as audio, the cached video result does not answer.
    CheckReport cached;
    QVERIFY(!reopened.cached(file(u"ok.mp4"_s), u"audio"_s, false, &cached));
}

void TestMediaCheckService::changedFileIsCheckedAgain()
{
    MediaCheckService service(&m_ws.workspace(), m_ws.profile());
    QSignalSpy finished(&service, &MediaCheckService::finished);
    service.check(file(u"other.mp4"_s));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().at(2).toBool(), false);
    CheckReport cached;
    QVERIFY(service.cached(file(u"other.mp4"_s), QString(), false, &cached));
    QFile f(file(u"other.mp4"_s));
    QVERIFY(f.open(QIODevice::Append));
    f.write(QByteArray(16, '\0')); // size and mtime change
    f.close();
    QVERIFY(!service.cached(file(u"other.mp4"_s), QString(), false, &cached));
    service.check(file(u"other.mp4"_s));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().at(2).toBool(), false);
}

void TestMediaCheckService::deepCheckReportsProgressAndIsCached()
{
    MediaCheckService service(&m_ws.workspace(), m_ws.profile());
    QSignalSpy finished(&service, &MediaCheckService::finished);
    QSignalSpy progress(&service, &MediaCheckService::progress);
    service.check(file(u"damaged.mp4"_s), QString(), true);
    QVERIFY(finished.wait(20000));
    const CheckReport report = finished.first().at(1).value<CheckReport>();
    QVERIFY(report.deep);
    QCOMPARE(report.status(u"integrity"_s), CheckResult::Status::Fail);
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.last().at(1).toDouble(), 1.0);
    CheckReport cached;
    QVERIFY(service.cached(file(u"damaged.mp4"_s), QString(), true, &cached));
    QVERIFY(cached.deep);
    // a deep result also answers the quick lookup
    QVERIFY(service.cached(file(u"damaged.mp4"_s), QString(), false, &cached));
    QCOMPARE(cached.status(u"integrity"_s), CheckResult::Status::Fail);
}

void TestMediaCheckService::cancelStopsWithoutResult()
{
    MediaCheckService service(nullptr, m_ws.profile()); // no cache
    QSignalSpy finished(&service, &MediaCheckService::finished);
    QSignalSpy cancelled(&service, &MediaCheckService::cancelled);
    service.check(file(u"ok.mp4"_s), QString(), true);
    service.cancel(file(u"ok.mp4"_s));
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!service.isRunning(file(u"ok.mp4"_s)));
    QCOMPARE(finished.size(), 0);
}

void TestMediaCheckService::cancelStopsTheWorker()
{
    // cancel() hides the result at once, so the test above cannot tell whether the worker really stops.
    // Here: the full deep decode of a 30 s file is timed first, in this same run; then a second deep check
    // of it is cancelled once decoding is under way, and the time until the pool is idle (the destructor
    // waits for it) must be a small fraction of the decode time that was still left. A cancel that only
    // hid the result would let the worker decode to the end and fail this.
    const QString path = file(u"long.mp4"_s);
    MediaFactory::Video spec;
    spec.width = 1920;
    spec.height = 1080;
    spec.seconds = 30;
    spec.bitrate = u"6M"_s; // more bits, a longer decode: a clearer ratio
    QString e;
    QVERIFY2(MediaFactory::makeVideo(path, spec, &e), qPrintable(e));

    auto service = std::make_unique<MediaCheckService>(nullptr, m_ws.profile()); // no cache
    QSignalSpy finished(service.get(), &MediaCheckService::finished);
    QElapsedTimer timer;
    timer.start();
    service->check(path, QString(), true);
    QVERIFY(finished.wait(300000));
    const qint64 full = timer.elapsed();
    const CheckReport report = finished.first().at(1).value<CheckReport>();
    QVERIFY(report.deep);
    QCOMPARE(report.facts.value("deep"_L1).toObject().value("video_frames"_L1).toInt(), 750);

    QSignalSpy progress(service.get(), &MediaCheckService::progress);
    QSignalSpy cancelled(service.get(), &MediaCheckService::cancelled);
    service->check(path, QString(), true);
    // Decoding is under way (the first 2 % are the probe).
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toDouble() >= 0.05, 300000);
    const double at = progress.last().at(1).toDouble();
    if (at > 0.6)
        QSKIP("the decode outran the event loop; nothing left to cancel");
    service->cancel(path);
    timer.restart();
    service.reset(); // ~MediaCheckService waits for its pool: returns when the worker has stopped
    const qint64 stop = timer.elapsed();
    const qint64 left = qint64(double(full) * (1.0 - at));
    qInfo(
        "full deep check %lld ms; cancelled at %.0f %%; worker stopped after %lld ms (%lld ms of decoding left)",
        full, at * 100, stop, left);
    QVERIFY2(stop * 5 < left,
             qPrintable(u"stopped after %1 ms, %2 ms of decoding were left"_s.arg(stop).arg(left)));
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(finished.size(), 1); // only the first, complete run
}

void TestMediaCheckService::unreadableIsNotCached()
{
    MediaCheckService service(&m_ws.workspace(), m_ws.profile());
    QSignalSpy finished(&service, &MediaCheckService::finished);
    // Random bytes are read fine and fail integrity: a result like any other, cached.
    service.check(file(u"random.mp4"_s));
    QVERIFY(finished.wait(10000));
    const CheckReport damaged = finished.first().at(1).value<CheckReport>();
    QCOMPARE(damaged.verdict(), CheckReport::Verdict::Fail);
    QCOMPARE(damaged.status(u"integrity"_s), CheckResult::Status::Fail);
    CheckReport cached;
    QVERIFY(service.cached(file(u"random.mp4"_s), QString(), false, &cached));
    QCOMPARE(cached.verdict(), CheckReport::Verdict::Fail);
    // A file that cannot be read (here: a directory) is an error and not cached.
    const QString folder = file(u"folder.mp4"_s);
    QVERIFY(QDir().mkpath(folder));
    service.check(folder);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().at(1).value<CheckReport>().verdict(), CheckReport::Verdict::Error);
    QVERIFY(!service.cached(folder, QString(), false, &cached));
}

void TestMediaCheckService::cancelStopsALinkCheck()
{
    // The panel's Cancel calls cancel(url) for a course link too. A server that never answers: the check
    // must stop at once (cancelled, no result), not run on to the profile's 15 s limit.
    LocalHttpServer server([](const QByteArray &, const QByteArray &) {
        LocalHttpServer::Reply reply;
        reply.answer = false;
        return reply;
    });
    QVERIFY(server.start());
    const QString url = server.url(u"/slow"_s);
    MediaCheckService service(nullptr, m_ws.profile());
    QSignalSpy finished(&service, &MediaCheckService::finished);
    QSignalSpy cancelled(&service, &MediaCheckService::cancelled);
    service.checkLink(url, u"3"_s, u"11010813001-20001"_s);
    QTRY_VERIFY_WITH_TIMEOUT(server.requests() >= 1, 10000);
    QVERIFY(service.isRunning(url));
    service.cancel(url);
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!service.isRunning(url));
    QTest::qWait(1500);
    QCOMPARE(finished.size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(server.allClosedFrom(0), 1000); // the connection is closed, not left open
}

QTEST_GUILESS_MAIN(TestMediaCheckService)
#include "TestMediaCheckService.moc"
