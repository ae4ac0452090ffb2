// Workspace: a real SQLite file, created with its folder, in WAL mode with foreign keys on,
// with its small meta table, change signals and a consistent copy (Save As).

#include "TempWorkspace.h"
#include "common/SafeOutput.h"
#include "workspace/BatchStore.h"
#include "workspace/Migrations.h"
#include "workspace/ResourceStore.h"
#include "workspace/SavePoint.h"
#include "workspace/UnitStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
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

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

// Runs SQL on a plain connection of its own (not a Workspace), as another program would.
bool execRaw(const QString &path, const QStringList &statements, QString *error)
{
    const QString name = u"raw-%1"_s.arg(quintptr(&statements));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (ok && !q.exec(sql)) {
                *error = sql + u": "_s + q.lastError().text();
                ok = false;
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void createsFileAndFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"deep/er/单位.submitdesk"_s);
        Workspace w;
        QString error;
        QVERIFY(!w.isOpen());
        QVERIFY2(w.open(path, &error), qPrintable(error));
        QVERIFY(w.isOpen());
        QVERIFY(QFileInfo(path).isFile());
        QCOMPARE(w.path(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(w.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(w.profileId(), u"lifelong-2022"_s);
        QCOMPARE(w.meta(u"profile_id"_s), u"lifelong-2022"_s); // written into the file, not only a fallback
        w.close();
        QVERIFY(!w.isOpen());
        QVERIFY(w.path().isEmpty());
    }

    void walAndForeignKeysAreOn()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        const QSqlDatabase db = tw.workspace().database();
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        // WAL persists in the file: a plain connection sees it too.
        QSqlQuery q(db);
        QVERIFY(q.exec(u"INSERT INTO meta(key, value) VALUES('x', 'y')"_s));
        QVERIFY(QFileInfo::exists(tw.path() + u"-wal"_s));
    }

    void foreignKeysAreEnforced()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        ResourceStore resources(tw.workspace());
        QString error;
        QCOMPARE(resources.create(424242, u"A01"_s, &error), 0);
        QVERIFY2(error.contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive), qPrintable(error));

        Batch b;
        b.name = u"2022 第一批"_s;
        QVERIFY2(BatchStore(tw.workspace()).create(&b, &error), qPrintable(error));
        const qint64 id = resources.create(b.id, u"A01"_s, &error);
        QVERIFY2(id != 0, qPrintable(error));
        QVERIFY(resources.setValue(id, u"title"_s, u"航空发动机原理"_s, &error));
        QVERIFY(resources.addFile(id, u"media"_s, tw.path(), &error) != 0);
        // Deleting the batch cascades to resources, values and files.
        QVERIFY(BatchStore(tw.workspace()).remove(b.id, &error));
        const QSqlDatabase db = tw.workspace().database();
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM resources"_s).toInt(), 0);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM field_values"_s).toInt(), 0);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM files"_s).toInt(), 0);
    }

    void metaValues()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        Workspace &w = tw.workspace();
        QCOMPARE(w.meta(u"missing"_s), QString());
        QCOMPARE(w.meta(u"missing"_s, u"fallback"_s), u"fallback"_s);
        QString error;
        QVERIFY2(w.setMeta(u"last_batch"_s, u"第一批"_s, &error), qPrintable(error));
        QCOMPARE(w.meta(u"last_batch"_s), u"第一批"_s);
        QVERIFY(w.setMeta(u"last_batch"_s, u"第二批"_s, &error)); // replaces
        QCOMPARE(w.meta(u"last_batch"_s), u"第二批"_s);
        QVERIFY(w.setMeta(u"profile_id"_s, u"other-2023"_s, &error));
        QCOMPARE(w.profileId(), u"other-2023"_s);
        QCOMPARE(scalar(w.database(), u"SELECT COUNT(*) FROM meta WHERE key = 'last_batch'"_s).toInt(), 1);
        w.close();
        // Reopening keeps the stored values and does not overwrite the profile id.
        QString openError;
        QVERIFY2(w.open(tw.path(), &openError), qPrintable(openError));
        QCOMPARE(w.meta(u"last_batch"_s), u"第二批"_s);
        QCOMPARE(w.profileId(), u"other-2023"_s);
    }

    void writesAreVisibleToASecondConnection()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        QString error;
        QVERIFY(tw.workspace().setMeta(u"k"_s, u"v"_s, &error));
        Workspace other;
        QVERIFY2(other.open(tw.path(), &error), qPrintable(error));
        QCOMPARE(other.meta(u"k"_s), u"v"_s);
        QVERIFY(other.setMeta(u"k"_s, u"w"_s, &error));
        QCOMPARE(tw.workspace().meta(u"k"_s), u"w"_s);
    }

    void folderIsRefused()
    {
        QTemporaryDir dir;
        Workspace w;
        QString error;
        QVERIFY(!w.open(dir.path(), &error));
        QVERIFY2(error.contains(dir.path()), qPrintable(error));
        QVERIFY(!w.isOpen());
    }

    void unwritableFolderIsRefused()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Workspace w;
        QString error;
        // The "folder" is a file: it cannot be created.
        QVERIFY(!w.open(dir.filePath(u"file/inner.submitdesk"_s), &error));
        QVERIFY2(error.contains(u"file"_s), qPrintable(error));
    }

    void reopenAfterFailureWorks()
    {
        QTemporaryDir dir;
        const QString junk = dir.filePath(u"junk.submitdesk"_s);
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("definitely not sqlite, just some text that is long enough");
        f.close();
        Workspace w;
        QString error;
        QVERIFY(!w.open(junk, &error));
        QVERIFY2(w.open(dir.filePath(u"good.submitdesk"_s), &error), qPrintable(error));
        QVERIFY(w.isOpen());
    }

    void saveCopyAs()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        QString error;
        Batch b;
        b.name = u"复制"_s;
        QVERIFY(BatchStore(tw.workspace()).create(&b, &error));
        QVERIFY(!tw.workspace().saveCopyAs(tw.path(), &error));
        QVERIFY(!error.isEmpty());
        const QString copy = QDir(tw.dir()).filePath(u"copy.submitdesk"_s);
        QFile existing(copy);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old");
        existing.close();
        QVERIFY2(tw.workspace().saveCopyAs(copy, &error), qPrintable(error)); // replaces the old file
        Workspace other;
        QVERIFY2(other.open(copy, &error), qPrintable(error));
        Batch found;
        QVERIFY(BatchStore(other).findByName(u"复制"_s, &found));
        QCOMPARE(other.schemaVersion(), Migrations::latestVersion());
    }

    // Issue 12: the old copy was deleted before the new one was written; when writing failed (here:
    // VACUUM INTO refuses to run inside a transaction) the user had no copy at all.
    void saveCopyAsKeepsTheOldCopyWhenItFails()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        const QString copy = QDir(tw.dir()).filePath(u"copy.submitdesk"_s);
        QString error;
        QVERIFY2(tw.workspace().saveCopyAs(copy, &error), qPrintable(error));
        const QByteArray old = readAll(copy);
        QVERIFY(!old.isEmpty());

        SavePoint open(tw.workspace().database());
        QVERIFY(open.isActive());
        QVERIFY(!tw.workspace().saveCopyAs(copy, &error));
        QVERIFY2(error.contains(copy), qPrintable(error));
        open.rollback();
        QVERIFY2(readAll(copy) == old, "the old copy was lost");
        QVERIFY(SafeOutput::partialsOf(copy).isEmpty());

        // And once it can be written, it replaces the old copy, leaving nothing else behind.
        Batch b;
        b.name = u"later"_s;
        QVERIFY(BatchStore(tw.workspace()).create(&b, &error));
        QVERIFY2(tw.workspace().saveCopyAs(copy, &error), qPrintable(error));
        Workspace other;
        QVERIFY2(other.open(copy, &error), qPrintable(error));
        Batch found;
        QVERIFY(BatchStore(other).findByName(u"later"_s, &found));
        QVERIFY(SafeOutput::partialsOf(copy).isEmpty());
    }

    // The old copy's write-ahead log belongs to the old file: left beside the new copy, SQLite would replay
    // it into the new one. It goes (once the new copy is complete), and the new copy reads as written.
    void saveCopyAsDropsTheOldCopysJournal()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        const QString copy = QDir(tw.dir()).filePath(u"journal.submitdesk"_s);
        const QString stash = QDir(tw.dir()).filePath(u"stale-wal"_s);
        QString error;
        {
            Workspace old;
            QVERIFY2(old.open(copy, &error), qPrintable(error));
            Batch b;
            b.name = u"old-only"_s;
            QVERIFY(BatchStore(old).create(&b, &error));
            QVERIFY(QFileInfo(copy + u"-wal"_s).size() > 0);
            QVERIFY(QFile::copy(copy + u"-wal"_s, stash)); // as a killed program leaves it
        }
        QFile::remove(copy + u"-wal"_s);
        QVERIFY(QFile::copy(stash, copy + u"-wal"_s));

        Batch b;
        b.name = u"new-only"_s;
        QVERIFY(BatchStore(tw.workspace()).create(&b, &error));
        QVERIFY2(tw.workspace().saveCopyAs(copy, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(copy + u"-wal"_s));
        Workspace other;
        QVERIFY2(other.open(copy, &error), qPrintable(error));
        Batch found;
        QVERIFY(BatchStore(other).findByName(u"new-only"_s, &found));
        QVERIFY(!BatchStore(other).findByName(u"old-only"_s, &found));
    }

    // A link at the copy's name is never written through: a dangling one made SQLite create its target.
    void saveCopyAsNeverFollowsALink()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        const QDir dir(tw.dir());
        const QString pointed = dir.filePath(u"elsewhere.submitdesk"_s);
        const QString dangling = dir.filePath(u"dangling.submitdesk"_s);
        QVERIFY(QFile::link(pointed, dangling));
        QString error;
        QVERIFY(!tw.workspace().saveCopyAs(dangling, &error));
        QVERIFY2(error.contains(dangling), qPrintable(error));
        QVERIFY2(!QFileInfo::exists(pointed), "the link's target was created");
        QVERIFY(QFileInfo(dangling).isSymLink());

        QFile victim(pointed);
        QVERIFY(victim.open(QIODevice::WriteOnly));
        victim.write("the user's file");
        victim.close();
        QVERIFY(!tw.workspace().saveCopyAs(dangling, &error));
        QCOMPARE(readAll(pointed), QByteArray("the user's file"));
        QVERIFY(QFileInfo(dangling).isSymLink());
        QVERIFY(SafeOutput::partialsOf(dangling).isEmpty());
    }

    void signalsFollowStores()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        Workspace &w = tw.workspace();
        QSignalSpy batches(&w, &Workspace::batchesChanged);
        QSignalSpy resourcesChanged(&w, &Workspace::resourcesChanged);
        QSignalSpy resourceChanged(&w, &Workspace::resourceChanged);
        QString error;
        Batch b;
        b.name = u"signals"_s;
        QVERIFY(BatchStore(w).create(&b, &error));
        QCOMPARE(batches.size(), 1);
        ResourceStore store(w);
        const qint64 id = store.create(b.id, u"A02"_s, &error);
        QCOMPARE(resourcesChanged.size(), 1);
        QCOMPARE(resourcesChanged.first().first().toLongLong(), b.id);
        QVERIFY(store.setValue(id, u"title"_s, u"声音"_s, &error));
        QCOMPARE(resourceChanged.size(), 1);
        QCOMPARE(resourceChanged.last().at(0).toLongLong(), id);
        QCOMPARE(resourceChanged.last().at(1).toString(), u"title"_s);
        // setValues announces once, for several fields ("").
        QVERIFY(store.setValues(
            id,
            {{u"summary"_s, u"一段足够长的简介文字，二十个字以上才行啊。"_s}, {u"copyright"_s, u"某大学"_s}},
            &error));
        QCOMPARE(resourceChanged.size(), 2);
        QCOMPARE(resourceChanged.last().at(1).toString(), QString());
    }

    // Another program's database that happens to have a "meta" table and user_version 1 is not ours:
    // it is refused before anything is written, so its bytes stay identical and no -wal/-shm appears.
    void foreignFileWithMetaTableIsLeftByteForByte_data()
    {
        QTest::addColumn<QStringList>("schema");
        QTest::newRow("meta and notes") << QStringList{
            u"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"INSERT INTO meta VALUES('owner', 'a notes app')"_s,
            u"CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)"_s, u"PRAGMA user_version = 1"_s};
        QTest::newRow("other meta columns")
            << QStringList{u"CREATE TABLE meta(k, v)"_s, u"PRAGMA user_version = 1"_s};
        QTest::newRow("our meta table alone") << QStringList{
            u"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s, u"PRAGMA user_version = 1"_s};
        QStringList many{u"BEGIN"_s, u"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s};
        for (int i = 0; i < 5000; ++i)
            many.append(u"CREATE TABLE t%1(a, b, c)"_s.arg(i));
        many << u"PRAGMA user_version = 1"_s << u"COMMIT"_s;
        QTest::newRow("meta and 5000 tables") << many;
    }
    void foreignFileWithMetaTableIsLeftByteForByte()
    {
        QFETCH(QStringList, schema);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.db"_s);
        QString error;
        QVERIFY2(execRaw(path, schema, &error), qPrintable(error));
        const QByteArray before = sha256Of(path);
        QVERIFY(!before.isEmpty());
        Workspace w;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!w.open(path, &error));
        qInfo("refused in %lld ms", qint64(timer.elapsed()));
        QVERIFY(timer.elapsed() < 30000); // only to catch a hang
        QVERIFY(!w.isOpen());
        QVERIFY2(error.contains(path) && error.contains(u"not a SubmitDesk workspace"_s), qPrintable(error));
        QCOMPARE(sha256Of(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"notes.db"_s});
    }

    // A workspace written before the application id existed (our schema, id 0) is still taken and marked.
    void earlyWorkspaceWithoutApplicationIdIsTaken()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"早期 #1?.submitdesk"_s); // read through a file: URI
        QString error;
        {
            Workspace w;
            QVERIFY2(w.open(path, &error), qPrintable(error));
            Batch b;
            b.name = u"早期"_s;
            QVERIFY2(BatchStore(w).create(&b, &error), qPrintable(error));
        }
        QVERIFY2(execRaw(path, {u"PRAGMA application_id = 0"_s, u"PRAGMA journal_mode = DELETE"_s}, &error),
                 qPrintable(error));
        Workspace w;
        QVERIFY2(w.open(path, &error), qPrintable(error));
        QCOMPARE(scalar(w.database(), u"PRAGMA application_id"_s).toLongLong(), Workspace::kApplicationId);
        Batch found;
        QVERIFY(BatchStore(w).findByName(u"早期"_s, &found));
    }

    // A write transaction that reads first must not fail at once when another connection holds the write
    // lock: it begins IMMEDIATE and so waits (busy timeout) until the other writer is done.
    void writeThatReadsFirstWaitsForAnotherWriter()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        QProcess other;
        other.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        other.start(u"python3"_s, {u"-c"_s,
                                   u"import sqlite3, sys, time\n"
                                   "c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)\n"
                                   "c.execute('BEGIN IMMEDIATE')\n"
                                   "c.execute(\"INSERT INTO meta(key, value) VALUES('held', '1')\")\n"
                                   "print('locked', flush=True)\n"
                                   "time.sleep(1)\n"
                                   "c.execute('COMMIT')\n"_s,
                                   tw.path()});
        QVERIFY(other.waitForStarted(10000));
        QByteArray out;
        while (!out.contains("locked") && other.waitForReadyRead(30000))
            out += other.readAllStandardOutput();
        QVERIFY2(out.contains("locked"), out.constData());

        QElapsedTimer timer;
        timer.start();
        const QSqlDatabase db = tw.workspace().database();
        {
            SavePoint savePoint(db);
            QVERIFY(savePoint.isActive());
            QSqlQuery q(db);
            QVERIFY2(q.exec(u"SELECT COUNT(*) FROM meta"_s) && q.next(), qPrintable(q.lastError().text()));
            q.finish();
            QVERIFY2(q.exec(u"INSERT INTO meta(key, value) VALUES('mine', '2')"_s),
                     qPrintable(q.lastError().text()));
            QString error;
            QVERIFY2(savePoint.release(&error), qPrintable(error));
        }
        qInfo("the write waited %lld ms for the other writer (which held its lock ~1000 ms)",
              qint64(timer.elapsed()));
        QVERIFY(timer.elapsed() < 30000); // only to catch a hang
        QVERIFY(other.waitForFinished(30000));
        QCOMPARE(other.exitCode(), 0);
        QCOMPARE(tw.workspace().meta(u"mine"_s), u"2"_s);
        QCOMPARE(tw.workspace().meta(u"held"_s), u"1"_s);
    }

    // A read that fails (here: tables gone under the connection) says so; it does not answer with an empty
    // list, a resource without its values, or a count of 0.
    void readErrorsAreReported()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        QString error;
        Batch b;
        b.name = u"b"_s;
        QVERIFY(BatchStore(tw.workspace()).create(&b, &error));
        ResourceStore store(tw.workspace());
        const qint64 id = store.create(b.id, u"A01"_s, &error);
        QVERIFY(store.setValue(id, u"title"_s, u"标题"_s, &error));
        QSqlQuery q(tw.workspace().database());
        QVERIFY(q.exec(u"DROP TABLE field_values"_s));

        Resource r;
        QVERIFY(!store.load(id, &r, &error));
        QVERIFY2(error.contains(u"field_values"_s), qPrintable(error));
        QList<Resource> list;
        error.clear();
        QVERIFY(!store.listInBatch(b.id, &list, &error));
        QVERIFY2(error.contains(u"field_values"_s), qPrintable(error));
        QVERIFY(list.isEmpty());
        error.clear();
        QVERIFY(!store.listSummaries(b.id, {u"title"_s}, &list, &error));
        QVERIFY2(!error.isEmpty(), qPrintable(error));
        // Nothing is there: "not found" has no error.
        QVERIFY(!store.load(id + 1000, &r, &error));
        QVERIFY(error.isEmpty());

        QVERIFY(q.exec(u"PRAGMA foreign_keys = OFF"_s));
        QVERIFY(q.exec(u"DROP TABLE resources"_s));
        QCOMPARE(store.countInBatch(b.id, &error), -1);
        QVERIFY2(error.contains(u"resources"_s), qPrintable(error));
        QVERIFY(q.exec(u"DROP TABLE batches"_s));
        QList<Batch> batches;
        QVERIFY(!BatchStore(tw.workspace()).all(&batches, &error));
        QVERIFY2(error.contains(u"batches"_s), qPrintable(error));
        Batch found;
        QVERIFY(!BatchStore(tw.workspace()).findByName(u"b"_s, &found, &error));
        QVERIFY2(error.contains(u"batches"_s), qPrintable(error));
        Batch another;
        another.name = u"another"_s;
        QVERIFY(!BatchStore(tw.workspace()).create(&another, &error));
        QVERIFY2(error.contains(u"batches"_s), qPrintable(error));
        QVERIFY(q.exec(u"DROP TABLE units"_s));
        QList<Unit> units;
        QVERIFY(!UnitStore(tw.workspace()).all(&units, &error));
        QVERIFY2(error.contains(u"units"_s), qPrintable(error));
        error.clear();
        QCOMPARE(UnitStore(tw.workspace()).primary(&error).id, 0);
        QVERIFY2(error.contains(u"units"_s), qPrintable(error));
    }

    void nowTextIsUtcIso()
    {
        // nowText() reads the system clock by design (there is no Clock to inject), so it is bracketed by two
        // readings of that clock, to the millisecond, instead of compared within a tolerance: local time
        // written as UTC falls outside (under TZ=Asia/Shanghai, say).
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QString now = Workspace::nowText();
        const QDateTime after = QDateTime::currentDateTimeUtc();
        const QDateTime parsed = QDateTime::fromString(now, Qt::ISODateWithMs);
        QVERIFY2(parsed.isValid(), qPrintable(now));
        QVERIFY(now.endsWith(u'Z'));
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QVERIFY2(before <= parsed && parsed <= after,
                 qPrintable(u"%1 is not between %2 and %3"_s.arg(now, before.toString(Qt::ISODateWithMs),
                                                                 after.toString(Qt::ISODateWithMs))));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "TestWorkspace.moc"
