// AvcConfig: profile, level and pixel format read from an MP4's avcC record (the probe's fast path) match
// what the decoder reports, for 8/10-bit, 4:2:0/4:2:2/4:4:4 and full range; hostile records are refused.
#include "TestSupport.h"
#include "media/AvcConfig.h"
#include "media/MediaProbe.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/pixdesc.h>
}

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMediaAvcConfig : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void matchesTheDecoder_data();
    void matchesTheDecoder();
    void aacObjectType();
    void hostileRecordsAreRefused();

private:
    QByteArray avcCOf(const QString &path);
    QTemporaryDir m_dir;
    QByteArray m_valid;
};

void TestMediaAvcConfig::initTestCase()
{
    if (!TestSupport::haveProgram(u"ffmpeg"_s))
        QSKIP("ffmpeg is not installed");
    QVERIFY(m_dir.isValid());
}

QByteArray TestMediaAvcConfig::avcCOf(const QString &path)
{
    AVFormatContext *ctx = nullptr;
    if (avformat_open_input(&ctx, path.toUtf8().constData(), nullptr, nullptr) < 0)
        return {};
    QByteArray out;
    for (unsigned i = 0; i < ctx->nb_streams; ++i) {
        const AVCodecParameters *par = ctx->streams[i]->codecpar;
        if (par->codec_id == AV_CODEC_ID_H264 && par->extradata)
            out = QByteArray(reinterpret_cast<const char *>(par->extradata), par->extradata_size);
    }
    avformat_close_input(&ctx);
    return out;
}

void TestMediaAvcConfig::matchesTheDecoder_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("pixelFormat");
    QTest::newRow("baseline") << QStringList{u"-profile:v"_s, u"baseline"_s, u"-level"_s, u"3.1"_s}
                              << u"Constrained Baseline"_s << 31 << u"yuv420p"_s;
    QTest::newRow("high") << QStringList{u"-pix_fmt"_s, u"yuv420p"_s, u"-level"_s, u"5.2"_s} << u"High"_s
                          << 52 << u"yuv420p"_s;
    QTest::newRow("high10") << QStringList{u"-pix_fmt"_s, u"yuv420p10le"_s} << u"High 10"_s << -1
                            << u"yuv420p10le"_s;
    QTest::newRow("high422") << QStringList{u"-pix_fmt"_s, u"yuv422p"_s} << u"High 4:2:2"_s << -1
                             << u"yuv422p"_s;
    QTest::newRow("high444") << QStringList{u"-pix_fmt"_s, u"yuv444p"_s} << u"High 4:4:4 Predictive"_s << -1
                             << u"yuv444p"_s;
    QTest::newRow("full range") << QStringList{u"-pix_fmt"_s, u"yuvj420p"_s, u"-color_range"_s, u"pc"_s}
                                << u"High"_s << -1 << u"yuvj420p"_s;
}

void TestMediaAvcConfig::matchesTheDecoder()
{
    QFETCH(QStringList, args);
    QFETCH(QString, profile);
    QFETCH(int, level);
    QFETCH(QString, pixelFormat);
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + u".mp4"_s);
    const auto r = TestSupport::run(u"ffmpeg"_s,
                                    QStringList{u"-v"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                                                u"testsrc2=s=320x240:r=25:d=0.4"_s, u"-c:v"_s, u"libx264"_s} +
                                        args + QStringList{path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    AvcConfig c;
    const QByteArray avcC = avcCOf(path);
    QVERIFY(AvcConfig::parse(avcC, &c));
    QCOMPARE(QString::fromLatin1(avcodec_profile_name(AV_CODEC_ID_H264, c.profile)), profile);
    if (level > 0)
        QCOMPARE(c.level, level);
    QCOMPARE(QString::fromLatin1(av_get_pix_fmt_name(AVPixelFormat(c.pixelFormat))), pixelFormat);
    // The probe (which takes this path for such files) reports the same as the decoder would.
    MediaFacts facts;
    QString error;
    QVERIFY2(MediaProbe::probe(path, &facts, &error), qPrintable(error));
    QCOMPARE(facts.video.size(), 1);
    QCOMPARE(facts.video.first().profile, profile);
    QCOMPARE(facts.video.first().pixelFormat, pixelFormat);
    QCOMPARE(facts.video.first().frames, qint64(10));
}

void TestMediaAvcConfig::aacObjectType()
{
    QCOMPARE(AvcConfig::aacProfile(QByteArray::fromHex("1210")),
             int(FF_PROFILE_AAC_LOW)); // LC, 44.1 kHz stereo
    QCOMPARE(AvcConfig::aacProfile(QByteArray::fromHex("2b92")), int(FF_PROFILE_AAC_HE)); // SBR
    QCOMPARE(AvcConfig::aacProfile(QByteArray::fromHex("12")), -1);
    QCOMPARE(AvcConfig::aacProfile(QByteArray()), -1);
}

void TestMediaAvcConfig::hostileRecordsAreRefused()
{
    const QString path = m_dir.filePath(u"plain.mp4"_s);
    const auto r =
        TestSupport::run(u"ffmpeg"_s, {u"-v"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                                       u"testsrc2=s=320x240:r=25:d=0.2"_s, u"-c:v"_s, u"libx264"_s, path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray valid = avcCOf(path);
    AvcConfig c;
    QVERIFY(AvcConfig::parse(valid, &c));
    for (qsizetype n = 0; n < 9; ++n)
        QVERIFY(!AvcConfig::parse(valid.left(n), &c));
    QByteArray wrongVersion = valid;
    wrongVersion[0] = 2;
    QVERIFY(!AvcConfig::parse(wrongVersion, &c));
    QByteArray longSps = valid;
    longSps[6] = char(0x7f); // an SPS length past the end
    QVERIFY(!AvcConfig::parse(longSps, &c));
    // Random and bit-flipped records: never a crash, and a false or a sane answer.
    QRandomGenerator random(20220422);
    for (int i = 0; i < 20000; ++i) {
        QByteArray data = valid;
        if (i % 2) {
            data.resize(random.bounded(64));
            for (char &b : data)
                b = char(random.bounded(256));
            if (!data.isEmpty())
                data[0] = 1;
        } else {
            for (int k = 0; k < 3; ++k)
                data[random.bounded(int(data.size()))] ^= char(1 << random.bounded(8));
        }
        AvcConfig out;
        if (AvcConfig::parse(data, &out)) {
            QVERIFY(out.chromaFormat >= 0 && out.chromaFormat <= 3);
            QVERIFY(out.pixelFormat >= 0);
        }
    }
}

QTEST_GUILESS_MAIN(TestMediaAvcConfig)
#include "TestMediaAvcConfig.moc"
