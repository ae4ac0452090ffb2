// Export → verify → read back: a batch written as a folder and as a zip is a valid BagIt bag whose
// manifests `sha256sum -c` accepts, whose metadata equals the workspace's and whose media are the same bytes.

#include "PackageFixture.h"
#include "TestSupport.h"

#include "common/SafeOutput.h"
#include "package/BagInfo.h"
#include "package/BagVerifier.h"
#include "package/BagWriter.h"
#include "package/ExportJob.h"
#include "package/MetadataJson.h"
#include "workspace/ResourceStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestBagExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void folderExportIsAValidBag();
    void sha256sumAcceptsTheManifests();
    void zipExportIsAValidBag();
    void refusesABatchWithErrors();
    void draftIsMarked();
    void cancelLeavesNoPackage();
    void refusesToOverwrite();
    void plantedLinkToAFolderIsNotFollowed();
    void danglingLinkIsNotFollowed();
    void foreignPartialsAreLeftAlone();
    void staleOwnPartialIsRemoved();
    void replacesAnExistingPackageOnlyWhenComplete();
    void replacesOnlyAPackage();
    void cliExportAndVerify();
    void cliReplacesOnlyWhenAsked();

private:
    QString exportTo(const QString &out, bool draft = false, QString *error = nullptr);
    bool exportOver(const QString &out, bool cancelMidway, QString *error);
    PackageFixture m_fixture;
    QTemporaryDir m_out;
};

void TestBagExport::initTestCase()
{
    if (!TestSupport::haveProgram(u"ffmpeg"_s))
        QSKIP("ffmpeg is not installed");
    QString error;
    QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
    QVERIFY(m_out.isValid());
}

QString TestBagExport::exportTo(const QString &out, bool draft, QString *error)
{
    ExportRequest request;
    ValidationReport report;
    QString e;
    if (!ExportJob::prepare(m_fixture.workspace(), m_fixture.profile(), u"spring"_s, draft, out, &request,
                            &report, &e)) {
        if (error)
            *error = e;
        return {};
    }
    request.baggingDate = TestSupport::fixedClock().now(); // the bag's date, not the machine's
    BagWriter writer;
    ExportResult result;
    if (!writer.write(request, &result, &e)) {
        if (error)
            *error = e;
        return {};
    }
    return result.path;
}

// Exports with replaceExisting; `cancelMidway` cancels once the first media bytes are written.
bool TestBagExport::exportOver(const QString &out, bool cancelMidway, QString *error)
{
    ExportRequest request;
    ValidationReport report;
    if (!ExportJob::prepare(m_fixture.workspace(), m_fixture.profile(), u"spring"_s, false, out, &request,
                            &report, error))
        return false;
    request.replaceExisting = true;
    std::atomic_bool cancel{false};
    BagWriter writer;
    return writer.write(request, nullptr, error, &cancel, [&](const ExportProgress &p) {
        if (cancelMidway && p.bytesDone > 0)
            cancel.store(true);
    });
}

void TestBagExport::folderExportIsAValidBag()
{
    QString error;
    const QString bag = exportTo(m_out.filePath(u"bag-folder"_s), false, &error);
    QVERIFY2(!bag.isEmpty(), qPrintable(error));
    for (const char *name :
         {"bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt", "data/metadata.json",
          "data/metadata.xml", "data/metadata.xlsx", "data/report.html", "data/resources/A01-0001/cover.jpg",
          "data/resources/A01-0001/catalog.xml", "data/resources/A02-0001/lecture-audio.mp3",
          "data/resources/A02-0001/cover.jpg"})
        QVERIFY2(QFileInfo::exists(bag + u'/' + QString::fromLatin1(name)), name);
    // The media are the same bytes, under their own (Chinese) name.
    QCOMPARE(PackageFixture::readAll(bag + u"/data/resources/A01-0001/第一讲 航空发动机.mp4"_s),
             PackageFixture::readAll(m_fixture.videoPath()));
    QCOMPARE(PackageFixture::readAll(bag + u"/data/resources/A02-0001/lecture-audio.mp3"_s),
             PackageFixture::readAll(m_fixture.audioPath()));
    QVERIFY(SafeOutput::partialsOf(bag).isEmpty());

    BagInfo info;
    QVERIFY(BagInfo::parse(PackageFixture::readAll(bag + u"/bag-info.txt"_s), &info, &error));
    QCOMPARE(info.value(u"Source-Organization"_s), u"国家开放大学"_s);
    QCOMPARE(info.value(u"Contact-Name"_s), u"张三"_s);
    QCOMPARE(info.value(u"Contact-Phone"_s), u"13800138000"_s);
    QCOMPARE(info.value(u"Contact-Email"_s), u"zhangsan@ouchn.edu.cn"_s);
    QCOMPARE(info.value(u"External-Identifier"_s), u"spring"_s);
    QCOMPARE(info.value(u"SubmitDesk-Profile"_s), u"lifelong-2022/2022.1"_s);
    QVERIFY(!info.contains(u"SubmitDesk-Draft"_s));
    QCOMPARE(info.value(u"Bagging-Date"_s), u"2022-04-01"_s); // TestSupport::fixedClock(), as requested
    qint64 octets = 0, count = 0;
    QVERIFY(BagInfo::parseOxum(info.value(u"Payload-Oxum"_s), &octets, &count));
    qint64 sum = 0, files = 0;
    QDirIterator it(bag + u"/data"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        sum += it.fileInfo().size();
        ++files;
    }
    QCOMPARE(octets, sum);
    QCOMPARE(count, files);

    // metadata.json carries every field as the workspace holds it.
    PackageContent content;
    QVERIFY2(MetadataJson::read(PackageFixture::readAll(bag + u"/data/metadata.json"_s), &content, &error),
             qPrintable(error));
    QCOMPARE(content.resources.size(), 2);
    QCOMPARE(content.batchName, u"spring"_s);
    const QList<Resource> resources = m_fixture.resources();
    for (int i = 0; i < 2; ++i) {
        const PackageResource &pr = content.resources.at(i);
        QCOMPARE(pr.type, resources.at(i).type);
        for (auto v = resources.at(i).values.cbegin(); v != resources.at(i).values.cend(); ++v)
            QCOMPARE(pr.values.value(v.key()), v.value());
        QCOMPARE(pr.values.value(u"unit"_s), u"国家开放大学"_s); // empty in the workspace: the unit's name
        QCOMPARE(pr.values.value(u"cover"_s), u"resources/"_s + pr.id + u"/cover.jpg"_s);
    }

    const BagVerifier::Result verified = BagVerifier::verify(bag);
    QVERIFY(verified.ran);
    for (const auto &p : verified.problems)
        qWarning() << p.code << p.text;
    QVERIFY(verified.isValid());
    QCOMPARE(verified.files, files);
}

void TestBagExport::sha256sumAcceptsTheManifests()
{
    if (!TestSupport::haveProgram(u"sha256sum"_s))
        QSKIP("sha256sum is not installed");
    QString error;
    const QString bag = exportTo(m_out.filePath(u"bag-sha"_s), false, &error);
    QVERIFY2(!bag.isEmpty(), qPrintable(error));
    for (const QString &manifest : {u"manifest-sha256.txt"_s, u"tagmanifest-sha256.txt"_s}) {
        const auto r = TestSupport::run(u"sha256sum"_s, {u"--strict"_s, u"-c"_s, manifest}, 60000, bag);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("data/resources/A01-0001/cover.jpg: OK") || manifest.startsWith(u't'));
    }
    // And it fails once a byte changes: the check above can fail.
    QFile f(bag + u"/data/resources/A02-0001/cover.jpg"_s);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(100);
    const char c = f.peek(1).at(0);
    f.write(QByteArray(1, char(c ^ 0x01)));
    f.close();
    const auto r = TestSupport::run(u"sha256sum"_s, {u"-c"_s, u"manifest-sha256.txt"_s}, 60000, bag);
    QVERIFY(r.exitCode != 0);
}

void TestBagExport::zipExportIsAValidBag()
{
    QString error;
    const QString zip = exportTo(m_out.filePath(u"spring.zip"_s), false, &error);
    QVERIFY2(!zip.isEmpty(), qPrintable(error));
    QVERIFY(QFileInfo(zip).isFile());
    QVERIFY(SafeOutput::partialsOf(zip).isEmpty());
    const BagVerifier::Result verified = BagVerifier::verify(zip);
    for (const auto &p : verified.problems)
        qWarning() << p.code << p.text;
    QVERIFY(verified.isValid());
    QCOMPARE(verified.content.resources.size(), 2);

    // Another reader agrees: one top-level folder, media stored (not recompressed), the same bytes, zip64.
    if (!TestSupport::haveProgram(u"python3"_s))
        QSKIP("python3 is not installed");
    const QString script = uR"(
import sys, zipfile, hashlib
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
assert all(n.startswith('spring/') for n in names), names
info = z.getinfo('spring/data/resources/A01-0001/第一讲 航空发动机.mp4')
assert info.compress_type == zipfile.ZIP_STORED, info.compress_type
print(hashlib.sha256(z.read(info)).hexdigest())
print(z.getinfo('spring/data/metadata.json').compress_type)
)"_s;
    const auto r = TestSupport::run(u"python3"_s, {u"-c"_s, script, zip});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QCryptographicHash::hash(PackageFixture::readAll(m_fixture.videoPath()),
                                                   QCryptographicHash::Sha256)
                              .toHex());
    QCOMPARE(lines.at(1), QByteArray("8")); // text deflated
}

void TestBagExport::refusesABatchWithErrors()
{
    ResourceStore store(m_fixture.workspace());
    QString error;
    QVERIFY(store.setValue(m_fixture.audioId(), u"title"_s, QString(), &error));
    ExportRequest request;
    ValidationReport report;
    const bool ok = ExportJob::prepare(m_fixture.workspace(), m_fixture.profile(), u"spring"_s, false,
                                       m_out.filePath(u"refused"_s), &request, &report, &error);
    QVERIFY(!ok);
    QVERIFY(report.hasErrors());
    bool namesTitle = false;
    for (const ValidationMessage &m : report.messages())
        namesTitle |= m.isError() && m.fieldId == "title"_L1 && m.resourceId == m_fixture.audioId();
    QVERIFY(namesTitle);
    QVERIFY(!QFileInfo::exists(m_out.filePath(u"refused"_s)));

    // The CLI lists the errors and exits 1.
    const auto r = TestSupport::runCli({u"export"_s, m_fixture.temp().path(), u"--batch"_s, u"spring"_s,
                                        u"-o"_s, m_out.filePath(u"refused"_s)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("title"));
    QVERIFY(!QFileInfo::exists(m_out.filePath(u"refused"_s)));
    QVERIFY(store.setValue(m_fixture.audioId(), u"title"_s, u"飞行原理讲座（音频）"_s, &error));
}

void TestBagExport::draftIsMarked()
{
    ResourceStore store(m_fixture.workspace());
    QString error;
    QVERIFY(store.setValue(m_fixture.audioId(), u"summary"_s, u"too short"_s, &error));
    const QString bag = exportTo(m_out.filePath(u"draft"_s), true, &error);
    QVERIFY(store.setValue(m_fixture.audioId(), u"summary"_s,
                           u"本课程系统介绍航空发动机的基本原理、主要部件与发展趋势，适合初学者。"_s,
                           &error));
    QVERIFY2(!bag.isEmpty(), qPrintable(error));
    BagInfo info;
    QVERIFY(BagInfo::parse(PackageFixture::readAll(bag + u"/bag-info.txt"_s), &info, &error));
    QCOMPARE(info.value(u"SubmitDesk-Draft"_s), u"yes"_s);
    const BagVerifier::Result verified = BagVerifier::verify(bag);
    QVERIFY(verified.draft);
    bool flagged = false;
    for (const auto &p : verified.problems)
        flagged |= p.code == "metadata"_L1 && p.text.contains("summary"_L1);
    QVERIFY(flagged); // the metadata re-check still names the draft's problem
}

void TestBagExport::cancelLeavesNoPackage()
{
    for (const QString &name : {u"cancelled"_s, u"cancelled.zip"_s}) {
        ExportRequest request;
        ValidationReport report;
        QString error;
        const QString out = m_out.filePath(name);
        QVERIFY(ExportJob::prepare(m_fixture.workspace(), m_fixture.profile(), u"spring"_s, false, out,
                                   &request, &report, &error));
        std::atomic_bool cancel{false};
        bool sawPartial = false;
        BagWriter writer;
        const bool ok = writer.write(request, nullptr, &error, &cancel, [&](const ExportProgress &p) {
            if (p.bytesDone > 0) {
                sawPartial |= !SafeOutput::partialsOf(out).isEmpty();
                cancel.store(true);
            }
        });
        QVERIFY(!ok);
        QVERIFY(sawPartial);
        QCOMPARE(error, u"cancelled"_s);
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(SafeOutput::partialsOf(out).isEmpty());
    }
}

void TestBagExport::refusesToOverwrite()
{
    QDir().mkpath(m_out.filePath(u"existing"_s));
    QString error;
    QVERIFY(exportTo(m_out.filePath(u"existing"_s), false, &error).isEmpty());
    QVERIFY(error.contains("already exists"_L1));
}

// Issue 12: an entry at the old fixed partial name ".NAME.partial" was followed. A link to a folder had
// that folder emptied; the export must leave it and its file alone (and still succeed).
void TestBagExport::plantedLinkToAFolderIsNotFollowed()
{
    for (const QString &name : {u"linked"_s, u"linked.zip"_s}) {
        const QString victim = m_out.filePath(u"victim-"_s + name);
        QVERIFY(QDir().mkpath(victim));
        QFile keep(victim + u"/keep.txt"_s);
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("the user's file");
        keep.close();
        const QString out = m_out.filePath(name);
        const QString planted = QFileInfo(out).absolutePath() + u"/."_s + name + u".partial"_s;
        QVERIFY(QFile::link(victim, planted));

        QString error;
        const QString made = exportTo(out, false, &error);
        QVERIFY2(QFileInfo(victim + u"/keep.txt"_s).isFile(),
                 qPrintable(name + u": the linked folder was emptied"_s));
        QCOMPARE(PackageFixture::readAll(victim + u"/keep.txt"_s), QByteArray("the user's file"));
        QCOMPARE(QDir(victim).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{u"keep.txt"_s});
        QVERIFY(QFileInfo(planted).isSymLink()); // not ours: left as it was
        QVERIFY2(!made.isEmpty(), qPrintable(error));
        QVERIFY(BagVerifier::verify(made).isValid());
    }
}

// A dangling link at the partial name made the zip writer create the link's target.
void TestBagExport::danglingLinkIsNotFollowed()
{
    for (const QString &name : {u"dangling.zip"_s, u"dangling"_s}) {
        const QString elsewhere = m_out.filePath(u"elsewhere-"_s + name);
        QVERIFY(QDir().mkpath(elsewhere));
        const QString pointed = elsewhere + u"/created"_s;
        const QString out = m_out.filePath(name);
        const QString planted = QFileInfo(out).absolutePath() + u"/."_s + name + u".partial"_s;
        QVERIFY(QFile::link(pointed, planted));

        QString error;
        const QString made = exportTo(out, false, &error);
        QVERIFY2(!QFileInfo::exists(pointed) && !QFileInfo(pointed).isSymLink(),
                 qPrintable(name + u": the link's target was created"_s));
        QVERIFY(QDir(elsewhere).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
        QVERIFY(QFileInfo(planted).isSymLink());
        QVERIFY2(!made.isEmpty(), qPrintable(error));
        QVERIFY(BagVerifier::verify(made).isValid());
    }
}

// Entries SubmitDesk did not make are never removed: a plain file and a folder at the old partial name, and
// a folder named like a new partial but without our marker.
void TestBagExport::foreignPartialsAreLeftAlone()
{
    for (const QString &name : {u"foreign"_s, u"foreign.zip"_s}) {
        const QString out = m_out.filePath(name);
        const QString dir = QFileInfo(out).absolutePath();
        const QString plainFile = dir + u"/."_s + name + u".partial"_s;
        QFile f(plainFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("someone's notes");
        f.close();
        const QString lookalike = dir + u"/."_s + name + u".0123456789abcdef.sdpartial"_s;
        QVERIFY(QDir().mkpath(lookalike));
        QFile inside(lookalike + u"/data.txt"_s);
        QVERIFY(inside.open(QIODevice::WriteOnly));
        inside.write("not ours");
        inside.close();

        QString error;
        const QString made = exportTo(out, false, &error);
        QVERIFY2(!made.isEmpty(), qPrintable(error));
        QCOMPARE(PackageFixture::readAll(plainFile), QByteArray("someone's notes"));
        QCOMPARE(PackageFixture::readAll(lookalike + u"/data.txt"_s), QByteArray("not ours"));
        QCOMPARE(SafeOutput::partialsOf(out), QStringList{lookalike});
    }
    const QString folderOut = m_out.filePath(u"foreign-folder"_s);
    const QString plainFolder = m_out.filePath(u".foreign-folder.partial"_s);
    QVERIFY(QDir().mkpath(plainFolder + u"/sub"_s));
    QFile g(plainFolder + u"/sub/file.txt"_s);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("kept");
    g.close();
    QString error;
    QVERIFY2(!exportTo(folderOut, false, &error).isEmpty(), qPrintable(error));
    QCOMPARE(PackageFixture::readAll(plainFolder + u"/sub/file.txt"_s), QByteArray("kept"));
}

// A partial left by a killed run (made here by a child process that exits without cleaning up) is removed
// by the next export of the same target; one whose writer still runs is not.
void TestBagExport::staleOwnPartialIsRemoved()
{
    for (const QString &name : {u"stale"_s, u"stale.zip"_s}) {
        const QString out = m_out.filePath(name);
        const pid_t child = fork();
        if (child == 0) {
            PartialOutput partial;
            QString error;
            if (!partial.create(out, &error) || !QDir().mkpath(partial.content() + u"/data"_s))
                _exit(1);
            _exit(0); // killed: no destructor runs
        }
        int status = -1;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        const QStringList stale = SafeOutput::partialsOf(out);
        QCOMPARE(stale.size(), 1);
        QVERIFY(SafeOutput::isStalePartial(stale.first()));

        PartialOutput live; // another run, still writing
        QString error;
        QVERIFY2(live.create(out, &error), qPrintable(error));
        QVERIFY(!SafeOutput::isStalePartial(live.folder()));

        const QString made = exportTo(out, false, &error);
        QVERIFY2(!made.isEmpty(), qPrintable(error));
        QVERIFY2(!QFileInfo::exists(stale.first()), "the killed run's partial is still there");
        QVERIFY(QFileInfo(live.folder()).isDir());
        QCOMPARE(SafeOutput::partialsOf(out), QStringList{live.folder()});
        live.discard();
        QVERIFY(SafeOutput::partialsOf(out).isEmpty());
    }
}

// Exporting over an earlier package: a cancelled export leaves the old one exactly as it was; a
// successful one replaces it.
void TestBagExport::replacesAnExistingPackageOnlyWhenComplete()
{
    for (const QString &name : {u"again"_s, u"again.zip"_s}) {
        const QString out = m_out.filePath(name);
        QString error;
        QVERIFY2(!exportTo(out, false, &error).isEmpty(), qPrintable(error));
        const bool zip = name.endsWith(u".zip"_s);
        // Something only the old package has.
        if (zip) {
            QFile f(out);
            QVERIFY(f.open(QIODevice::Append));
            f.write("old trailing bytes");
        } else {
            QFile f(out + u"/old-only.txt"_s);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        const QByteArray oldZip = zip ? PackageFixture::readAll(out) : QByteArray();

        QVERIFY(!exportOver(out, true, &error));
        QCOMPARE(error, u"cancelled"_s);
        if (zip)
            QVERIFY2(PackageFixture::readAll(out) == oldZip, "the old zip changed");
        else
            QVERIFY2(QFileInfo(out + u"/old-only.txt"_s).isFile() &&
                         QFileInfo(out + u"/bagit.txt"_s).isFile(),
                     "the old folder was touched");
        QVERIFY(SafeOutput::partialsOf(out).isEmpty());

        QVERIFY2(exportOver(out, false, &error), qPrintable(error));
        if (zip)
            QVERIFY(PackageFixture::readAll(out) != oldZip);
        else
            QVERIFY(!QFileInfo::exists(out + u"/old-only.txt"_s));
        QVERIFY(BagVerifier::verify(out).isValid());
        QVERIFY(SafeOutput::partialsOf(out).isEmpty());
    }
}

// Replacing is for packages only: a folder that is not a bag, or a file named like a folder output, stays.
void TestBagExport::replacesOnlyAPackage()
{
    const QString folder = m_out.filePath(u"documents"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile f(folder + u"/letter.txt"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("dear …");
    f.close();
    QString error;
    QVERIFY(!exportOver(folder, false, &error));
    QVERIFY2(error.contains(folder), qPrintable(error));
    QCOMPARE(PackageFixture::readAll(folder + u"/letter.txt"_s), QByteArray("dear …"));
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"letter.txt"_s});
    QVERIFY(SafeOutput::partialsOf(folder).isEmpty());

    const QString file = m_out.filePath(u"notes"_s);
    QFile n(file);
    QVERIFY(n.open(QIODevice::WriteOnly));
    n.write("notes");
    n.close();
    QVERIFY(!exportOver(file, false, &error));
    QCOMPARE(PackageFixture::readAll(file), QByteArray("notes"));
}

void TestBagExport::cliExportAndVerify()
{
    const QString out = m_out.filePath(u"cli.zip"_s);
    auto r = TestSupport::runCli(
        {u"export"_s, m_fixture.temp().path(), u"--batch"_s, u"spring"_s, u"-o"_s, out, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("exported"_L1).toBool(), true);
    QCOMPARE(o.value("path"_L1).toString(), out);
    r = TestSupport::runCli({u"verify"_s, out, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value("valid"_L1).toBool(), true);
    r = TestSupport::runCli({u"verify"_s, m_out.filePath(u"nothing-here.zip"_s)});
    QCOMPARE(r.exitCode, 2);
}

// The CLI replaces an existing package only when asked to.
void TestBagExport::cliReplacesOnlyWhenAsked()
{
    const QString out = m_out.filePath(u"cli-again.zip"_s);
    const QStringList args{u"export"_s, m_fixture.temp().path(), u"--batch"_s, u"spring"_s, u"-o"_s, out,
                           u"--quiet"_s};
    auto r = TestSupport::runCli(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::Append));
    f.write("old trailing bytes");
    f.close();
    const QByteArray old = PackageFixture::readAll(out);

    r = TestSupport::runCli(args);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("already exists"), r.err.constData());
    QCOMPARE(PackageFixture::readAll(out), old);

    r = TestSupport::runCli(args + QStringList{u"--replace"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(PackageFixture::readAll(out) != old);
    QVERIFY(BagVerifier::verify(out).isValid());
    QVERIFY(SafeOutput::partialsOf(out).isEmpty());
}

QTEST_MAIN(TestBagExport)
#include "TestBagExport.moc"
