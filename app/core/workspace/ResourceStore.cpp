#include "workspace/ResourceStore.h"

#include "workspace/SavePoint.h"
#include "workspace/Workspace.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {
bool failWith(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

AttachedFile readFile(const QSqlQuery &q)
{
    AttachedFile f;
    f.id = q.value(0).toLongLong();
    f.resourceId = q.value(1).toLongLong();
    f.role = q.value(2).toString();
    f.path = q.value(3).toString();
    f.size = q.value(4).toLongLong();
    f.mtime = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    if (q.record().count() > 6)
        f.note = q.value(6).toString();
    return f;
}
} // namespace

qint64 ResourceStore::create(qint64 batchId, const QString &type, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(
        u"INSERT INTO resources(batch_id, type, position, created_at, updated_at) "
        "VALUES(?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM resources WHERE batch_id = ?), ?, ?)"_s);
    const QString now = Workspace::nowText();
    q.addBindValue(batchId);
    q.addBindValue(type);
    q.addBindValue(batchId);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        failWith(error, tr("cannot add a resource to batch %1: %2").arg(batchId).arg(q.lastError().text()));
        return 0;
    }
    m_workspace.notifyResourcesChanged(batchId);
    return q.lastInsertId().toLongLong();
}

bool ResourceStore::remove(qint64 resourceId, QString *error)
{
    Resource r;
    QString readError;
    if (!load(resourceId, &r, &readError))
        return failWith(error,
                        readError.isEmpty() ? tr("there is no resource %1").arg(resourceId) : readError);
    QSqlQuery q(m_workspace.database());
    q.prepare(u"DELETE FROM resources WHERE id = ?"_s);
    q.addBindValue(resourceId);
    if (!q.exec())
        return failWith(error, q.lastError().text());
    m_workspace.notifyResourcesChanged(r.batchId);
    return true;
}

bool ResourceStore::setType(qint64 resourceId, const QString &type, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE resources SET type = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(type);
    q.addBindValue(Workspace::nowText());
    q.addBindValue(resourceId);
    if (!q.exec() || q.numRowsAffected() != 1)
        return failWith(error, tr("cannot change the type of resource %1").arg(resourceId));
    m_workspace.notifyResourceChanged(resourceId, u"type"_s);
    return true;
}

namespace {
Resource readResource(const QSqlQuery &q)
{
    Resource r;
    r.id = q.value(0).toLongLong();
    r.batchId = q.value(1).toLongLong();
    r.type = q.value(2).toString();
    r.position = q.value(3).toInt();
    r.uid = q.value(4).toString();
    return r;
}
} // namespace

bool ResourceStore::load(qint64 resourceId, Resource *out, QString *error) const
{
    if (error)
        error->clear();
    QSqlQuery q(m_workspace.database());
    bool prepared = q.prepare(u"SELECT id, batch_id, type, position, uid FROM resources WHERE id = ?"_s);
    q.addBindValue(resourceId);
    if (!prepared || !q.exec())
        return failWith(error, tr("cannot read resource %1: %2").arg(resourceId).arg(q.lastError().text()));
    if (!q.next())
        return false;
    QList<Resource> one{readResource(q)};
    if (!readValuesAndFiles(u"r.id"_s, resourceId, {{resourceId, 0}}, &one, error))
        return false;
    *out = one.first();
    return true;
}

// The values and files of the resources in `index` (id -> position in *resources), selected by
// `where` = key ("r.id" or "r.batch_id").
bool ResourceStore::readValuesAndFiles(const QString &where, qint64 key,
                                       const QHash<qint64, qsizetype> &index, QList<Resource> *resources,
                                       QString *error) const
{
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    bool prepared = q.prepare(u"SELECT v.resource_id, v.field_id, v.value FROM field_values v "
                              "JOIN resources r ON r.id = v.resource_id WHERE %1 = ?"_s.arg(where));
    q.addBindValue(key);
    if (!prepared || !q.exec())
        return failWith(error, tr("cannot read the field values: %1").arg(q.lastError().text()));
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            (*resources)[*it].values.insert(q.value(1).toString(), q.value(2).toString());
    }
    prepared = q.prepare(
        u"SELECT f.id, f.resource_id, f.role, f.path, f.size, f.mtime, (SELECT h.note FROM file_history h "
        "WHERE h.resource_id = f.resource_id AND h.role = f.role AND h.replaced_by = f.path ORDER BY h.id DESC "
        "LIMIT 1) FROM files f "
        "JOIN resources r ON r.id = f.resource_id WHERE %1 = ? ORDER BY f.role, f.position, f.id"_s.arg(
            where));
    q.addBindValue(key);
    if (!prepared || !q.exec())
        return failWith(error, tr("cannot read the attached files: %1").arg(q.lastError().text()));
    while (q.next()) {
        const AttachedFile f = readFile(q);
        const auto it = index.constFind(f.resourceId);
        if (it != index.cend())
            (*resources)[*it].files.append(f);
    }
    return true;
}

bool ResourceStore::listInBatch(qint64 batchId, QList<Resource> *out, QString *error) const
{
    out->clear();
    QHash<qint64, qsizetype> index;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    bool prepared = q.prepare(
        u"SELECT id, batch_id, type, position, uid FROM resources WHERE batch_id = ? ORDER BY position, id"_s);
    q.addBindValue(batchId);
    if (!prepared || !q.exec())
        return failWith(
            error, tr("cannot read the resources of batch %1: %2").arg(batchId).arg(q.lastError().text()));
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), out->size());
        out->append(readResource(q));
    }
    if (!readValuesAndFiles(u"r.batch_id"_s, batchId, index, out, error)) {
        out->clear();
        return false;
    }
    return true;
}

bool ResourceStore::listSummaries(qint64 batchId, const QStringList &fieldIds, QList<Resource> *out,
                                  QString *error, int offset, int limit) const
{
    out->clear();
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    // The (resource_id, field_id) key and the files_resource index make each subquery one lookup.
    QString values;
    for (qsizetype i = 0; i < fieldIds.size(); ++i)
        values += u", (SELECT value FROM field_values WHERE resource_id = r.id AND field_id = ?)"_s;
    bool prepared = q.prepare(
        u"SELECT r.id, r.type, r.position, m.id, m.path%1 "
        "FROM resources r LEFT JOIN files m ON m.id = (SELECT id FROM files WHERE resource_id = r.id "
        "AND role = 'media' ORDER BY position, id LIMIT 1) "
        "WHERE r.batch_id = ? ORDER BY r.position, r.id LIMIT ? OFFSET ?"_s.arg(values));
    for (const QString &id : fieldIds)
        q.addBindValue(id);
    q.addBindValue(batchId);
    q.addBindValue(limit < 0 ? -1 : limit);
    q.addBindValue(qMax(0, offset));
    if (!prepared || !q.exec())
        return failWith(
            error, tr("cannot read the resources of batch %1: %2").arg(batchId).arg(q.lastError().text()));
    if (limit > 0)
        out->reserve(limit);
    while (q.next()) {
        Resource r;
        r.id = q.value(0).toLongLong();
        r.batchId = batchId;
        r.type = q.value(1).toString();
        r.position = q.value(2).toInt();
        for (qsizetype i = 0; i < fieldIds.size(); ++i) {
            const QVariant value = q.value(int(5 + i));
            if (!value.isNull())
                r.values.insert(fieldIds.at(i), value.toString());
        }
        if (!q.value(3).isNull()) {
            AttachedFile media;
            media.id = q.value(3).toLongLong();
            media.resourceId = r.id;
            media.role = u"media"_s;
            media.path = q.value(4).toString();
            r.files.append(media);
        }
        out->append(r);
    }
    return true;
}

int ResourceStore::countInBatch(qint64 batchId, QString *error) const
{
    QSqlQuery q(m_workspace.database());
    bool prepared = q.prepare(u"SELECT COUNT(*) FROM resources WHERE batch_id = ?"_s);
    q.addBindValue(batchId);
    if (!prepared || !q.exec() || !q.next()) {
        failWith(error,
                 tr("cannot count the resources of batch %1: %2").arg(batchId).arg(q.lastError().text()));
        return -1;
    }
    return q.value(0).toInt();
}

bool ResourceStore::touch(qint64 resourceId)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE resources SET updated_at = ? WHERE id = ?"_s);
    q.addBindValue(Workspace::nowText());
    q.addBindValue(resourceId);
    return q.exec() && q.numRowsAffected() == 1;
}

bool ResourceStore::setValue(qint64 resourceId, const QString &fieldId, const QString &value, QString *error)
{
    if (!touch(resourceId))
        return failWith(error, tr("there is no resource %1").arg(resourceId));
    QSqlQuery q(m_workspace.database());
    if (value.isEmpty()) {
        q.prepare(u"DELETE FROM field_values WHERE resource_id = ? AND field_id = ?"_s);
        q.addBindValue(resourceId);
        q.addBindValue(fieldId);
    } else {
        q.prepare(u"INSERT INTO field_values(resource_id, field_id, value, updated_at) VALUES(?, ?, ?, ?) "
                  "ON CONFLICT(resource_id, field_id) DO UPDATE SET value = excluded.value, "
                  "updated_at = excluded.updated_at"_s);
        q.addBindValue(resourceId);
        q.addBindValue(fieldId);
        q.addBindValue(value);
        q.addBindValue(Workspace::nowText());
    }
    if (!q.exec())
        return failWith(
            error,
            tr("cannot store %1 of resource %2: %3").arg(fieldId).arg(resourceId).arg(q.lastError().text()));
    m_workspace.notifyResourceChanged(resourceId, fieldId);
    return true;
}

bool ResourceStore::setValues(qint64 resourceId, const QMap<QString, QString> &values, QString *error)
{
    SavePoint savePoint(m_workspace.database());
    if (!savePoint.isActive())
        return failWith(error, tr("cannot start storing resource %1").arg(resourceId));
    {
        const QSignalBlocker blocker(&m_workspace);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (!setValue(resourceId, it.key(), it.value(), error))
                return false; // the save point rolls back
        }
    }
    if (!savePoint.release(error))
        return false;
    m_workspace.notifyResourceChanged(resourceId, QString());
    return true;
}

qint64 ResourceStore::addFile(qint64 resourceId, const QString &role, const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        failWith(error, tr("%1 is not a readable file").arg(path));
        return 0;
    }
    QSqlQuery q(m_workspace.database());
    q.prepare(u"INSERT INTO files(resource_id, role, path, size, mtime, position) VALUES(?, ?, ?, ?, ?, "
              "(SELECT COALESCE(MAX(position), 0) + 1 FROM files WHERE resource_id = ? AND role = ?))"_s);
    q.addBindValue(resourceId);
    q.addBindValue(role);
    q.addBindValue(info.absoluteFilePath());
    q.addBindValue(info.size());
    q.addBindValue(info.lastModified().toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(resourceId);
    q.addBindValue(role);
    if (!q.exec()) {
        failWith(error, tr("cannot attach %1: %2").arg(path, q.lastError().text()));
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    touch(resourceId);
    m_workspace.notifyResourceChanged(resourceId, role);
    return id;
}

bool ResourceStore::removeFile(qint64 fileId, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT resource_id, role FROM files WHERE id = ?"_s);
    q.addBindValue(fileId);
    if (!q.exec() || !q.next())
        return failWith(error, tr("there is no attached file %1").arg(fileId));
    const qint64 resourceId = q.value(0).toLongLong();
    const QString role = q.value(1).toString();
    q.prepare(u"DELETE FROM files WHERE id = ?"_s);
    q.addBindValue(fileId);
    if (!q.exec())
        return failWith(error, q.lastError().text());
    touch(resourceId);
    m_workspace.notifyResourceChanged(resourceId, role);
    return true;
}

qint64 ResourceStore::replaceFile(qint64 resourceId, const QString &role, const QString &path, QString *error)
{
    SavePoint savePoint(m_workspace.database());
    QSqlQuery q(m_workspace.database());
    q.prepare(u"DELETE FROM files WHERE resource_id = ? AND role = ?"_s);
    q.addBindValue(resourceId);
    q.addBindValue(role);
    if (!savePoint.isActive() || !q.exec()) {
        failWith(error, tr("cannot replace the %1 of resource %2: %3")
                            .arg(role)
                            .arg(resourceId)
                            .arg(q.lastError().text()));
        return 0;
    }
    const qint64 id = path.isEmpty() ? 0 : addFile(resourceId, role, path, error);
    if ((!path.isEmpty() && id == 0) || !savePoint.release(error))
        return 0;
    m_workspace.notifyResourceChanged(resourceId, role);
    return id;
}
