// DeepCheck's H.264 ranges decoded in parallel (GopDecoders), on files made at test time with the ffmpeg CLI:
// a file of many closed GOPs with B-frames decodes without a false error and with every frame counted;
// damage in a later GOP, damage inside one B-frame only, and a cut file are found, at the right time, as the
// frame-threaded decoder finds them; an open-GOP file (one IDR) decodes without a false error.

#include "MediaFactory.h"

#include "media/DeepCheck.h"
#include "media/GopDecoders.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class TestGopDecoders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void manyGopsDecodeWithoutFalseErrors();
    void openGopDecodesWithoutFalseErrors();
    void damageInALaterGopIsFound();
    void damageInsideOneBFrameIsFound();
    void cutFileIsFound();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    static DeepCheck::Result check(const QString &path, int threads);
    bool makeGops(const QString &path, const QString &x264Params);
    // Byte position and size of the video frame of this picture type nearest after `afterSeconds`.
    bool findFrame(const QString &path, QChar type, double afterSeconds, qint64 *pos, qint64 *size,
                   double *time);
    QTemporaryDir m_dir;
};

DeepCheck::Result TestGopDecoders::check(const QString &path, int threads)
{
    DeepCheck::Options options;
    options.threads = threads;
    DeepCheck::Result result;
    QString error;
    if (!DeepCheck::run(path, &result, &error, options))
        qWarning("%s", qPrintable(error));
    return result;
}

bool TestGopDecoders::makeGops(const QString &path, const QString &x264Params)
{
    MediaFactory::Video v;
    v.width = 320;
    v.height = 240;
    v.seconds = 4;
    v.bitrate = u"400k"_s;
    // MediaFactory encodes with one x264 thread, so this is the same file on every run (with x264's threads
    // a busy machine now and then got another encoding, in which the damage below decoded without an error).
    v.extraArgs = {u"-preset"_s, u"veryfast"_s, u"-bf"_s, u"3"_s, u"-x264-params"_s, x264Params};
    QString error;
    if (!MediaFactory::makeVideo(path, v, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

bool TestGopDecoders::findFrame(const QString &path, QChar type, double afterSeconds, qint64 *pos,
                                qint64 *size, double *time)
{
    QProcess p;
    p.start(u"ffprobe"_s,
            {u"-v"_s, u"error"_s, u"-select_streams"_s, u"v"_s, u"-show_entries"_s,
             u"frame=pict_type,pkt_pos,pkt_size,best_effort_timestamp_time"_s, u"-of"_s, u"csv=p=0"_s, path});
    if (!p.waitForFinished(60000))
        return false;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.trimmed().split(','); // time, pos, size, type (ffprobe's order)
        if (f.size() < 4)
            continue;
        const double t = f.at(0).toDouble();
        if (t >= afterSeconds && f.at(3).startsWith(char(type.toLatin1())) && f.at(2).toLongLong() > 200) {
            *time = t;
            *pos = f.at(1).toLongLong();
            *size = f.at(2).toLongLong();
            return true;
        }
    }
    return false;
}

void TestGopDecoders::initTestCase()
{
    if (!MediaFactory::haveFfmpeg())
        QSKIP("ffmpeg is not installed");
    if (QThread::idealThreadCount() < 2)
        QSKIP("ranges are decoded in parallel only with two cores or more");
    QVERIFY(makeGops(file(u"gops.mp4"_s), u"keyint=25:min-keyint=25:scenecut=0"_s));
    QVERIFY(makeGops(file(u"open-gop.mp4"_s), u"keyint=25:min-keyint=25:scenecut=0:open-gop=1"_s));
}

void TestGopDecoders::manyGopsDecodeWithoutFalseErrors()
{
    const DeepCheck::Result r = check(file(u"gops.mp4"_s), 0);
    QVERIFY(r.videoThreads >= 2); // the ranges path: one decoder per worker
    QCOMPARE(r.errorCount, 0);
    QCOMPARE(r.videoFrames, 100);
    QVERIFY(r.decodedUntil > 3.8);
    const DeepCheck::Result one = check(file(u"gops.mp4"_s), 1); // one thread: the plain decoder
    QCOMPARE(one.videoThreads, 1);
    QCOMPARE(one.videoFrames, 100);
    QCOMPARE(one.audioFrames, r.audioFrames);
}

void TestGopDecoders::openGopDecodesWithoutFalseErrors()
{
    const DeepCheck::Result r = check(file(u"open-gop.mp4"_s), 0);
    QCOMPARE(r.errorCount, 0);
    QCOMPARE(r.videoFrames, 100);
}

void TestGopDecoders::damageInALaterGopIsFound()
{
    const QString path = file(u"later-gop.mp4"_s);
    qint64 pos = 0, size = 0;
    double time = 0;
    QVERIFY(findFrame(file(u"gops.mp4"_s), u'P', 2.5, &pos, &size, &time));
    // Random bytes in a slice do not always break it: some decode as another valid picture. Take the first
    // damage that one plain decoder reports; the ranges must report it too.
    bool seen = false;
    for (quint32 seed = 7; seed < 17 && !seen; ++seed) {
        QFile::remove(path);
        QVERIFY(QFile::copy(file(u"gops.mp4"_s), path));
        QString error;
        QVERIFY2(MediaFactory::damage(path, pos + size / 4, size / 2, seed, &error), qPrintable(error));
        seen = check(path, 1).errorCount > 0;
    }
    QVERIFY2(seen, "no damage of ten was seen by the plain decoder");
    for (int threads : {0, 1}) {
        const DeepCheck::Result r = check(path, threads);
        QVERIFY2(r.errorCount > 0, qPrintable(u"threads %1"_s.arg(threads)));
        QVERIFY2(r.errors.first().time >= time - 0.2 && r.errors.first().time < 4.1,
                 qPrintable(u"first error at %1, damage at %2"_s.arg(r.errors.first().time).arg(time)));
    }
}

void TestGopDecoders::damageInsideOneBFrameIsFound()
{
    const QString path = file(u"b-frame.mp4"_s);
    QVERIFY(QFile::copy(file(u"gops.mp4"_s), path));
    qint64 pos = 0, size = 0;
    double time = 0;
    QVERIFY(findFrame(path, u'B', 1.5, &pos, &size, &time));
    QString error;
    // The slice data after its header, all of it: a few damaged bytes in a B-frame can decode to garbage
    // that no decoder notices (ffmpeg -f null neither).
    QVERIFY2(MediaFactory::damage(path, pos + 12, size - 14, 11, &error), qPrintable(error));
    for (int threads : {0, 1}) {
        const DeepCheck::Result r = check(path, threads);
        QVERIFY2(r.errorCount > 0, qPrintable(u"threads %1"_s.arg(threads)));
        QVERIFY2(qAbs(r.errors.first().time - time) < 0.5,
                 qPrintable(u"first error at %1, damage at %2"_s.arg(r.errors.first().time).arg(time)));
    }
}

void TestGopDecoders::cutFileIsFound()
{
    const QString path = file(u"cut.mp4"_s);
    QVERIFY(QFile::copy(file(u"gops.mp4"_s), path));
    QFile f(path);
    QVERIFY(f.resize(f.size() * 7 / 10));
    const DeepCheck::Result r = check(path, 0);
    QVERIFY(r.errorCount > 0);
    QVERIFY(r.videoFrames < 100);
}

QTEST_GUILESS_MAIN(TestGopDecoders)
#include "TestGopDecoders.moc"
