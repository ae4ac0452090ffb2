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
    return b;
}
const auto kSelect = "SELECT id, COALESCE(unit_id, 0), name, created_at FROM batches"_L1;
} // namespace

QList<Batch> BatchStore::all() const
{
    QList<Batch> out;
    QSqlQuery q(m_workspace.database());
    if (q.exec(kSelect + " ORDER BY id"_L1))
        while (q.next())
            out.append(readBatch(q));
    return out;
}

bool BatchStore::find(qint64 id, Batch *out) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(kSelect + " WHERE id = ?"_L1);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    *out = readBatch(q);
    return true;
}

bool BatchStore::findByName(const QString &name, Batch *out) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(kSelect + " WHERE name = ?"_L1);
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return false;
    *out = readBatch(q);
    return true;
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
    if (findByName(batch->name, &existing)) {
        if (error)
            *error = tr("a batch named \"%1\" already exists").arg(batch->name);
        return false;
    }
    const QString now = Workspace::nowText();
    QSqlQuery q(m_workspace.database());
    q.prepare(u"INSERT INTO batches(unit_id, name, created_at, updated_at) VALUES(?, ?, ?, ?)"_s);
    q.addBindValue(batch->unitId == 0 ? QVariant() : QVariant(batch->unitId));
    q.addBindValue(batch->name);
    q.addBindValue(now);
    q.addBindValue(now);
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
    if (findByName(name.trimmed(), out))
        return true;
    Batch b;
    b.name = name;
    b.unitId = UnitStore(m_workspace).primary(error).id;
    if (!create(&b, error))
        return false;
    *out = b;
    return true;
}

bool BatchStore::rename(qint64 id, const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    Batch existing;
    if (trimmed.isEmpty() || (findByName(trimmed, &existing) && existing.id != id)) {
        if (error)
            *error = trimmed.isEmpty() ? tr("a batch needs a name")
                                       : tr("a batch named \"%1\" already exists").arg(trimmed);
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
