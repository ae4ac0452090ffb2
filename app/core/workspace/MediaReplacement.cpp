#include "workspace/MediaReplacement.h"

#include "workspace/ResourceStore.h"
#include "workspace/SavePoint.h"
#include "workspace/Workspace.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}
} // namespace

bool MediaReplacement::currentMedia(qint64 resourceId, AttachedFile *out, QString *error) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT id, path, size, mtime FROM files WHERE resource_id = ? AND role = 'media' "
              "ORDER BY position LIMIT 1"_s);
    q.addBindValue(resourceId);
    if (!q.exec())
        return fail(
            error,
            tr("cannot read the media file of resource %1: %2").arg(resourceId).arg(q.lastError().text()));
    *out = AttachedFile{};
    if (q.next()) {
        out->id = q.value(0).toLongLong();
        out->resourceId = resourceId;
        out->role = u"media"_s;
        out->path = q.value(1).toString();
        out->size = q.value(2).toLongLong();
        out->mtime = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    }
    return true;
}

qint64 MediaReplacement::replace(qint64 resourceId, const QString &path, const QString &reason,
                                 const QString &note, AttachedFile *previous, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        fail(error, tr("%1 is not a readable file").arg(path));
        return 0;
    }
    SavePoint savePoint(m_workspace.database());
    AttachedFile old;
    if (!savePoint.isActive()) {
        fail(error, tr("cannot replace the media file of resource %1: %2")
                        .arg(resourceId)
                        .arg(savePoint.errorString()));
        return 0;
    }
    Resource resource;
    if (!ResourceStore(m_workspace).load(resourceId, &resource, error)) {
        if (error && error->isEmpty())
            *error = tr("there is no resource %1").arg(resourceId);
        return 0;
    }
    if (!currentMedia(resourceId, &old, error))
        return 0;
    QSqlQuery q(m_workspace.database());
    if (old.id != 0) {
        q.prepare(
            u"INSERT INTO file_history(resource_id, role, path, size, mtime, replaced_by, reason, note, "
            "replaced_at) VALUES(?, 'media', ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?)"_s);
        for (const QVariant &v :
             {QVariant(resourceId), QVariant(old.path), QVariant(old.size),
              QVariant(old.mtime.toUTC().toString(Qt::ISODateWithMs)), QVariant(info.absoluteFilePath()),
              QVariant(reason), QVariant(note), QVariant(Workspace::nowText())})
            q.addBindValue(v);
        if (!q.exec()) {
            fail(error, tr("cannot record the earlier file of resource %1: %2")
                            .arg(resourceId)
                            .arg(q.lastError().text()));
            return 0;
        }
        q.prepare(u"DELETE FROM check_results WHERE path = ?"_s);
        q.addBindValue(old.path);
        if (!q.exec()) {
            fail(error, q.lastError().text());
            return 0;
        }
    }
    const qint64 id =
        ResourceStore(m_workspace).replaceFile(resourceId, u"media"_s, info.absoluteFilePath(), error);
    if (id == 0 || !savePoint.release(error))
        return 0;
    if (previous)
        *previous = old;
    return id;
}

bool MediaReplacement::restore(qint64 resourceId, const AttachedFile &previous, QString *error)
{
    SavePoint savePoint(m_workspace.database());
    if (!savePoint.isActive())
        return fail(error, savePoint.errorString());
    AttachedFile current;
    if (!currentMedia(resourceId, &current, error))
        return false;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"DELETE FROM file_history WHERE id = (SELECT MAX(id) FROM file_history WHERE resource_id = ? "
              "AND path = ? AND replaced_by = ?)"_s);
    q.addBindValue(resourceId);
    q.addBindValue(previous.path);
    q.addBindValue(current.path);
    if (!q.exec())
        return fail(error, q.lastError().text());
    const qint64 id = ResourceStore(m_workspace).replaceFile(resourceId, u"media"_s, previous.path, error);
    if ((!previous.path.isEmpty() && id == 0) || !savePoint.release(error))
        return false;
    return true;
}

bool MediaReplacement::history(qint64 resourceId, QList<FileHistoryEntry> *out, QString *error) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT id, role, path, size, mtime, replaced_by, reason, note, replaced_at FROM file_history "
              "WHERE resource_id = ? ORDER BY id"_s);
    q.addBindValue(resourceId);
    if (!q.exec())
        return fail(
            error,
            tr("cannot read the file history of resource %1: %2").arg(resourceId).arg(q.lastError().text()));
    out->clear();
    while (q.next()) {
        FileHistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.resourceId = resourceId;
        e.role = q.value(1).toString();
        e.path = q.value(2).toString();
        e.size = q.value(3).toLongLong();
        e.mtime = q.value(4).toString();
        e.replacedBy = q.value(5).toString();
        e.reason = q.value(6).toString();
        e.note = q.value(7).toString();
        e.replacedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        out->append(e);
    }
    return true;
}

QString MediaReplacement::noteFor(qint64 resourceId, const QString &path) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(
        u"SELECT note FROM file_history WHERE resource_id = ? AND replaced_by = ? ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(resourceId);
    q.addBindValue(path);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
