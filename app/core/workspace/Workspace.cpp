#include "workspace/Workspace.h"

#include "common/AppPaths.h"
#include "common/SafeOutput.h"
#include "workspace/Migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

using namespace Qt::StringLiterals;

namespace {
QAtomicInteger<quint64> s_connectionCounter;
}

Workspace::Workspace(QObject *parent)
    : QObject(parent),
      m_connection(u"submitdesk-workspace-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1)))
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
        QString identityError;
        if (!checkIdentity(db, &identityError) || !configure(db, info.absoluteFilePath(), &identityError)) {
            if (error)
                *error = tr("%1: %2").arg(path, identityError);
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return false;
        }
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

// A SubmitDesk workspace carries PRAGMA application_id = 'SDWS'. A file without it is taken only when
// it is empty (new) or is an early workspace (schema ≥ 1 with our meta table); any other SQLite file
// belongs to another program and is left untouched.
bool Workspace::checkIdentity(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next()) {
        if (error)
            *error = tr("not a readable SQLite file: %1").arg(q.lastError().text());
        return false;
    }
    const qint64 applicationId = q.value(0).toLongLong();
    if (applicationId == kApplicationId)
        return true;
    if (applicationId != 0) {
        if (error)
            *error = tr("this SQLite file belongs to another program (application id %1), not SubmitDesk")
                         .arg(applicationId);
        return false;
    }
    q.exec(u"SELECT COUNT(*), SUM(name = 'meta') FROM sqlite_master WHERE type = 'table'"_s);
    const int tables = q.next() ? q.value(0).toInt() : 0;
    const bool hasMeta = q.value(1).toInt() > 0;
    if (tables > 0 && !hasMeta) {
        if (error)
            *error = tr("this SQLite file holds another program's tables; it is not a SubmitDesk workspace");
        return false;
    }
    return true;
}

// WAL keeps edits safe against a killed process and lets checks read while the GUI writes; on network
// file systems, where WAL's shared memory does not work, the classic rollback journal is used instead.
// synchronous = FULL: every committed edit reaches the disk, power loss included.
bool Workspace::configure(QSqlDatabase &db, const QString &absolutePath, QString *error)
{
    static const QStringList kNetworkFileSystems{u"nfs"_s,   u"nfs4"_s, u"cifs"_s,       u"smb3"_s,
                                                 u"smbfs"_s, u"9p"_s,   u"fuse.sshfs"_s, u"afs"_s};
    const QString fsType =
        QString::fromLatin1(QStorageInfo(QFileInfo(absolutePath).absolutePath()).fileSystemType());
    const QString wanted = kNetworkFileSystems.contains(fsType) ? u"delete"_s : u"wal"_s;
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA journal_mode = "_s + wanted) || !q.next()) {
        if (error)
            *error = tr("cannot set up the journal: %1").arg(q.lastError().text());
        return false;
    }
    m_journalMode = q.value(0).toString().toLower();
    const QStringList pragmas{u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = FULL"_s,
                              u"PRAGMA application_id = %1"_s.arg(kApplicationId)};
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma)) {
            if (error)
                *error = tr("not a usable workspace: %1").arg(q.lastError().text());
            return false;
        }
    }
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
    q.prepare(
        u"INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
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

// The copy is written beside the target in a fresh partial folder (PartialOutput), synced, and only then
// renamed over an existing copy: a copy that fails to be written leaves the old one as it was.
bool Workspace::saveCopyAs(const QString &target, QString *error) const
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (absolute == m_path) {
        if (error)
            *error = tr("the copy must go to another file than the open workspace");
        return false;
    }
    const SafeOutput::Kind existing = SafeOutput::kindOf(absolute);
    if (existing != SafeOutput::Kind::Missing && existing != SafeOutput::Kind::File) {
        if (error)
            *error = tr("cannot replace %1: it is a folder or a link, not a file").arg(absolute);
        return false;
    }
    SafeOutput::removeStalePartials(absolute);
    PartialOutput partial;
    if (!partial.create(absolute, error))
        return false;
    QSqlQuery q(database());
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(partial.content());
    if (!q.exec()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(absolute, q.lastError().text());
        return false;
    }
    return removeJournals(absolute, error) && partial.commit(PartialOutput::Replace::Existing, error);
}

// The old copy's -wal and -shm would be read as belonging to the new file: they go first (the new copy is
// complete by then), links removed as links.
bool Workspace::removeJournals(const QString &file, QString *error)
{
    for (const QString &journal : {file + u"-wal"_s, file + u"-shm"_s}) {
        if (SafeOutput::kindOf(journal) == SafeOutput::Kind::Missing)
            continue;
        QString removeError;
        if (!SafeOutput::removeTree(journal, &removeError)) {
            if (error)
                *error = tr("cannot replace %1: %2").arg(file, removeError);
            return false;
        }
    }
    return true;
}

QString Workspace::nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
