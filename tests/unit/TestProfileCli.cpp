// submitdesk-cli profile list | show | import | diff, run as a process with its own profile library (the
// user data folder is a temporary XDG_DATA_HOME): JSON output, exit codes, and a batch re-judged under a
// newer version, recorded with --apply, then validated by the profile it records.

#include "PackageFixture.h"
#include "TestSupport.h"

#include "workspace/BatchStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using TestSupport::describe;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString hdProfile()
{
    return TestSupport::sourceDir() + u"/tests/data/second-profile/profiles/hd-2026.json"_s;
}

QStringList specsOf(const QJsonObject &list)
{
    QStringList out;
    for (const QJsonValue &v : list.value("profiles"_L1).toArray())
        out.append(v.toObject().value("id"_L1).toString() + u'@' +
                   v.toObject().value("version"_L1).toString() + u' ' +
                   v.toObject().value("source"_L1).toString());
    return out;
}

#define CLI_EXPECT(result, code)                                                                             \
    do {                                                                                                     \
        const TestSupport::ProcessResult &cliResult_ = (result);                                             \
        QVERIFY2(cliResult_.finished &&cliResult_.exitCode == (code), qPrintable(describe(cliResult_)));     \
    } while (false)
} // namespace

class TestProfileCli : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home->path()));
    }

    void listShowAndImport()
    {
        auto r = TestSupport::runCli({u"profile"_s, u"list"_s, u"--json"_s});
        CLI_EXPECT(r, 0);
        QCOMPARE(specsOf(TestSupport::jsonOf(r)), QStringList{u"lifelong-2022@2022.1 built-in"_s});

        r = TestSupport::runCli({u"profile"_s, u"import"_s, hdProfile(), u"--json"_s});
        CLI_EXPECT(r, 0);
        QCOMPARE(TestSupport::jsonOf(r).value("already_installed"_L1).toBool(), false);
        r = TestSupport::runCli({u"profile"_s, u"import"_s, hdProfile()});
        CLI_EXPECT(r, 0);
        QVERIFY2(r.out.contains("already installed"), qPrintable(describe(r)));
        r = TestSupport::runCli({u"profile"_s, u"list"_s, u"--json"_s});
        QCOMPARE(specsOf(TestSupport::jsonOf(r)),
                 (QStringList{u"lifelong-2022@2022.1 built-in"_s, u"hd-2026@2026.1 installed"_s}));

        r = TestSupport::runCli({u"profile"_s, u"show"_s, u"hd-2026@2026.1"_s, u"--json"_s});
        CLI_EXPECT(r, 0);
        const QJsonObject shown = TestSupport::jsonOf(r);
        QCOMPARE(shown.value("technical"_L1)["video"_L1]["resolution"_L1]["min_long"_L1].toInt(), 1920);
        QVERIFY(!shown.value("fields"_L1).toArray().isEmpty());
        QCOMPARE(shown.value("campaign"_L1)["deadlines"_L1].toArray().size(), 3);

        // The 2022 call, shown on any day after it: closed, with the hint, never an overdue count.
        r = TestSupport::runCli({u"profile"_s, u"show"_s, u"lifelong-2022"_s});
        CLI_EXPECT(r, 0);
        QVERIFY2(
            r.out.contains("2022 lifelong-education digital learning resources call: closed (last deadline "
                           "2022-05-22)") &&
                r.out.contains("profile import") && !r.out.contains("OVERDUE") && r.out.contains("1280"),
            qPrintable(describe(r)));

        r = TestSupport::runCli({u"profile"_s, u"show"_s, u"no-such-call"_s});
        CLI_EXPECT(r, 2);
        r = TestSupport::runCli({u"profile"_s, u"frobnicate"_s});
        CLI_EXPECT(r, 2);
    }

    void importRefusals()
    {
        const QString broken = TestSupport::sourceDir() + u"/tests/data/profiles/bad-kind/profile.json"_s;
        auto r = TestSupport::runCli({u"profile"_s, u"import"_s, broken, u"--json"_s});
        CLI_EXPECT(r, 1);
        QVERIFY2(TestSupport::jsonOf(r).value("error"_L1).toString().contains(u"fields[1] (extra).kind"_s),
                 qPrintable(describe(r)));
        QTemporaryDir dir;
        const QString link = dir.filePath(u"link.json"_s);
        QVERIFY(QFile::link(hdProfile(), link));
        r = TestSupport::runCli({u"profile"_s, u"import"_s, link});
        CLI_EXPECT(r, 1);
        QVERIFY2(r.err.contains("symbolic link"), qPrintable(describe(r)));
        r = TestSupport::runCli({u"profile"_s, u"list"_s, u"--json"_s});
        QCOMPARE(specsOf(TestSupport::jsonOf(r)).size(), 1);
    }

    void diffOfTwoProfiles()
    {
        auto r = TestSupport::runCli({u"profile"_s, u"diff"_s, u"lifelong-2022"_s, hdProfile(), u"--json"_s});
        CLI_EXPECT(r, 0);
        const QJsonObject o = TestSupport::jsonOf(r);
        QCOMPARE(o.value("to"_L1).toString(), u"hd-2026/2026.1"_s);
        QStringList texts;
        for (const QJsonValue &c : o.value("changes"_L1).toArray())
            texts.append(c.toObject().value("text"_L1).toString());
        QVERIFY2(texts.contains(u"Video · Resolution: minimum resolution 1280×720 → 1920×1080"_s),
                 qPrintable(texts.join(u'\n')));
        r = TestSupport::runCli({u"profile"_s, u"diff"_s, u"lifelong-2022"_s, hdProfile()});
        CLI_EXPECT(r, 0);
        QVERIFY(r.out.contains("Video · Bitrate: min_bps 2000000 → 8000000"));
    }

    void rejudgeApplyThenValidateByTheRecordedProfile()
    {
        PackageFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        const QString ws = fixture.temp().path();
        // A newer version of the 2022 call whose titles may have at most 2 characters.
        QJsonObject next = QJsonDocument::fromJson(readAll(u":/profiles/lifelong-2022.json"_s)).object();
        next.insert(u"version"_s, u"2022.2"_s);
        QJsonArray fields = next.value("fields"_L1).toArray();
        QJsonObject title = fields.at(0).toObject();
        QCOMPARE(title.value("id"_L1).toString(), u"title"_s);
        QJsonObject rule = title.value("rule"_L1).toObject();
        rule.insert(u"max_length"_s, 2);
        title.insert(u"rule"_s, rule);
        fields.replace(0, title);
        next.insert(u"fields"_s, fields);
        QTemporaryDir source;
        QVERIFY(QDir().mkpath(source.filePath(u"profiles"_s)));
        const QString file = source.filePath(u"profiles/lifelong-2022.2.json"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(next).toJson()) > 0);
        out.close();
        CLI_EXPECT(TestSupport::runCli({u"profile"_s, u"import"_s, file}), 0);

        auto r = TestSupport::runCli({u"profile"_s, u"diff"_s, u"lifelong-2022@2022.1"_s,
                                      u"lifelong-2022@2022.2"_s, u"--workspace"_s, ws, u"--batch"_s,
                                      u"spring"_s, u"--json"_s});
        CLI_EXPECT(r, 1); // resources that passed now fail
        QJsonObject o = TestSupport::jsonOf(r);
        QCOMPARE(o.value("changed"_L1).toArray().size(), 2);
        QCOMPARE(o.value("applied"_L1).toBool(), false);
        QCOMPARE(o.value("changed"_L1)[0]["before"_L1].toString(), u"pass"_s);
        QCOMPARE(o.value("changed"_L1)[0]["after"_L1].toString(), u"fail"_s);
        r = TestSupport::runCli({u"validate"_s, ws, u"--json"_s});
        CLI_EXPECT(r, 0); // not applied: still judged by 2022.1

        r = TestSupport::runCli({u"profile"_s, u"diff"_s, u"lifelong-2022@2022.1"_s,
                                 u"lifelong-2022@2022.2"_s, u"--workspace"_s, ws, u"--batch"_s, u"spring"_s,
                                 u"--apply"_s});
        CLI_EXPECT(r, 1);
        QVERIFY2(r.out.contains("now FAILS") && r.out.contains("judged by lifelong-2022/2022.2"),
                 qPrintable(describe(r)));
        r = TestSupport::runCli({u"validate"_s, ws, u"--json"_s});
        CLI_EXPECT(r, 1);
        o = TestSupport::jsonOf(r);
        QCOMPARE(o.value("batches"_L1)[0]["profile"_L1].toString(), u"lifelong-2022/2022.2"_s);

        // Without the recorded profile installed, the batch is not judged by another one silently.
        QVERIFY(QFile::remove(
            m_home->filePath(u"SubmitDesk/SubmitDesk/campaigns/profiles/lifelong-2022@2022.2.json"_s)));
        r = TestSupport::runCli({u"validate"_s, ws});
        CLI_EXPECT(r, 2);
        QVERIFY2(r.err.contains("2022.2") && r.err.contains("import"), qPrintable(describe(r)));
    }

private:
    std::unique_ptr<QTemporaryDir> m_home;
};

QTEST_MAIN(TestProfileCli)
#include "TestProfileCli.moc"
