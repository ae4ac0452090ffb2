// Each batch records the profile it is judged by (schema 3): migration 0003 on a schema-2 workspace, the
// workspace's profile given to old batches and to new ones, and re-judging a batch under another profile
// (BatchRejudge): the resources whose verdict changes, and why; media judged from their measured facts.

#include "PackageFixture.h"
#include "TestSupport.h"

#include "media/MediaCheck.h"
#include "package/BatchRejudge.h"
#include "profile/ProfileLoader.h"
#include "workspace/BatchStore.h"
#include "workspace/CheckResultStore.h"
#include "workspace/Migrations.h"
#include "workspace/ResourceStore.h"
#include "workspace/UnitStore.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A workspace file as SubmitDesk left it at schema 2 (scripts 0001 and 0002), with one unit and one batch.
bool writeSchemaTwoWorkspace(const QString &path, QString *error)
{
    const QString name = u"schema2-writer"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &script :
             {u":/migrations/0001_initial.sql"_s, u":/migrations/0002_resource_uid.sql"_s})
            for (const QString &statement : Migrations::splitStatements(QString::fromUtf8(readAll(script))))
                ok = ok && q.exec(statement);
        for (const QString &sql :
             {u"PRAGMA user_version = 2"_s, u"PRAGMA application_id = %1"_s.arg(Workspace::kApplicationId),
              u"INSERT INTO units(id, name, updated_at) VALUES(1, '国家开放大学', '2022-03-01T00:00:00Z')"_s,
              u"INSERT INTO batches(unit_id, name, created_at, updated_at) VALUES(1, 'spring', "
              u"'2022-03-01T00:00:00Z', '2022-03-01T00:00:00Z')"_s,
              u"INSERT INTO meta(key, value) VALUES('profile_id', 'lifelong-2022')"_s})
            ok = ok && q.exec(sql);
        if (!ok && error)
            *error = q.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

ValidationContext contextFor(const Profile &profile)
{
    ValidationContext c;
    c.today = TestSupport::fixedClock().today();
    c.taxonomy = &profile.taxonomy;
    c.listSeparator = profile.listSeparator;
    c.unitName = u"国家开放大学"_s;
    return c;
}
} // namespace

class TestBatchProfile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(ProfileLoader::loadBuiltin(u"lifelong-2022"_s, &m_2022, &error), qPrintable(error));
        QVERIFY2(ProfileLoader::loadJson(readAll(TestSupport::sourceDir() +
                                                 u"/tests/data/second-profile/profiles/hd-2026.json"_s),
                                         u"hd-2026.json"_s, u":/taxonomy"_s, &m_hd, &error),
                 qPrintable(error));
    }

    void migrationGivesOldBatchesTheWorkspaceProfile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.submitdesk"_s);
        QString error;
        QVERIFY2(writeSchemaTwoWorkspace(path, &error), qPrintable(error));
        Workspace w;
        QVERIFY2(w.open(path, &error), qPrintable(error));
        QVERIFY(w.schemaVersion() >= 3); // migrated to the latest schema, past 0003_batch_profile
        BatchStore batches(w);
        Batch b;
        QVERIFY(batches.findByName(u"spring"_s, &b, &error));
        QCOMPARE(b.profileId, QString()); // not known to SQL: recorded when the profile is loaded
        QVERIFY2(batches.adoptProfile(m_2022.id, m_2022.version, &error), qPrintable(error));
        QVERIFY(batches.findByName(u"spring"_s, &b, &error));
        QCOMPARE(b.profileId, u"lifelong-2022"_s);
        QCOMPARE(b.profileVersion, u"2022.1"_s);
        // A new batch records the profile in use; a later adoptProfile does not touch recorded batches.
        Batch autumn;
        autumn.name = u"autumn"_s;
        QVERIFY2(batches.create(&autumn, &error), qPrintable(error));
        QVERIFY2(batches.adoptProfile(m_hd.id, m_hd.version, &error), qPrintable(error));
        QVERIFY(batches.findByName(u"autumn"_s, &autumn, &error));
        QCOMPARE(autumn.profileId + u'@' + autumn.profileVersion, u"lifelong-2022@2022.1"_s);
        QVERIFY(batches.findByName(u"spring"_s, &b, &error));
        QCOMPARE(b.profileVersion, u"2022.1"_s);
        Batch winter;
        winter.name = u"winter"_s;
        QVERIFY2(batches.create(&winter, &error), qPrintable(error));
        QCOMPARE(winter.profileId + u'@' + winter.profileVersion, u"hd-2026@2026.1"_s);
        QVERIFY2(batches.setProfile(b.id, m_hd.id, m_hd.version, &error), qPrintable(error));
        QVERIFY(batches.find(b.id, &b, &error));
        QCOMPARE(b.profileId + u'@' + b.profileVersion, u"hd-2026@2026.1"_s);
    }

    void rejudgeListsMetadataThatNowFails()
    {
        PackageFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        Profile shorter = m_2022;
        shorter.version = u"2022.2"_s;
        for (FieldSpec &f : shorter.fields)
            if (f.id == "title"_L1)
                f.rule.insert(u"max_length"_s, 2);
        BatchRejudge::Result result;
        QVERIFY2(BatchRejudge::run(fixture.workspace(), fixture.batch(), m_2022, shorter, contextFor(m_2022),
                                   &result, &error),
                 qPrintable(error));
        QCOMPARE(result.from, u"lifelong-2022/2022.1"_s);
        QCOMPARE(result.to, u"lifelong-2022/2022.2"_s);
        QCOMPARE(result.resources, 2);
        QCOMPARE(result.changed.size(), 2); // both titles are longer than 2 characters
        for (const BatchRejudge::Item &item : result.changed) {
            QVERIFY(item.passedBefore);
            QVERIFY(!item.passesAfter);
            QVERIFY2(!item.why.isEmpty() && item.why.first().startsWith(u"Title: "_s),
                     qPrintable(item.why.join(u'|')));
        }
        QVERIFY2(result.changes.size() >= 2, "the version and the title rule");
        // Under the same profile nothing changes.
        QVERIFY(BatchRejudge::run(fixture.workspace(), fixture.batch(), m_2022, m_2022, contextFor(m_2022),
                                  &result, &error));
        QVERIFY(result.changed.isEmpty());
    }

    void rejudgeJudgesMediaFromTheirMeasuredFacts()
    {
        PackageFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        BatchRejudge::Result result;
        // Never checked: the media are left out and counted.
        QVERIFY(BatchRejudge::run(fixture.workspace(), fixture.batch(), m_2022, m_hd, contextFor(m_2022),
                                  &result, &error));
        QCOMPARE(result.mediaNotChecked, 2);
        // Checked under 2022 (and passing there): the HD profile's numbers fail them.
        for (const QString &path : {fixture.videoPath(), fixture.audioPath()}) {
            const CheckReport report = MediaCheck::checkFile(path, m_2022.technical, {});
            QCOMPARE(report.verdict(), CheckReport::Verdict::Pass);
            QVERIFY(CheckResultStore(fixture.workspace())
                        .store(CheckResultStore::Key::forFile(path, m_2022.idAndVersion(), u"probe"_s),
                               report.toJson(), &error));
        }
        QVERIFY2(BatchRejudge::run(fixture.workspace(), fixture.batch(), m_2022, m_hd, contextFor(m_2022),
                                   &result, &error),
                 qPrintable(error));
        QCOMPARE(result.mediaNotChecked, 0);
        QCOMPARE(result.changed.size(), 2);
        const QJsonObject json = result.toJson();
        const QString text = QString::fromUtf8(QJsonDocument(json).toJson());
        for (const BatchRejudge::Item &item : result.changed) {
            QVERIFY(item.passedBefore && !item.passesAfter);
            const QString why = item.why.join(u'\n');
            if (item.resourceId == fixture.videoId())
                QVERIFY2(why.contains(u"Resolution"_s) && why.contains(u"1920×1080"_s), qPrintable(why));
            else
                QVERIFY2(why.contains(u"Sample rate"_s) && why.contains(u"48000 Hz"_s), qPrintable(why));
        }
        QVERIFY2(json.value("changed"_L1).toArray().size() == 2, qPrintable(text));
    }

private:
    Profile m_2022;
    Profile m_hd;
};

QTEST_MAIN(TestBatchProfile)
#include "TestBatchProfile.moc"
