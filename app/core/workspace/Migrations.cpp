#include "workspace/Migrations.h"

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

bool Migrations::migrate(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        if (error)
            *error = tr("cannot read the schema version: %1").arg(q.lastError().text());
        return false;
    }
    const int current = q.value(0).toInt();
    const QStringList files = scripts();
    if (current > files.size()) {
        if (error)
            *error = tr("this workspace was written by a newer SubmitDesk (schema %1; this version knows %2)")
                         .arg(current)
                         .arg(files.size());
        return false;
    }
    for (int version = current + 1; version <= files.size(); ++version) {
        const QString name = files.at(version - 1);
        QFile file(u":/migrations/"_s + name);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("cannot read migration %1").arg(name);
            return false;
        }
        if (!db.transaction()) {
            if (error)
                *error = tr("cannot start migration %1: %2").arg(name, db.lastError().text());
            return false;
        }
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                if (error)
                    *error = tr("migration %1 failed: %2").arg(name, q.lastError().text());
                db.rollback();
                return false;
            }
        }
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(version)) || !db.commit()) {
            if (error)
                *error = tr("cannot finish migration %1: %2").arg(name, db.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
}
