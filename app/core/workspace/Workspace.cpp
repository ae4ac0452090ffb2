#include "workspace/Workspace.h"

#include "common/AppPaths.h"
#include "workspace/Migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QAtomicInteger<quint64> s_connectionCounter;
}

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_connection(u"submitdesk-workspace-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Workspace::~Workspace()
{
    close();
}

bool Workspace::open(const QString &path, QString *error)
{
    close();
    const QFileInfo info(path);
    if (info.exists() && info.isDir()) {
        if (error)
            *error = tr("%1 is a folder, not a workspace file").arg(path);
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    if (info.exists() && info.size() > 0) {
        QFile probe(path);
        if (!probe.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("cannot read %1: %2").arg(path, probe.errorString());
            return false;
        }
        if (!probe.read(16).startsWith("SQLite format 3")) {
            if (error)
                *error = tr("%1 is not a SubmitDesk workspace (not an SQLite file)").arg(path);
            return false;
        }
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            if (error)
                *error = tr("cannot open %1: %2").arg(path, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return false;
        }
        QSqlQuery q(db);
        const QStringList pragmas{u"PRAGMA journal_mode = WAL"_s, u"PRAGMA foreign_keys = ON"_s,
                                  u"PRAGMA synchronous = NORMAL"_s};
        for (const QString &pragma : pragmas) {
            if (!q.exec(pragma)) {
                if (error)
                    *error = tr("%1 is not a usable workspace: %2").arg(path, q.lastError().text());
                q = QSqlQuery();
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(m_connection);
                return false;
            }
        }
        q = QSqlQuery();
        QString migrateError;
        if (!Migrations::migrate(db, &migrateError)) {
            if (error)
                *error = tr("%1: %2").arg(path, migrateError);
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return false;
        }
    }
    m_path = info.absoluteFilePath();
    if (meta(u"profile_id"_s).isEmpty())
        setMeta(u"profile_id"_s, AppPaths::defaultProfileId());
    return true;
}

void Workspace::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_path.clear();
}

bool Workspace::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

int Workspace::schemaVersion() const
{
    QSqlQuery q(database());
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

QString Workspace::meta(const QString &key, const QString &fallback) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool Workspace::setMeta(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

QString Workspace::profileId() const
{
    return meta(u"profile_id"_s, AppPaths::defaultProfileId());
}

bool Workspace::saveCopyAs(const QString &target, QString *error) const
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (absolute == m_path) {
        if (error)
            *error = tr("the copy must go to another file than the open workspace");
        return false;
    }
    if (QFileInfo::exists(absolute) && !QFile::remove(absolute)) {
        if (error)
            *error = tr("cannot replace %1").arg(absolute);
        return false;
    }
    QSqlQuery q(database());
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(absolute);
    if (!q.exec()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(absolute, q.lastError().text());
        return false;
    }
    return true;
}

QString Workspace::nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
