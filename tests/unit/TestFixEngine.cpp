// "Make compliant" on real files: every failing kind the check's tests make is fixed by FixEngine and the
// output passes the deep check; remuxes keep the video bitstream; cancel leaves nothing behind. Media are
// made at test time with the ffmpeg CLI, tiny, judged against a test profile with low minimums (so that
// transcodes are fast) and, for a few cases, against the built-in profile.

#include "FixFixture.h"
#include "MediaFactory.h"
#include "TestSupport.h"

#include "common/SafeOutput.h"
#include "fix/FixEngine.h"
#include "fix/Loudness.h"
#include "media/MediaCheck.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;
using Action = FixPlan::Action;

namespace {
using Maker = std::function<bool(const QString &path, QString *error)>;

Maker video(std::function<void(MediaFactory::Video &)> change, int rotation = 0)
{
    return [change, rotation](const QString &path, QString *error) {
        MediaFactory::Video v;
        v.width = 320;
        v.height = 180;
        v.seconds = 2;
        v.bitrate = u"600k"_s;
        change(v);
        return MediaFactory::makeVideo(path, v, error) &&
               (rotation == 0 || MediaFactory::setRotation(path, rotation, error));
    };
}

Maker audio(std::function<void(MediaFactory::Audio &)> change)
{
    return [change](const QString &path, QString *error) {
        MediaFactory::Audio a;
        a.seconds = 2;
        change(a);
        return MediaFactory::makeAudio(path, a, error);
    };
}

struct Case
{
    const char *file;
    Maker make;
    Action action;
    FixOptions options = {};
    bool builtinProfile = false;
};

FixOptions withUpscale()
{
    FixOptions o;
    o.allowUpscale = true;
    return o;
}

FixOptions withSilence()
{
    FixOptions o;
    o.addSilentAudio = true;
    return o;
}

const QList<Case> &cases()
{
    static const QList<Case> all{
        {"quicktime.mp4", video([](auto &v) { v.format = u"mov"_s; }), Action::Remux},
        {"matroska.mkv", video([](auto &v) { v.format = u"matroska"_s; }), Action::Remux},
        {"index-at-end.mp4", video([](auto &v) { v.faststart = false; }), Action::Remux},
        {"level-5.2.mp4", video([](auto &v) {
             v.extraArgs = {u"-level"_s, u"5.2"_s};
         }),
         Action::Remux},
        {"24fps.mp4", video([](auto &v) { v.rate = u"24"_s; }), Action::Transcode},
        {"23.976fps.mp4", video([](auto &v) { v.rate = u"24000/1001"_s; }), Action::Transcode},
        {"vfr-low-average.mp4", video([](auto &v) {
             v.rate = u"30"_s;
             v.seconds = 1;
             v.videoFilter = u"select='lt(n\\,16)+eq(n\\,29)'"_s;
             v.variableRate = true;
         }),
         Action::Transcode},
        {"low-bitrate.mp4", video([](auto &v) { v.bitrate = u"150k"_s; }), Action::Transcode},
        {"hevc.mp4", video([](auto &v) {
             v.codec = u"libx265"_s;
             v.bitrate.clear();
             v.extraArgs = {u"-b:v"_s, u"600k"_s, u"-x265-params"_s, u"log-level=error"_s};
         }),
         Action::Transcode},
        {"mp3-in-mp4.mp4", video([](auto &v) { v.audioCodec = u"libmp3lame"_s; }), Action::AudioOnly},
        {"ac3-in-mp4.mp4", video([](auto &v) { v.audioCodec = u"ac3"_s; }), Action::AudioOnly},
        {"no-audio.mp4", video([](auto &v) { v.audio = false; }), Action::AudioOnly, withSilence()},
        {"10bit.mp4", video([](auto &v) { v.pixelFormat = u"yuv420p10le"_s; }), Action::Transcode},
        {"422.mp4", video([](auto &v) { v.pixelFormat = u"yuv422p"_s; }), Action::Transcode},
        {"444.mp4", video([](auto &v) { v.pixelFormat = u"yuv444p"_s; }), Action::Transcode},
        {"rotated-24fps.mp4", video([](auto &v) { v.rate = u"24"_s; }, 90), Action::Transcode},
        {"anamorphic-24fps.mp4", video([](auto &v) {
             v.width = 240;
             v.rate = u"24"_s;
             v.videoFilter = u"setsar=4/3"_s;
         }),
         Action::Transcode},
        {"odd-444.mp4", video([](auto &v) {
             v.width = 321;
             v.height = 181;
             v.pixelFormat = u"yuv444p"_s;
         }),
         Action::Transcode},
        {"interlaced-24fps.mp4", video([](auto &v) {
             v.rate = u"24"_s;
             v.videoFilter = u"setfield=tff"_s;
             v.extraArgs = {u"-flags"_s, u"+ildct+ilme"_s};
         }),
         Action::Transcode},
        {"small.mp4", video([](auto &v) {
             v.width = 160;
             v.height = 90;
         }),
         Action::Transcode, withUpscale()},
        {"wav.wav", audio([](auto &a) {
             a.codec = u"pcm_s16le"_s;
             a.format = u"wav"_s;
         }),
         Action::ConvertAudio},
        {"m4a.m4a", audio([](auto &a) {
             a.codec = u"aac"_s;
             a.format = u"ipod"_s;
         }),
         Action::ConvertAudio},
        {"22k.mp3", audio([](auto &a) { a.rate = 22050; }), Action::ConvertAudio},
        {"32k.mp3", audio([](auto &a) { a.rate = 32000; }), Action::ConvertAudio},
        {"mono.mp3", audio([](auto &a) { a.channels = 1; }), Action::ConvertAudio},
        {"real-quicktime.mp4",
         [](const QString &path, QString *error) {
             MediaFactory::Video v;
             v.format = u"mov"_s;
             v.seconds = 2;
             return MediaFactory::makeVideo(path, v, error);
         },
         Action::Remux,
         {},
         true},
        {"real-24fps.mp4",
         [](const QString &path, QString *error) {
             MediaFactory::Video v;
             v.rate = u"24"_s;
             v.seconds = 2;
             return MediaFactory::makeVideo(path, v, error);
         },
         Action::Transcode,
         {},
         true},
    };
    return all;
}

QString describe(const FixEngine::Outcome &o)
{
    QStringList lines{FixEngine::Outcome::statusName(o.status) + u": "_s + o.error, o.plan.describe()};
    lines += o.plan.details;
    for (const CheckResult &r : o.outputReport.checks)
        if (r.status != CheckResult::Status::Pass)
            lines.append(u"%1: %2 (%3)"_s.arg(r.id, r.message, r.actual));
    return lines.join(u'\n');
}
} // namespace

class TestFixEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fixesEveryFailingKind_data();
    void fixesEveryFailingKind();
    void passingFileIsCopiedUnchanged();
    void loudnessReachesTarget();
    void nonLinearLoudnessIsReported();
    void refusesToOverwriteTheOriginal();
    void cancelLeavesNothing();

private:
    void checkVideo(const QString &name, const FixSource &in, const FixSource &out,
                    const FixEngine::Outcome &o, const QJsonObject &technical);
    QTemporaryDir m_dir;
};

void TestFixEngine::initTestCase()
{
    if (!MediaFactory::haveFfmpeg())
        QSKIP("ffmpeg is not installed");
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(u"out"_s));
}

void TestFixEngine::fixesEveryFailingKind_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < cases().size(); ++i)
        QTest::newRow(cases().at(i).file) << i;
}

void TestFixEngine::fixesEveryFailingKind()
{
    QFETCH(int, index);
    const Case &c = cases().at(index);
    const QJsonObject technical =
        c.builtinProfile ? FixFixture::builtinTechnical() : FixFixture::smallTechnical();
    const QString name = QString::fromLatin1(c.file);
    const QString input = m_dir.filePath(name);
    QString error;
    QVERIFY2(c.make(input, &error), qPrintable(error));
    FixSource in;
    QVERIFY2(FixEngine::inspect(input, technical, {}, &in, &error), qPrintable(error));
    QVERIFY2(in.report.verdict() == CheckReport::Verdict::Fail ||
                 in.report.count(CheckResult::Status::Warning) > 0,
             "the source must fail the check (or warn)");
    const QByteArray original = [&] {
        QFile f(input);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    const QString target =
        FixEngine::targetIn(m_dir.filePath(u"out"_s), input, in.facts.hasVideo() ? u"mp4"_s : u"mp3"_s);
    const FixEngine::Outcome o = FixEngine::fixFile(input, target, technical, c.options, {});
    QVERIFY2(o.status == FixEngine::Outcome::Status::Passed, qPrintable(describe(o)));
    QCOMPARE(FixPlan::actionName(o.plan.action), FixPlan::actionName(c.action));
    QVERIFY(QFile::exists(target));
    QVERIFY(SafeOutput::partialsOf(target).isEmpty());
    // the output passes the deep check, run again here independently of the engine
    MediaCheck::Options deep;
    deep.deep = true;
    const CheckReport again = MediaCheck::checkFile(target, technical, deep);
    QCOMPARE(CheckReport::verdictName(again.verdict()), u"pass"_s);
    QVERIFY(again.deep);
    // the original is unchanged
    QFile f(input);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll() == original);

    FixSource out;
    QVERIFY2(FixEngine::inspect(target, technical, {}, &out, &error), qPrintable(error));
    if (in.facts.hasVideo()) {
        checkVideo(name, in, out, o, technical);
    } else {
        const MediaFacts::Audio &a = out.facts.audio.first();
        QCOMPARE(a.codec, u"mp3"_s);
        QVERIFY(a.sampleRate >= 44100);
        QCOMPARE(a.channels, 2);
        QVERIFY(out.facts.bitRate >= 120000);
    }
}

void TestFixEngine::checkVideo(const QString &name, const FixSource &in, const FixSource &out,
                               const FixEngine::Outcome &o, const QJsonObject &technical)
{
    const MediaFacts::Video &v = out.facts.video.first();
    const MediaFacts::Video &s = in.facts.video.first();
    QCOMPARE(v.codec, u"h264"_s);
    QCOMPARE(v.pixelFormat, u"yuv420p"_s);
    QCOMPARE(v.rotation, 0);
    QVERIFY(out.facts.hasAudio());
    QCOMPARE(out.facts.majorBrand, u"isom"_s);
    QCOMPARE(out.facts.indexPosition, u"before"_s);
    if (o.plan.action != Action::Transcode) {
        // the picture is copied bit for bit
        const QStringList before = FixFixture::videoPackets(in.facts.path.isEmpty() ? o.input : o.input);
        const QStringList after = FixFixture::videoPackets(o.output);
        QVERIFY(!before.isEmpty());
        if (name.startsWith("level"_L1)) {
            QCOMPARE(after.size(), before.size()); // only the parameter sets differ
            QVERIFY(v.level <= 51);
        } else {
            QCOMPARE(after, before);
        }
        return;
    }
    QCOMPARE(v.sarNum, v.sarDen);
    QCOMPARE(v.codedWidth % 2, 0);
    QCOMPARE(v.codedHeight % 2, 0);
    QVERIFY(!v.variableFrameRate);
    QVERIFY(!out.interlaced);
    const double min = double(technical["video"_L1]["bitrate"_L1]["min_bps"_L1].toInteger());
    const double ratio = double(out.facts.bitRate) / min;
    QVERIFY2(ratio >= 1.0 && ratio <= 1.4, qPrintable(u"bitrate %1 × the minimum"_s.arg(ratio)));
    if (name.contains("24fps"_L1) || name.startsWith("23.976"_L1))
        QVERIFY2(std::abs(v.averageFrameRate - 25) < 0.02, qPrintable(QString::number(v.averageFrameRate)));
    if (name.startsWith("vfr"_L1))
        QVERIFY2(std::abs(v.averageFrameRate - 30) < 0.05, qPrintable(QString::number(v.averageFrameRate)));
    if (name.startsWith("rotated"_L1)) { // pixels turned once: stored portrait, no rotation flag
        QCOMPARE(v.codedWidth, 180);
        QCOMPARE(v.codedHeight, 320);
    }
    if (name.startsWith("anamorphic"_L1) || name.startsWith("odd"_L1)) {
        QCOMPARE(v.codedWidth, 320);
        QCOMPARE(v.codedHeight, 180);
    }
    if (name.startsWith("interlaced"_L1))
        QVERIFY2(in.interlaced, "the source must be seen as interlaced");
    if (name.startsWith("small"_L1)) {
        QCOMPARE(o.plan.upscaledFrom, u"160×90"_s);
        QCOMPARE(v.codedWidth, 320);
        QCOMPARE(v.codedHeight, 180);
    }
    Q_UNUSED(s);
}

void TestFixEngine::passingFileIsCopiedUnchanged()
{
    const QString input = m_dir.filePath(u"passes.mp4"_s);
    QString error;
    QVERIFY2(video([](auto &) {})(input, &error), qPrintable(error));
    const QString target = m_dir.filePath(u"out/passes-copy.mp4"_s);
    const FixEngine::Outcome o = FixEngine::fixFile(input, target, FixFixture::smallTechnical(), {}, {});
    QVERIFY2(o.status == FixEngine::Outcome::Status::Passed, qPrintable(describe(o)));
    QCOMPARE(o.plan.action, Action::Nothing);
    QFile a(input), b(target);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QVERIFY(a.readAll() == b.readAll());
}

void TestFixEngine::loudnessReachesTarget()
{
    // quiet speech-like level changes (a loudness range above 0, so that one linear gain is possible)
    const QString input = m_dir.filePath(u"quiet.mp3"_s);
    const auto made =
        TestSupport::run(u"ffmpeg"_s, {u"-v"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                                       u"aevalsrc=0.02*sin(2*PI*440*t)*(1+2*gt(t\\,4)):s=44100:d=8"_s,
                                       u"-ac"_s, u"2"_s, u"-c:a"_s, u"libmp3lame"_s, input});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    FixOptions options;
    options.loudness = true;
    const QString target = m_dir.filePath(u"out/loud.mp3"_s);
    const FixEngine::Outcome o = FixEngine::fixFile(input, target, FixFixture::smallTechnical(), options, {});
    QVERIFY2(o.status == FixEngine::Outcome::Status::Passed, qPrintable(describe(o)));
    QCOMPARE(o.plan.action, Action::ConvertAudio); // the stream passed; loudness alone makes it encode
    QVERIFY2(o.notes.isEmpty(), qPrintable(o.notes.join(u'\n')));
    Loudness::Measurement before, after;
    QString error;
    QVERIFY2(Loudness::measure(input, {}, &before, &error), qPrintable(error));
    QVERIFY2(Loudness::measure(target, {}, &after, &error), qPrintable(error));
    QVERIFY2(std::abs(before.integrated.toDouble() + 23) > 3, qPrintable(before.integrated));
    QVERIFY2(std::abs(after.integrated.toDouble() + 23) < 1.0, qPrintable(after.integrated));
}

void TestFixEngine::nonLinearLoudnessIsReported()
{
    // a steady tone has no loudness range: loudnorm will not apply one linear gain, and the user is told
    const QString input = m_dir.filePath(u"tone.mp3"_s);
    QString error;
    QVERIFY2(audio([](auto &a) { a.seconds = 4; })(input, &error), qPrintable(error));
    FixOptions options;
    options.loudness = true;
    const FixEngine::Outcome o = FixEngine::fixFile(input, m_dir.filePath(u"out/tone.mp3"_s),
                                                    FixFixture::smallTechnical(), options, {});
    QVERIFY2(o.status == FixEngine::Outcome::Status::Passed, qPrintable(describe(o)));
    QCOMPARE(o.notes.size(), 1);
    QVERIFY(o.notes.first().contains("dynamically"_L1));
}

void TestFixEngine::refusesToOverwriteTheOriginal()
{
    const QString input = m_dir.filePath(u"self.mp4"_s);
    QString error;
    QVERIFY2(video([](auto &v) { v.rate = u"24"_s; })(input, &error), qPrintable(error));
    const qint64 size = QFileInfo(input).size();
    const FixEngine::Outcome o = FixEngine::fixFile(input, input, FixFixture::smallTechnical(), {}, {});
    QCOMPARE(o.status, FixEngine::Outcome::Status::Failed);
    QCOMPARE(QFileInfo(input).size(), size);
}

void TestFixEngine::cancelLeavesNothing()
{
    const QString input = m_dir.filePath(u"long.mp4"_s);
    QString error;
    QVERIFY2(video([](auto &v) {
                 v.width = 640;
                 v.height = 360;
                 v.seconds = 20;
                 v.rate = u"24"_s;
             })(input, &error),
             qPrintable(error));
    const QString target = m_dir.filePath(u"out/long.mp4"_s);
    std::atomic_bool cancel{false};
    bool sawProgress = false;
    QStringList during;
    FixEngine::RunOptions run;
    run.cancel = &cancel;
    run.progress = [&](double fraction, double, double) {
        if (fraction > 0 && !sawProgress) {
            sawProgress = true;
            during = FixFixture::childProcesses();
            cancel = true;
        }
    };
    FixOptions options;
    options.preset = u"veryslow"_s; // long enough to be caught running
    const FixEngine::Outcome o =
        FixEngine::fixFile(input, target, FixFixture::smallTechnical(), options, run);
    QVERIFY(sawProgress);
    QVERIFY2(during.join(u' ').contains("ffmpeg"_L1), qPrintable(during.join(u' ')));
    QCOMPARE(FixEngine::Outcome::statusName(o.status), u"cancelled"_s);
    QVERIFY(!QFile::exists(target));
    QVERIFY2(SafeOutput::partialsOf(target).isEmpty(), qPrintable(SafeOutput::partialsOf(target).join(u' ')));
    QVERIFY2(FixFixture::childProcesses().isEmpty(), qPrintable(FixFixture::childProcesses().join(u' ')));
}

QTEST_GUILESS_MAIN(TestFixEngine)
#include "TestFixEngine.moc"
