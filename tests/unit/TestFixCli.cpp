// `submitdesk-cli fix`: outputs named after the inputs, --plan writes nothing, --json, and the exit codes
// (0 all pass, 1 a choice is needed or a file cannot be read, 2 could not run).

#include "FixFixture.h"
#include "MediaFactory.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFixCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fixesIntoTheFolder();
    void planOnlyWritesNothing();
    void choiceNeededExitsOne();
    void unreadableExitsOne();
    void couldNotRunExitsTwo();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestFixCli::initTestCase()
{
    if (!MediaFactory::haveFfmpeg())
        QSKIP("ffmpeg is not installed");
    QString error;
    MediaFactory::Video v;
    v.rate = u"24"_s;
    v.seconds = 2;
    QVERIFY2(MediaFactory::makeVideo(file(u"film.mov"_s), v, &error), qPrintable(error));
    v = {};
    v.width = 640;
    v.height = 360;
    v.seconds = 1;
    QVERIFY2(MediaFactory::makeVideo(file(u"small.mp4"_s), v, &error), qPrintable(error));
    MediaFactory::Audio a;
    a.rate = 22050;
    a.channels = 1;
    QVERIFY2(MediaFactory::makeAudio(file(u"talk.mp3"_s), a, &error), qPrintable(error));
    QVERIFY2(MediaFactory::writeRandom(file(u"random.mp4"_s), 32 * 1024, 3, &error), qPrintable(error));
    QVERIFY(QDir(m_dir.path()).mkpath(u"out"_s));
}

void TestFixCli::fixesIntoTheFolder()
{
    const auto r = TestSupport::runCli(
        {u"fix"_s, file(u"film.mov"_s), file(u"talk.mp3"_s), u"-o"_s, file(u"out"_s), u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(TestSupport::describe(r)));
    QVERIFY(QFile::exists(file(u"out/film.mp4"_s)));
    QVERIFY(QFile::exists(file(u"out/talk.mp3"_s)));
    const QJsonArray files = TestSupport::jsonOf(r).value("files"_L1).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files[0]["status"_L1].toString(), u"passed"_s);
    QCOMPARE(files[0]["plan"_L1]["action"_L1].toString(), u"transcode"_s);
    QCOMPARE(files[1]["plan"_L1]["action"_L1].toString(), u"convert-audio"_s);
    QCOMPARE(files[1]["output_check"_L1]["verdict"_L1].toString(), u"pass"_s);
    const auto check =
        TestSupport::runCli({u"check"_s, u"--deep"_s, file(u"out/film.mp4"_s), file(u"out/talk.mp3"_s)});
    QVERIFY2(check.exitCode == 0, qPrintable(TestSupport::describe(check)));
}

void TestFixCli::planOnlyWritesNothing()
{
    QVERIFY(QDir(m_dir.path()).mkpath(u"plan"_s));
    const auto r =
        TestSupport::runCli({u"fix"_s, u"--plan"_s, file(u"film.mov"_s), u"-o"_s, file(u"plan"_s)});
    QVERIFY2(r.exitCode == 0, qPrintable(TestSupport::describe(r)));
    QVERIFY2(r.out.contains("25.00 fps"), r.out.constData());
    QVERIFY(QDir(file(u"plan"_s)).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

void TestFixCli::choiceNeededExitsOne()
{
    QVERIFY(QDir(m_dir.path()).mkpath(u"small"_s));
    auto r = TestSupport::runCli({u"fix"_s, file(u"small.mp4"_s), u"-o"_s, file(u"small"_s), u"--json"_s});
    QVERIFY2(r.exitCode == 1, qPrintable(TestSupport::describe(r)));
    QCOMPARE(TestSupport::jsonOf(r)["files"_L1][0]["plan"_L1]["choice"_L1].toString(), u"allow-upscale"_s);
    QVERIFY(!QFile::exists(file(u"small/small.mp4"_s)));
    r = TestSupport::runCli(
        {u"fix"_s, file(u"small.mp4"_s), u"-o"_s, file(u"small"_s), u"--allow-upscale"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(TestSupport::describe(r)));
    QCOMPARE(TestSupport::jsonOf(r)["files"_L1][0]["plan"_L1]["upscaled_from"_L1].toString(), u"640×360"_s);
}

void TestFixCli::unreadableExitsOne()
{
    const auto r = TestSupport::runCli(
        {u"fix"_s, file(u"random.mp4"_s), file(u"missing.mp4"_s), u"-o"_s, file(u"out"_s)});
    QVERIFY2(r.exitCode == 1, qPrintable(TestSupport::describe(r)));
}

void TestFixCli::couldNotRunExitsTwo()
{
    auto r = TestSupport::runCli({u"fix"_s, file(u"film.mov"_s)});
    QVERIFY2(r.exitCode == 2, qPrintable(TestSupport::describe(r)));
    r = TestSupport::runCli({u"fix"_s, file(u"film.mov"_s), u"-o"_s, file(u"no-such-folder"_s)});
    QVERIFY2(r.exitCode == 2, qPrintable(TestSupport::describe(r)));
    r = TestSupport::runCli(
        {u"fix"_s, file(u"film.mov"_s), u"-o"_s, file(u"out"_s), u"--type"_s, u"picture"_s});
    QVERIFY2(r.exitCode == 2, qPrintable(TestSupport::describe(r)));
}

QTEST_GUILESS_MAIN(TestFixCli)
#include "TestFixCli.moc"
