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
#include <QUrl>
#include <QtEndian>

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
    const QString absolute = info.absoluteFilePath();
    Kind kind = Kind::New;
    QString why;
    if (!checkPath(info, true, error))
        return false;
    if (!recognise(absolute, &kind, &why) || !addConnection(absolute, false, &why))
        return fail(path, why, error);
    bool ready = false;
    {
        QSqlDatabase db = database();
        ready = configure(db, absolute, &why) && Migrations::migrate(db, &why);
    }
    if (!ready)
        return fail(path, why, error);
    m_path = absolute;
    // Only where none is stored: a failed read must not replace the user's choice with the default.
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO meta(key, value) VALUES('profile_id', ?) ON CONFLICT(key) DO NOTHING"_s);
    q.addBindValue(AppPaths::defaultProfileId());
    q.exec();
    return true;
}

bool Workspace::openReadOnly(const QString &path, QString *error)
{
    close();
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (!info.isFile()) {
        if (error)
            *error = tr("%1 is not a workspace file").arg(path);
        return false;
    }
    Kind kind = Kind::New;
    QString why;
    if (!checkPath(info, false, error))
        return false;
    if (!recognise(absolute, &kind, &why) || !addConnection(absolute, true, &why))
        return fail(path, why, error);
    if (kind == Kind::New || schemaVersion() != Migrations::latestVersion())
        return fail(path,
                    tr("the workspace is not at the current schema (%1); open it in SubmitDesk first")
                        .arg(schemaVersion()),
                    error);
    m_path = absolute;
    return true;
}

bool Workspace::fail(const QString &path, const QString &why, QString *error)
{
    if (error)
        *error = tr("%1: %2").arg(path, why);
    close();
    return false;
}

// Not a folder; the parent folder exists (or is created when `create`); an existing non-empty file starts
// like an SQLite file.
bool Workspace::checkPath(const QFileInfo &info, bool create, QString *error) const
{
    const QString path = info.filePath();
    if (info.exists() && info.isDir()) {
        if (error)
            *error = tr("%1 is a folder, not a workspace file").arg(path);
        return false;
    }
    if (create && !QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    if (info.exists() && info.size() > 0) {
        QFile probe(info.absoluteFilePath());
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
    return true;
}

// What an existing file is, decided before anything is written into it. A SubmitDesk workspace carries
// PRAGMA application_id = 'SDWS'. A file without it is taken only when it is empty (new: no tables, schema 0)
// or is an early workspace: its tables and columns are exactly those our scripts make at its user_version.
// Anything else belongs to another program and is left untouched.
bool Workspace::recognise(const QString &absolutePath, Kind *kind, QString *error) const
{
    *kind = Kind::New;
    const QFileInfo info(absolutePath);
    if (!info.exists() || info.size() == 0)
        return true;
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read: %1").arg(file.errorString());
        return false;
    }
    const QByteArray header = file.read(100);
    if (header.size() < 100) {
        if (error)
            *error = tr("not a SubmitDesk workspace (not an SQLite file)");
        return false;
    }
    // The header's application id (offset 68, big-endian): another program's id is refused without
    // opening the file with SQLite at all.
    const qint64 headerId = qFromBigEndian<quint32>(header.constData() + 68);
    if (headerId != 0 && headerId != kApplicationId) {
        if (error)
            *error = tr("this SQLite file belongs to another program (application id %1), not SubmitDesk")
                         .arg(headerId);
        return false;
    }
    return recogniseSchema(absolutePath, kind, error);
}

namespace {
// A read-only look at a file. Without a -wal or -journal beside it (nobody is writing it), the file is
// read as immutable, so SQLite creates no -wal/-shm next to a file that may not be ours.
QString readOnlyUri(const QString &absolutePath)
{
    const bool inUse =
        QFileInfo::exists(absolutePath + u"-wal"_s) || QFileInfo::exists(absolutePath + u"-journal"_s);
    return QUrl::fromLocalFile(absolutePath).toString(QUrl::FullyEncoded) +
           (inUse ? u"?mode=ro"_s : u"?immutable=1"_s);
}
} // namespace

namespace {
// What the read-only look finds. The columns are read only for a file without application id whose
// table count matches our schema at its version, so a hostile file with thousands of tables costs one
// COUNT query.
struct Facts
{
    qint64 applicationId = 0;
    int version = 0;
    int tables = 0;
    bool schemaMatches = false;
};

bool readFacts(const QSqlDatabase &db, Facts *facts, QString *error)
{
    QSqlQuery q(db);
    const bool ok = q.exec(u"PRAGMA application_id"_s) && q.next() &&
                    (facts->applicationId = q.value(0).toLongLong(), q.exec(u"PRAGMA user_version"_s)) &&
                    q.next() && (facts->version = q.value(0).toInt(), true) &&
                    q.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                           "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"_s) &&
                    q.next();
    if (!ok) {
        if (error)
            *error = Workspace::tr("not a readable SQLite file: %1").arg(q.lastError().text());
        return false;
    }
    facts->tables = q.value(0).toInt();
    if (facts->applicationId != 0 || facts->tables == 0 || facts->version < 1 ||
        facts->version > Migrations::latestVersion())
        return true;
    Migrations::Schema expected;
    Migrations::Schema found;
    if (!Migrations::schemaAt(facts->version, &expected, error))
        return false;
    if (expected.size() != facts->tables)
        return true;
    if (!Migrations::readSchema(db, &found, error))
        return false;
    facts->schemaMatches = found == expected;
    return true;
}
} // namespace

bool Workspace::recogniseSchema(const QString &absolutePath, Kind *kind, QString *error) const
{
    const QString probeName = m_connection + u"-probe"_s;
    Facts facts;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, probeName);
        db.setDatabaseName(readOnlyUri(absolutePath));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open())
            ok = readFacts(db, &facts, error);
        else if (error)
            *error = tr("not a readable SQLite file: %1").arg(db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    if (!ok)
        return false;
    if (facts.applicationId != 0 && facts.applicationId != kApplicationId) {
        if (error)
            *error = tr("this SQLite file belongs to another program (application id %1), not SubmitDesk")
                         .arg(facts.applicationId);
        return false;
    }
    if (facts.version > Migrations::latestVersion()) {
        if (error)
            *error = tr("this workspace was written by a newer SubmitDesk (schema %1; this version knows %2)")
                         .arg(facts.version)
                         .arg(Migrations::latestVersion());
        return false;
    }
    const bool ours = facts.applicationId == kApplicationId || facts.schemaMatches;
    const bool empty = facts.applicationId == 0 && facts.tables == 0 && facts.version == 0;
    if (!ours && !empty) {
        if (error)
            *error = tr("this SQLite file holds another program's tables; it is not a SubmitDesk workspace");
        return false;
    }
    *kind = ours ? Kind::Ours : Kind::New;
    return true;
}

bool Workspace::addConnection(const QString &absolutePath, bool readOnly, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(absolutePath);
    db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s
                                  : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        if (error)
            *error = tr("cannot open: %1").arg(db.lastError().text());
        return false;
    }
    if (!readOnly)
        return true;
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA query_only = ON"_s)) {
        if (error)
            *error = tr("cannot open for reading only: %1").arg(q.lastError().text());
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
    m_journalMode.clear();
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
