// A profile whose fields have other ids but the same roles (tests/data/renamed-fields/profiles/
// renamed-2026.json: course_title, poster, link, toc, organisation, security_level, filing_no) goes
// through submitdesk-cli add → set → validate → check → export → verify → import: what the code needs of a
// field comes from its role, never from the 2022 ids (issue 13 item 4). The course is served by a local
// HTTP server; nothing leaves the machine.

#include "LocalHttpServer.h"
#include "PackageFixture.h"
#include "TestSupport.h"

#include "profile/ProfileLoader.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
using TestSupport::describe;

const QStringList kUnit{u"--name"_s,   u"国家开放大学"_s, u"--person"_s, u"张建华"_s,
                        u"--title"_s,  u"处长"_s,         u"--phone"_s,  u"010-66096459"_s,
                        u"--mobile"_s, u"13800138000"_s,  u"--email"_s,  u"le@ouchn.edu.cn"_s};

const QString kToc =
    u"<catalog><chapter title=\"第一章\"><section title=\"1.1 概述\" duration=\"00:12:30\"/></chapter></catalog>"_s;

// The field ids the 2022 profile gives these roles: none of them may appear in the package's values.
const QStringList kOldIds{
    u"title"_s, u"cover"_s, u"url"_s, u"catalog"_s, u"unit"_s, u"protection_level"_s, u"filing_number"_s};

QJsonObject resourceOfType(const QJsonObject &metadata, const QString &type)
{
    for (const QJsonValue &r : metadata.value("resources"_L1).toArray())
        if (r.toObject().value("type"_L1).toString() == type)
            return r.toObject();
    return {};
}

QStringList filesWithRole(const QJsonObject &resource, const QString &role)
{
    QStringList out;
    for (const QJsonValue &f : resource.value("files"_L1).toArray())
        if (f.toObject().value("role"_L1).toString() == role)
            out.append(f.toObject().value("path"_L1).toString());
    return out;
}
} // namespace

class TestRenamedFields : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void profileDeclaresTheSameRoles();
    void addFillsTheRoleFields();
    void validatePasses();
    void checkJudgesTheMedia();
    void exportWritesByRole();
    void verifyJudgesByTheProfile();
    void importStoresByRole();

private:
    // Runs the CLI without blocking this thread's event loop (the course server lives on it).
    TestSupport::ProcessResult cli(const QStringList &args, int timeoutMs = 120000);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QJsonObject values(qint64 resourceId);

    LocalHttpServer m_server;
    QTemporaryDir m_dir;
    QString m_profilePath;
    QString m_workspace;
    QString m_package;
    qint64 m_videoId = 0;
    qint64 m_courseId = 0;
};

void TestRenamedFields::initTestCase()
{
    if (!TestSupport::haveProgram(u"ffmpeg"_s))
        QSKIP("ffmpeg is not installed");
    QVERIFY2(QFileInfo(TestSupport::cliPath()).isExecutable(), "SUBMITDESK_CLI must point at submitdesk-cli");
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.start());
    // The profile file with the built-in taxonomy beside it, in ../taxonomy/.
    QVERIFY(QDir().mkpath(path(u"profiles"_s)) && QDir().mkpath(path(u"taxonomy"_s)) &&
            QDir().mkpath(path(u"media"_s)));
    m_profilePath = path(u"profiles/renamed-2026.json"_s);
    QVERIFY(QFile::copy(TestSupport::sourceDir() + u"/tests/data/renamed-fields/profiles/renamed-2026.json"_s,
                        m_profilePath));
    QVERIFY(QFile::copy(u":/taxonomy/lifelong-2022.json"_s, path(u"taxonomy/lifelong-2022.json"_s)));
    QString error;
    QVERIFY2(PackageFixture::makeVideo(path(u"media/航空发动机原理.mp4"_s), &error), qPrintable(error));
    QVERIFY2(PackageFixture::makeCover(path(u"media/poster.jpg"_s), &error), qPrintable(error));
    m_workspace = path(u"renamed.submitdesk"_s);
    auto r = cli({u"init"_s, m_workspace, u"--profile"_s, m_profilePath});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli(QStringList{u"unit"_s, m_workspace} + kUnit);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

TestSupport::ProcessResult TestRenamedFields::cli(const QStringList &args, int timeoutMs)
{
    TestSupport::ProcessResult result;
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(TestSupport::cliPath(), args);
    result.finished = finished.wait(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = result.finished ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QJsonObject TestRenamedFields::values(qint64 resourceId)
{
    Workspace workspace;
    QString error;
    QJsonObject out;
    if (!workspace.open(m_workspace, &error))
        return {{"error"_L1, error}};
    Resource r;
    if (!ResourceStore(workspace).load(resourceId, &r, &error))
        return {{"error"_L1, error}};
    for (auto it = r.values.cbegin(); it != r.values.cend(); ++it)
        out.insert(it.key(), it.value());
    for (const AttachedFile &f : r.files)
        out.insert(u"file:"_s + f.role, QFileInfo(f.path).fileName());
    return out;
}

void TestRenamedFields::profileDeclaresTheSameRoles()
{
    Profile p;
    QString error;
    QVERIFY2(ProfileLoader::loadFile(m_profilePath, &p, &error), qPrintable(error));
    QCOMPARE(p.fieldIdWithRole(FieldRole::Title, u"A03"_s), u"course_title"_s);
    QCOMPARE(p.fieldIdWithRole(FieldRole::CoverImage, u"A01"_s), u"poster"_s);
    QCOMPARE(p.fieldIdWithRole(FieldRole::CourseUrl, u"A03"_s), u"link"_s);
    QCOMPARE(p.fieldIdWithRole(FieldRole::CatalogXml, u"A01"_s), u"toc"_s);
    QCOMPARE(p.fieldIdWithRole(FieldRole::UnitName, u"A01"_s), u"organisation"_s);
    QCOMPARE(p.fieldIdWithRole(FieldRole::ProtectionLevel, u"A03"_s), u"security_level"_s);
    QCOMPARE(p.fieldIdWithRole(FieldRole::FilingNumber, u"A03"_s), u"filing_no"_s);
    for (const QString &id : kOldIds)
        QVERIFY2(!p.field(id), qPrintable(id));
}

void TestRenamedFields::addFillsTheRoleFields()
{
    const QString course = m_server.url(u"/course"_s);
    const auto r = cli({u"add"_s, m_workspace, u"--batch"_s, u"spring"_s, u"--json"_s,
                        path(u"media/航空发动机原理.mp4"_s), course});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonArray added = TestSupport::jsonOf(r).value("resources"_L1).toArray();
    QCOMPARE(added.size(), 2);
    m_videoId = added.at(0).toObject().value("id"_L1).toInteger();
    m_courseId = added.at(1).toObject().value("id"_L1).toInteger();
    QVERIFY2(m_videoId && m_courseId, qPrintable(describe(r)));
    // The title goes into the field with the role title, the address into the one with course_url.
    QJsonObject video = values(m_videoId);
    QCOMPARE(video.value("course_title"_L1).toString(), u"航空发动机原理"_s);
    QJsonObject link = values(m_courseId);
    QCOMPARE(link.value("link"_L1).toString(), course);
    QCOMPARE(link.value("course_title"_L1).toString(), u"127.0.0.1"_s);
    // Adding the same address again is refused: the batch's addresses are read from the role's field.
    const auto again = cli({u"add"_s, m_workspace, u"--batch"_s, u"spring"_s, course});
    QVERIFY2(again.exitCode != 0 && again.err.contains("already"), qPrintable(describe(again)));

    const QStringList common{
        u"abstract=本课程系统介绍航空发动机的基本原理、主要部件与发展趋势，适合初学者。"_s,
        u"created=2022-03-23"_s,
        u"copyright=国家开放大学"_s,
        u"speakers=张建华;朱新"_s,
        u"category=科学文化-航空知识-航空发动机"_s,
        u"poster="_s + path(u"media/poster.jpg"_s)};
    auto set = cli(
        QStringList{u"set"_s, m_workspace, u"--resource"_s, QString::number(m_videoId), u"toc="_s + kToc} +
        common);
    QVERIFY2(set.exitCode == 0, qPrintable(describe(set)));
    set = cli(QStringList{u"set"_s, m_workspace, u"--resource"_s, QString::number(m_courseId),
                          u"course_title=航空发动机原理（网络课程）"_s, u"security_level=3"_s,
                          u"filing_no=11010813001-20001"_s} +
              common);
    QVERIFY2(set.exitCode == 0, qPrintable(describe(set)));
    // The poster is an attached file under its own field id (schema 7), not a "cover".
    video = values(m_videoId);
    QCOMPARE(video.value("file:poster"_L1).toString(), u"poster.jpg"_s);
    QVERIFY2(!video.contains("file:cover"_L1), QJsonDocument(video).toJson().constData());
}

void TestRenamedFields::validatePasses()
{
    // organisation is empty: the field with the role unit_name takes the unit's name.
    const auto r = cli({u"validate"_s, m_workspace, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(TestSupport::jsonOf(r).value("profile"_L1).toString(), u"renamed-2026/2026.1"_s);
    QCOMPARE(TestSupport::jsonOf(r).value("errors"_L1).toInt(), 0);
}

void TestRenamedFields::checkJudgesTheMedia()
{
    const auto r =
        cli({u"check"_s, u"--profile"_s, m_profilePath, u"--json"_s, path(u"media/航空发动机原理.mp4"_s)});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(TestSupport::jsonOf(r).value("profile"_L1).toString(), u"renamed-2026/2026.1"_s);
}

void TestRenamedFields::exportWritesByRole()
{
    m_package = path(u"spring.zip"_s);
    const int before = m_server.requests();
    const auto r =
        cli({u"export"_s, m_workspace, u"--batch"_s, u"spring"_s, u"-o"_s, m_package, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(m_server.requests() > before, "the course address of the field \"link\" was checked");
    const QString folder = path(u"spring-folder"_s);
    const auto unzip = TestSupport::run(u"unzip"_s, {u"-q"_s, m_package, u"-d"_s, folder});
    QVERIFY2(unzip.exitCode == 0, qPrintable(describe(unzip)));
    const QString root = QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0);
    const QString bag = folder + u'/' + root;
    const QJsonObject metadata =
        QJsonDocument::fromJson(PackageFixture::readAll(bag + u"/data/metadata.json"_s)).object();
    QVERIFY2(!metadata.isEmpty(), qPrintable(bag));

    const QJsonObject video = resourceOfType(metadata, u"A01"_s);
    const QJsonObject videoValues = video.value("values"_L1).toObject();
    QCOMPARE(videoValues.value("course_title"_L1).toString(), u"航空发动机原理"_s);
    QCOMPARE(videoValues.value("organisation"_L1).toString(), u"国家开放大学"_s); // unit_name's default
    QCOMPARE(videoValues.value("poster"_L1).toString(), u"resources/A01-0001/cover.jpg"_s);
    QCOMPARE(filesWithRole(video, u"cover"_s), QStringList{u"resources/A01-0001/cover.jpg"_s});
    QCOMPARE(filesWithRole(video, u"catalog"_s), QStringList{u"resources/A01-0001/catalog.xml"_s});
    QVERIFY(PackageFixture::readAll(bag + u"/data/resources/A01-0001/catalog.xml"_s).contains("第一章"));
    QVERIFY(PackageFixture::readAll(bag + u"/data/resources/A01-0001/cover.jpg"_s).startsWith("\xff\xd8"));

    const QJsonObject course = resourceOfType(metadata, u"A03"_s);
    QCOMPARE(course.value("values"_L1).toObject().value("link"_L1).toString(), m_server.url(u"/course"_s));
    // The link check judged the declared level and number of security_level and filing_no.
    QStringList passed;
    for (const QJsonValue &c : course.value("link_check"_L1).toObject().value("checks"_L1).toArray())
        if (c.toObject().value("status"_L1).toString() == "pass"_L1)
            passed.append(c.toObject().value("id"_L1).toString());
    QVERIFY2(passed.contains(u"protection_level"_s) && passed.contains(u"filing_number"_s),
             QJsonDocument(course).toJson().constData());
    for (const QJsonObject &resource : {video, course})
        for (const QString &id : kOldIds)
            QVERIFY2(!resource.value("values"_L1).toObject().contains(id), qPrintable(id));
    // The report and the sheet name resources by the field with the role title.
    QVERIFY(PackageFixture::readAll(bag + u"/data/report.html"_s).contains("航空发动机原理（网络课程）"));
}

void TestRenamedFields::verifyJudgesByTheProfile()
{
    const auto r = cli({u"verify"_s, u"--json"_s, u"--profile"_s, m_profilePath, m_package});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    // Without it, the package's profile is not a built-in one: the metadata cannot be judged, and says so.
    const auto unknown = cli({u"verify"_s, u"--json"_s, u"--no-technical"_s, m_package});
    QVERIFY2(unknown.out.contains("renamed-2026"), qPrintable(describe(unknown)));
}

void TestRenamedFields::importStoresByRole()
{
    const QString other = path(u"imported.submitdesk"_s);
    auto r = cli({u"init"_s, other, u"--profile"_s, m_profilePath});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli({u"import"_s, other, m_package, u"--batch"_s, u"received"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(TestSupport::jsonOf(r).value("resources"_L1).toInt(), 2);
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(other, &error), qPrintable(error));
    Batch batch;
    QVERIFY2(BatchStore(workspace).findByName(u"received"_s, &batch, &error), qPrintable(error));
    QList<Resource> resources;
    QVERIFY2(ResourceStore(workspace).listInBatch(batch.id, &resources, &error), qPrintable(error));
    QCOMPARE(resources.size(), 2);
    const Resource &video = resources.first().type == "A01"_L1 ? resources.first() : resources.last();
    QCOMPARE(video.value(u"course_title"_s), u"航空发动机原理"_s);
    QCOMPARE(video.value(u"toc"_s), kToc);
    QCOMPARE(video.filesWithRole(u"poster"_s).size(), 1); // the package's cover, stored for "poster"
    QVERIFY(video.filesWithRole(u"cover"_s).isEmpty());
    // And the imported batch validates under the renamed profile.
    r = cli({u"validate"_s, other, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

QTEST_MAIN(TestRenamedFields)
#include "TestRenamedFields.moc"
