#include "workspace/FileRelinker.h"

#include "workspace/CheckResultStore.h"
#include "workspace/SavePoint.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
// The content hash is kept with the check results, under a kind of its own and no profile ("-").
const QString kHashKind = u"sha256"_s;
const QString kNoProfile = u"-"_s;

bool failWith(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

QJsonObject fileJson(const FileRelinker::Missing &m)
{
    return QJsonObject{{u"file_id"_s, double(m.fileId)},
                       {u"resource_id"_s, double(m.resourceId)},
                       {u"resource"_s, m.resourceTitle},
                       {u"batch"_s, m.batchName},
                       {u"role"_s, m.role},
                       {u"path"_s, m.path}};
}
} // namespace

QJsonObject FileRelinker::Plan::toJson() const
{
    QJsonArray linked;
    for (const Link &l : relinked) {
        QJsonObject o = fileJson(l.file);
        o.insert(u"new_path"_s, l.newPath);
        o.insert(u"how"_s, l.how);
        linked.append(o);
    }
    QJsonArray missing;
    for (const NotFound &n : stillMissing) {
        QJsonObject o = fileJson(n.file);
        o.insert(u"why"_s, n.why);
        missing.append(o);
    }
    return QJsonObject{{u"folder"_s, folder},       {u"scanned"_s, scanned},
                       {u"cancelled"_s, cancelled}, {u"stopped_early"_s, stoppedEarly},
                       {u"relinked"_s, linked},     {u"still_missing"_s, missing}};
}

bool FileRelinker::findMissing(QList<Missing> *out, QString *error) const
{
    out->clear();
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT f.id, f.resource_id, f.role, f.path, f.size, f.mtime, COALESCE(v.value, ''), b.name "
                "FROM files f JOIN resources r ON r.id = f.resource_id JOIN batches b ON b.id = r.batch_id "
                "LEFT JOIN field_values v ON v.resource_id = f.resource_id AND v.field_id = 'title' "
                "ORDER BY b.name, r.position, r.id, f.role, f.position"_s))
        return failWith(error, tr("cannot read the attached files: %1").arg(q.lastError().text()));
    while (q.next()) {
        Missing m{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(6).toString(),
                  q.value(7).toString(),   q.value(2).toString(),   q.value(3).toString(),
                  q.value(4).toLongLong(), q.value(5).toString(),   QString()};
        if (QFileInfo(m.path).isFile())
            continue;
        m.sha256 = recordedSha256(m.path, m.size, m.mtime);
        out->append(m);
    }
    return true;
}

QString FileRelinker::recordedSha256(const QString &path, qint64 size, const QString &mtime) const
{
    QJsonObject result;
    if (!CheckResultStore(m_workspace).find({path, size, mtime, kNoProfile, kHashKind}, &result))
        return {};
    return result.value(u"sha256"_s).toString();
}

bool FileRelinker::recordSha256(const QString &path, qint64 size, const QString &mtime, const QString &sha256,
                                QString *error)
{
    return CheckResultStore(m_workspace)
        .store({path, size, mtime, kNoProfile, kHashKind}, QJsonObject{{u"sha256"_s, sha256}}, error);
}

QString FileRelinker::sha256Of(const QString &path, const std::atomic_bool *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load())
            return {};
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool FileRelinker::setPath(qint64 fileId, const QString &path, qint64 size, const QString &mtime,
                           QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE files SET path = ?, size = ?, mtime = ? WHERE id = ?"_s);
    q.addBindValue(path);
    q.addBindValue(size);
    q.addBindValue(mtime);
    q.addBindValue(fileId);
    if (!q.exec())
        return failWith(error, tr("cannot re-link %1: %2").arg(path, q.lastError().text()));
    return true;
}

bool FileRelinker::apply(const Plan &plan, QString *error)
{
    SavePoint savePoint(m_workspace.database());
    if (!savePoint.isActive())
        return failWith(error, tr("cannot re-link the files: %1").arg(savePoint.errorString()));
    for (const Link &l : plan.relinked) {
        if (!setPath(l.file.fileId, l.newPath, l.newSize, l.newMtime, error))
            return false;
        if (!l.sha256.isEmpty() && !recordSha256(l.newPath, l.newSize, l.newMtime, l.sha256, error))
            return false;
    }
    if (!savePoint.release(error))
        return false;
    for (const Link &l : plan.relinked)
        m_workspace.notifyResourceChanged(l.file.resourceId, l.file.role);
    return true;
}

bool FileRelinker::undo(const Plan &plan, QString *error)
{
    SavePoint savePoint(m_workspace.database());
    if (!savePoint.isActive())
        return failWith(error, tr("cannot undo the re-linking: %1").arg(savePoint.errorString()));
    for (const Link &l : plan.relinked)
        if (!setPath(l.file.fileId, l.file.path, l.file.size, l.file.mtime, error))
            return false;
    if (!savePoint.release(error))
        return false;
    for (const Link &l : plan.relinked)
        m_workspace.notifyResourceChanged(l.file.resourceId, l.file.role);
    return true;
}
