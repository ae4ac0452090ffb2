// Opening a package into a workspace: export → open gives back the same metadata and bytes; tampered
// packages are named by verify and refused by open; hostile zips (zip-slip, links) write nothing.

#include "PackageFixture.h"
#include "StoreReads.h"
#include "TestSupport.h"

#include "package/BagVerifier.h"
#include "package/BagWriter.h"
#include "package/ExportJob.h"
#include "package/PackageOpener.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestPackageOpen : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTripFolderAndZip_data();
    void roundTripFolderAndZip();
    void tamperingIsNamed_data();
    void tamperingIsNamed();
    void tamperedZipIsCaught();
    void hostileZipIsRefused_data();
    void hostileZipIsRefused();
    void cliImport();
    void forgedMetadataCreatesNothing_data();
    void forgedMetadataCreatesNothing();
    void relativePackagePath();
    void killedImportIsCleanedUpByTheNext();

private:
    QString exportTo(const QString &out);
    QString copyOfBag(const QString &name);
    PackageFixture m_fixture;
    QTemporaryDir m_out;
    QString m_folderBag;
    QString m_zipBag;
};

void TestPackageOpen::initTestCase()
{
    if (!TestSupport::haveProgram(u"ffmpeg"_s) || !TestSupport::haveProgram(u"python3"_s))
        QSKIP("ffmpeg or python3 is not installed");
    QString error;
    QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
    m_folderBag = exportTo(m_out.filePath(u"bag"_s));
    m_zipBag = exportTo(m_out.filePath(u"bag.zip"_s));
    QVERIFY(!m_folderBag.isEmpty() && !m_zipBag.isEmpty());
}

QString TestPackageOpen::exportTo(const QString &out)
{
    ExportRequest request;
    ValidationReport report;
    QString error;
    if (!ExportJob::prepare(m_fixture.workspace(), m_fixture.profile(), u"spring"_s, false, out, &request,
                            &report, &error))
        return {};
    ExportResult result;
    return BagWriter().write(request, &result, &error) ? result.path : QString();
}

QString TestPackageOpen::copyOfBag(const QString &name)
{
    const QString target = m_out.filePath(name);
    const auto r = TestSupport::run(u"cp"_s, {u"-a"_s, m_folderBag, target});
    return r.exitCode == 0 ? target : QString();
}

void TestPackageOpen::roundTripFolderAndZip_data()
{
    QTest::addColumn<bool>("zip");
    QTest::newRow("folder") << false;
    QTest::newRow("zip") << true;
}

void TestPackageOpen::roundTripFolderAndZip()
{
    QFETCH(bool, zip);
    TempWorkspace reviewer;
    QVERIFY(reviewer.isValid());
    PackageOpener opener(reviewer.workspace(), reviewer.profile());
    PackageOpener::Result result;
    QString error;
    QVERIFY2(opener.open(zip ? m_zipBag : m_folderBag, QString(), &result, &error), qPrintable(error));
    QCOMPARE(result.batchName, u"spring"_s);
    QCOMPARE(result.resources, 2);
    QCOMPARE(result.files, 4);
    QVERIFY(result.folder.startsWith(PackageOpener::filesFolder(reviewer.workspace())));

    const QList<Resource> original = m_fixture.resources();
    const QList<Resource> opened = StoreReads::inBatch(ResourceStore(reviewer.workspace()), result.batchId);
    QCOMPARE(opened.size(), original.size());
    for (qsizetype i = 0; i < opened.size(); ++i) {
        QCOMPARE(opened.at(i).type, original.at(i).type);
        QMap<QString, QString> expected = original.at(i).values;
        expected.insert(u"unit"_s, u"国家开放大学"_s); // exported as the effective value
        QCOMPARE(opened.at(i).values, expected);
        const QList<AttachedFile> media = opened.at(i).filesWithRole(u"media"_s);
        QCOMPARE(media.size(), 1);
        QCOMPARE(PackageFixture::readAll(media.first().path),
                 PackageFixture::readAll(original.at(i).filesWithRole(u"media"_s).first().path));
        QCOMPARE(PackageFixture::readAll(opened.at(i).filesWithRole(u"cover"_s).first().path),
                 PackageFixture::readAll(original.at(i).filesWithRole(u"cover"_s).first().path));
    }
    QCOMPARE(QFileInfo(opened.first().filesWithRole(u"media"_s).first().path).fileName(),
             u"第一讲 航空发动机.mp4"_s);
    // Opening again gives a second batch, not a mix.
    PackageOpener::Result again;
    QVERIFY2(opener.open(zip ? m_zipBag : m_folderBag, QString(), &again, &error), qPrintable(error));
    QCOMPARE(again.batchName, u"spring (2)"_s);
    QVERIFY(again.folder != result.folder);
}

void TestPackageOpen::tamperingIsNamed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("changed byte") << u"change"_s << u"checksum"_s;
    QTest::newRow("missing file") << u"remove"_s << u"missing"_s;
    QTest::newRow("extra file") << u"add"_s << u"extra"_s;
}

void TestPackageOpen::tamperingIsNamed()
{
    QFETCH(QString, kind);
    QFETCH(QString, code);
    const QString bag = copyOfBag(u"tampered-"_s + kind);
    QVERIFY(!bag.isEmpty());
    const QString media = u"data/resources/A02-0001/lecture-audio.mp3"_s;
    QString named = media;
    if (kind == "change"_L1) {
        QFile f(bag + u'/' + media);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        const char c = f.peek(1).at(0);
        f.write(QByteArray(1, char(c ^ 0x20)));
    } else if (kind == "remove"_L1) {
        QVERIFY(QFile::remove(bag + u'/' + media));
    } else {
        named = u"data/resources/A02-0001/notes.txt"_s;
        QFile f(bag + u'/' + named);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("smuggled");
    }
    const BagVerifier::Result result = BagVerifier::verify(bag);
    QVERIFY(result.ran);
    QVERIFY(!result.isValid());
    bool found = false;
    for (const BagVerifier::Problem &p : result.problems)
        found |= p.code == code && p.path == named && p.text.contains(named);
    QVERIFY2(found, qPrintable(QString::number(result.problems.size())));
    const auto r = TestSupport::runCli({u"verify"_s, bag});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(named.toUtf8()));
    if (kind != "add"_L1) { // a damaged package creates nothing
        TempWorkspace reviewer;
        PackageOpener opener(reviewer.workspace(), reviewer.profile());
        PackageOpener::Result opened;
        QString error;
        QVERIFY(!opener.open(bag, QString(), &opened, &error));
        QVERIFY(error.contains(media));
        QVERIFY(StoreReads::batches(BatchStore(reviewer.workspace())).isEmpty());
        QVERIFY(QDir(PackageOpener::filesFolder(reviewer.workspace()))
                    .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                    .isEmpty());
    }
}

void TestPackageOpen::tamperedZipIsCaught()
{
    // Rewrite the zip with one byte of one media file changed, keeping everything else.
    const QString tampered = m_out.filePath(u"tampered.zip"_s);
    const QString script = uR"(
import sys, zipfile
src = zipfile.ZipFile(sys.argv[1]); dst = zipfile.ZipFile(sys.argv[2], 'w')
for i in src.infolist():
    data = src.read(i)
    if i.filename.endswith('lecture-audio.mp3'):
        data = data[:500] + bytes([data[500] ^ 1]) + data[501:]
    dst.writestr(i, data)
dst.close()
)"_s;
    const auto r = TestSupport::run(u"python3"_s, {u"-c"_s, script, m_zipBag, tampered});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const BagVerifier::Result result = BagVerifier::verify(tampered);
    QVERIFY(!result.isValid());
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().code, u"checksum"_s);
    QCOMPARE(result.problems.first().path, u"data/resources/A02-0001/lecture-audio.mp3"_s);
}

void TestPackageOpen::hostileZipIsRefused_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<bool>("symlink");
    QTest::newRow("dot-dot") << u"bag/data/../../escaped.txt"_s << false;
    QTest::newRow("leading dot-dot") << u"../escaped.txt"_s << false;
    QTest::newRow("absolute") << u"/tmp/submitdesk-escaped.txt"_s << false;
    QTest::newRow("backslash") << u"bag\\..\\..\\escaped.txt"_s << false;
    QTest::newRow("symlink") << u"bag/data/resources/A01-0001/link"_s << true;
}

void TestPackageOpen::hostileZipIsRefused()
{
    QFETCH(QString, entry);
    QFETCH(bool, symlink);
    QTemporaryDir dir;
    const QString hostile = dir.filePath(u"hostile.zip"_s);
    // A copy of a real package with one hostile entry added.
    const QString script = uR"(
import sys, zipfile
src = zipfile.ZipFile(sys.argv[1]); dst = zipfile.ZipFile(sys.argv[2], 'w')
for i in src.infolist():
    dst.writestr(i.filename.replace('bag/', 'bag/', 1), src.read(i))
info = zipfile.ZipInfo(sys.argv[3])
if sys.argv[4] == '1':
    info.external_attr = (0o120777 << 16)
    info.create_system = 3
    dst.writestr(info, '/etc/passwd')
else:
    dst.writestr(info, 'escaped')
dst.close()
)"_s;
    const auto r = TestSupport::run(u"python3"_s,
                                    {u"-c"_s, script, m_zipBag, hostile, entry, symlink ? u"1"_s : u"0"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!QFileInfo::exists(u"/tmp/submitdesk-escaped.txt"_s));

    TempWorkspace reviewer;
    PackageOpener opener(reviewer.workspace(), reviewer.profile());
    PackageOpener::Result result;
    QString error;
    QVERIFY(!opener.open(hostile, QString(), &result, &error));
    QVERIFY2(error.contains("refused"_L1), qPrintable(error));
    QVERIFY(StoreReads::batches(BatchStore(reviewer.workspace())).isEmpty());
    // Nothing anywhere: not beside the workspace, not in its files folder, not in /tmp.
    QDirIterator it(reviewer.dir(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString name = QFileInfo(it.next()).fileName();
        QVERIFY2(!name.contains("escaped"_L1) && name != "link"_L1, qPrintable(name));
    }
    QVERIFY(!QFileInfo::exists(QFileInfo(reviewer.dir()).absolutePath() + u"/escaped.txt"_s));
    QVERIFY(!QFileInfo::exists(u"/tmp/submitdesk-escaped.txt"_s));

    // verify names the entry, too.
    const BagVerifier::Result verified = BagVerifier::verify(hostile);
    bool named = false;
    for (const BagVerifier::Problem &p : verified.problems)
        named |= p.code == "unsafe_entry"_L1;
    QVERIFY(named);
}

void TestPackageOpen::cliImport()
{
    TempWorkspace reviewer;
    QVERIFY(reviewer.isValid());
    const QString path = reviewer.path();
    reviewer.workspace().close();
    auto r = TestSupport::runCli({u"import"_s, path, m_zipBag, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("batch"_L1).toString(), u"spring"_s);
    QCOMPARE(o.value("resources"_L1).toInt(), 2);
    r = TestSupport::runCli({u"validate"_s, path, u"--batch"_s, u"spring"_s});
    QVERIFY2(r.exitCode == 0, r.out.constData()); // the opened batch is as valid as the exported one
}

void TestPackageOpen::forgedMetadataCreatesNothing_data()
{
    // How metadata.json is changed; whether the manifests are rewritten to match (a careful forger);
    // what the refusal must name.
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("rehashTags");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown role") << u"role"_s << true << u"\"evil\""_s;
    QTest::newRow("unknown type") << u"type"_s << true << u"A99"_s;
    QTest::newRow("manifest altered after bagging") << u"title"_s << false << u"tagmanifest-sha256.txt"_s;
}

// metadata.json edited, manifest-sha256.txt re-hashed to match, tagmanifest-sha256.txt re-hashed or not:
// the open is refused with a message naming the problem, and neither a batch nor a file is left behind.
void TestPackageOpen::forgedMetadataCreatesNothing()
{
    QFETCH(QString, change);
    QFETCH(bool, rehashTags);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString forged = dir.filePath(u"forged.zip"_s);
    const QString script = uR"(
import sys, zipfile, json, hashlib
src = zipfile.ZipFile(sys.argv[1]); change = sys.argv[3]; rehash_tags = sys.argv[4] == '1'
files = {i.filename: src.read(i) for i in src.infolist() if not i.is_dir()}
root = [n for n in files if n.endswith('/bagit.txt')][0][:-len('bagit.txt')]
meta = json.loads(files[root + 'data/metadata.json'])
res = meta['resources'][-1]
if change == 'role':
    res['files'][0]['role'] = 'evil'
elif change == 'type':
    res['type'] = 'A99'
else:
    res['values']['title'] = 'forged title'
files[root + 'data/metadata.json'] = json.dumps(meta, ensure_ascii=False).encode()
def rehash(manifest, names):
    out = []
    for line in files[root + manifest].decode().splitlines():
        digest, path = line.split(None, 1)
        if path in names:
            digest = hashlib.sha256(files[root + path]).hexdigest()
        out.append(digest + '  ' + path)
    files[root + manifest] = ('\n'.join(out) + '\n').encode()
rehash('manifest-sha256.txt', {'data/metadata.json'})
if rehash_tags:
    rehash('tagmanifest-sha256.txt', {'manifest-sha256.txt', 'bag-info.txt', 'bagit.txt'})
dst = zipfile.ZipFile(sys.argv[2], 'w')
for name, data in files.items():
    dst.writestr(name, data)
dst.close()
)"_s;
    const auto r = TestSupport::run(
        u"python3"_s, {u"-c"_s, script, m_zipBag, forged, change, rehashTags ? u"1"_s : u"0"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    TempWorkspace reviewer;
    QVERIFY(reviewer.isValid());
    PackageOpener opener(reviewer.workspace(), reviewer.profile());
    PackageOpener::Result result;
    QString error;
    QVERIFY(!opener.open(forged, QString(), &result, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(StoreReads::batches(BatchStore(reviewer.workspace())).isEmpty());
    const QString files = PackageOpener::filesFolder(reviewer.workspace());
    QVERIFY2(
        !QFileInfo::exists(files) ||
            QDir(files).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty(),
        qPrintable(
            QDir(files).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).join(u", "_s)));

    // The CLI says the same and exits with problems.
    const QString path = reviewer.path();
    reviewer.workspace().close();
    const auto cli = TestSupport::runCli({u"import"_s, path, forged});
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(QString::fromUtf8(cli.err).contains(expected), cli.err.constData());
}

// A package given by a relative path, from the folder it is in: import and verify both find it.
void TestPackageOpen::relativePackagePath()
{
    TempWorkspace reviewer;
    QVERIFY(reviewer.isValid());
    const QString path = reviewer.path();
    reviewer.workspace().close();
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_out.path()));
    const QString zipName = QFileInfo(m_zipBag).fileName();
    const QString folderName = QFileInfo(m_folderBag).fileName();
    const auto verifyFolder = TestSupport::runCli({u"verify"_s, folderName});
    const auto verifyZip = TestSupport::runCli({u"verify"_s, zipName});
    const auto import = TestSupport::runCli({u"import"_s, path, folderName, u"--json"_s});
    QDir::setCurrent(before);
    QVERIFY2(verifyFolder.exitCode == 0, (verifyFolder.out + verifyFolder.err).constData());
    QVERIFY2(verifyZip.exitCode == 0, (verifyZip.out + verifyZip.err).constData());
    QVERIFY2(import.exitCode == 0, import.err.constData());
    QCOMPARE(QJsonDocument::fromJson(import.out).object().value("resources"_L1).toInt(), 2);
}

// An import killed between extraction and commit leaves its staging folder (with every extracted byte)
// inside the workspace's files folder. The next import recognises it as ours and removes it; a look-alike
// that is not ours (no marker) stays, and so does the staging of an import that is still running.
void TestPackageOpen::killedImportIsCleanedUpByTheNext()
{
    TempWorkspace reviewer;
    QVERIFY(reviewer.isValid());
    const QString filesRoot = PackageOpener::filesFolder(reviewer.workspace());
    auto entries = [&] {
        return QDir(filesRoot).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                         QDir::NoDotAndDotDot);
    };
    const pid_t child = fork();
    if (child == 0) {
        PackageOpener opener(reviewer.workspace(), reviewer.profile());
        PackageOpener::Extracted extracted;
        QString e;
        _exit(opener.extract(m_zipBag, &extracted, &e) ? 0 : 1); // killed: no destructor, no commit
    }
    int status = -1;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    const QStringList left = entries();
    QCOMPARE(left.size(), 1);
    QVERIFY2(left.first().endsWith(u".sdpartial"_s), qPrintable(left.first()));
    // A look-alike that is not ours, and the staging of an import still running in this process.
    const QString foreign = filesRoot + u"/.import-staging.0123456789abcdef.sdpartial"_s;
    QVERIFY(QDir().mkpath(foreign + u"/import-staging"_s));
    PackageOpener running(reviewer.workspace(), reviewer.profile());
    PackageOpener::Extracted held;
    QString error;
    QVERIFY2(running.extract(m_folderBag, &held, &error), qPrintable(error));
    const QString heldFolder = QFileInfo(held.staging).absolutePath();

    PackageOpener opener(reviewer.workspace(), reviewer.profile());
    PackageOpener::Result result;
    QVERIFY2(opener.open(m_zipBag, QString(), &result, &error), qPrintable(error));
    QVERIFY2(!QFileInfo::exists(filesRoot + u'/' + left.first()), "the killed import's staging is left");
    QVERIFY2(QFileInfo::exists(foreign), "a folder that is not ours was removed");
    QVERIFY2(QFileInfo(held.staging).isDir(), "a running import's staging was removed");
    PackageOpener::discard(&held);
    QVERIFY(!QFileInfo::exists(heldFolder));
}

QTEST_MAIN(TestPackageOpen)
#include "TestPackageOpen.moc"
