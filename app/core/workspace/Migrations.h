#pragma once

#include <QSqlDatabase>
#include <QString>

// Brings a workspace's schema up to date, one numbered SQL script at a time (":/migrations/NNNN_*.sql"),
// each in its own transaction, recording the reached version in PRAGMA user_version.
namespace Migrations {
int latestVersion();
bool migrate(QSqlDatabase &db, QString *error);
// Splits a script into statements at ';' that end a line; comments are dropped.
QStringList splitStatements(const QString &script);
} // namespace Migrations
