// DeepCheck on media made at test time with the ffmpeg CLI: a compliant file decodes; a stream in a codec
// outside the whitelist (FFV1 in Matroska) is refused by name without being decoded; a tiny time-limit
// factor times the check out deterministically; a small memory budget refuses large pictures; cancel
// stops the check within a second.

#include "MediaFactory.h"

#include "media/DeepCheck.h"
#include "media/MediaCheck.h"
#include "media/MediaProbe.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using Status = CheckResult::Status;

namespace {
qint64 maxRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
} // namespace

class TestDeepCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compliantFileDecodes();
    void codecOutsideWhitelistIsRefused();
    void whitelistFollowsProfile();
    void probeOpensNoDecoderOffTheWhitelist();
    void timeLimitTimesOut();
    void memoryBudgetRefusesLargePictures();
    void cancelWithinASecond();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestDeepCheck::initTestCase()
{
    if (!MediaFactory::haveFfmpeg())
        QSKIP("ffmpeg is not installed");
    QVERIFY(m_dir.isValid());
    QString error;
    MediaFactory::Video small;
    small.width = 640;
    small.height = 360;
    small.bitrate.clear();
    QVERIFY2(MediaFactory::makeVideo(file(u"good.mp4"_s), small, &error), qPrintable(error));
    MediaFactory::Video ffv1 = small;
    ffv1.codec = u"ffv1"_s;
    ffv1.faststart = false;
    QVERIFY2(MediaFactory::makeVideo(file(u"ffv1.mkv"_s), ffv1, &error), qPrintable(error));
    MediaFactory::Video longer = small;
    longer.width = 1280;
    longer.height = 720;
    longer.seconds = 20;
    QVERIFY2(MediaFactory::makeVideo(file(u"long.mp4"_s), longer, &error), qPrintable(error));
}

void TestDeepCheck::compliantFileDecodes()
{
    DeepCheck::Result result;
    QString error;
    QVERIFY2(DeepCheck::run(file(u"good.mp4"_s), &result, &error, DeepCheck::Options()), qPrintable(error));
    QCOMPARE(result.videoFrames, 25);
    QVERIFY(result.audioFrames > 0);
    QCOMPARE(result.errorCount, 0);
    QVERIFY(!result.timedOut);
    QVERIFY(result.refusedCodecs.isEmpty());
    QVERIFY(result.timeLimitSeconds >= 60); // the minimum limit, plus 4 × 1 s
}

void TestDeepCheck::codecOutsideWhitelistIsRefused()
{
    QVERIFY(!DeepCheck::defaultCodecWhitelist().contains(u"ffv1"_s));
    DeepCheck::Result result;
    QString error;
    QVERIFY2(DeepCheck::run(file(u"ffv1.mkv"_s), &result, &error, DeepCheck::Options()), qPrintable(error));
    QCOMPARE(result.videoFrames, 0); // not decoded at all
    QVERIFY(result.audioFrames > 0); // the AAC stream is
    QCOMPARE(result.refusedCodecs, QStringList{u"ffv1"_s});
    QVERIFY(!result.errors.isEmpty());
    QVERIFY2(result.errors.first().message.contains(u"ffv1"_s), qPrintable(result.errors.first().message));

    MediaCheck::Options options;
    options.kind = u"video"_s;
    options.deep = true;
    const CheckReport report = MediaCheck::checkFile(file(u"ffv1.mkv"_s), QJsonObject(), options);
    QVERIFY(report.deep);
    const CheckResult *integrity = report.find(u"integrity"_s);
    QVERIFY(integrity);
    QCOMPARE(integrity->status, Status::Fail);
    QVERIFY2(integrity->message.contains(u"ffv1"_s), qPrintable(integrity->message));
}

void TestDeepCheck::whitelistFollowsProfile()
{
    const QJsonObject technical{
        {u"video"_s, QJsonObject{{u"video_codec"_s, QJsonObject{{u"codecs"_s, QJsonArray{u"ffv1"_s}}}}}}};
    const QStringList list = DeepCheck::codecWhitelist(technical);
    QVERIFY(list.contains(u"ffv1"_s));
    QVERIFY(list.contains(u"hevc"_s)); // a common wrong file is still decoded and named
    DeepCheck::Options options;
    options.codecWhitelist = list;
    DeepCheck::Result result;
    QString error;
    QVERIFY2(DeepCheck::run(file(u"ffv1.mkv"_s), &result, &error, options), qPrintable(error));
    QCOMPARE(result.videoFrames, 25);
    QVERIFY(result.refusedCodecs.isEmpty());
}

void TestDeepCheck::probeOpensNoDecoderOffTheWhitelist()
{
    // The quick check runs on every import: its stream analysis must not open an exotic decoder either.
    // Matroska does not store FFV1's pixel format; only its decoder can tell it. So: codec named from the
    // container, pixel format unknown.
    MediaFacts facts;
    QString error;
    QVERIFY2(MediaProbe::probe(file(u"ffv1.mkv"_s), &facts, &error), qPrintable(error));
    QCOMPARE(facts.video.size(), 1);
    QCOMPARE(facts.video.first().codec, u"ffv1"_s);
    QCOMPARE(facts.video.first().pixelFormat, QString());
    // An H.264 file is analysed as before.
    QVERIFY2(MediaProbe::probe(file(u"good.mp4"_s), &facts, &error), qPrintable(error));
    QCOMPARE(facts.video.first().pixelFormat, u"yuv420p"_s);
}

void TestDeepCheck::timeLimitTimesOut()
{
    // A limit factor of a nanosecond per second of duration and no minimum: the limit has passed before the
    // first packet, whatever the machine's speed.
    DeepCheck::Options options;
    options.timeLimitFactor = 1e-9;
    options.minTimeLimitMs = 0;
    DeepCheck::Result result;
    QString error;
    QVERIFY(!DeepCheck::run(file(u"good.mp4"_s), &result, &error, options));
    QVERIFY(result.timedOut);
    QVERIFY(!result.cancelled);
    QVERIFY(result.videoFrames < 25);
    QVERIFY2(error.contains(u"timed out"_s), qPrintable(error));

    MediaCheck::Options check;
    check.kind = u"video"_s;
    check.deep = true;
    check.deepTimeLimitFactor = 1e-9;
    check.deepMinTimeLimitMs = 0;
    const CheckReport report = MediaCheck::checkFile(file(u"good.mp4"_s), QJsonObject(), check);
    QVERIFY(report.deep);
    const CheckResult *integrity = report.find(u"integrity"_s);
    QVERIFY(integrity);
    QCOMPARE(integrity->status, Status::Error); // not judged: neither damaged nor complete
    QVERIFY2(integrity->actual.contains(u"timed out"_s), qPrintable(integrity->actual));
    QCOMPARE(report.verdict(), CheckReport::Verdict::Error);
}

void TestDeepCheck::memoryBudgetRefusesLargePictures()
{
    // 1280×720 yuv420p is 1.4 MB a picture; the decoder keeps up to 16 references plus one per thread: far
    // more than 4 MiB. The stream is refused before its decoder opens.
    DeepCheck::Options options;
    options.memoryBudget = 4 * 1024 * 1024;
    DeepCheck::Result result;
    QString error;
    QVERIFY2(DeepCheck::run(file(u"long.mp4"_s), &result, &error, options), qPrintable(error));
    QCOMPARE(result.videoFrames, 0);
    QCOMPARE(result.refusedCodecs, QStringList{u"h264"_s});
    QVERIFY(!result.errors.isEmpty());
    QVERIFY2(result.errors.first().message.contains(u"MiB"_s), qPrintable(result.errors.first().message));

    // With the default budget the same file decodes; report what it cost.
    const qint64 before = maxRssKiB();
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(DeepCheck::run(file(u"long.mp4"_s), &result, &error, DeepCheck::Options()), qPrintable(error));
    qInfo("1280x720, 20 s: %lld frames in %lld ms; max RSS %lld KiB before, %lld KiB after",
          result.videoFrames, clock.elapsed(), before, maxRssKiB());
    QCOMPARE(result.videoFrames, 500);
}

void TestDeepCheck::cancelWithinASecond()
{
    std::atomic_bool cancel{false};
    QElapsedTimer sinceCancel;
    DeepCheck::Options options;
    options.cancel = &cancel;
    options.progress = [&](double fraction) {
        if (fraction > 0 && !cancel.load()) {
            sinceCancel.start();
            cancel.store(true);
        }
    };
    DeepCheck::Result result;
    QString error;
    QVERIFY(!DeepCheck::run(file(u"long.mp4"_s), &result, &error, options));
    QVERIFY(sinceCancel.isValid());
    const qint64 latency = sinceCancel.elapsed();
    qInfo("deep check cancelled after %lld frames; returned %lld ms after cancel", result.videoFrames,
          latency);
    QVERIFY(result.cancelled);
    QVERIFY(result.videoFrames < 500);
    QVERIFY2(latency < 1000, qPrintable(u"%1 ms"_s.arg(latency)));
}

QTEST_GUILESS_MAIN(TestDeepCheck)
#include "TestDeepCheck.moc"
