// MediaCheckService: checks off the GUI thread, progress, cancel, and the workspace cache
// (path, size, mtime, profile version) that spares a second probe; DeepCheck on clean and damaged files.

#include "LocalHttpServer.h"
#include "MediaFactory.h"
#include "TempWorkspace.h"

#include "media/DeepCheck.h"
#include "media/MediaCheck.h"
#include "media/MediaCheckService.h"
#include "workspace/CheckResultStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// The bytes all threads of this process have read so far (rchar of /proc/self/io), or -1.
qint64 bytesReadByThisProcess()
{
    QFile io(u"/proc/self/io"_s);
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n'))
        if (line.startsWith("rchar:"))
            return line.mid(6).trimmed().toLongLong();
    return -1;
}
} // namespace

class TestMediaCheckService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deepCheckClean();
    void deepCheckDamaged();
    void deepCheckCancelAndUnreadable();
    void deepThreadsShareTheCores();
    void batchOfDeepChecksStaysWithinTheCores();
    void checksOffThreadAndCaches();
    void changedFileIsCheckedAgain();
    void fileChangedDuringCheckIsCheckedAgain();
    void burstOfResultsIsCached();
    void deepCheckReportsProgressAndIsCached();
    void cancelStopsWithoutResult();
    void cancelStopsTheWorker();
    void unreadableIsNotCached();
    void failedCacheWriteIsReported();
    void corruptCachedResultIsNotUsed();
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

void TestMediaCheckService::deepThreadsShareTheCores()
{
    QCOMPARE(MediaCheck::deepThreadsPerFile(1, 2), 0); // one file: libav's automatic count (cores + 1)
    QCOMPARE(MediaCheck::deepThreadsPerFile(0, 8), 0);
    QCOMPARE(MediaCheck::deepThreadsPerFile(2, 2), 1);
    QCOMPARE(MediaCheck::deepThreadsPerFile(2, 8), 4);
    QCOMPARE(MediaCheck::deepThreadsPerFile(3, 8), 3);
    QCOMPARE(MediaCheck::deepThreadsPerFile(16, 8), 1);
    for (int cores = 1; cores <= 64; ++cores)
        for (int files = 2; files <= 64; ++files)
            QVERIFY(files * MediaCheck::deepThreadsPerFile(files, cores) <= qMax(cores + 1, files));
}

// A batch of deep checks runs files in parallel (one per pool thread) and sizes each file's decoder threads
// so that together they stay within cores + 1; a lone deep check uses every core.
void TestMediaCheckService::batchOfDeepChecksStaysWithinTheCores()
{
    const int cores = QThread::idealThreadCount();
    if (cores < 2)
        QSKIP("needs two cores");
    QStringList paths;
    for (int i = 0; i < 4; ++i) {
        const QString copy = file(u"batch-%1.mp4"_s.arg(i));
        QFile::remove(copy);
        QVERIFY(QFile::copy(file(u"ok.mp4"_s), copy));
        paths.append(copy);
    }
    auto threadsOf = [](const CheckReport &r) {
        return r.facts.value("deep"_L1).toObject().value("video_threads"_L1).toInt();
    };
    MediaCheckService service(nullptr, m_ws.profile());
    service.setMaxThreads(2);
    QSignalSpy finished(&service, &MediaCheckService::finished);
    service.check(paths.first(), u"video"_s, true);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    // Alone: frame threads (cores + 1) or one decoder per core for H.264 ranges (GopDecoders).
    QVERIFY(threadsOf(finished.at(0).at(1).value<CheckReport>()) >= qMin(cores, 16));
    finished.clear();
    for (const QString &p : paths.mid(1))
        service.check(p, u"video"_s, true);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 60000);
    // The first job may start before the others are queued (and alone, takes the automatic count).
    int within = 0;
    for (const QList<QVariant> &args : std::as_const(finished)) {
        const CheckReport r = args.at(1).value<CheckReport>();
        QVERIFY(r.deep);
        QVERIFY(threadsOf(r) >= 1);
        within += threadsOf(r) == MediaCheck::deepThreadsPerFile(2, cores) ? 1 : 0;
    }
    QVERIFY2(within >= 2, qPrintable(u"%1 of 3 files within the cores"_s.arg(within)));
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

// A batch's results reach the cache together, a moment after they are reported: they answer at once from
// memory, are written by then, and a service deleted right after its last result still writes them all.
void TestMediaCheckService::burstOfResultsIsCached()
{
    QStringList paths;
    for (int i = 0; i < 6; ++i) {
        const QString copy = file(u"burst-%1.mp4"_s.arg(i));
        QVERIFY(QFile::copy(file(u"ok.mp4"_s), copy));
        paths.append(copy);
    }
    auto service = std::make_unique<MediaCheckService>(&m_ws.workspace(), m_ws.profile());
    QSignalSpy finished(service.get(), &MediaCheckService::finished);
    QSignalSpy saved(service.get(), &MediaCheckService::resultsSaved);
    for (const QString &p : paths.mid(0, 3))
        service->check(p, u"video"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
    CheckReport cached;
    for (const QString &p : paths.mid(0, 3))
        QVERIFY(service->cached(p, u"video"_s, false, &cached));
    QTRY_VERIFY_WITH_TIMEOUT(
        MediaCheckService(&m_ws.workspace(), m_ws.profile()).cached(paths.at(2), u"video"_s, false, &cached),
        5000);
    QVERIFY(saved.size() >= 1); // then the batch report reads them
    for (const QString &p : paths.mid(3))
        service->check(p, u"video"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 6, 30000);
    service.reset();
    MediaCheckService reopened(&m_ws.workspace(), m_ws.profile());
    for (const QString &p : paths)
        QVERIFY2(reopened.cached(p, u"video"_s, false, &cached), qPrintable(p));
}

// The cache key (size, mtime) is the file as it was when the check started: a file changed while it was
// being checked is not remembered as checked, and the next check runs again.
void TestMediaCheckService::fileChangedDuringCheckIsCheckedAgain()
{
    const QString path = file(u"changing.mp4"_s);
    QVERIFY(QFile::copy(file(u"ok.mp4"_s), path));
    MediaCheckService service(&m_ws.workspace(), m_ws.profile());
    QSignalSpy finished(&service, &MediaCheckService::finished);
    // The change lands after check() began: started() is emitted once the check is under way.
    const auto connection = connect(&service, &MediaCheckService::started, this, [&] {
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write(QByteArray(16, '\0'));
        QVERIFY(
            f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(60), QFileDevice::FileModificationTime));
    });
    service.check(path);
    disconnect(connection);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().at(2).toBool(), false);
    CheckReport cached;
    QVERIFY(!service.cached(path, QString(), false, &cached));
    service.check(path);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().at(2).toBool(), false); // checked again, not answered from the cache
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
    // Here the work is counted in bytes, not timed: the bytes this process reads (/proc/self/io rchar) for a
    // full deep check of a 30 s file are measured first; then a second deep check of it is cancelled as soon
    // as decoding is under way, and when the worker has stopped (the destructor waits for the pool) it must
    // have read well under half of that. A cancel that only hid the result would let the worker decode, and
    // read, to the end.
    const QString path = file(u"long.mp4"_s);
    MediaFactory::Video spec;
    spec.width = 1920;
    spec.height = 1080;
    spec.seconds = 30;
    spec.bitrate = u"6M"_s; // a file of some 22 MB: decoding it takes many reads
    QString e;
    QVERIFY2(MediaFactory::makeVideo(path, spec, &e), qPrintable(e));
    const qint64 size = QFileInfo(path).size();

    auto service = std::make_unique<MediaCheckService>(nullptr, m_ws.profile()); // no cache
    QSignalSpy finished(service.get(), &MediaCheckService::finished);
    qint64 before = bytesReadByThisProcess();
    QVERIFY(before >= 0);
    service->check(path, QString(), true);
    QVERIFY(finished.wait(300000));
    const qint64 full = bytesReadByThisProcess() - before;
    const CheckReport report = finished.first().at(1).value<CheckReport>();
    QVERIFY(report.deep);
    QCOMPARE(report.facts.value("deep"_L1).toObject().value("video_frames"_L1).toInt(), 750);
    QVERIFY2(full >= size,
             qPrintable(u"a full deep check read %1 bytes of a %2-byte file"_s.arg(full).arg(size)));

    QSignalSpy progress(service.get(), &MediaCheckService::progress);
    QSignalSpy cancelled(service.get(), &MediaCheckService::cancelled);
    before = bytesReadByThisProcess();
    service->check(path, QString(), true);
    // Decoding is under way (the first 2 % are the probe): cancel at the first sign of it.
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toDouble() > 0.02, 300000);
    service->cancel(path);
    service.reset(); // ~MediaCheckService waits for its pool: returns when the worker has stopped
    const qint64 cancelledRead = bytesReadByThisProcess() - before;
    qInfo("file %lld bytes; a full deep check read %lld bytes, the cancelled one %lld (%.1f %%)", size, full,
          cancelledRead, 100.0 * double(cancelledRead) / double(full));
    // Decoding ranges in parallel reads the first range (a third of this file) ahead while the second
    // worker waits for its own: a cancelled check stops before two thirds (it read 55 %; it read all of it
    // when the read-ahead was not bounded by the other worker's need).
    QVERIFY2(
        cancelledRead * 3 < full * 2,
        qPrintable(
            u"the cancelled check read %1 of the %2 bytes a full one reads"_s.arg(cancelledRead).arg(full)));
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

// A result that cannot be cached (a trigger refuses every insert) is still reported, and the failure is
// signalled (the main window shows it in the status bar) instead of being dropped.
void TestMediaCheckService::failedCacheWriteIsReported()
{
    const QString path = file(u"cache-refused.mp4"_s);
    QVERIFY(QFile::copy(file(u"ok.mp4"_s), path));
    QSqlQuery q(m_ws.workspace().database());
    QVERIFY2(q.exec(u"CREATE TEMP TRIGGER refuse_cache BEFORE INSERT ON check_results BEGIN "
                    "SELECT RAISE(ABORT, 'injected cache failure'); END"_s),
             qPrintable(q.lastError().text()));
    MediaCheckService service(&m_ws.workspace(), m_ws.profile());
    QSignalSpy finished(&service, &MediaCheckService::finished);
    QSignalSpy cacheFailed(&service, &MediaCheckService::cacheFailed);
    service.check(path, u"video"_s);
    const bool done = finished.wait(10000);
    // Results are written a moment after they are reported (a burst of them in one commit).
    const bool refused = done && (cacheFailed.size() > 0 || cacheFailed.wait(5000));
    QVERIFY(q.exec(u"DROP TRIGGER refuse_cache"_s));
    QVERIFY(done);
    QVERIFY(refused);
    QCOMPARE(finished.first().at(1).value<CheckReport>().verdict(), CheckReport::Verdict::Pass);
    QCOMPARE(cacheFailed.size(), 1);
    const QString error = cacheFailed.first().first().toString();
    QVERIFY2(error.contains(u"injected cache failure"_s) && error.contains(u"cache-refused.mp4"_s),
             qPrintable(error));
    CheckReport cached;
    QVERIFY(!service.cached(path, QString(), false, &cached));
}

// A cached row whose result is not a JSON object (a damaged file, another program) is not taken for a
// result: the file is checked again instead of being shown an empty report.
void TestMediaCheckService::corruptCachedResultIsNotUsed()
{
    const QString path = file(u"corrupt-cache.mp4"_s);
    QVERIFY(QFile::copy(file(u"ok.mp4"_s), path));
    const CheckResultStore::Key key =
        CheckResultStore::Key::forFile(path, m_ws.profile().idAndVersion(), u"probe"_s);
    QSqlQuery q(m_ws.workspace().database());
    q.prepare(u"INSERT INTO check_results(path, size, mtime, profile_version, kind, result_json, checked_at) "
              "VALUES(?, ?, ?, ?, ?, 'not json {', '2022-04-20T09:30:00.000Z')"_s);
    for (const QVariant &v : {QVariant(key.path), QVariant(key.size), QVariant(key.mtime),
                              QVariant(key.profileVersion), QVariant(key.kind)})
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QJsonObject json;
    QVERIFY(!CheckResultStore(m_ws.workspace()).find(key, &json));
    MediaCheckService service(&m_ws.workspace(), m_ws.profile());
    CheckReport cached;
    QVERIFY(!service.cached(path, QString(), false, &cached));
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
    // The connection is closed, not left open; once it is, no answer can arrive to finish the check.
    QTRY_VERIFY_WITH_TIMEOUT(server.allClosedFrom(0), 1000);
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 0);
}

QTEST_GUILESS_MAIN(TestMediaCheckService)
#include "TestMediaCheckService.moc"
