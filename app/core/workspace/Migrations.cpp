#include "workspace/Migrations.h"

#include "workspace/SavePoint.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QStringList scripts()
{
    return QDir(u":/migrations"_s).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Migrations", text);
}
} // namespace

int Migrations::latestVersion()
{
    return int(scripts().size());
}

QStringList Migrations::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith("--"_L1) || trimmed.isEmpty())
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

namespace {
bool readVersion(const QSqlDatabase &db, int *version, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        if (error)
            *error = tr("cannot read the schema version: %1").arg(q.lastError().text());
        return false;
    }
    *version = q.value(0).toInt();
    return true;
}

// Runs script number `version` and records the version; the caller's transaction keeps it or not.
bool applyScript(QSqlDatabase &db, int version, QString *error)
{
    const QString name = scripts().value(version - 1);
    QFile file(u":/migrations/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read migration %1").arg(name);
        return false;
    }
    QSqlQuery q(db);
    const QStringList statements = Migrations::splitStatements(QString::fromUtf8(file.readAll()));
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            if (error)
                *error = tr("migration %1 failed: %2").arg(name, q.lastError().text());
            return false;
        }
    }
    if (!q.exec(u"PRAGMA user_version = %1"_s.arg(version))) {
        if (error)
            *error = tr("cannot finish migration %1: %2").arg(name, q.lastError().text());
        return false;
    }
    return true;
}
} // namespace

// Each step reads the version inside its own IMMEDIATE transaction: two programs opening the same old
// file at once migrate it once, the second waiting for the first.
bool Migrations::migrate(QSqlDatabase &db, QString *error)
{
    const int latest = latestVersion();
    for (;;) {
        SavePoint step(db);
        if (!step.isActive()) {
            if (error)
                *error = tr("cannot start a migration: %1").arg(step.errorString());
            return false;
        }
        int current = 0;
        if (!readVersion(db, &current, error))
            return false;
        if (current > latest) {
            if (error)
                *error =
                    tr("this workspace was written by a newer SubmitDesk (schema %1; this version knows %2)")
                        .arg(current)
                        .arg(latest);
            return false;
        }
        if (current == latest)
            return step.release(error);
        if (!applyScript(db, current + 1, error))
            return false; // the step rolls back
        QString commitError;
        if (!step.release(&commitError)) {
            if (error)
                *error = tr("cannot finish migration %1: %2").arg(scripts().value(current), commitError);
            return false;
        }
    }
}

bool Migrations::readSchema(const QSqlDatabase &db, Schema *out, QString *error)
{
    out->clear();
    QSqlQuery tables(db);
    if (!tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                     "ESCAPE '\\'"_s)) {
        if (error)
            *error = tr("cannot read the tables: %1").arg(tables.lastError().text());
        return false;
    }
    QSqlQuery columns(db);
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        columns.prepare(u"SELECT name, type, \"notnull\", pk FROM pragma_table_info(?) ORDER BY cid"_s);
        columns.addBindValue(table);
        if (!columns.exec()) {
            if (error)
                *error = tr("cannot read the columns of %1: %2").arg(table, columns.lastError().text());
            return false;
        }
        QStringList described;
        while (columns.next())
            described.append(u"%1 %2 %3 %4"_s.arg(columns.value(0).toString(),
                                                  columns.value(1).toString().toUpper(),
                                                  columns.value(2).toString(), columns.value(3).toString()));
        out->insert(table, described);
    }
    return true;
}

bool Migrations::schemaAt(int version, Schema *out, QString *error)
{
    static QAtomicInteger<quint64> counter;
    const QString connection = u"submitdesk-schema-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(u":memory:"_s);
        ok = db.open();
        if (!ok && error)
            *error = db.lastError().text();
        for (int v = 1; ok && v <= version && v <= latestVersion(); ++v)
            ok = applyScript(db, v, error);
        ok = ok && readSchema(db, out, error);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}
