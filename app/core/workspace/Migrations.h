#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Brings a workspace's schema up to date, one numbered SQL script at a time (":/migrations/NNNN_*.sql"),
// each in its own IMMEDIATE transaction, recording the reached version in PRAGMA user_version.
namespace Migrations {
int latestVersion();
bool migrate(QSqlDatabase &db, QString *error);
// Splits a script into statements at ';' that end a line; comments are dropped.
QStringList splitStatements(const QString &script);

// A database's tables (sqlite_* excluded) and, per table, its columns as "name type notnull pk".
using Schema = QMap<QString, QStringList>;
bool readSchema(const QSqlDatabase &db, Schema *out, QString *error);
// The schema our scripts 1 … version produce (built in an in-memory database).
bool schemaAt(int version, Schema *out, QString *error);
} // namespace Migrations
