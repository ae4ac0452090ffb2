// MediaProbe on real files made by ffmpeg, and on hostile input (zero bytes, random, truncated).

#include "MediaFactory.h"

#include "media/MediaProbe.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMediaProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void videoFacts();
    void audioFactsAndCoverPicture();
    void variableFrameRate();
    void indexPosition();
    void bufferGivesSameFacts();
    void hostileFiles_data();
    void hostileFiles();
    void ioFailures();
    void randomPrefixesNeverCrash();
    void cancelStopsAtOnce();
    void factsRoundTripThroughJson();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestMediaProbe::initTestCase()
{
    if (!MediaFactory::haveFfmpeg())
        QSKIP("ffmpeg is not installed");
    QString e;
    MediaFactory::Video v;
    v.width = 1280;
    v.height = 720;
    v.seconds = 2;
    QVERIFY2(MediaFactory::makeVideo(file(u"a.mp4"_s), v, &e), qPrintable(e));
    v.faststart = false;
    QVERIFY2(MediaFactory::makeVideo(file(u"late.mp4"_s), v, &e), qPrintable(e));
    v = MediaFactory::Video{};
    v.rate = u"30"_s;
    v.videoFilter = u"select='lt(n\\,16)+eq(n\\,29)'"_s;
    v.variableRate = true;
    QVERIFY2(MediaFactory::makeVideo(file(u"vfr.mp4"_s), v, &e), qPrintable(e));
    QVERIFY2(MediaFactory::makeJpeg(file(u"cover.jpg"_s), &e), qPrintable(e));
    MediaFactory::Audio a;
    a.rate = 48000;
    a.coverJpeg = file(u"cover.jpg"_s);
    QVERIFY2(MediaFactory::makeAudio(file(u"a.mp3"_s), a, &e), qPrintable(e));
}

void TestMediaProbe::videoFacts()
{
    MediaFacts f;
    QString error;
    QVERIFY2(MediaProbe::probe(file(u"a.mp4"_s), &f, &error), qPrintable(error));
    QCOMPARE(f.containerFamily, u"mp4"_s);
    QCOMPARE(f.majorBrand, u"isom"_s);
    QVERIFY(f.compatibleBrands.contains(u"avc1"_s));
    QCOMPARE(f.video.size(), 1);
    QCOMPARE(f.audio.size(), 1);
    const auto &v = f.video.first();
    QCOMPARE(v.codec, u"h264"_s);
    QCOMPARE(v.profile, u"Constrained Baseline"_s); // x264 ultrafast
    QVERIFY(v.level >= 30 && v.level <= 51);
    QCOMPARE(v.pixelFormat, u"yuv420p"_s);
    QCOMPARE(v.bitDepth, 8);
    QCOMPARE(v.chroma, u"4:2:0"_s);
    QCOMPARE(v.displayWidth, 1280);
    QCOMPARE(v.displayHeight, 720);
    QCOMPARE(v.frames, 50);
    QVERIFY(qAbs(v.averageFrameRate - 25.0) < 0.01);
    QVERIFY(!v.variableFrameRate);
    QVERIFY(qAbs(f.duration - 2.0) < 0.1);
    QCOMPARE(f.fileSize, QFileInfo(file(u"a.mp4"_s)).size());
    QVERIFY(f.bitRate > 2000000 && f.bitRate < 4500000);
    const auto &a = f.audio.first();
    QCOMPARE(a.codec, u"aac"_s);
    QCOMPARE(a.profile, u"LC"_s);
    QCOMPARE(a.sampleRate, 48000);
    QCOMPARE(a.channels, 2);
    QCOMPARE(a.sampleFormat, u"fltp"_s);
    QVERIFY(f.hasIndex);
    QVERIFY(!f.dataBeyondEnd);
}

void TestMediaProbe::audioFactsAndCoverPicture()
{
    MediaFacts f;
    QString error;
    QVERIFY2(MediaProbe::probe(file(u"a.mp3"_s), &f, &error), qPrintable(error));
    QCOMPARE(f.containerFamily, u"mp3"_s);
    QCOMPARE(f.attachedPictures, 1);
    QVERIFY2(f.video.isEmpty(), "a cover picture is not a video stream");
    QCOMPARE(f.guessedKind(), u"audio"_s);
    QCOMPARE(f.audio.first().codec, u"mp3"_s);
    QCOMPARE(f.audio.first().sampleRate, 48000);
    QCOMPARE(f.audio.first().bitDepth, -1);
    QVERIFY(f.indexPosition.isEmpty());
}

void TestMediaProbe::variableFrameRate()
{
    MediaFacts f;
    QString error;
    QVERIFY2(MediaProbe::probe(file(u"vfr.mp4"_s), &f, &error), qPrintable(error));
    const auto &v = f.video.first();
    QVERIFY(v.variableFrameRate);
    QCOMPARE(v.frames, 17);
    QVERIFY2(qAbs(v.averageFrameRate - 17.0) < 0.2, qPrintable(QString::number(v.averageFrameRate)));
    QVERIFY2(qAbs(v.nominalFrameRate - 30.0) < 0.01, qPrintable(QString::number(v.nominalFrameRate)));
}

void TestMediaProbe::indexPosition()
{
    MediaFacts f;
    QString error;
    QVERIFY2(MediaProbe::probe(file(u"a.mp4"_s), &f, &error), qPrintable(error));
    QCOMPARE(f.indexPosition, u"before"_s);
    QVERIFY2(MediaProbe::probe(file(u"late.mp4"_s), &f, &error), qPrintable(error));
    QCOMPARE(f.indexPosition, u"after"_s);
}

void TestMediaProbe::bufferGivesSameFacts()
{
    QFile in(file(u"a.mp4"_s));
    QVERIFY(in.open(QIODevice::ReadOnly));
    MediaFacts fromFile;
    MediaFacts fromBuffer;
    QString error;
    QVERIFY2(MediaProbe::probe(file(u"a.mp4"_s), &fromFile, &error), qPrintable(error));
    QVERIFY2(MediaProbe::probeBuffer(in.readAll(), &fromBuffer, &error), qPrintable(error));
    QCOMPARE(fromBuffer.toJson(), fromFile.toJson());
}

void TestMediaProbe::hostileFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QFile in(file(u"a.mp4"_s));
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray mp4 = in.readAll();
    QFile late(file(u"late.mp4"_s));
    QVERIFY(late.open(QIODevice::ReadOnly));
    const QByteArray lateMp4 = late.readAll();
    QByteArray random(100000, Qt::Uninitialized);
    QRandomGenerator gen(42);
    for (char &c : random)
        c = char(gen.bounded(256));
    QTest::newRow("zero bytes") << QByteArray() << u"empty file"_s;
    QTest::newRow("random bytes") << random << u"not a readable media file"_s;
    QTest::newRow("ftyp only") << mp4.left(32) << u"no index"_s;
    QTest::newRow("cut before moov") << lateMp4.left(lateMp4.size() / 2) << u"no index"_s;
    QTest::newRow("text file") << QByteArray("hello, this is not a video\n").repeated(100)
                               << u"not a readable media file"_s;
}

void TestMediaProbe::hostileFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = file(u"hostile.mp4"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(content);
    out.close();
    MediaFacts f;
    QString error;
    QElapsedTimer timer;
    timer.start();
    MediaProbe::Failure failure = MediaProbe::Failure::None;
    QVERIFY(!MediaProbe::probe(path, &f, &error, {}, &failure));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.startsWith(path), "the message names the file");
    // Read fine, bad content: a rule failure for MediaCheck, not an I/O problem.
    QCOMPARE(failure, MediaProbe::Failure::Content);
    QVERIFY(!MediaProbe::probeBuffer(content, &f, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(timer.elapsed() < 10000);
}

void TestMediaProbe::ioFailures()
{
    for (const QString &path : {file(u"missing.mp4"_s), m_dir.path(), u"/dev/zero"_s}) {
        MediaFacts f;
        QString error;
        MediaProbe::Failure failure = MediaProbe::Failure::None;
        QVERIFY(!MediaProbe::probe(path, &f, &error, {}, &failure));
        QCOMPARE(failure, MediaProbe::Failure::Io);
        QVERIFY2(error.startsWith(path), qPrintable(error));
    }
}

void TestMediaProbe::randomPrefixesNeverCrash()
{
    // Every cut of a real file: unreadable with a message, or readable and flagged as cut short.
    // Then flipped bytes anywhere: the probe answers (true or false), never crashes or hangs.
    QFile in(file(u"a.mp4"_s));
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray mp4 = in.readAll();
    QRandomGenerator gen(1);
    int cutButReadable = 0;
    for (int i = 0; i < 40; ++i) {
        const QByteArray data = mp4.left(qsizetype(gen.bounded(quint32(mp4.size() - 1))));
        MediaFacts f;
        QString error;
        if (MediaProbe::probeBuffer(data, &f, &error)) {
            ++cutButReadable;
            QVERIFY2(f.dataBeyondEnd, qPrintable(u"cut at %1 not flagged"_s.arg(data.size())));
        } else {
            QVERIFY(!error.isEmpty());
        }
    }
    QVERIFY(cutButReadable > 0); // moov comes first, so most cuts still open
    for (int i = 0; i < 40; ++i) {
        QByteArray data = mp4;
        for (int k = 0; k < 16; ++k)
            data[qsizetype(gen.bounded(quint32(data.size())))] = char(gen.bounded(256));
        MediaFacts f;
        QString error;
        if (!MediaProbe::probeBuffer(data, &f, &error))
            QVERIFY(!error.isEmpty());
    }
}

void TestMediaProbe::cancelStopsAtOnce()
{
    std::atomic_bool cancel{true};
    MediaProbe::Options options;
    options.cancel = &cancel;
    MediaFacts f;
    QString error;
    QVERIFY(!MediaProbe::probe(file(u"a.mp4"_s), &f, &error, options));
    QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
}

void TestMediaProbe::factsRoundTripThroughJson()
{
    MediaFacts f;
    QString error;
    QVERIFY2(MediaProbe::probe(file(u"a.mp4"_s), &f, &error), qPrintable(error));
    QCOMPARE(MediaFacts::fromJson(f.toJson()).toJson(), f.toJson());
}

QTEST_GUILESS_MAIN(TestMediaProbe)
#include "TestMediaProbe.moc"
