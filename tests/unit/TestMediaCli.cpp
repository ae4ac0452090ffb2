// `submitdesk-cli check`: exit codes, type guessing, --type, --deep and the JSON of docs/check-json.md.

#include "MediaFactory.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMediaCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void allPassExitsZero();
    void someFailExitsOne();
    void unreadableExitsTwo();
    void damagedContentExitsOne();
    void jsonSchema();
    void typeOption();
    void deepFindsDamage();
    void badArguments();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    static QJsonObject json(const TestSupport::ProcessResult &r)
    {
        return QJsonDocument::fromJson(r.out).object();
    }
    QTemporaryDir m_dir;
};

void TestMediaCli::initTestCase()
{
    if (!MediaFactory::haveFfmpeg())
        QSKIP("ffmpeg is not installed");
    QVERIFY2(QFileInfo(TestSupport::cliPath()).isExecutable(), "SUBMITDESK_CLI must point at submitdesk-cli");
    QString e;
    QVERIFY2(MediaFactory::makeVideo(file(u"ok.mp4"_s), {}, &e), qPrintable(e));
    MediaFactory::Video v;
    v.rate = u"24"_s;
    QVERIFY2(MediaFactory::makeVideo(file(u"24fps.mp4"_s), v, &e), qPrintable(e));
    QVERIFY2(MediaFactory::makeAudio(file(u"ok.mp3"_s), {}, &e), qPrintable(e));
    QVERIFY2(MediaFactory::writeRandom(file(u"zero.mp4"_s), 0, 1, &e), qPrintable(e));
    QFile text(file(u"text.mp4"_s));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(QByteArray("Not a video: plain text renamed to .mp4.\n").repeated(100));
    text.close();
    QVERIFY(QDir(m_dir.path()).mkdir(u"folder.mp4"_s));
    v = MediaFactory::Video{};
    v.seconds = 2;
    QVERIFY2(MediaFactory::makeVideo(file(u"damaged.mp4"_s), v, &e), qPrintable(e));
    const qint64 size = QFileInfo(file(u"damaged.mp4"_s)).size();
    QVERIFY2(MediaFactory::damage(file(u"damaged.mp4"_s), size / 2, 20000, 3, &e), qPrintable(e));
}

void TestMediaCli::allPassExitsZero()
{
    const auto r = TestSupport::runCli({u"check"_s, file(u"ok.mp4"_s), file(u"ok.mp3"_s)});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QVERIFY(r.out.contains("PASS (video)"));
    QVERIFY(r.out.contains("PASS (audio)"));
}

void TestMediaCli::someFailExitsOne()
{
    const auto r = TestSupport::runCli({u"check"_s, file(u"ok.mp4"_s), file(u"24fps.mp4"_s)});
    QVERIFY2(r.exitCode == 1, r.out.constData());
    // The rule is named as the profile names it (in the interface's language), not by its id.
    QVERIFY2(r.out.contains("FAIL  Frame rate") || r.out.contains("FAIL  帧率"), r.out.constData());
    QVERIFY2(!r.out.contains("frame_rate"), r.out.constData());
}

void TestMediaCli::unreadableExitsTwo()
{
    // I/O problems only: a directory, a missing file, a device.
    const auto r = TestSupport::runCli({u"check"_s, file(u"24fps.mp4"_s), file(u"folder.mp4"_s)});
    QVERIFY2(r.exitCode == 2, r.out.constData());
    QVERIFY(r.out.contains("not a regular file"));
    const auto missing = TestSupport::runCli({u"check"_s, file(u"nothing-here.mp4"_s)});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.out.contains("no such file"));
    const auto device = TestSupport::runCli({u"check"_s, u"/dev/zero"_s});
    QCOMPARE(device.exitCode, 2);
}

void TestMediaCli::damagedContentExitsOne()
{
    // A text file renamed .mp4 and an empty file are read fine and fail integrity: exit 1, not 2.
    const auto r = TestSupport::runCli({u"check"_s, u"--json"_s, file(u"text.mp4"_s), file(u"zero.mp4"_s)});
    QVERIFY2(r.exitCode == 1, r.out.constData());
    const QJsonArray files = json(r).value("files"_L1).toArray();
    QCOMPARE(files.size(), 2);
    for (const QJsonValue &v : files) {
        const QJsonObject f = v.toObject();
        QCOMPARE(f.value("verdict"_L1).toString(), u"fail"_s);
        QVERIFY(!f.contains("error"_L1));
        const QJsonObject integrity = f.value("checks"_L1).toArray().first().toObject();
        QCOMPARE(integrity.value("id"_L1).toString(), u"integrity"_s);
        QCOMPARE(integrity.value("status"_L1).toString(), u"fail"_s);
        QVERIFY(!integrity.value("hint"_L1).toString().isEmpty());
    }
    QVERIFY(files.at(1)
                .toObject()
                .value("checks"_L1)
                .toArray()
                .first()
                .toObject()
                .value("actual"_L1)
                .toString()
                .contains(u"empty file"_s));
    const QJsonObject summary = json(r).value("summary"_L1).toObject();
    QCOMPARE(summary.value("fail"_L1).toInt(), 2);
    QCOMPARE(summary.value("error"_L1).toInt(), 0);
    // Text output: FAIL and the integrity line, no "could not be read".
    const auto text = TestSupport::runCli({u"check"_s, file(u"text.mp4"_s)});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains("FAIL  Integrity"), text.out.constData());
    // With --deep too.
    QCOMPARE(TestSupport::runCli({u"check"_s, u"--deep"_s, file(u"text.mp4"_s)}).exitCode, 1);
}

void TestMediaCli::jsonSchema()
{
    const auto r = TestSupport::runCli(
        {u"check"_s, u"--json"_s, file(u"24fps.mp4"_s), file(u"ok.mp3"_s), file(u"nothing-here.mp4"_s)});
    QCOMPARE(r.exitCode, 2);
    const QJsonObject root = json(r);
    QCOMPARE(root.value("profile"_L1).toString(), u"lifelong-2022/2022.1"_s);
    const QJsonArray files = root.value("files"_L1).toArray();
    QCOMPARE(files.size(), 3);
    const QJsonObject video = files.at(0).toObject();
    QCOMPARE(video.value("path"_L1).toString(), file(u"24fps.mp4"_s));
    QCOMPARE(video.value("type"_L1).toString(), u"video"_s);
    QCOMPARE(video.value("verdict"_L1).toString(), u"fail"_s);
    const QJsonArray checks = video.value("checks"_L1).toArray();
    QStringList ids;
    for (const QJsonValue &c : checks) {
        const QJsonObject o = c.toObject();
        ids.append(o.value("id"_L1).toString());
        for (const char *key : {"status", "expected", "actual", "message", "label"})
            QVERIFY2(o.value(QLatin1StringView(key)).isString(), key);
        QVERIFY(!o.value("label"_L1).toString().isEmpty());
        if (o.value("id"_L1).toString() == "frame_rate"_L1) {
            QCOMPARE(o.value("label"_L1).toString(), u"Frame rate"_s); // for people, beside the id
            QCOMPARE(o.value("status"_L1).toString(), u"fail"_s);
            QCOMPARE(o.value("actual"_L1).toString(), u"24.00 fps"_s);
        }
    }
    QCOMPARE(ids, (QStringList{u"container"_s, u"video_codec"_s, u"audio_codec"_s, u"resolution"_s,
                               u"frame_rate"_s, u"bitrate"_s, u"browser"_s, u"integrity"_s}));
    const QJsonObject facts = video.value("facts"_L1).toObject();
    QCOMPARE(facts.value("container"_L1).toString(), u"mp4"_s);
    QCOMPARE(facts.value("video"_L1).toArray().first().toObject().value("display_width"_L1).toInt(), 1280);
    const QJsonObject audio = files.at(1).toObject();
    QCOMPARE(audio.value("type"_L1).toString(), u"audio"_s);
    QCOMPARE(audio.value("verdict"_L1).toString(), u"pass"_s);
    const QJsonObject broken = files.at(2).toObject();
    QCOMPARE(broken.value("verdict"_L1).toString(), u"error"_s);
    QVERIFY(broken.value("error"_L1).toString().contains(u"no such file"_s));
    const QJsonObject summary = root.value("summary"_L1).toObject();
    QCOMPARE(summary.value("pass"_L1).toInt(), 1);
    QCOMPARE(summary.value("fail"_L1).toInt(), 1);
    QCOMPARE(summary.value("error"_L1).toInt(), 1);
}

void TestMediaCli::typeOption()
{
    const auto r = TestSupport::runCli({u"check"_s, u"--json"_s, u"--type"_s, u"audio"_s, file(u"ok.mp4"_s)});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject f = json(r).value("files"_L1).toArray().first().toObject();
    QCOMPARE(f.value("type"_L1).toString(), u"audio"_s);
    QCOMPARE(f.value("checks"_L1).toArray().first().toObject().value("status"_L1).toString(), u"fail"_s);
}

void TestMediaCli::deepFindsDamage()
{
    const auto quick = TestSupport::runCli({u"check"_s, u"--json"_s, file(u"damaged.mp4"_s)});
    const auto deep = TestSupport::runCli({u"check"_s, u"--json"_s, u"--deep"_s, file(u"damaged.mp4"_s)});
    const QJsonObject q = json(quick).value("files"_L1).toArray().first().toObject();
    const QJsonObject d = json(deep).value("files"_L1).toArray().first().toObject();
    QCOMPARE(q.value("verdict"_L1).toString(), u"pass"_s); // the index is intact: only decoding sees it
    QCOMPARE(d.value("verdict"_L1).toString(), u"fail"_s);
    QCOMPARE(deep.exitCode, 1);
    QVERIFY(d.value("deep"_L1).toBool());
    QVERIFY(d.value("facts"_L1).toObject().value("deep"_L1).toObject().value("error_count"_L1).toInt() > 0);
    const auto clean = TestSupport::runCli({u"check"_s, u"--deep"_s, file(u"ok.mp4"_s)});
    QVERIFY2(clean.exitCode == 0, clean.out.constData());
}

void TestMediaCli::badArguments()
{
    QCOMPARE(TestSupport::runCli({u"check"_s}).exitCode, 2);
    QCOMPARE(TestSupport::runCli({u"check"_s, u"--type"_s, u"text"_s, file(u"ok.mp4"_s)}).exitCode, 2);
    QCOMPARE(
        TestSupport::runCli({u"check"_s, u"--profile"_s, u"no-such-profile"_s, file(u"ok.mp4"_s)}).exitCode,
        2);
}

QTEST_GUILESS_MAIN(TestMediaCli)
#include "TestMediaCli.moc"
