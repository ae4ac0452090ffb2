// A second, differently-numbered profile (tests/data/second-profile/profiles/hd-2026.json: exactly
// 1920×1080 16:9, 30 or 60 fps, 8–20 Mbit/s, 48 kHz, at most 10 minutes) runs through `check`,
// `validate` and `export` of submitdesk-cli: the verdicts, messages and rule names follow that profile,
// and nothing of the 2022 numbers shows (issue 13 items 1 and 9).

#include "MediaFactory.h"
#include "PackageFixture.h"
#include "TestSupport.h"

#include "workspace/ResourceStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
using TestSupport::describe;
QJsonObject json(const TestSupport::ProcessResult &r)
{
    return TestSupport::jsonOf(r);
}

// The rule objects of one file in `check --json` output, by id.
QMap<QString, QJsonObject> checksOf(const QJsonObject &output, const QString &fileName)
{
    QMap<QString, QJsonObject> out;
    const QJsonArray files = output.value("files"_L1).toArray();
    for (const QJsonValue &f : files) {
        if (!f.toObject().value("path"_L1).toString().endsWith(fileName))
            continue;
        for (const QJsonValue &c : f.toObject().value("checks"_L1).toArray())
            out.insert(c.toObject().value("id"_L1).toString(), c.toObject());
    }
    return out;
}
} // namespace

class TestSecondProfile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void checkFollowsTheProfile();
    void validateNamesTheProfile();
    void exportJudgesByTheProfile();

private:
    QString media(const QString &name) const { return m_fixture.mediaDir() + u'/' + name; }
    PackageFixture m_fixture;
    QTemporaryDir m_dir;
    QString m_profilePath;
};

void TestSecondProfile::initTestCase()
{
    if (!MediaFactory::haveFfmpeg())
        QSKIP("ffmpeg is not installed");
    QVERIFY2(QFileInfo(TestSupport::cliPath()).isExecutable(), "SUBMITDESK_CLI must point at submitdesk-cli");
    QString error;
    QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
    // The profile file with the built-in taxonomy beside it, in ../taxonomy/.
    QVERIFY(QDir().mkpath(m_dir.filePath(u"profiles"_s)) && QDir().mkpath(m_dir.filePath(u"taxonomy"_s)));
    m_profilePath = m_dir.filePath(u"profiles/hd-2026.json"_s);
    QVERIFY(QFile::copy(TestSupport::sourceDir() + u"/tests/data/second-profile/profiles/hd-2026.json"_s,
                        m_profilePath));
    QVERIFY(
        QFile::copy(u":/taxonomy/lifelong-2022.json"_s, m_dir.filePath(u"taxonomy/lifelong-2022.json"_s)));
    // Media that meet the HD profile: 1920×1080 at 30 fps and 10 Mbit/s with 48 kHz sound; a 48 kHz MP3.
    MediaFactory::Video hd;
    hd.width = 1920;
    hd.height = 1080;
    hd.rate = u"30"_s;
    hd.bitrate = u"10M"_s;
    hd.audioRate = 48000;
    QVERIFY2(MediaFactory::makeVideo(media(u"hd.mp4"_s), hd, &error), qPrintable(error));
    MediaFactory::Audio audio;
    audio.rate = 48000;
    QVERIFY2(MediaFactory::makeAudio(media(u"hd.mp3"_s), audio, &error), qPrintable(error));
    const auto r = TestSupport::runCli({u"init"_s, m_fixture.temp().path(), u"--profile"_s, m_profilePath});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

void TestSecondProfile::checkFollowsTheProfile()
{
    // The fixture's 2022 media (1280×720, 25 fps, 3 Mbit/s; 44.1 kHz MP3) fail the HD numbers.
    auto r = TestSupport::runCli({u"check"_s, u"--profile"_s, m_profilePath, u"--json"_s,
                                  m_fixture.videoPath(), m_fixture.audioPath()});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QCOMPARE(json(r).value("profile"_L1).toString(), u"hd-2026/2026.1"_s);
    const QString videoName = QFileInfo(m_fixture.videoPath()).fileName();
    const QMap<QString, QJsonObject> video = checksOf(json(r), videoName);
    QVERIFY2(video.contains(u"duration"_s) && video.contains(u"file_size"_s), qPrintable(describe(r)));
    for (const QString &rule : {u"resolution"_s, u"frame_rate"_s, u"bitrate"_s}) {
        const QJsonObject c = video.value(rule);
        QCOMPARE(c.value("status"_L1).toString(), u"fail"_s);
        const QString text = c.value("expected"_L1).toString() + c.value("message"_L1).toString() +
                             c.value("hint"_L1).toString();
        QVERIFY2(!text.contains(u"1280×720"_s) && !text.contains(u"25 fps"_s) &&
                     !text.contains(u"2.00 Mbit"_s),
                 qPrintable(text));
    }
    QVERIFY(video.value(u"resolution"_s).value("hint"_L1).toString().contains(u"1920×1080"_s));
    QVERIFY(video.value(u"frame_rate"_s).value("hint"_L1).toString().contains(u"30 fps"_s));
    QVERIFY(video.value(u"bitrate"_s).value("expected"_L1).toString().contains(u"8.00 Mbit/s"_s));
    QCOMPARE(video.value(u"frame_rate"_s).value("name"_L1).toString(), u"Frame rate (HD)"_s);
    const QMap<QString, QJsonObject> audio = checksOf(json(r), QFileInfo(m_fixture.audioPath()).fileName());
    QCOMPARE(audio.value(u"sample_rate"_s).value("status"_L1).toString(), u"fail"_s);
    QVERIFY(audio.value(u"sample_rate"_s).value("hint"_L1).toString().contains(u"48000 Hz"_s));

    // Media made to the HD numbers pass every rule.
    r = TestSupport::runCli(
        {u"check"_s, u"--profile"_s, m_profilePath, u"--json"_s, media(u"hd.mp4"_s), media(u"hd.mp3"_s)});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    // The same HD video is judged by the 2022 profile with its own numbers (and passes them too).
    r = TestSupport::runCli({u"check"_s, u"--json"_s, media(u"hd.mp4"_s)});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(checksOf(json(r), u"hd.mp4"_s)
                .value(u"frame_rate"_s)
                .value("expected"_L1)
                .toString()
                .contains(u"25.00"_s));
}

void TestSecondProfile::validateNamesTheProfile()
{
    auto r = TestSupport::runCli({u"validate"_s, m_fixture.temp().path(), u"--json"_s, u"--no-media"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(json(r).value("profile"_L1).toString(), u"hd-2026/2026.1"_s);
    // With the media: the fixture's video fails this profile, as the export below finds.
    r = TestSupport::runCli({u"validate"_s, m_fixture.temp().path(), u"--json"_s});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
}

void TestSecondProfile::exportJudgesByTheProfile()
{
    const QString refused = m_dir.filePath(u"refused.zip"_s);
    auto r = TestSupport::runCli(
        {u"export"_s, m_fixture.temp().path(), u"--batch"_s, u"spring"_s, u"-o"_s, refused, u"--json"_s});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY(!QFileInfo::exists(refused));
    QStringList failed;
    for (const QJsonValue &f : json(r).value("technical"_L1).toArray())
        failed.append(f.toObject().value("rule"_L1).toString());
    for (const QString &rule : {u"resolution"_s, u"frame_rate"_s, u"bitrate"_s, u"sample_rate"_s})
        QVERIFY2(failed.contains(rule), qPrintable(describe(r)));

    // With HD media the same batch exports, and the package carries the HD profile's verdicts.
    QString error;
    ResourceStore store(m_fixture.workspace());
    QVERIFY2(store.replaceFile(m_fixture.videoId(), u"media"_s, media(u"hd.mp4"_s), &error),
             qPrintable(error));
    QVERIFY2(store.replaceFile(m_fixture.audioId(), u"media"_s, media(u"hd.mp3"_s), &error),
             qPrintable(error));
    const QString out = m_dir.filePath(u"hd-bag"_s);
    r = TestSupport::runCli(
        {u"export"_s, m_fixture.temp().path(), u"--batch"_s, u"spring"_s, u"-o"_s, out, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString bag = json(r).value("path"_L1).toString(out);
    const QJsonObject metadata =
        QJsonDocument::fromJson(PackageFixture::readAll(bag + u"/data/metadata.json"_s)).object();
    int checked = 0;
    for (const QJsonValue &res : metadata.value("resources"_L1).toArray()) {
        for (const QJsonValue &f : res.toObject().value("files"_L1).toArray()) {
            const QJsonObject check = f.toObject().value("check"_L1).toObject();
            if (check.isEmpty())
                continue;
            ++checked;
            QCOMPARE(check.value("verdict"_L1).toString(), u"pass"_s);
            QStringList ids;
            for (const QJsonValue &c : check.value("checks"_L1).toArray())
                ids.append(c.toObject().value("id"_L1).toString());
            QVERIFY2(ids.contains(u"duration"_s), qPrintable(ids.join(u',')));
        }
    }
    QCOMPARE(checked, 2);
}

QTEST_MAIN(TestSecondProfile)
#include "TestSecondProfile.moc"
