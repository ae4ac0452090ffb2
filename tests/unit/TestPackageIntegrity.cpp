// Values that end up in headers or line-based files, and errors that must not be swallowed (issue 12,
// items 8 and 11): a unit imported from a package cannot inject headers into the e-mail draft;
// bag-info.txt and metadata.xml carry no control characters whatever the values hold; an export whose
// registration form cannot be rendered fails with a message; a check-cache write that fails is reported.

#include "PackageFixture.h"
#include "StoreReads.h"
#include "TestSupport.h"

#include "package/BagInfo.h"
#include "package/BagWriter.h"
#include "package/ExportJob.h"
#include "package/MetadataXml.h"
#include "package/PackageOpener.h"
#include "registration/RegistrationMail.h"
#include "registration/RegistrationUnit.h"
#include "workspace/UnitStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
// Every character of `text` below U+0020 other than those allowed, as "U+000D" …
QStringList controlCharacters(const QString &text, const QString &allowed)
{
    QStringList found;
    for (const QChar c : text)
        if ((c.unicode() < 0x20 || c.unicode() == 0x7F) && !allowed.contains(c))
            found.append(u"U+"_s + QString::number(uint(c.unicode()), 16).rightJustified(4, u'0'));
    return found;
}

// Header names of an .eml as Python's email package sees them, lower case.
QStringList emlHeaders(const QString &path)
{
    const auto r = TestSupport::run(
        u"python3"_s, {u"-c"_s,
                       u"import sys, email, json; from email import policy; "
                       "m = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=policy.default); "
                       "print(json.dumps([k.lower() for k in m.keys()]))"_s,
                       path});
    return QJsonDocument::fromJson(r.out).toVariant().toStringList();
}

// Sets or clears a SQLite trigger in a workspace file from outside (python3's sqlite3).
bool sqlite(const QString &path, const QString &sql)
{
    const auto r = TestSupport::run(
        u"python3"_s,
        {u"-c"_s,
         u"import sys, sqlite3; db = sqlite3.connect(sys.argv[1]); db.executescript(sys.argv[2]); "
         "db.commit()"_s,
         path, sql});
    if (r.exitCode != 0)
        qWarning("python3: %s", r.err.constData());
    return r.exitCode == 0;
}
} // namespace

class TestPackageIntegrity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importedUnitCannotInjectHeaders();
    void bagInfoHasNoControlCharacters();
    void metadataXmlStaysWellFormed();
    void exportFailsWhenTheFormCannotRender();
    void failedCheckCacheWriteIsReported();

private:
    QString exportTo(const QString &out, QString *error);
    PackageFixture m_fixture;
    QTemporaryDir m_out;
};

void TestPackageIntegrity::initTestCase()
{
    if (!TestSupport::haveProgram(u"ffmpeg"_s) || !TestSupport::haveProgram(u"python3"_s))
        QSKIP("ffmpeg or python3 is not installed");
    QString error;
    QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
    QVERIFY(m_out.isValid());
}

QString TestPackageIntegrity::exportTo(const QString &out, QString *error)
{
    ExportRequest request;
    ValidationReport report;
    if (!ExportJob::prepare(m_fixture.workspace(), m_fixture.profile(), u"spring"_s, false, out, &request,
                            &report, error))
        return {};
    ExportResult result;
    return BagWriter().write(request, &result, error) ? result.path : QString();
}

// A package whose metadata.json names a unit with CR/LF ("X\r\nBcc: evil@example.com") and a forged e-mail
// address, manifests re-hashed to match: opening it does not store those values, and the e-mail draft
// written afterwards has no header it did not write.
void TestPackageIntegrity::importedUnitCannotInjectHeaders()
{
    QString error;
    const QString zip = exportTo(m_out.filePath(u"clean.zip"_s), &error);
    QVERIFY2(!zip.isEmpty(), qPrintable(error));
    const QString forged = m_out.filePath(u"forged-unit.zip"_s);
    const QString script = uR"(
import sys, zipfile, json, hashlib
src = zipfile.ZipFile(sys.argv[1])
files = {i.filename: src.read(i) for i in src.infolist() if not i.is_dir()}
root = [n for n in files if n.endswith('/bagit.txt')][0][:-len('bagit.txt')]
meta = json.loads(files[root + 'data/metadata.json'])
meta['unit']['name'] = 'X\r\nBcc: evil@example.com'
meta['unit']['person'] = 'Y\r\nBcc: evil@example.com'
meta['unit']['email'] = 'x@example.com\r\nBcc: evil@example.com'
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
rehash('tagmanifest-sha256.txt', {'manifest-sha256.txt'})
dst = zipfile.ZipFile(sys.argv[2], 'w')
for name, data in files.items():
    dst.writestr(name, data)
dst.close()
)"_s;
    const auto r = TestSupport::run(u"python3"_s, {u"-c"_s, script, zip, forged});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    TempWorkspace reviewer;
    QVERIFY(reviewer.isValid());
    PackageOpener opener(reviewer.workspace(), reviewer.profile());
    PackageOpener::Result result;
    if (opener.open(forged, QString(), &result, &error)) {
        // Opened: the resources are fine, the unit was not taken over, and the result says why.
        QVERIFY2(result.warnings.join(u'\n').contains(u"control character"_s),
                 qPrintable(result.warnings.join(u'\n')));
    } else {
        QVERIFY2(error.contains(u"control character"_s), qPrintable(error));
    }
    for (const Unit &u : StoreReads::units(UnitStore(reviewer.workspace())))
        for (const QString &v : {u.name, u.person, u.title, u.phone, u.mobile, u.email})
            QVERIFY2(controlCharacters(v, QString()).isEmpty(), qPrintable(v));

    Unit unit;
    UnitStore store(reviewer.workspace());
    QVERIFY2(RegistrationUnit::load(store, &unit, &error), qPrintable(error));
    const QString eml = reviewer.dir() + u"/draft.eml"_s;
    QVERIFY2(RegistrationMail::writeEml(unit, reviewer.profile(), eml, &error), qPrintable(error));
    const QStringList headers = emlHeaders(eml);
    QVERIFY2(headers.contains(u"to"_s), qPrintable(headers.join(u", "_s)));
    QVERIFY2(!headers.contains(u"bcc"_s), qPrintable(headers.join(u", "_s)));
}

// bag-info.txt is line based: a lone CR, a form feed or an escape sequence in a value must not reach the
// file (a reader splitting on CR would see a new "Label: value"); a LF stays a continuation line.
void TestPackageIntegrity::bagInfoHasNoControlCharacters()
{
    BagInfo info;
    info.add(u"Source-Organization"_s, u"Org\rInjected-Label: x"_s);
    info.add(u"Contact-Name"_s, u"Name\u0001\u001b[31m\u007f\u0085end"_s);
    info.add(u"External-Description"_s, u"first line\nsecond line"_s);
    const QByteArray text = info.toText();
    const QStringList found = controlCharacters(QString::fromUtf8(text), u"\n"_s);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
    QVERIFY2(!QString::fromUtf8(text).contains(QChar(0x85)), text.constData());
    BagInfo back;
    QString error;
    QVERIFY2(BagInfo::parse(text, &back, &error), qPrintable(error));
    QCOMPARE(back.entries().size(), 3);
    QVERIFY(!back.contains(u"Injected-Label"_s));
    QCOMPARE(back.value(u"External-Description"_s), u"first line\nsecond line"_s);
    QVERIFY(back.value(u"Source-Organization"_s).contains(u"Injected-Label: x"_s));
}

// XML 1.0 has no place for most control characters: a value holding them must still give a well-formed
// metadata.xml (the characters left out), never a file an XML parser refuses.
void TestPackageIntegrity::metadataXmlStaysWellFormed()
{
    PackageContent content;
    content.profileId = u"lifelong-2022"_s;
    content.profileVersion = u"2022.1"_s;
    content.batchName = u"spring\u0001"_s;
    content.created = QDateTime::currentDateTimeUtc();
    content.unit.name = u"国家开放大学\u0008\u000b"_s;
    content.unit.email = u"a@b.cn\u001b"_s;
    PackageResource r;
    r.id = u"A01-0001"_s;
    r.type = u"A01"_s;
    r.values.insert(u"title"_s, u"标题\u0000\u0002尾"_s);
    r.values.insert(u"summary"_s, u"第一行\n第二行\t制表"_s);
    content.resources.append(r);
    const QByteArray xml = MetadataXml::write(content, m_fixture.profile());
    QXmlStreamReader reader(xml);
    QString title;
    QString summary;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == "title"_L1)
            title = reader.readElementText();
        else if (reader.isStartElement() && reader.name() == "summary"_L1)
            summary = reader.readElementText();
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString() + u"\n"_s + QString::fromUtf8(xml)));
    QCOMPARE(title, u"标题尾"_s);
    QCOMPARE(summary, u"第一行\n第二行\t制表"_s);
}

// Under the "minimal" platform Qt has no fonts, so the registration form cannot be rendered: the export
// fails and says so, instead of writing a package without the form.
void TestPackageIntegrity::exportFailsWhenTheFormCannotRender()
{
    const QByteArray saved = qgetenv("QT_QPA_PLATFORM");
    qputenv("QT_QPA_PLATFORM", "minimal");
    const QString pdf = m_out.filePath(u"form.pdf"_s);
    const auto precondition =
        TestSupport::runCli({u"registration"_s, m_fixture.temp().path(), u"--pdf"_s, pdf});
    const QString out = m_out.filePath(u"no-form.zip"_s);
    const auto r =
        TestSupport::runCli({u"export"_s, m_fixture.temp().path(), u"--batch"_s, u"spring"_s, u"-o"_s, out});
    qputenv("QT_QPA_PLATFORM", saved);
    QVERIFY2(precondition.exitCode == 2 && !QFileInfo::exists(pdf),
             "the minimal platform was expected to have no CJK font");
    QVERIFY2(r.exitCode != 0, r.out.constData());
    QVERIFY2(r.err.contains("registration form"), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
}

// The technical-check cache cannot be written (a trigger refuses every insert): the export itself succeeds,
// and the CLI says that the results were not cached instead of keeping quiet.
void TestPackageIntegrity::failedCheckCacheWriteIsReported()
{
    const QString ws = m_fixture.temp().path();
    QVERIFY(sqlite(ws, u"DELETE FROM check_results; CREATE TRIGGER refuse_cache BEFORE INSERT ON "
                       "check_results BEGIN SELECT RAISE(ABORT, 'injected cache failure'); END;"_s));
    const QString out = m_out.filePath(u"cache.zip"_s);
    const auto r = TestSupport::runCli({u"export"_s, ws, u"--batch"_s, u"spring"_s, u"-o"_s, out});
    QVERIFY(sqlite(ws, u"DROP TRIGGER refuse_cache;"_s));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFileInfo::exists(out));
    QVERIFY2(r.err.contains("not cached") && r.err.contains("injected cache failure"), r.err.constData());
}

QTEST_MAIN(TestPackageIntegrity)
#include "TestPackageIntegrity.moc"
