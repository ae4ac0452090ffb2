#include "workspace/SqliteVersion.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

QString SqliteVersion::runtime(QString *error)
{
    const QString connection = u"sd-sqlite-version-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(u":memory:"_s);
        if (!db.open()) {
            if (error)
                *error = u"SQLite: %1"_s.arg(db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (query.exec(u"select sqlite_version()"_s) && query.next())
                version = query.value(0).toString();
            else if (error)
                *error = u"SQLite: %1"_s.arg(query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return version;
}
