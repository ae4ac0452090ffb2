// FixPlanner on measured facts (no media, no ffmpeg): the least change is chosen, and every number of the
// plan comes from the profile (change the profile, the plan follows).

#include "fix/FixPlanner.h"
#include "media/MediaPolicy.h"
#include "profile/Profile.h"
#include "profile/ProfileLoader.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using Action = FixPlan::Action;

namespace {
MediaFacts passingVideo()
{
    MediaFacts f;
    f.path = u"in.mp4"_s;
    f.fileSize = 10'000'000;
    f.formatName = u"mov,mp4,m4a,3gp,3g2,mj2"_s;
    f.containerFamily = u"mp4"_s;
    f.majorBrand = u"isom"_s;
    f.indexPosition = u"before"_s;
    f.duration = 10;
    f.bitRate = 3'000'000;
    MediaFacts::Video v;
    v.index = 0;
    v.codec = u"h264"_s;
    v.profile = u"High"_s;
    v.level = 31;
    v.pixelFormat = u"yuv420p"_s;
    v.bitDepth = 8;
    v.chroma = u"4:2:0"_s;
    v.codedWidth = v.displayWidth = 1280;
    v.codedHeight = v.displayHeight = 720;
    v.nominalFrameRate = v.averageFrameRate = 25;
    v.frames = 250;
    v.duration = 10;
    f.video.append(v);
    MediaFacts::Audio a;
    a.index = 1;
    a.codec = u"aac"_s;
    a.profile = u"LC"_s;
    a.sampleRate = 48000;
    a.channels = 2;
    a.channelLayout = u"stereo"_s;
    a.duration = 10;
    f.audio.append(a);
    return f;
}

MediaFacts audioFile(int rate, int channels)
{
    MediaFacts f;
    f.fileSize = 300'000;
    f.formatName = u"mp3"_s;
    f.containerFamily = u"mp3"_s;
    f.duration = 10;
    f.bitRate = 128'000;
    MediaFacts::Audio a;
    a.index = 0;
    a.codec = u"mp3"_s;
    a.sampleRate = rate;
    a.channels = channels;
    a.duration = 10;
    f.audio.append(a);
    return f;
}

void setRule(QJsonObject *technical, const char *kind, const char *rule, const char *key,
             const QJsonValue &value)
{
    QJsonObject section = technical->value(QLatin1String(kind)).toObject();
    QJsonObject r = section.value(QLatin1String(rule)).toObject();
    r.insert(QLatin1String(key), value);
    section.insert(QLatin1String(rule), r);
    technical->insert(QLatin1String(kind), section);
}

// The value after `option` in the plan's ffmpeg arguments.
QString optionValue(const FixPlan &plan, const QString &option)
{
    const QStringList args = plan.arguments(u"IN"_s, u"OUT"_s);
    const qsizetype i = args.indexOf(option);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}
} // namespace

class TestFixPlanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passingFileNeedsNothing();
    void containerOnlyIsRemuxed();
    void soundOnlyKeepsThePicture();
    void frameRateComesFromProfile();
    void bitrateComesFromProfile();
    void levelComesFromProfile();
    void declaredLevelIsRewritten();
    void upscaleNeedsAChoice();
    void exactSizeComesFromProfile();
    void missingSoundNeedsAChoice();
    void audioRateAndChannelsComeFromProfile();
    void damagedFileIsNotFixed();

private:
    FixPlan plan(const MediaFacts &f, const QJsonObject &technical, const FixOptions &options = {},
                 const QString &kind = u"video"_s) const;
    QJsonObject m_technical;
};

void TestFixPlanner::initTestCase()
{
    Profile profile;
    QString error;
    QVERIFY2(ProfileLoader::loadBuiltin(u"lifelong-2022"_s, &profile, &error), qPrintable(error));
    m_technical = profile.technical;
}

FixPlan TestFixPlanner::plan(const MediaFacts &f, const QJsonObject &technical, const FixOptions &options,
                             const QString &kind) const
{
    FixSource source;
    source.facts = f;
    source.report = MediaPolicy::evaluate(f, technical, kind);
    return FixPlanner::plan(source, technical, options);
}

void TestFixPlanner::passingFileNeedsNothing()
{
    QCOMPARE(plan(passingVideo(), m_technical).action, Action::Nothing);
    QCOMPARE(plan(audioFile(44100, 2), m_technical, {}, u"audio"_s).action, Action::Nothing);
}

void TestFixPlanner::containerOnlyIsRemuxed()
{
    MediaFacts f = passingVideo();
    f.majorBrand = u"qt  "_s;
    f.containerFamily = u"quicktime"_s;
    f.indexPosition = u"after"_s;
    const FixPlan p = plan(f, m_technical);
    QCOMPARE(p.action, Action::Remux);
    QCOMPARE(optionValue(p, u"-c:v"_s), u"copy"_s);
    QCOMPARE(optionValue(p, u"-c:a"_s), u"copy"_s);
    QCOMPARE(optionValue(p, u"-movflags"_s), u"+faststart"_s);
    QCOMPARE(optionValue(p, u"-brand"_s), u"isom"_s);
    // the brand comes from the profile's accepted list
    QJsonObject technical = m_technical;
    setRule(&technical, "video", "container", "brands_pass", QJsonArray{u"mp42"_s});
    QCOMPARE(optionValue(plan(f, technical), u"-brand"_s), u"mp42"_s);
}

void TestFixPlanner::soundOnlyKeepsThePicture()
{
    MediaFacts f = passingVideo();
    f.audio[0].codec = u"ac3"_s;
    f.audio[0].profile.clear();
    f.audio[0].channels = 1;
    const FixPlan p = plan(f, m_technical);
    QCOMPARE(p.action, Action::AudioOnly);
    QCOMPARE(optionValue(p, u"-c:v"_s), u"copy"_s);
    QCOMPARE(optionValue(p, u"-c:a"_s), u"aac"_s); // the profile's encoder
    QCOMPARE(optionValue(p, u"-ac"_s), u"2"_s);
}

void TestFixPlanner::frameRateComesFromProfile()
{
    MediaFacts f = passingVideo();
    f.video[0].nominalFrameRate = f.video[0].averageFrameRate = 24;
    FixPlan p = plan(f, m_technical);
    QCOMPARE(p.action, Action::Transcode);
    QVERIFY2(optionValue(p, u"-vf"_s).contains("fps=25,"_L1), qPrintable(optionValue(p, u"-vf"_s)));
    QCOMPARE(optionValue(p, u"-g"_s), u"50"_s); // a key frame every 2 s
    QJsonObject technical = m_technical;
    setRule(&technical, "video", "frame_rate", "min", 30);
    p = plan(f, technical);
    QVERIFY2(optionValue(p, u"-vf"_s).contains("fps=30,"_L1), qPrintable(optionValue(p, u"-vf"_s)));
    QCOMPARE(optionValue(p, u"-g"_s), u"60"_s);
    // allowed rates: 29.97 is not allowed, the next allowed one above is taken
    setRule(&technical, "video", "frame_rate", "min", 25);
    setRule(&technical, "video", "frame_rate", "allowed", QJsonArray{25, 50});
    f.video[0].nominalFrameRate = f.video[0].averageFrameRate = 30000.0 / 1001;
    p = plan(f, technical);
    QVERIFY2(optionValue(p, u"-vf"_s).contains("fps=50,"_L1), qPrintable(optionValue(p, u"-vf"_s)));
}

void TestFixPlanner::bitrateComesFromProfile()
{
    MediaFacts f = passingVideo();
    f.bitRate = 1'000'000;
    FixPlan p = plan(f, m_technical);
    QCOMPARE(p.action, Action::Transcode);
    const auto videoRate = [](const FixPlan &plan) { return optionValue(plan, u"-b:v"_s).toDouble(); };
    // total ≈ 1.15 × minimum; video = total − sound
    QVERIFY2(videoRate(p) + FixPlanner::aacBitrate > 2'000'000 * 1.1 && videoRate(p) < 2'000'000 * 1.2,
             qPrintable(QString::number(videoRate(p))));
    QJsonObject technical = m_technical;
    setRule(&technical, "video", "bitrate", "min_bps", 5'000'000);
    f.bitRate = 4'000'000;
    p = plan(f, technical);
    QVERIFY2(videoRate(p) + FixPlanner::aacBitrate > 5'000'000 * 1.1 && videoRate(p) < 5'000'000 * 1.2,
             qPrintable(QString::number(videoRate(p))));
    // a maximum caps it
    setRule(&technical, "video", "bitrate", "max_bps", 5'200'000);
    f.bitRate = 9'000'000;
    p = plan(f, technical);
    QVERIFY2(videoRate(p) + FixPlanner::aacBitrate <= 5'200'000, qPrintable(QString::number(videoRate(p))));
}

void TestFixPlanner::levelComesFromProfile()
{
    MediaFacts f = passingVideo();
    f.video[0].pixelFormat = u"yuv420p10le"_s;
    f.video[0].bitDepth = 10;
    FixPlan p = plan(f, m_technical);
    QCOMPARE(p.action, Action::Transcode);
    QCOMPARE(optionValue(p, u"-level:v"_s), u"3.1"_s); // 720p25 needs 3.1
    QCOMPARE(optionValue(p, u"-pix_fmt"_s), u"yuv420p"_s);
    QJsonObject technical = m_technical;
    setRule(&technical, "video", "browser", "max_level", 30);
    p = plan(f, technical);
    QCOMPARE(p.action, Action::Impossible);
    QVERIFY(p.blocker.contains("level"_L1));
}

void TestFixPlanner::declaredLevelIsRewritten()
{
    MediaFacts f = passingVideo();
    f.video[0].level = 52;
    FixPlan p = plan(f, m_technical);
    QCOMPARE(p.action, Action::Remux);
    QCOMPARE(optionValue(p, u"-bsf:v"_s), u"h264_metadata=level=3.1"_s);
    // a picture that truly needs more than the limit is encoded again
    f.video[0].codedWidth = f.video[0].displayWidth = 3840;
    f.video[0].codedHeight = f.video[0].displayHeight = 2160;
    f.video[0].nominalFrameRate = f.video[0].averageFrameRate = 60;
    p = plan(f, m_technical);
    QVERIFY(p.action == Action::Transcode || p.action == Action::Impossible);
    QVERIFY(optionValue(p, u"-bsf:v"_s).isEmpty());
}

void TestFixPlanner::upscaleNeedsAChoice()
{
    MediaFacts f = passingVideo();
    f.video[0].codedWidth = f.video[0].displayWidth = 640;
    f.video[0].codedHeight = f.video[0].displayHeight = 360;
    FixPlan p = plan(f, m_technical);
    QCOMPARE(p.action, Action::NeedsChoice);
    QCOMPARE(p.choice, u"allow-upscale"_s);
    FixOptions options;
    options.allowUpscale = true;
    p = plan(f, m_technical, options);
    QCOMPARE(p.action, Action::Transcode);
    QCOMPARE(p.upscaledFrom, u"640×360"_s);
    QVERIFY2(optionValue(p, u"-vf"_s).contains("scale=1280:720"_L1), qPrintable(optionValue(p, u"-vf"_s)));
    // the minimum comes from the profile
    QJsonObject technical = m_technical;
    setRule(&technical, "video", "resolution", "min_long", 1920);
    setRule(&technical, "video", "resolution", "min_short", 1080);
    p = plan(f, technical, options);
    QVERIFY2(optionValue(p, u"-vf"_s).contains("scale=1920:1080"_L1), qPrintable(optionValue(p, u"-vf"_s)));
}

void TestFixPlanner::exactSizeComesFromProfile()
{
    MediaFacts f = passingVideo();
    f.video[0].codedWidth = f.video[0].displayWidth = 1920;
    f.video[0].codedHeight = f.video[0].displayHeight = 1080;
    QJsonObject technical = m_technical;
    setRule(&technical, "video", "resolution", "exact_long", 1280);
    setRule(&technical, "video", "resolution", "exact_short", 720);
    const FixPlan p = plan(f, technical);
    QCOMPARE(p.action, Action::Transcode);
    QVERIFY2(optionValue(p, u"-vf"_s).contains("scale=1280:720"_L1), qPrintable(optionValue(p, u"-vf"_s)));
}

void TestFixPlanner::missingSoundNeedsAChoice()
{
    MediaFacts f = passingVideo();
    f.audio.clear();
    FixPlan p = plan(f, m_technical);
    QCOMPARE(p.action, Action::NeedsChoice);
    QCOMPARE(p.choice, u"add-silent-audio"_s);
    FixOptions options;
    options.addSilentAudio = true;
    p = plan(f, m_technical, options);
    QCOMPARE(p.action, Action::AudioOnly);
    QVERIFY(p.arguments(u"IN"_s, u"OUT"_s).join(u' ').contains("anullsrc"_L1));
}

void TestFixPlanner::audioRateAndChannelsComeFromProfile()
{
    FixPlan p = plan(audioFile(22050, 1), m_technical, {}, u"audio"_s);
    QCOMPARE(p.action, Action::ConvertAudio);
    QCOMPARE(optionValue(p, u"-ar"_s), u"44100"_s);
    QCOMPARE(optionValue(p, u"-ac"_s), u"2"_s);
    QCOMPARE(optionValue(p, u"-c:a"_s), u"libmp3lame"_s);
    QVERIFY(optionValue(p, u"-b:a"_s).toInt() >= 128000);
    QJsonObject technical = m_technical;
    setRule(&technical, "audio", "sample_rate", "min_hz", 48000);
    setRule(&technical, "audio", "channels", "exact", 1);
    p = plan(audioFile(22050, 2), technical, {}, u"audio"_s);
    QCOMPARE(optionValue(p, u"-ar"_s), u"48000"_s);
    QCOMPARE(optionValue(p, u"-ac"_s), u"1"_s);
    // a higher source rate is kept
    p = plan(audioFile(48000, 1), m_technical, {}, u"audio"_s);
    QCOMPARE(optionValue(p, u"-ar"_s), u"48000"_s);
}

void TestFixPlanner::damagedFileIsNotFixed()
{
    FixSource source;
    source.facts = passingVideo();
    source.report = MediaPolicy::evaluate(source.facts, m_technical, u"video"_s);
    source.report.set(MediaPolicy::integrityDamaged(u"cut short"_s));
    const FixPlan p = FixPlanner::plan(source, m_technical, {});
    QCOMPARE(p.action, Action::Impossible);
    QVERIFY(p.blocker.contains("damaged"_L1));
}

QTEST_GUILESS_MAIN(TestFixPlanner)
#include "TestFixPlanner.moc"
