#include "workspace/ResourceRestorer.h"

#include "workspace/SavePoint.h"
#include "workspace/Workspace.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

bool ResourceRestorer::insertOne(Workspace &workspace, const Resource &r, QString *error)
{
    const QString title = r.value(u"title"_s).isEmpty() ? tr("resource %1").arg(r.id) : r.value(u"title"_s);
    QSqlQuery q(workspace.database());
    q.prepare(u"INSERT INTO resources(id, batch_id, uid, type, position, created_at, updated_at) "
              "VALUES(?, ?, ?, ?, ?, ?, ?)"_s);
    const QString now = Workspace::nowText();
    for (const QVariant &v : {QVariant(r.id), QVariant(r.batchId), QVariant(r.uid), QVariant(r.type),
                              QVariant(r.position), QVariant(now), QVariant(now)})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = tr("\"%1\" cannot be put back (its number is taken by a resource added since): %2")
                     .arg(title, q.lastError().text());
        return false;
    }
    q.prepare(u"INSERT INTO field_values(resource_id, field_id, value, updated_at) VALUES(?, ?, ?, ?)"_s);
    for (auto it = r.values.cbegin(); it != r.values.cend(); ++it) {
        for (const QVariant &v : {QVariant(r.id), QVariant(it.key()), QVariant(it.value()), QVariant(now)})
            q.addBindValue(v);
        if (!q.exec()) {
            *error = tr("\"%1\" cannot be put back: %2").arg(title, q.lastError().text());
            return false;
        }
    }
    q.prepare(
        u"INSERT INTO files(resource_id, role, path, size, mtime, position) VALUES(?, ?, ?, ?, ?, ?)"_s);
    int position = 0;
    for (const AttachedFile &f : r.files) {
        for (const QVariant &v :
             {QVariant(r.id), QVariant(f.role), QVariant(f.path), QVariant(f.size),
              QVariant(f.mtime.toUTC().toString(Qt::ISODateWithMs)), QVariant(++position)})
            q.addBindValue(v);
        if (!q.exec()) {
            *error = tr("\"%1\" cannot be put back: %2").arg(title, q.lastError().text());
            return false;
        }
    }
    return true;
}

bool ResourceRestorer::restore(Workspace &workspace, const QList<Resource> &snapshots, QString *error)
{
    QString why;
    SavePoint savePoint(workspace.database());
    if (!savePoint.isActive()) {
        if (error)
            *error = tr("the deleted resources cannot be put back: %1").arg(savePoint.errorString());
        return false;
    }
    for (const Resource &r : snapshots) {
        if (!insertOne(workspace, r, &why)) {
            savePoint.rollback();
            if (error)
                *error = why;
            return false;
        }
    }
    if (!savePoint.release(&why)) {
        if (error)
            *error = tr("the deleted resources cannot be put back: %1").arg(why);
        return false;
    }
    QSet<qint64> batches;
    for (const Resource &r : snapshots)
        batches.insert(r.batchId);
    for (qint64 batchId : std::as_const(batches))
        workspace.notifyResourcesChanged(batchId);
    return true;
}
