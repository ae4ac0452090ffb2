// The fix queue: one job at a time by default, progress with speed and time left, outcomes stored in the
// workspace, an interrupted job run again after a restart, cancel that leaves nothing behind.

#include "FixFixture.h"
#include "MediaFactory.h"
#include "TempWorkspace.h"

#include "common/SafeOutput.h"
#include "fix/FixQueue.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFixQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runsOneAtATimeAndStoresOutcomes();
    void interruptedJobRunsAgain();
    void cancelLeavesNothing();

private:
    QString file(const QString &name) const { return m_ws.dir() + u'/' + name; }
    FixJob job(const QString &input, const QString &output) const
    {
        FixJob j;
        j.input = file(input);
        j.target = file(output);
        return j;
    }
    TempWorkspace m_ws;
};

void TestFixQueue::initTestCase()
{
    if (!MediaFactory::haveFfmpeg())
        QSKIP("ffmpeg is not installed");
    QVERIFY2(m_ws.isValid(), qPrintable(m_ws.error()));
    QString error;
    MediaFactory::Video v;
    v.width = 320;
    v.height = 180;
    v.rate = u"24"_s;
    v.seconds = 2;
    v.bitrate = u"600k"_s;
    QVERIFY2(MediaFactory::makeVideo(file(u"a.mp4"_s), v, &error), qPrintable(error));
    QVERIFY2(MediaFactory::makeVideo(file(u"b.mp4"_s), v, &error), qPrintable(error));
    v.width = 640;
    v.height = 360;
    v.seconds = 20;
    QVERIFY2(MediaFactory::makeVideo(file(u"long.mp4"_s), v, &error), qPrintable(error));
}

void TestFixQueue::runsOneAtATimeAndStoresOutcomes()
{
    FixQueue queue(m_ws.workspace(), FixFixture::smallTechnical());
    QSignalSpy started(&queue, &FixQueue::jobStarted);
    QSignalSpy finished(&queue, &FixQueue::jobFinished);
    QSignalSpy progress(&queue, &FixQueue::progress);
    QSignalSpy idle(&queue, &FixQueue::idle);
    QString error;
    const qint64 first = queue.enqueue(job(u"a.mp4"_s, u"a-fixed.mp4"_s), &error);
    const qint64 second = queue.enqueue(job(u"b.mp4"_s, u"b-fixed.mp4"_s), &error);
    QVERIFY2(first && second, qPrintable(error));
    QCOMPARE(started.size(), 1); // the second waits
    QVERIFY(queue.isRunning(first) && !queue.isRunning(second));
    QVERIFY(idle.wait(120000));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(started.size(), 2);
    QCOMPARE(finished.at(0).at(0).value<FixJob>().id, first); // in order
    for (const auto &f : finished)
        QCOMPARE(FixEngine::Outcome::statusName(f.at(1).value<FixEngine::Outcome>().status), u"passed"_s);
    QVERIFY(!progress.isEmpty());
    const double lastFraction = progress.last().at(1).toDouble();
    QVERIFY(lastFraction > 0.5 && lastFraction <= 1.0);
    QList<FixJob> done;
    QVERIFY(FixJobStore(m_ws.workspace()).list({u"done"_s}, &done, &error));
    QCOMPARE(done.size(), 2);
    QVERIFY(QFile::exists(file(u"a-fixed.mp4"_s)) && QFile::exists(file(u"b-fixed.mp4"_s)));
}

void TestFixQueue::interruptedJobRunsAgain()
{
    QString error;
    FixJob interrupted = job(u"a.mp4"_s, u"a-again.mp4"_s);
    FixJobStore store(m_ws.workspace());
    const qint64 id = store.add(interrupted, &error);
    QVERIFY2(id && store.setState(id, u"running"_s, {}, &error), qPrintable(error)); // the app died here
    FixQueue queue(m_ws.workspace(), FixFixture::smallTechnical());
    QSignalSpy finished(&queue, &FixQueue::jobFinished);
    QVERIFY2(queue.restore(&error), qPrintable(error));
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().at(0).value<FixJob>().id, id);
    QCOMPARE(finished.first().at(0).value<FixJob>().state, u"done"_s);
    QVERIFY(QFile::exists(file(u"a-again.mp4"_s)));
}

void TestFixQueue::cancelLeavesNothing()
{
    FixQueue queue(m_ws.workspace(), FixFixture::smallTechnical());
    QSignalSpy finished(&queue, &FixQueue::jobFinished);
    QString error;
    FixJob slow = job(u"long.mp4"_s, u"long-fixed.mp4"_s);
    slow.options.preset = u"veryslow"_s;
    const qint64 id = queue.enqueue(slow, &error);
    QVERIFY2(id, qPrintable(error));
    QSignalSpy progress(&queue, &FixQueue::progress);
    QVERIFY(progress.wait(60000));
    QVERIFY(FixFixture::childProcesses().join(u' ').contains("ffmpeg"_L1));
    queue.cancel(id);
    QVERIFY(finished.wait(60000));
    QCOMPARE(FixEngine::Outcome::statusName(finished.first().at(1).value<FixEngine::Outcome>().status),
             u"cancelled"_s);
    QVERIFY(!QFile::exists(file(u"long-fixed.mp4"_s)));
    QVERIFY(SafeOutput::partialsOf(file(u"long-fixed.mp4"_s)).isEmpty());
    QVERIFY2(FixFixture::childProcesses().isEmpty(), qPrintable(FixFixture::childProcesses().join(u' ')));
    QList<FixJob> cancelled;
    QVERIFY(FixJobStore(m_ws.workspace()).list({u"cancelled"_s}, &cancelled, &error));
    QCOMPARE(cancelled.size(), 1);
}

QTEST_GUILESS_MAIN(TestFixQueue)
#include "TestFixQueue.moc"
