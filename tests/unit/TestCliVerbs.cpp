// submitdesk-cli init / unit / add / set / validate, run as a separate process on real workspace files:
// exit codes 0 clean, 1 problems, 2 could not run; JSON output; what is stored, read back with a fresh
// Workspace.

#include "MetadataFixture.h"
#include "StoreReads.h"
#include "TestSupport.h"
#include "workspace/BatchStore.h"
#include "workspace/Migrations.h"
#include "workspace/ResourceStore.h"
#include "workspace/UnitStore.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using TestSupport::describe;
QJsonObject json(const TestSupport::ProcessResult &r)
{
    return TestSupport::jsonOf(r);
}

// Runs `result` once (it is often a runCli call) and checks how it ended.
#define CLI_EXPECT(result, code)                                                                             \
    do {                                                                                                     \
        const TestSupport::ProcessResult &cliResult_ = (result);                                             \
        QVERIFY2(cliResult_.finished &&cliResult_.exitCode == (code), qPrintable(describe(cliResult_)));     \
    } while (false)

const QStringList kFullUnit{u"--name"_s,   u"国家开放大学"_s, u"--person"_s, u"张建华"_s,
                            u"--title"_s,  u"处长"_s,         u"--phone"_s,  u"010-66096459"_s,
                            u"--mobile"_s, u"13800138000"_s,  u"--email"_s,  u"le@ouchn.edu.cn"_s};
} // namespace

class TestCliVerbs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(TestSupport::cliPath()).isExecutable(), qPrintable(TestSupport::cliPath()));
    }

    void usageAndUnknownVerb()
    {
        auto r = TestSupport::runCli({});
        CLI_EXPECT(r, 2);
        QVERIFY(r.out.contains("init") && r.out.contains("validate"));
        r = TestSupport::runCli({u"--help"_s});
        CLI_EXPECT(r, 0);
        r = TestSupport::runCli({u"frobnicate"_s});
        CLI_EXPECT(r, 2);
        QVERIFY(r.err.contains("frobnicate"));
        r = TestSupport::runCli({u"set"_s, u"--help"_s});
        CLI_EXPECT(r, 0);
        QVERIFY(r.out.contains("--resource"));
        r = TestSupport::runCli({u"init"_s, u"--no-such-option"_s});
        CLI_EXPECT(r, 2);
    }

    void initCreatesWorkspace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/units.submitdesk"_s);
        auto r = TestSupport::runCli({u"init"_s, path, u"--json"_s});
        CLI_EXPECT(r, 0);
        QJsonObject o = json(r);
        QCOMPARE(o.value("workspace"_L1).toString(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(o.value("created"_L1).toBool(), true);
        QCOMPARE(o.value("schema"_L1).toInt(), Migrations::latestVersion());
        QCOMPARE(o.value("profile"_L1).toString(), u"lifelong-2022/2022.1"_s);
        QVERIFY(QFileInfo(path).isFile());
        r = TestSupport::runCli({u"init"_s, path, u"--json"_s});
        CLI_EXPECT(r, 0);
        QCOMPARE(json(r).value("created"_L1).toBool(), false);
        r = TestSupport::runCli({u"init"_s, path});
        CLI_EXPECT(r, 0);
        QVERIFY(r.out.contains("lifelong-2022"));
        // Errors: no workspace, a foreign file, an unknown profile.
        CLI_EXPECT(TestSupport::runCli({u"init"_s}), 2);
        const QString foreign = dir.filePath(u"notes.txt"_s);
        QFile f(foreign);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some notes, not a database at all");
        f.close();
        r = TestSupport::runCli({u"init"_s, foreign});
        CLI_EXPECT(r, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(foreign), qPrintable(describe(r)));
        r = TestSupport::runCli(
            {u"init"_s, dir.filePath(u"other.submitdesk"_s), u"--profile"_s, u"no-such-campaign"_s});
        CLI_EXPECT(r, 2);
        QVERIFY(r.err.contains("no-such-campaign"));
    }

    void unitSetAndRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"w.submitdesk"_s);
        CLI_EXPECT(TestSupport::runCli({u"init"_s, path}), 0);
        CLI_EXPECT(TestSupport::runCli({u"unit"_s, dir.filePath(u"missing.submitdesk"_s)}), 2);
        auto r = TestSupport::runCli(QStringList{u"unit"_s, path, u"--json"_s} + kFullUnit);
        CLI_EXPECT(r, 0);
        QJsonObject o = json(r);
        for (const char *key : {"id", "name", "person", "title", "phone", "mobile", "email", "stamped_scan"})
            QVERIFY2(o.contains(QLatin1StringView(key)), key);
        QCOMPARE(o.value("name"_L1).toString(), u"国家开放大学"_s);
        QCOMPARE(o.value("mobile"_L1).toString(), u"13800138000"_s);
        // A bad mobile number: exit 1, nothing stored (not even the good --title given with it).
        r = TestSupport::runCli({u"unit"_s, path, u"--title"_s, u"副处长"_s, u"--mobile"_s, u"12345"_s});
        CLI_EXPECT(r, 1);
        QVERIFY(r.err.contains("--mobile"));
        Workspace w;
        QString error;
        QVERIFY2(w.open(path, &error), qPrintable(error));
        const QList<Unit> units = StoreReads::units(UnitStore(w));
        QCOMPARE(units.size(), 1);
        QCOMPARE(units.first().mobile, u"13800138000"_s);
        QCOMPARE(units.first().title, u"处长"_s);
        // Showing without options changes nothing.
        r = TestSupport::runCli({u"unit"_s, path, u"--json"_s});
        CLI_EXPECT(r, 0);
        QCOMPARE(json(r).value("person"_L1).toString(), u"张建华"_s);
    }

    void unitFilledStepByStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"w.submitdesk"_s);
        CLI_EXPECT(TestSupport::runCli({u"init"_s, path}), 0);
        const auto r = TestSupport::runCli({u"unit"_s, path, u"--name"_s, u"国家开放大学"_s, u"--json"_s});
        CLI_EXPECT(r, 0);
        QCOMPARE(json(r).value("name"_L1).toString(), u"国家开放大学"_s);
    }

    void addFolderOfMedia()
    {
        if (!TestSupport::haveProgram(u"ffmpeg"_s))
            QSKIP("ffmpeg is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"w.submitdesk"_s);
        CLI_EXPECT(TestSupport::runCli({u"init"_s, path}), 0);
        const QString media = makeMediaFolder(dir);
        QVERIFY(!media.isEmpty());
        auto r = TestSupport::runCli({u"add"_s, path, u"--batch"_s, u"第一批"_s, media, u"--json"_s});
        CLI_EXPECT(r, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o.value("batch"_L1).toString(), u"第一批"_s);
        const QJsonArray list = o.value("resources"_L1).toArray();
        QCOMPARE(list.size(), 2); // readme.txt is not media
        QCOMPARE(list.at(0).toObject().value("type"_L1).toString(), u"A01"_s);
        QCOMPARE(list.at(0).toObject().value("source"_L1).toString(), QDir(media).filePath(u"a.mp4"_s));
        QCOMPARE(list.at(1).toObject().value("type"_L1).toString(), u"A02"_s);
        QVERIFY(list.at(1).toObject().value("id"_L1).toInteger() > 0);

        Workspace w;
        QString error;
        QVERIFY2(w.open(path, &error), qPrintable(error));
        Batch batch;
        QVERIFY(BatchStore(w).findByName(u"第一批"_s, &batch));
        const QList<Resource> resources = StoreReads::inBatch(ResourceStore(w), batch.id);
        QCOMPARE(resources.size(), 2);
        QCOMPARE(resources.at(0).value(u"title"_s), u"a"_s);
        QCOMPARE(resources.at(0).filesWithRole(u"media"_s).size(), 1);
        QVERIFY(resources.at(0).filesWithRole(u"media"_s).first().size > 0);
        QCOMPARE(resources.at(1).type, u"A02"_s);

        // A file of unknown type: exit 1, the item carries the error; plain text output.
        r = TestSupport::runCli(
            {u"add"_s, path, u"--batch"_s, u"第一批"_s, QDir(media).filePath(u"readme.txt"_s), u"--json"_s});
        CLI_EXPECT(r, 1);
        QVERIFY(json(r).value("resources"_L1).toArray().first().toObject().contains("error"_L1));
        r = TestSupport::runCli(
            {u"add"_s, path, u"--batch"_s, u"第二批"_s, u"https://le.ouchn.cn/course/1"_s});
        CLI_EXPECT(r, 0);
        QVERIFY(r.out.contains("A03"));
        const QString empty = dir.filePath(u"empty"_s);
        QVERIFY(QDir().mkpath(empty));
        CLI_EXPECT(TestSupport::runCli({u"add"_s, path, u"--batch"_s, u"第一批"_s, empty}), 1);
        CLI_EXPECT(TestSupport::runCli({u"add"_s, path, media}), 2); // no --batch
    }

    void setValidatesAndStoresAllOrNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"w.submitdesk"_s);
        const qint64 id = makeDraft(dir, path);
        QVERIFY(id > 0);
        const QString rid = QString::number(id);
        auto r = TestSupport::runCli({u"set"_s, path, u"--resource"_s, rid, u"title=航空发动机原理"_s,
                                      u"speakers=张建华;朱新;(藏族)班班多杰"_s, u"--json"_s});
        CLI_EXPECT(r, 0);
        QJsonObject o = json(r);
        QCOMPARE(o.value("resource"_L1).toInteger(), id);
        QCOMPARE(o.value("stored"_L1).toBool(), true);
        QVERIFY(o.value("messages"_L1).toArray().isEmpty());

        // One bad value among good ones: exit 1, the message with its fix, nothing stored.
        r = TestSupport::runCli({u"set"_s, path, u"--resource"_s, rid, u"title=新的标题"_s,
                                 u"speakers=张建华；朱新"_s, u"--json"_s});
        CLI_EXPECT(r, 1);
        o = json(r);
        QCOMPARE(o.value("stored"_L1).toBool(), false);
        const QJsonObject m = o.value("messages"_L1).toArray().first().toObject();
        QCOMPARE(m.value("code"_L1).toString(), u"fullwidth_separator"_s);
        QCOMPARE(m.value("field"_L1).toString(), u"speakers"_s);
        QCOMPARE(m.value("fix"_L1).toString(), u"张建华;朱新"_s);
        QCOMPARE(m.value("severity"_L1).toString(), u"error"_s);
        QCOMPARE(storedValue(path, id, u"title"_s), u"航空发动机原理"_s);
        QCOMPARE(storedValue(path, id, u"speakers"_s), u"张建华;朱新;(藏族)班班多杰"_s);

        for (const QString &bad :
             {u"created=2022-02-30"_s, u"created=2022/3/23"_s, u"clicks=-1"_s, u"clicks=3万"_s,
              u"category=科学文化--航空发动机"_s, u"title="_s + QString(101, u'航')}) {
            r = TestSupport::runCli({u"set"_s, path, u"--resource"_s, rid, bad});
            CLI_EXPECT(r, 1);
            QVERIFY2(r.err.contains("nothing was stored"), qPrintable(describe(r)));
        }
        QCOMPARE(storedValue(path, id, u"created"_s), QString());
        QCOMPARE(storedValue(path, id, u"clicks"_s), QString());

        // A warning stores and exits 0; the text output shows the suggestion.
        r = TestSupport::runCli({u"set"_s, path, u"--resource"_s, rid, u"speakers=（藏族）班班多杰"_s});
        CLI_EXPECT(r, 0);
        QVERIFY2(r.out.contains("warning") && r.out.contains("(藏族)班班多杰"), qPrintable(describe(r)));
        QCOMPARE(storedValue(path, id, u"speakers"_s), u"（藏族）班班多杰"_s);

        // A real JPEG as cover is attached as a file.
        const QString cover = dir.filePath(u"cover.jpg"_s);
        QVERIFY(MetadataFixture::writeJpeg(cover));
        CLI_EXPECT(TestSupport::runCli({u"set"_s, path, u"--resource"_s, rid, u"cover="_s + cover}), 0);
        const QString png = dir.filePath(u"png.jpg"_s);
        QVERIFY(MetadataFixture::writePng(png));
        CLI_EXPECT(TestSupport::runCli({u"set"_s, path, u"--resource"_s, rid, u"cover="_s + png}), 1);
        Workspace w;
        QString error;
        QVERIFY(w.open(path, &error));
        Resource res;
        QVERIFY(ResourceStore(w).load(id, &res));
        QCOMPARE(res.filesWithRole(u"cover"_s).size(), 1);
        QCOMPARE(res.filesWithRole(u"cover"_s).first().path, cover);

        // Could not run: unknown field, unknown resource, not FIELD=VALUE, no --resource.
        CLI_EXPECT(TestSupport::runCli({u"set"_s, path, u"--resource"_s, rid, u"titel=x"_s}), 2);
        CLI_EXPECT(TestSupport::runCli({u"set"_s, path, u"--resource"_s, u"9999"_s, u"title=x"_s}), 2);
        CLI_EXPECT(TestSupport::runCli({u"set"_s, path, u"--resource"_s, rid, u"title"_s}), 2);
        CLI_EXPECT(TestSupport::runCli({u"set"_s, path, u"title=x"_s}), 2);
    }

    void validateReportsAndExitCodes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"w.submitdesk"_s);
        const qint64 id = makeDraft(dir, path);
        QVERIFY(id > 0);
        auto r = TestSupport::runCli({u"validate"_s, path, u"--json"_s});
        CLI_EXPECT(r, 1);
        QJsonObject o = json(r);
        QCOMPARE(o.value("profile"_L1).toString(), u"lifelong-2022/2022.1"_s);
        QVERIFY(o.value("errors"_L1).toInt() > 0);
        QJsonObject batch = o.value("batches"_L1).toArray().first().toObject();
        QCOMPARE(batch.value("batch"_L1).toString(), u"b"_s);
        QCOMPARE(batch.value("resources"_L1).toInt(), 1);
        QCOMPARE(batch.value("errors"_L1).toInt(), o.value("errors"_L1).toInt());
        QVERIFY(batch.contains("warnings"_L1));
        bool sawRequiredSummary = false;
        for (const QJsonValue &v : batch.value("messages"_L1).toArray()) {
            const QJsonObject m = v.toObject();
            sawRequiredSummary |= m.value("field"_L1).toString() == "summary"_L1 &&
                                  m.value("code"_L1).toString() == "required"_L1 &&
                                  m.value("resource"_L1).toInteger() == id;
        }
        QVERIFY(sawRequiredSummary);

        // Fill everything in: exit 0.
        CLI_EXPECT(TestSupport::runCli(QStringList{u"unit"_s, path} + kFullUnit), 0);
        const QString cover = dir.filePath(u"cover.jpg"_s);
        QVERIFY(MetadataFixture::writeJpeg(cover));
        r = TestSupport::runCli(
            {u"set"_s, path, u"--resource"_s, QString::number(id), u"title=航空发动机原理"_s,
             u"summary=本课程系统介绍航空发动机的基本原理、主要部件与发展趋势。"_s, u"created=2022-03-23"_s,
             u"copyright=国家开放大学"_s, u"speakers=张建华;朱新;(藏族)班班多杰"_s, u"clicks=36500"_s,
             u"keywords=新媒体;人工智能"_s, u"category=科学文化-航空知识-航空发动机"_s, u"cover="_s + cover});
        CLI_EXPECT(r, 0);
        // The metadata is complete; the draft's media file is no video: it fails the technical check,
        // which validate includes (exit 1, the file and the reason named) unless --no-media.
        r = TestSupport::runCli({u"validate"_s, path, u"--batch"_s, u"b"_s, u"--json"_s});
        CLI_EXPECT(r, 1);
        o = json(r);
        QVERIFY(o.value("errors"_L1).toInt() > 0);
        bool sawTechnical = false;
        for (const QJsonValue &v :
             o.value("batches"_L1).toArray().first().toObject().value("messages"_L1).toArray())
            sawTechnical |= v.toObject().value("code"_L1).toString() == "technical"_L1 &&
                            v.toObject().value("resource"_L1).toInteger() == id;
        QVERIFY(sawTechnical);
        r = TestSupport::runCli({u"validate"_s, path, u"--batch"_s, u"b"_s, u"--json"_s, u"--no-media"_s});
        CLI_EXPECT(r, 0);
        o = json(r);
        QCOMPARE(o.value("errors"_L1).toInt(), 0);
        r = TestSupport::runCli({u"validate"_s, path, u"--no-media"_s});
        CLI_EXPECT(r, 0);
        QVERIFY(r.out.contains("\"b\""));
        CLI_EXPECT(TestSupport::runCli({u"validate"_s, path, u"--batch"_s, u"no such batch"_s}), 2);
        CLI_EXPECT(TestSupport::runCli({u"validate"_s, dir.filePath(u"missing.submitdesk"_s)}), 2);
    }

    void addRefusesDuplicatesAndCreatesNoEmptyBatch()
    {
        if (!TestSupport::haveProgram(u"ffmpeg"_s))
            QSKIP("ffmpeg is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"w.submitdesk"_s);
        CLI_EXPECT(TestSupport::runCli({u"init"_s, path}), 0);
        const QString media = makeMediaFolder(dir);
        CLI_EXPECT(TestSupport::runCli({u"add"_s, path, u"--batch"_s, u"b"_s, media}), 0);
        // The same folder again: nothing new, each file reported as already there.
        auto r = TestSupport::runCli({u"add"_s, path, u"--batch"_s, u"b"_s, media, u"--json"_s});
        CLI_EXPECT(r, 1);
        for (const QJsonValue &v : json(r).value("resources"_L1).toArray())
            QVERIFY(v.toObject().value("error"_L1).toString().contains(u"already in this batch"_s));
        // An empty folder: exit 1 and no batch "empty" left behind.
        const QString empty = dir.filePath(u"nothing"_s);
        QVERIFY(QDir().mkpath(empty));
        CLI_EXPECT(TestSupport::runCli({u"add"_s, path, u"--batch"_s, u"empty"_s, empty}), 1);
        // A link without a host is refused.
        CLI_EXPECT(TestSupport::runCli({u"add"_s, path, u"--batch"_s, u"b"_s, u"https://"_s}), 1);
        Workspace w;
        QString error;
        QVERIFY2(w.open(path, &error), qPrintable(error));
        Batch batch;
        QVERIFY(!BatchStore(w).findByName(u"empty"_s, &batch));
        QVERIFY(BatchStore(w).findByName(u"b"_s, &batch));
        QCOMPARE(ResourceStore(w).countInBatch(batch.id), 2);
    }

    void setGuardsTheType()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"w.submitdesk"_s);
        const qint64 id = makeDraft(dir, path);
        const QString rid = QString::number(id);
        // Blank, unknown, or not fitting the attached .mp4: refused, nothing stored.
        for (const QString &bad : {u"type="_s, u"type=A99"_s, u"type=A02"_s}) {
            auto r = TestSupport::runCli({u"set"_s, path, u"--resource"_s, rid, bad, u"title=新标题"_s});
            CLI_EXPECT(r, 1);
        }
        // Clearing a required field is refused too; clearing an optional one is fine.
        CLI_EXPECT(TestSupport::runCli({u"set"_s, path, u"--resource"_s, rid, u"title="_s}), 1);
        CLI_EXPECT(TestSupport::runCli({u"set"_s, path, u"--resource"_s, rid, u"clicks="_s}), 0);
        Workspace w;
        QString error;
        QVERIFY2(w.open(path, &error), qPrintable(error));
        Resource r;
        QVERIFY(ResourceStore(w).load(id, &r));
        QCOMPARE(r.type, u"A01"_s);
        QVERIFY(r.value(u"title"_s) != u"新标题"_s);
    }

    void refusesWhatIsNotAWorkspaceOrNotUtf8()
    {
        QTemporaryDir dir;
        const QString emptyFile = dir.filePath(u"empty.submitdesk"_s);
        QFile f(emptyFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto r = TestSupport::runCli({u"validate"_s, emptyFile});
        CLI_EXPECT(r, 2);
        QVERIFY(r.err.contains("empty file"));
        QCOMPARE(QFileInfo(emptyFile).size(), 0);                        // untouched
        CLI_EXPECT(TestSupport::runCli({u"validate"_s, dir.path()}), 2); // a folder

        // Invalid UTF-8 in an argument: refused before anything is stored.
        const QString path = dir.filePath(u"w.submitdesk"_s);
        const qint64 id = makeDraft(dir, path);
        QProcess p;
        p.start(u"/bin/sh"_s,
                {u"-c"_s, u"\"$0\" set \"$1\" --resource \"$2\" \"$(printf 'title=\\377\\376 bad')\""_s,
                 TestSupport::cliPath(), path, QString::number(id)});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("not valid UTF-8"));
    }

    void customProfileFileIsRemembered()
    {
        // init --profile FILE: later verbs load the same file (a new notice needs data, not code).
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(u"p/profiles"_s)) && QDir().mkpath(dir.filePath(u"p/taxonomy"_s)));
        QFile builtin(u":/profiles/lifelong-2022.json"_s);
        QVERIFY(builtin.open(QIODevice::ReadOnly));
        QByteArray profileJson = builtin.readAll();
        profileJson.replace("\"id\": \"lifelong-2022\"", "\"id\": \"custom-2023\"");
        QFile custom(dir.filePath(u"p/profiles/custom-2023.json"_s));
        QVERIFY(custom.open(QIODevice::WriteOnly) && custom.write(profileJson) == profileJson.size());
        custom.close();
        QVERIFY(QFile::copy(u":/taxonomy/lifelong-2022.json"_s,
                            dir.filePath(u"p/taxonomy/lifelong-2022.json"_s)));
        const QString path = dir.filePath(u"w.submitdesk"_s);
        CLI_EXPECT(TestSupport::runCli({u"init"_s, path, u"--profile"_s, custom.fileName()}), 0);
        auto r = TestSupport::runCli({u"validate"_s, path, u"--json"_s});
        CLI_EXPECT(r, 0);
        QCOMPARE(json(r).value("profile"_L1).toString(), u"custom-2023/2022.1"_s);
    }

private:
    // a.mp4, b.mp3 (made with ffmpeg) and readme.txt in <dir>/media.
    static QString makeMediaFolder(const QTemporaryDir &dir)
    {
        const QString media = dir.filePath(u"media"_s);
        QDir().mkpath(media);
        const auto v = TestSupport::run(u"ffmpeg"_s,
                                        {u"-v"_s, u"error"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                                         u"testsrc=size=64x64:rate=25"_s, u"-t"_s, u"0.2"_s, u"a.mp4"_s},
                                        60000, media);
        const auto a = TestSupport::run(
            u"ffmpeg"_s,
            {u"-v"_s, u"error"_s, u"-f"_s, u"lavfi"_s, u"-i"_s, u"sine"_s, u"-t"_s, u"0.2"_s, u"b.mp3"_s},
            60000, media);
        QFile readme(QDir(media).filePath(u"readme.txt"_s));
        if (v.exitCode != 0 || a.exitCode != 0 || !readme.open(QIODevice::WriteOnly))
            return {};
        readme.write("not media\n");
        return media;
    }

    // A workspace with one A01 draft in batch "b" (the media file need not be a real video for metadata).
    static qint64 makeDraft(const QTemporaryDir &dir, const QString &path)
    {
        if (TestSupport::runCli({u"init"_s, path}).exitCode != 0)
            return 0;
        const QString mp4 = dir.filePath(u"lecture.mp4"_s);
        QFile f(mp4);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write("placeholder");
        f.close();
        const auto r = TestSupport::runCli({u"add"_s, path, u"--batch"_s, u"b"_s, mp4, u"--json"_s});
        return json(r).value("resources"_L1).toArray().first().toObject().value("id"_L1).toInteger();
    }

    static QString storedValue(const QString &path, qint64 id, const QString &field)
    {
        Workspace w;
        QString error;
        Resource r;
        if (!w.open(path, &error) || !ResourceStore(w).load(id, &r))
            return u"<unreadable>"_s;
        return r.value(field);
    }
};

QTEST_GUILESS_MAIN(TestCliVerbs)
#include "TestCliVerbs.moc"
