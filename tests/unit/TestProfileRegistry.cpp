// ProfileRegistry: the built-in and imported campaign profiles; importing a file (validated, copied with
// its taxonomy into the library whole or not at all) and what is refused: a broken profile (with file, key
// path and expectation), a link, an oversize file, and a different profile under a known id and version.

#include "TestSupport.h"

#include "profile/ProfileRegistry.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString hdProfile()
{
    return TestSupport::sourceDir() + u"/tests/data/second-profile/profiles/hd-2026.json"_s;
}

// hd-2026.json with some top-level keys replaced.
QByteArray hdWith(const QJsonObject &changes)
{
    QJsonObject o = QJsonDocument::fromJson(readAll(hdProfile())).object();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson();
}

QStringList specs(const QList<ProfileRegistry::Entry> &entries)
{
    QStringList out;
    for (const ProfileRegistry::Entry &e : entries)
        out.append(e.valid ? e.spec() : u"invalid:"_s + QFileInfo(e.path).fileName());
    return out;
}
} // namespace

class TestProfileRegistry : public QObject
{
    Q_OBJECT
private slots:
    void listsBuiltInProfiles()
    {
        QTemporaryDir library;
        const ProfileRegistry registry(library.path());
        const QList<ProfileRegistry::Entry> entries = registry.list();
        QCOMPARE(specs(entries), QStringList{u"lifelong-2022@2022.1"_s});
        QCOMPARE(entries.first().source, ProfileRegistry::Source::BuiltIn);
        QVERIFY(entries.first().title.contains(u"2022"_s));
        Profile p;
        QString error;
        QVERIFY2(registry.load(u"lifelong-2022"_s, u"2022.1"_s, &p, &error), qPrintable(error));
        QVERIFY(!registry.load(u"lifelong-2022"_s, u"2099.1"_s, &p, &error));
        QVERIFY2(error.contains(u"2099.1"_s), qPrintable(error));
    }

    void importsAValidProfileWithItsTaxonomy()
    {
        QTemporaryDir library;
        const ProfileRegistry registry(library.path());
        ProfileRegistry::ImportResult result;
        QString error;
        // hd-2026.json names the taxonomy lifelong-2022.json, which is not beside it: the built-in one is
        // used.
        QVERIFY2(registry.importFile(hdProfile(), &result, &error), qPrintable(error));
        QVERIFY(!result.alreadyInstalled);
        QCOMPARE(result.entry.spec(), u"hd-2026@2026.1"_s);
        QCOMPARE(result.entry.source, ProfileRegistry::Source::Installed);
        const QString installed = library.filePath(u"profiles/hd-2026@2026.1.json"_s);
        QCOMPARE(result.entry.path, installed);
        QCOMPARE(readAll(installed), readAll(hdProfile()));
        QCOMPARE(readAll(library.filePath(u"taxonomy/lifelong-2022.json"_s)),
                 readAll(u":/taxonomy/lifelong-2022.json"_s));
        QVERIFY(SafeOutputLeftovers(library.filePath(u"profiles"_s)).isEmpty());
        QCOMPARE(specs(registry.list()), (QStringList{u"lifelong-2022@2022.1"_s, u"hd-2026@2026.1"_s}));
        Profile p;
        QVERIFY2(registry.loadSpec(u"hd-2026"_s, &p, &error), qPrintable(error));
        QCOMPARE(p.technical.value("video"_L1)
                     .toObject()
                     .value("resolution"_L1)
                     .toObject()
                     .value("min_long"_L1)
                     .toInt(),
                 1920);
        QVERIFY(!p.taxonomy.isEmpty());
        // The same file again: nothing written, nothing refused.
        QVERIFY2(registry.importFile(hdProfile(), &result, &error), qPrintable(error));
        QVERIFY(result.alreadyInstalled);
    }

    void newestVersionIsLoadedWithoutAVersion()
    {
        QTemporaryDir library;
        QTemporaryDir source;
        const ProfileRegistry registry(library.path());
        ProfileRegistry::ImportResult result;
        QString error;
        for (const QString &version : {u"2026.2"_s, u"2026.10"_s, u"2026.9"_s}) {
            const QString file = source.filePath(version + u".json"_s);
            QVERIFY(writeAll(file, hdWith({{"version"_L1, version}})));
            QVERIFY2(registry.importFile(file, &result, &error), qPrintable(error));
        }
        Profile p;
        QVERIFY2(registry.load(u"hd-2026"_s, QString(), &p, &error), qPrintable(error));
        QCOMPARE(p.version, u"2026.10"_s);
        QVERIFY2(registry.loadSpec(u"hd-2026@2026.9"_s, &p, &error), qPrintable(error));
        QCOMPARE(p.version, u"2026.9"_s);
        QVERIFY(ProfileRegistry::compareVersions(u"2022.2"_s, u"2022.10"_s) < 0);
    }

    void refusesABrokenProfileWithFileKeyAndExpectation()
    {
        QTemporaryDir library;
        const ProfileRegistry registry(library.path());
        const QString file = TestSupport::sourceDir() + u"/tests/data/profiles/bad-kind/profile.json"_s;
        ProfileRegistry::ImportResult result;
        QString error;
        QVERIFY(!registry.importFile(file, &result, &error));
        QVERIFY2(error.contains(file) && error.contains(u"fields[1] (extra).kind"_s) &&
                     error.contains(u"unknown kind \"number\""_s),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(library.filePath(u"profiles"_s)) ||
                QDir(library.filePath(u"profiles"_s)).isEmpty());
    }

    void refusesALink()
    {
        QTemporaryDir library;
        QTemporaryDir source;
        const QString target = source.filePath(u"real.json"_s);
        QVERIFY(QFile::copy(hdProfile(), target));
        const QString link = source.filePath(u"link.json"_s);
        QVERIFY(QFile::link(target, link));
        const ProfileRegistry registry(library.path());
        ProfileRegistry::ImportResult result;
        QString error;
        QVERIFY(!registry.importFile(link, &result, &error));
        QVERIFY2(error.contains(u"symbolic link"_s), qPrintable(error));
        QCOMPARE(specs(registry.list()), QStringList{u"lifelong-2022@2022.1"_s});
    }

    void refusesAnOversizeFile()
    {
        QTemporaryDir library;
        QTemporaryDir source;
        QByteArray big = readAll(hdProfile());
        big.chop(big.size() - big.lastIndexOf('}'));
        big += QByteArray(1024 * 1024, ' ') + '}'; // still valid JSON, but over 1 MiB
        const QString file = source.filePath(u"big.json"_s);
        QVERIFY(writeAll(file, big));
        const ProfileRegistry registry(library.path());
        ProfileRegistry::ImportResult result;
        QString error;
        QVERIFY(!registry.importFile(file, &result, &error));
        QVERIFY2(error.contains(u"larger than 1048576 bytes"_s), qPrintable(error));
    }

    void refusesADifferentProfileUnderTheSameIdAndVersion()
    {
        QTemporaryDir library;
        QTemporaryDir source;
        const ProfileRegistry registry(library.path());
        ProfileRegistry::ImportResult result;
        QString error;
        QVERIFY2(registry.importFile(hdProfile(), &result, &error), qPrintable(error));
        const QString changed = source.filePath(u"hd-changed.json"_s);
        QVERIFY(writeAll(changed, hdWith({{"mailbox"_L1, u"other@example.org"_s}})));
        QVERIFY(!registry.importFile(changed, &result, &error));
        QVERIFY2(error.contains(u"hd-2026"_s) && error.contains(u"2026.1"_s) &&
                     error.contains(u"new \"version\""_s),
                 qPrintable(error));
        QCOMPARE(readAll(library.filePath(u"profiles/hd-2026@2026.1.json"_s)), readAll(hdProfile()));
        // A built-in id and version is not replaced either.
        const QString builtin = source.filePath(u"fake-2022.json"_s);
        QJsonObject o = QJsonDocument::fromJson(readAll(u":/profiles/lifelong-2022.json"_s)).object();
        o.insert(u"mailbox"_s, u"phish@example.org"_s);
        QVERIFY(writeAll(builtin, QJsonDocument(o).toJson()));
        QVERIFY(!registry.importFile(builtin, &result, &error));
        QVERIFY2(error.contains(u"built in"_s), qPrintable(error));
    }

    void refusesADifferentTaxonomyOfTheSameName()
    {
        QTemporaryDir library;
        QTemporaryDir source;
        QVERIFY(writeAll(library.filePath(u"taxonomy/lifelong-2022.json"_s),
                         R"({"categories": [{"name": "其他", "children": []}]})"));
        const ProfileRegistry registry(library.path());
        ProfileRegistry::ImportResult result;
        QString error;
        QVERIFY(!registry.importFile(hdProfile(), &result, &error));
        QVERIFY2(error.contains(u"taxonomy"_s) && error.contains(u"not replaced"_s), qPrintable(error));
        QVERIFY(!QFileInfo::exists(library.filePath(u"profiles/hd-2026@2026.1.json"_s)));
    }

    void listsABrokenInstalledFileWithItsError()
    {
        QTemporaryDir library;
        QVERIFY(writeAll(library.filePath(u"profiles/broken.json"_s), "{\"format\": 1, \"id\": \"x\"}"));
        const ProfileRegistry registry(library.path());
        const QList<ProfileRegistry::Entry> entries = registry.list();
        QCOMPARE(specs(entries), (QStringList{u"lifelong-2022@2022.1"_s, u"invalid:broken.json"_s}));
        QVERIFY2(entries.last().error.contains(u"version"_s), qPrintable(entries.last().error));
    }

    void recordedProfileFallsBackToTheWorkspaceOne()
    {
        QTemporaryDir library;
        const ProfileRegistry registry(library.path());
        Profile workspaceProfile;
        QString error;
        QVERIFY2(registry.loadSpec(hdProfile(), &workspaceProfile, &error), qPrintable(error));
        Profile p;
        QVERIFY2(registry.loadRecorded(u"hd-2026"_s, u"2026.1"_s, workspaceProfile, &p, &error),
                 qPrintable(error));
        QCOMPARE(p.idAndVersion(), u"hd-2026/2026.1"_s);
        QVERIFY2(registry.loadRecorded(u"lifelong-2022"_s, u"2022.1"_s, workspaceProfile, &p, &error),
                 qPrintable(error));
        QCOMPARE(p.idAndVersion(), u"lifelong-2022/2022.1"_s);
        QVERIFY(!registry.loadRecorded(u"hd-2026"_s, u"2027.1"_s, workspaceProfile, &p, &error));
        QVERIFY2(error.contains(u"import"_s), qPrintable(error));
    }

private:
    static QStringList SafeOutputLeftovers(const QString &folder)
    {
        return QDir(folder).entryList({u"*.sdpartial"_s}, QDir::AllEntries | QDir::Hidden | QDir::System);
    }
};

QTEST_GUILESS_MAIN(TestProfileRegistry)
#include "TestProfileRegistry.moc"
