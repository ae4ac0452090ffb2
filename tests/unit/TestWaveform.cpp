// Waveform and WaveformCache on sound made at test time: a tone with a silent gap and a clipped part lists
// both as notes (and a clean tone lists none); the overview follows the sound; memory stays within twice the
// buckets asked for; cancel stops it; the workspace's cache answers for the file as it was and misses once
// the file changed.

#include "MediaFactory.h"
#include "TempWorkspace.h"
#include "TestSupport.h"

#include "media/Waveform.h"
#include "media/WaveformCache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using Kind = Waveform::Note::Kind;

class TestWaveform : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void silenceAndClippingAreNoted();
    void cleanToneHasNoNotes();
    void overviewFollowsTheSound();
    void memoryIsBounded();
    void cancelStops();
    void timeLimitStops();
    void noSoundIsAClearError();
    void cacheAnswersUntilTheFileChanges();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    bool makeSound(const QString &path, const QString &expression, double seconds);
    QTemporaryDir m_dir;
};

bool TestWaveform::makeSound(const QString &path, const QString &expression, double seconds)
{
    const TestSupport::ProcessResult r =
        TestSupport::run(u"ffmpeg"_s, {u"-v"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                                       u"aevalsrc=%1|%1:s=44100:d=%2"_s.arg(expression).arg(seconds),
                                       u"-c:a"_s, u"pcm_s16le"_s, path});
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(TestSupport::describe(r)));
    return r.exitCode == 0;
}

void TestWaveform::initTestCase()
{
    if (!MediaFactory::haveFfmpeg())
        QSKIP("ffmpeg is not installed");
    QVERIFY(m_dir.isValid());
    // 8 s of a 440 Hz tone at half scale; silent from 3 to 6 s; four times too loud (clipped) from 6.5 to 7.5
    // s.
    QVERIFY(makeSound(
        file(u"gap-and-clip.wav"_s),
        u"if(between(t\\,3\\,6)\\,0\\,if(between(t\\,6.5\\,7.5)\\,max(-1\\,min(1\\,4*sin(2*PI*440*t)))"
        "\\,0.5*sin(2*PI*440*t)))"_s,
        8));
    QVERIFY(makeSound(file(u"clean.wav"_s), u"0.5*sin(2*PI*440*t)"_s, 4));
}

void TestWaveform::silenceAndClippingAreNoted()
{
    Waveform::Data data;
    QString error;
    QVERIFY2(Waveform::compute(file(u"gap-and-clip.wav"_s), &data, &error), qPrintable(error));
    QCOMPARE(data.sampleRate, 44100);
    QCOMPARE(data.channels, 2);
    QVERIFY(std::abs(data.duration - 8.0) < 0.01);
    QCOMPARE(data.notes.size(), 2);
    const Waveform::Note silence = data.notes.at(0);
    QCOMPARE(silence.kind, Kind::Silence);
    QVERIFY2(std::abs(silence.start - 3.0) < 0.05 && std::abs(silence.end - 6.0) < 0.05,
             qPrintable(silence.text()));
    const Waveform::Note clipping = data.notes.at(1);
    QCOMPARE(clipping.kind, Kind::Clipping);
    QVERIFY2(std::abs(clipping.start - 6.5) < 0.05 && std::abs(clipping.end - 7.5) < 0.05,
             qPrintable(clipping.text()));
    QVERIFY(silence.text().contains(u"0:03"_s));
    // A silence shorter than asked for is no note.
    Waveform::Options longer;
    longer.silenceSeconds = 4.0;
    QVERIFY2(Waveform::compute(file(u"gap-and-clip.wav"_s), &data, &error, longer), qPrintable(error));
    QCOMPARE(data.notes.size(), 1);
    QCOMPARE(data.notes.first().kind, Kind::Clipping);
}

void TestWaveform::cleanToneHasNoNotes()
{
    Waveform::Data data;
    QString error;
    QVERIFY2(Waveform::compute(file(u"clean.wav"_s), &data, &error), qPrintable(error));
    QVERIFY(data.notes.isEmpty());
}

void TestWaveform::overviewFollowsTheSound()
{
    Waveform::Options options;
    options.buckets = 80; // 0.1 s each
    Waveform::Data data;
    QString error;
    QVERIFY2(Waveform::compute(file(u"gap-and-clip.wav"_s), &data, &error, options), qPrintable(error));
    QCOMPARE(data.minimum.size(), 80);
    QVERIFY(std::abs(data.bucketSeconds - 0.1) < 0.001);
    auto at = [&](double seconds) { return qsizetype(seconds / data.bucketSeconds); };
    QVERIFY(std::abs(data.maximum[at(1.0)] - 0.5) < 0.01 && std::abs(data.minimum[at(1.0)] + 0.5) < 0.01);
    QVERIFY(std::abs(data.maximum[at(4.5)]) < 0.001 && std::abs(data.minimum[at(4.5)]) < 0.001);
    QVERIFY(data.maximum[at(7.0)] > 0.99);
}

void TestWaveform::memoryIsBounded()
{
    Waveform::Options options;
    options.buckets = 7;
    Waveform::Data data;
    QString error;
    QVERIFY2(Waveform::compute(file(u"gap-and-clip.wav"_s), &data, &error, options), qPrintable(error));
    QVERIFY(!data.minimum.isEmpty());
    QVERIFY(data.minimum.size() <= 14);
    QVERIFY(data.bucketSeconds * data.minimum.size() >= 7.99);
}

void TestWaveform::cancelStops()
{
    std::atomic_bool cancel{true};
    Waveform::Options options;
    options.cancel = &cancel;
    Waveform::Data data;
    QString error;
    QVERIFY(!Waveform::compute(file(u"gap-and-clip.wav"_s), &data, &error, options));
    QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
    QVERIFY(data.isEmpty());
}

void TestWaveform::timeLimitStops()
{
    Waveform::Options options;
    options.minTimeLimitMs = 0;
    options.timeLimitFactor = 1e-9; // 8 ns for 8 s of sound
    Waveform::Data data;
    QString error;
    QVERIFY(!Waveform::compute(file(u"gap-and-clip.wav"_s), &data, &error, options));
    QVERIFY2(error.contains(u"timed out"_s), qPrintable(error));
    QVERIFY(data.isEmpty());
}

void TestWaveform::noSoundIsAClearError()
{
    QString error;
    MediaFactory::Video video;
    video.audio = false;
    video.width = 160;
    video.height = 90;
    QVERIFY2(MediaFactory::makeVideo(file(u"silent-film.mp4"_s), video, &error), qPrintable(error));
    Waveform::Data data;
    QVERIFY(!Waveform::compute(file(u"silent-film.mp4"_s), &data, &error));
    QVERIFY2(error.contains(u"no sound"_s), qPrintable(error));
    QFile text(file(u"not-sound.wav"_s));
    QVERIFY(text.open(QIODevice::WriteOnly) && text.write("hello, not a sound") > 0);
    text.close();
    QVERIFY(!Waveform::compute(text.fileName(), &data, &error));
    QVERIFY(error.contains(u"not-sound.wav"_s));
}

void TestWaveform::cacheAnswersUntilTheFileChanges()
{
    TempWorkspace tw;
    QVERIFY2(tw.isValid(), qPrintable(tw.error()));
    const QString path = file(u"cached.wav"_s);
    QVERIFY(QFile::copy(file(u"gap-and-clip.wav"_s), path));
    WaveformCache cache(tw.workspace());
    const Waveform::Options options;
    Waveform::Data data, found;
    QVERIFY(!cache.find(path, options, &found));
    QString error;
    QVERIFY2(Waveform::compute(path, &data, &error, options), qPrintable(error));
    QVERIFY2(cache.store(path, options, data, &error), qPrintable(error));
    QVERIFY(cache.find(path, options, &found));
    QCOMPARE(found.minimum.size(), data.minimum.size());
    QCOMPARE(found.notes.size(), data.notes.size());
    QCOMPARE(found.notes.at(1).kind, Kind::Clipping);
    QVERIFY(std::abs(found.maximum[500] - data.maximum[500]) < 1.0 / 16384);
    QCOMPARE(found.sampleRate, 44100);
    // Other parameters, or a changed file: not this overview.
    Waveform::Options other;
    other.buckets = 10;
    QVERIFY(!cache.find(path, other, &found));
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append) && f.write("x") == 1);
    f.close();
    QVERIFY(!cache.find(path, options, &found));
}

QTEST_GUILESS_MAIN(TestWaveform)
#include "TestWaveform.moc"
