// FrameGrabber and CoverImage on videos made at test time whose frames encode their index (each frame one
// flat grey, a different one per frame): a cover grabbed at time t, written as the JPEG the editor stores,
// equals the frame `ffmpeg -ss t -i F -frames:v 1` decodes (within JPEG tolerance) and not its neighbour;
// the display matrix turns it, the sample aspect ratio stretches it; the crop meets the profile's minimum
// and aspect and the saved cover passes the image rule.

#include "MediaFactory.h"
#include "TestSupport.h"

#include "media/CoverImage.h"
#include "media/FrameGrabber.h"
#include "metadata/ImageRule.h"

#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// Mean absolute difference per channel of two pictures of the same size (255 when the sizes differ).
double meanDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 255;
    const QImage x = a.convertToFormat(QImage::Format_RGB888), y = b.convertToFormat(QImage::Format_RGB888);
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const uchar *p = x.constScanLine(row), *q = y.constScanLine(row);
        for (int i = 0; i < x.width() * 3; ++i)
            sum += std::abs(int(p[i]) - int(q[i]));
    }
    return sum / (double(x.width()) * x.height() * 3);
}
} // namespace

class TestFrameGrabber : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void coverEqualsDecodedFrame_data();
    void coverEqualsDecodedFrame();
    void rotationIsApplied();
    void sampleAspectIsApplied();
    void cropMeetsProfileMinimum();
    void noVideoIsAClearError();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    bool ffmpeg(const QStringList &args);
    QImage ffmpegFrame(const QString &path, double seconds);
    QTemporaryDir m_dir;
};

bool TestFrameGrabber::ffmpeg(const QStringList &args)
{
    const TestSupport::ProcessResult r =
        TestSupport::run(u"ffmpeg"_s, QStringList{u"-v"_s, u"error"_s, u"-y"_s} + args);
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(TestSupport::describe(r)));
    return r.exitCode == 0;
}

QImage TestFrameGrabber::ffmpegFrame(const QString &path, double seconds)
{
    const QString png = file(u"ffmpeg-%1.png"_s.arg(seconds));
    if (!ffmpeg({u"-ss"_s, QString::number(seconds, 'f', 3), u"-i"_s, path, u"-frames:v"_s, u"1"_s, png}))
        return {};
    return QImage(png);
}

void TestFrameGrabber::initTestCase()
{
    if (!MediaFactory::haveFfmpeg())
        QSKIP("ffmpeg is not installed");
    QVERIFY(m_dir.isValid());
    // 3 s at 25 fps, each frame one grey (16 + 13·N mod 220), keyframes every 2 s and B-frames, so that a
    // grab seeks back to a keyframe and decodes forward.
    const QString indexed = u"color=c=black:s=160x90:r=25:d=3,format=yuv420p,"
                            "geq=lum='16+mod(N*13\\,220)':cb=128:cr=128"_s;
    QVERIFY(ffmpeg({u"-f"_s, u"lavfi"_s, u"-i"_s, indexed, u"-c:v"_s, u"libx264"_s, u"-g"_s, u"50"_s,
                    u"-bf"_s, u"2"_s, u"-crf"_s, u"12"_s, file(u"indexed.mp4"_s)}));
    // The top left quarter white, the rest black: shows which way a picture was turned.
    const QString corner = u"color=c=black:s=160x90:r=25:d=1,format=yuv420p,"
                           "geq=lum='if(lt(X\\,W/2)*lt(Y\\,H/2)\\,235\\,16)':cb=128:cr=128"_s;
    QVERIFY(ffmpeg({u"-f"_s, u"lavfi"_s, u"-i"_s, corner, u"-c:v"_s, u"libx264"_s, file(u"corner.mp4"_s)}));
    QVERIFY(ffmpeg({u"-f"_s, u"lavfi"_s, u"-i"_s, corner, u"-vf"_s, u"setsar=4/3"_s, u"-c:v"_s, u"libx264"_s,
                    file(u"anamorphic.mp4"_s)}));
}

void TestFrameGrabber::coverEqualsDecodedFrame_data()
{
    QTest::addColumn<double>("t");
    QTest::addColumn<double>("frameStart"); // the start of the frame shown at t
    QTest::newRow("first frame") << 0.0 << 0.0;
    QTest::newRow("on a frame, after a keyframe") << 1.0 << 1.0;
    QTest::newRow("inside a frame") << 1.5 << 1.48;
    QTest::newRow("past the second keyframe") << 2.6 << 2.6;
}

void TestFrameGrabber::coverEqualsDecodedFrame()
{
    QFETCH(double, t);
    QFETCH(double, frameStart);
    const QString path = file(u"indexed.mp4"_s);
    FrameGrabber::Frame frame;
    QString error;
    QVERIFY2(FrameGrabber::grab(path, t, &frame, &error), qPrintable(error));
    QCOMPARE(frame.image.size(), QSize(160, 90));
    QVERIFY2(std::abs(frame.time - frameStart) < 0.002, qPrintable(u"frame at %1 s"_s.arg(frame.time)));

    const QString cover = file(u"cover-%1.jpg"_s.arg(t));
    QVERIFY2(CoverImage::saveJpeg(frame.image, cover, &error), qPrintable(error));
    const QImage stored(cover);
    const QImage expected = ffmpegFrame(path, frameStart);
    const QImage next = ffmpegFrame(path, frameStart + 0.04);
    QVERIFY(!expected.isNull() && !next.isNull());
    const double same = meanDifference(stored, expected);
    const double neighbour = meanDifference(stored, next);
    QVERIFY2(same < 3.0, qPrintable(u"differs from ffmpeg's frame by %1"_s.arg(same)));
    QVERIFY2(neighbour > 6.0, qPrintable(u"the next frame differs by only %1"_s.arg(neighbour)));
}

void TestFrameGrabber::rotationIsApplied()
{
    const QString path = file(u"rotated.mp4"_s);
    QVERIFY(QFile::copy(file(u"corner.mp4"_s), path));
    QString error;
    QVERIFY2(MediaFactory::setRotation(path, 90, &error), qPrintable(error));
    FrameGrabber::Frame frame;
    QVERIFY2(FrameGrabber::grab(path, 0.5, &frame, &error), qPrintable(error));
    QCOMPARE(frame.rotation, 90);
    QCOMPARE(frame.codedSize, QSize(160, 90));
    QCOMPARE(frame.image.size(), QSize(90, 160));
    // Turned a quarter clockwise: the white quarter is now top right.
    QVERIFY(qGray(frame.image.pixel(70, 20)) > 200);
    QVERIFY(qGray(frame.image.pixel(20, 20)) < 50);
    QVERIFY(qGray(frame.image.pixel(70, 140)) < 50);
    // As ffmpeg (autorotate) shows it.
    const double difference = meanDifference(frame.image, ffmpegFrame(path, 0.5));
    QVERIFY2(difference < 3.0, qPrintable(u"differs from ffmpeg's frame by %1"_s.arg(difference)));
}

void TestFrameGrabber::sampleAspectIsApplied()
{
    FrameGrabber::Frame frame;
    QString error;
    QVERIFY2(FrameGrabber::grab(file(u"anamorphic.mp4"_s), 0.5, &frame, &error), qPrintable(error));
    QCOMPARE(frame.codedSize, QSize(160, 90));
    QVERIFY(std::abs(frame.sampleAspect - 4.0 / 3.0) < 1e-6);
    QCOMPARE(frame.image.size(), QSize(213, 90));
    QCOMPARE(frame.image.size(), FrameGrabber::displaySize(QSize(160, 90), 4.0 / 3.0));
    // Stretched, not cropped: the white quarter still ends half way across.
    QVERIFY(qGray(frame.image.pixel(100, 20)) > 200);
    QVERIFY(qGray(frame.image.pixel(112, 20)) < 50);
}

void TestFrameGrabber::cropMeetsProfileMinimum()
{
    const QJsonObject rule{{"formats"_L1, QJsonArray{u"jpeg"_s}},
                           {"min_width"_L1, 320},
                           {"min_height"_L1, 180},
                           {"aspect"_L1, u"16:9"_s}};
    const CoverImage::Limits limits = CoverImage::Limits::fromRule(rule);
    const QSize picture(720, 1280); // a phone's upright frame
    // The user drags a small square near the bottom: it grows to the minimum, takes the shape, stays inside.
    const QRect crop = CoverImage::constrain(picture, QRect(10, 1200, 50, 50), limits);
    QVERIFY(crop.isValid());
    QVERIFY(QRect(QPoint(0, 0), picture).contains(crop));
    QVERIFY(crop.width() >= 320 && crop.height() >= 180);
    QVERIFY(std::abs(double(crop.width()) / crop.height() - 16.0 / 9.0) < 16.0 / 9.0 * 0.01);
    const QRect whole = CoverImage::largest(picture, limits);
    QCOMPARE(whole.width(), 720);
    QVERIFY(std::abs(whole.height() - 405) <= 1);
    // A picture smaller than the minimum has no crop (the editor says so; it never enlarges silently).
    QVERIFY(!CoverImage::largest(QSize(213, 90), limits).isValid());

    // The cropped frame, saved, passes the profile's image rule.
    FrameGrabber::Frame frame;
    QString error;
    QVERIFY2(FrameGrabber::grab(file(u"corner.mp4"_s), 0.2, &frame, &error), qPrintable(error));
    const QImage big = frame.image.scaled(picture);
    const QString cover = file(u"cropped.jpg"_s);
    QVERIFY2(CoverImage::saveJpeg(big.copy(crop), cover, &error), qPrintable(error));
    FieldSpec spec;
    spec.id = u"cover"_s;
    spec.kind = FieldKind::Image;
    spec.rule = rule;
    const QList<ValidationMessage> messages = ImageRule::check(spec, cover, ValidationContext());
    QVERIFY2(messages.isEmpty(), qPrintable(messages.isEmpty() ? QString() : messages.first().text));
    // Without the limits the same image of the wrong shape fails: the rule is really checked.
    QVERIFY2(CoverImage::saveJpeg(big, cover, &error), qPrintable(error));
    QVERIFY(!ImageRule::check(spec, cover, ValidationContext()).isEmpty());
}

void TestFrameGrabber::noVideoIsAClearError()
{
    MediaFactory::Audio audio;
    QString error;
    QVERIFY2(MediaFactory::makeAudio(file(u"sound.mp3"_s), audio, &error), qPrintable(error));
    FrameGrabber::Frame frame;
    QVERIFY(!FrameGrabber::grab(file(u"sound.mp3"_s), 0.1, &frame, &error));
    QVERIFY2(error.contains(u"no video"_s), qPrintable(error));
    QVERIFY(!FrameGrabber::grab(file(u"missing.mp4"_s), 0.1, &frame, &error));
    QVERIFY(error.contains(u"missing.mp4"_s));
    // Bounded in time: a limit too short for any decoding stops it with a reason.
    FrameGrabber::Options options;
    options.timeLimitMs = 1;
    QTest::qWait(0);
    QVERIFY(!FrameGrabber::grab(file(u"indexed.mp4"_s), 2.9, &frame, &error, options) ||
            frame.time > 2.8); // a very fast machine may finish within 1 ms
    QVERIFY2(frame.image.isNull() == error.contains(u"timed out"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFrameGrabber)
#include "TestFrameGrabber.moc"
