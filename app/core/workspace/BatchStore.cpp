#include "workspace/BatchStore.h"

#include "workspace/UnitStore.h"
#include "workspace/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
Batch readBatch(const QSqlQuery &q)
{
    Batch b;
    b.id = q.value(0).toLongLong();
    b.unitId = q.value(1).toLongLong();
    b.name = q.value(2).toString();
    b.createdAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    b.profileId = q.value(4).toString();
    b.profileVersion = q.value(5).toString();
    return b;
}
const auto kSelect =
    "SELECT id, COALESCE(unit_id, 0), name, created_at, profile_id, profile_version FROM batches"_L1;
// Meta keys of the profile in use, written by adoptProfile.
const auto kInUseId = "profile_in_use_id"_L1;
const auto kInUseVersion = "profile_in_use_version"_L1;
} // namespace

bool BatchStore::all(QList<Batch> *out, QString *error) const
{
    out->clear();
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    if (!q.exec(kSelect + " ORDER BY id"_L1)) {
        if (error)
            *error = tr("cannot read the batches: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next())
        out->append(readBatch(q));
    return true;
}

bool BatchStore::findOne(const QString &where, const QVariant &key, Batch *out, QString *error) const
{
    if (error)
        error->clear();
    QSqlQuery q(m_workspace.database());
    bool prepared = q.prepare(kSelect + u" WHERE "_s + where + u" = ?"_s);
    q.addBindValue(key);
    if (!prepared || !q.exec()) {
        if (error)
            *error = tr("cannot read batch %1: %2").arg(key.toString(), q.lastError().text());
        return false;
    }
    if (!q.next())
        return false;
    *out = readBatch(q);
    return true;
}

bool BatchStore::find(qint64 id, Batch *out, QString *error) const
{
    return findOne(u"id"_s, id, out, error);
}

bool BatchStore::findByName(const QString &name, Batch *out, QString *error) const
{
    return findOne(u"name"_s, name, out, error);
}

bool BatchStore::create(Batch *batch, QString *error)
{
    batch->name = batch->name.trimmed();
    if (batch->name.isEmpty()) {
        if (error)
            *error = tr("a batch needs a name");
        return false;
    }
    Batch existing;
    QString readError;
    if (findByName(batch->name, &existing, &readError) || !readError.isEmpty()) {
        if (error)
            *error =
                readError.isEmpty() ? tr("a batch named \"%1\" already exists").arg(batch->name) : readError;
        return false;
    }
    if (batch->profileId.isEmpty()) {
        batch->profileId = m_workspace.meta(kInUseId);
        batch->profileVersion = m_workspace.meta(kInUseVersion);
    }
    const QString now = Workspace::nowText();
    QSqlQuery q(m_workspace.database());
    q.prepare(u"INSERT INTO batches(unit_id, name, created_at, updated_at, profile_id, profile_version) "
              u"VALUES(?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''))"_s);
    q.addBindValue(batch->unitId == 0 ? QVariant() : QVariant(batch->unitId));
    q.addBindValue(batch->name);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(batch->profileId);
    q.addBindValue(batch->profileVersion);
    if (!q.exec()) {
        if (error)
            *error = tr("cannot store the batch: %1").arg(q.lastError().text());
        return false;
    }
    batch->id = q.lastInsertId().toLongLong();
    batch->createdAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    m_workspace.notifyBatchesChanged();
    return true;
}

bool BatchStore::findOrCreate(const QString &name, Batch *out, QString *error)
{
    QString readError;
    if (findByName(name.trimmed(), out, &readError))
        return true;
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    Batch b;
    b.name = name;
    b.unitId = UnitStore(m_workspace).primary(&readError).id;
    if (b.unitId == 0) {
        if (error)
            *error = readError;
        return false;
    }
    if (!create(&b, error))
        return false;
    *out = b;
    return true;
}

bool BatchStore::rename(qint64 id, const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    Batch existing;
    QString readError;
    const bool taken = !trimmed.isEmpty() && findByName(trimmed, &existing, &readError) && existing.id != id;
    if (trimmed.isEmpty() || taken || !readError.isEmpty()) {
        if (error)
            *error = trimmed.isEmpty() ? tr("a batch needs a name")
                     : taken           ? tr("a batch named \"%1\" already exists").arg(trimmed)
                                       : readError;
        return false;
    }
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE batches SET name = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(trimmed);
    q.addBindValue(Workspace::nowText());
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    m_workspace.notifyBatchesChanged();
    return true;
}

bool BatchStore::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"DELETE FROM batches WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    m_workspace.notifyBatchesChanged();
    return true;
}

bool BatchStore::adoptProfile(const QString &profileId, const QString &version, QString *error)
{
    if (m_workspace.meta(kInUseId) != profileId || m_workspace.meta(kInUseVersion) != version) {
        if (!m_workspace.setMeta(kInUseId, profileId, error) ||
            !m_workspace.setMeta(kInUseVersion, version, error))
            return false;
    }
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE batches SET profile_id = COALESCE(?, ''), profile_version = COALESCE(?, '') "
              u"WHERE profile_id = ''"_s);
    q.addBindValue(profileId);
    q.addBindValue(version);
    if (!q.exec()) {
        if (error)
            *error = tr("cannot record the profile of the batches: %1").arg(q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() > 0)
        m_workspace.notifyBatchesChanged();
    return true;
}

bool BatchStore::setProfile(qint64 id, const QString &profileId, const QString &version, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE batches SET profile_id = COALESCE(?, ''), profile_version = COALESCE(?, ''), "
              u"updated_at = ? WHERE id = ?"_s);
    q.addBindValue(profileId);
    q.addBindValue(version);
    q.addBindValue(Workspace::nowText());
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        if (error)
            *error = tr("cannot record profile %1 %2 for batch %3: %4")
                         .arg(profileId, version)
                         .arg(id)
                         .arg(q.lastError().text());
        return false;
    }
    m_workspace.notifyBatchesChanged();
    return true;
}
