// Migrations: an empty file or a schema-0 SQLite file is brought to the latest schema, each script in
// one transaction; a newer schema and a file that is not SQLite are refused with a clear message.

#include "workspace/Migrations.h"
#include "workspace/Workspace.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// A raw SQLite connection of our own, to prepare files the way an old or foreign program left them.
class RawDb
{
public:
    explicit RawDb(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql);
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name = u"raw-%1"_s.arg(quintptr(this));
    QSqlDatabase m_db;
};

QStringList tables(RawDb &db)
{
    QSqlQuery q(db.db());
    QStringList out;
    if (q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s))
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}
// What a script does to the schema: "table:name", "index:name", "view:name", "trigger:name" for CREATE,
// "column:table.name" for ALTER TABLE … ADD; a DROP moves the object from `made` to `dropped`. Returns the
// number of such statements.
int schemaEffects(const QString &script, const QString &scriptName, QMap<QString, QString> *made,
                  QStringList *dropped)
{
    static const QRegularExpression create(
        u"CREATE\\s+(?:UNIQUE\\s+)?(TABLE|INDEX|VIEW|TRIGGER)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression addColumn(u"ALTER\\s+TABLE\\s+(\\w+)\\s+ADD\\s+(?:COLUMN\\s+)?(\\w+)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rename(u"ALTER\\s+TABLE\\s+(\\w+)\\s+RENAME\\s+TO\\s+(\\w+)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression drop(
        u"DROP\\s+(TABLE|INDEX|VIEW|TRIGGER)\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    int count = 0;
    for (const QString &statement : Migrations::splitStatements(script)) {
        QRegularExpressionMatch m;
        if ((m = create.match(statement)).hasMatch()) {
            made->insert(m.captured(1).toLower() + u':' + m.captured(2), scriptName);
            dropped->removeAll(m.captured(1).toLower() + u':' + m.captured(2));
        } else if ((m = addColumn.match(statement)).hasMatch()) {
            made->insert(u"column:"_s + m.captured(1) + u'.' + m.captured(2), scriptName);
        } else if ((m = rename.match(statement)).hasMatch()) {
            made->remove(u"table:"_s + m.captured(1));
            made->insert(u"table:"_s + m.captured(2), scriptName);
            dropped->removeAll(u"table:"_s + m.captured(2));
            dropped->append(u"table:"_s + m.captured(1));
        } else if ((m = drop.match(statement)).hasMatch()) {
            made->remove(m.captured(1).toLower() + u':' + m.captured(2));
            dropped->append(m.captured(1).toLower() + u':' + m.captured(2));
        } else {
            continue;
        }
        ++count;
    }
    return count;
}

// Whether the file holds "table:name" (from sqlite_master) or "column:table.name" (from table_info).
bool hasObject(RawDb &db, const QString &object)
{
    const QString kind = object.section(u':', 0, 0);
    const QString name = object.section(u':', 1);
    QSqlQuery q(db.db());
    if (kind == "column"_L1) {
        if (!q.exec(u"PRAGMA table_info(%1)"_s.arg(name.section(u'.', 0, 0))))
            return false;
        while (q.next())
            if (q.value(1).toString() == name.section(u'.', 1))
                return true;
        return false;
    }
    q.prepare(u"SELECT count(*) FROM sqlite_master WHERE type = ? AND name = ?"_s);
    q.addBindValue(kind);
    q.addBindValue(name);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    // The scripts of the source tree are all embedded and all applied: the latest version is their number,
    // a migrated file's user_version says so, and what each script creates (or drops) is in (or out of) it.
    void latestVersionCountsScripts()
    {
        const QDir sources(TestSupport::sourceDir() + u"/app/core/workspace/migrations"_s);
        const QStringList files = sources.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), qPrintable(sources.path()));
        QCOMPARE(Migrations::latestVersion(), int(files.size()));
        for (qsizetype i = 0; i < files.size(); ++i) // numbered 0001_, 0002_ … without a gap
            QVERIFY2(files.at(i).startsWith(u"%1_"_s.arg(i + 1, 4, 10, QLatin1Char('0'))),
                     qPrintable(files.at(i)));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"latest.submitdesk"_s);
        {
            Workspace w;
            QString error;
            QVERIFY2(w.open(path, &error), qPrintable(error));
        }
        RawDb raw(path);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), int(files.size()));
        QMap<QString, QString> expected; // "table:name" / "column:table.name" → the script that made it
        QStringList dropped;
        for (const QString &name : files) {
            QFile script(sources.filePath(name));
            QVERIFY(script.open(QIODevice::ReadOnly));
            const int effects = schemaEffects(QString::fromUtf8(script.readAll()), name, &expected, &dropped);
            QVERIFY2(effects > 0,
                     qPrintable(name + u": no CREATE, ALTER … ADD or DROP found; teach this test "
                                       u"how to see what the script does"_s));
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(hasObject(raw, it.key()), qPrintable(it.key() + u" of "_s + it.value()));
        for (const QString &object : std::as_const(dropped))
            QVERIFY2(!hasObject(raw, object), qPrintable(object + u" was dropped"_s));
    }

    // Schema 7 (issue 13 item 4): a workspace made by the schema before it keeps every file row (id,
    // role, path, size, mtime, position), and afterwards a file may have any image field's id as role.
    void filesOfAnyFieldAfterGenericFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"before-generic.submitdesk"_s);
        const QStringList scripts = QDir(u":/migrations"_s).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
        const qsizetype generic = scripts.indexOf(u"0007_generic_files.sql"_s);
        QVERIFY2(generic > 0, qPrintable(scripts.join(u", "_s)));
        {
            RawDb raw(path);
            for (qsizetype i = 0; i < generic; ++i) { // the schema just before 0007, as a user has it
                QFile script(u":/migrations/"_s + scripts.at(i));
                QVERIFY(script.open(QIODevice::ReadOnly));
                for (const QString &statement :
                     Migrations::splitStatements(QString::fromUtf8(script.readAll())))
                    QVERIFY2(raw.exec(statement), qPrintable(statement));
            }
            QVERIFY(raw.exec(u"PRAGMA user_version = %1"_s.arg(generic)));
            QVERIFY(raw.exec(u"PRAGMA application_id = %1"_s.arg(Workspace::kApplicationId)));
            QVERIFY(raw.exec(
                u"INSERT INTO batches(id, name, created_at, updated_at) VALUES(1, 'b', 'x', 'x')"_s));
            QVERIFY(raw.exec(u"INSERT INTO resources(id, batch_id, type, position, created_at, updated_at) "
                             "VALUES(5, 1, 'A01', 1, 'x', 'x')"_s));
            QVERIFY(raw.exec(
                u"INSERT INTO files(id, resource_id, role, path, size, mtime, position) VALUES "
                "(11, 5, 'media', '/m/a.mp4', 10, 't1', 1), (12, 5, 'cover', '/m/c.jpg', 20, 't2', 1), "
                "(13, 5, 'attachment', '/m/n.pdf', 30, 't3', 2)"_s));
            // The old schema refuses any other role: this is what 0007 lifts.
            QVERIFY(
                !raw.exec(u"INSERT INTO files(resource_id, role, path) VALUES(5, 'poster', '/m/p.jpg')"_s));
        }
        {
            Workspace w;
            QString error;
            QVERIFY2(w.open(path, &error), qPrintable(error));
            QCOMPARE(w.schemaVersion(), Migrations::latestVersion());
        }
        RawDb raw(path);
        QSqlQuery q(raw.db());
        QVERIFY(
            q.exec(u"SELECT id, resource_id, role, path, size, mtime, position FROM files ORDER BY id"_s));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < 7; ++c)
                cells.append(q.value(c).toString());
            rows.append(cells.join(u'|'));
        }
        QCOMPARE(rows, (QStringList{u"11|5|media|/m/a.mp4|10|t1|1"_s, u"12|5|cover|/m/c.jpg|20|t2|1"_s,
                                    u"13|5|attachment|/m/n.pdf|30|t3|2"_s}));
        QVERIFY(raw.exec(u"INSERT INTO files(resource_id, role, path) VALUES(5, 'poster', '/m/p.jpg')"_s));
        QVERIFY(!raw.exec(u"INSERT INTO files(resource_id, role, path) VALUES(5, '', '/m/e.jpg')"_s));
        QVERIFY(hasObject(raw, u"index:files_resource"_s));
        QVERIFY(!hasObject(raw, u"table:files_generic"_s));
        // The foreign key still holds: removing the resource removes its files.
        QVERIFY(raw.exec(u"PRAGMA foreign_keys = ON"_s));
        QVERIFY(raw.exec(u"DELETE FROM resources WHERE id = 5"_s));
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM files"_s).toInt(), 0);
    }

    void emptyFileMigratesToLatest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.submitdesk"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly)); // zero bytes: schema 0
        f.close();
        Workspace w;
        QString error;
        QVERIFY2(w.open(path, &error), qPrintable(error));
        QCOMPARE(w.schemaVersion(), Migrations::latestVersion());
        w.close();
        RawDb raw(path);
        const QStringList t = tables(raw);
        for (const char *name :
             {"meta", "units", "batches", "resources", "field_values", "files", "check_results"})
            QVERIFY2(t.contains(QLatin1StringView(name)), name);
    }

    void schemaZeroSqliteFileMigrates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"zero.submitdesk"_s);
        {
            RawDb raw(path);
            QVERIFY(
                raw.exec(u"CREATE TABLE scratch(x)"_s)); // a real SQLite file at user_version 0, no tables
            QVERIFY(raw.exec(u"DROP TABLE scratch"_s));
            QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 0);
        }
        Workspace w;
        QString error;
        QVERIFY2(w.open(path, &error), qPrintable(error));
        QCOMPARE(w.schemaVersion(), Migrations::latestVersion());
        RawDb raw(path);
        QCOMPARE(raw.scalar(u"PRAGMA application_id"_s).toLongLong(), Workspace::kApplicationId);
    }

    void anotherProgramsDatabaseIsLeftAlone()
    {
        // A SQLite file of another program: refused, and neither our tables nor WAL are added to it.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"contacts.db"_s);
        {
            RawDb raw(path);
            QVERIFY(raw.exec(u"CREATE TABLE contacts(name TEXT)"_s));
        }
        Workspace w;
        QString error;
        QVERIFY(!w.open(path, &error));
        QVERIFY2(error.contains(path) && error.contains(u"not a SubmitDesk workspace"_s), qPrintable(error));
        RawDb raw(path);
        QCOMPARE(tables(raw), QStringList{u"contacts"_s});
        QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"delete"_s);

        // The same for a file that carries another program's application id.
        const QString other = dir.filePath(u"other.db"_s);
        {
            RawDb rawOther(other);
            QVERIFY(rawOther.exec(u"PRAGMA application_id = 42"_s));
        }
        QVERIFY(!w.open(other, &error));
        QVERIFY2(error.contains(u"another program"_s), qPrintable(error));
    }

    void reopeningDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"w.submitdesk"_s);
        QString error;
        {
            Workspace w;
            QVERIFY2(w.open(path, &error), qPrintable(error));
            QVERIFY(w.setMeta(u"marker"_s, u"kept"_s, &error));
        }
        Workspace w;
        QVERIFY2(w.open(path, &error), qPrintable(error)); // would fail on CREATE TABLE if scripts ran again
        QCOMPARE(w.meta(u"marker"_s), u"kept"_s);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.submitdesk"_s);
        const int future = Migrations::latestVersion() + 5;
        {
            RawDb raw(path);
            QVERIFY(raw.exec(u"PRAGMA user_version = %1"_s.arg(future)));
        }
        Workspace w;
        QString error;
        QVERIFY(!w.open(path, &error));
        QVERIFY(!w.isOpen());
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(u"newer SubmitDesk"_s), qPrintable(error));
        QVERIFY2(error.contains(QString::number(future)), qPrintable(error));
        // The file is left as it was.
        RawDb raw(path);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), future);
        QVERIFY(!tables(raw).contains(u"resources"_s));
    }

    void nonSqliteFileIsRefusedByName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.submitdesk"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("这不是一个数据库文件, only some text\n");
        f.close();
        Workspace w;
        QString error;
        QVERIFY(!w.open(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(u"not an SQLite file"_s), qPrintable(error));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(check.readAll()),
                 u"这不是一个数据库文件, only some text\n"_s); // untouched
    }

    void failedMigrationRollsBack()
    {
        // A schema-0 file that already has a "units" table: script 1 fails half-way and must leave nothing.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"clash.submitdesk"_s);
        {
            RawDb raw(path);
            QVERIFY(raw.exec(u"PRAGMA application_id = 1396987731"_s)); // ours ('SDWS'), schema 0
            QVERIFY(raw.exec(u"CREATE TABLE units(whatever)"_s));
        }
        Workspace w;
        QString error;
        QVERIFY(!w.open(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(u"0001"_s), qPrintable(error));
        RawDb raw(path);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 0);
        QCOMPARE(tables(raw), QStringList{u"units"_s}); // "meta", created before the clash, was rolled back
    }

    void splitStatements_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("two") << u"CREATE TABLE a(x);\nCREATE TABLE b(y);\n"_s
                             << QStringList{u"CREATE TABLE a(x);"_s, u"CREATE TABLE b(y);"_s};
        QTest::newRow("multi-line") << u"CREATE TABLE a (\n    x INTEGER,\n    y TEXT\n);\n"_s
                                    << QStringList{u"CREATE TABLE a (\n    x INTEGER,\n    y TEXT\n);"_s};
        QTest::newRow("comments and blanks")
            << u"-- header\n\nCREATE TABLE a(x);\n  -- indented comment\n\n"_s
            << QStringList{u"CREATE TABLE a(x);"_s};
        QTest::newRow("semicolon inside a line")
            << u"INSERT INTO t VALUES('a;b');\n"_s << QStringList{u"INSERT INTO t VALUES('a;b');"_s};
        QTest::newRow("mid-line ; does not split")
            << u"SELECT 1; SELECT 2\n;\n"_s << QStringList{u"SELECT 1; SELECT 2\n;"_s};
        QTest::newRow("trailing without ;") << u"CREATE TABLE a(x);\nCREATE TABLE b(y)"_s
                                            << QStringList{u"CREATE TABLE a(x);"_s, u"CREATE TABLE b(y)"_s};
        QTest::newRow("empty") << QString() << QStringList{};
        QTest::newRow("CRLF") << u"CREATE TABLE a(x);\r\nCREATE TABLE b(y);\r\n"_s
                              << QStringList{u"CREATE TABLE a(x);"_s, u"CREATE TABLE b(y);"_s};
    }
    void splitStatements()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(Migrations::splitStatements(script), statements);
    }

    void shippedScriptSplitsIntoCreates()
    {
        QFile f(u":/migrations/0001_initial.sql"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList statements = Migrations::splitStatements(QString::fromUtf8(f.readAll()));
        QVERIFY(statements.size() >= 7);
        for (const QString &s : statements) {
            QVERIFY2(s.startsWith(u"CREATE "_s), qPrintable(s));
            QVERIFY2(s.endsWith(u';'), qPrintable(s));
            QVERIFY2(!s.contains(u"--"_s), qPrintable(s));
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
