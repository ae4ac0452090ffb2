#include "upload/UploadStore.h"

#include "workspace/SavePoint.h"
#include "workspace/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
const auto kColumns = "id, batch_id, endpoint, account, bag_path, position, local_path, size, mtime, sha256, "
                      "fingerprint, url, offset_acked, expires_at, state, last_error"_L1;

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : u""_s;
}

UploadRecord readRecord(const QSqlQuery &q)
{
    UploadRecord r;
    r.id = q.value(0).toLongLong();
    r.batchId = q.value(1).toLongLong();
    r.endpoint = q.value(2).toString();
    r.account = q.value(3).toString();
    r.bagPath = q.value(4).toString();
    r.position = q.value(5).toInt();
    r.localPath = q.value(6).toString();
    r.size = q.value(7).toLongLong();
    r.mtime = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    r.sha256 = q.value(9).toString();
    r.fingerprint = q.value(10).toString();
    r.url = QUrl(q.value(11).toString());
    r.offset = q.value(12).toLongLong();
    r.expires = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
    r.state = q.value(14).toString();
    r.lastError = q.value(15).toString();
    return r;
}

bool sameFile(const UploadRecord &a, const UploadRecord &b)
{
    return a.size == b.size && timeText(a.mtime) == timeText(b.mtime) && a.sha256 == b.sha256 &&
           a.fingerprint == b.fingerprint && a.localPath == b.localPath;
}
} // namespace

bool UploadStore::exec(const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q(m_workspace.database());
    bool ok = q.prepare(sql);
    for (const QVariant &v : values) // a null QString would be stored as NULL
        q.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(u""_s) : v);
    ok = ok && q.exec();
    if (!ok && error)
        *error = tr("cannot store the upload state: %1").arg(q.lastError().text());
    return ok;
}

bool UploadStore::plan(UploadRecord *record, QUrl *staleUrl, QString *error)
{
    for (QString *text : {&record->endpoint, &record->account, &record->bagPath, &record->sha256})
        if (text->isNull())
            *text = u""_s; // SQLite would store NULL
    QSqlQuery q(m_workspace.database());
    q.prepare(
        u"SELECT %1 FROM uploads WHERE batch_id = ? AND endpoint = ? AND account = ? AND bag_path = ?"_s.arg(
            kColumns));
    q.addBindValue(record->batchId);
    q.addBindValue(record->endpoint);
    q.addBindValue(record->account);
    q.addBindValue(record->bagPath);
    if (!q.exec()) {
        if (error)
            *error = tr("cannot read the upload state: %1").arg(q.lastError().text());
        return false;
    }
    if (q.next()) {
        const UploadRecord old = readRecord(q);
        record->id = old.id;
        if (sameFile(old, *record)) {
            record->url = old.url;
            record->offset = old.offset;
            record->expires = old.expires;
            record->state = old.state == "done"_L1 ? old.state : u"queued"_s;
            record->lastError = old.lastError;
            return exec(u"UPDATE uploads SET position = ?, state = ?, updated_at = ? WHERE id = ?"_s,
                        {record->position, record->state, Workspace::nowText(), record->id}, error);
        }
        if (staleUrl && old.state != "done"_L1)
            *staleUrl = old.url; // a changed file: its old upload is terminated, never resumed
        record->url.clear();
        record->offset = 0;
        record->state = u"queued"_s;
        return exec(u"UPDATE uploads SET position = ?, local_path = ?, size = ?, mtime = ?, sha256 = ?, "
                    "fingerprint = ?, url = '', offset_acked = 0, expires_at = '', state = 'queued', "
                    "last_error = '', updated_at = ? WHERE id = ?"_s,
                    {record->position, record->localPath, record->size, timeText(record->mtime),
                     record->sha256, record->fingerprint, Workspace::nowText(), record->id},
                    error);
    }
    QSqlQuery insert(m_workspace.database());
    insert.prepare(u"INSERT INTO uploads (batch_id, endpoint, account, bag_path, position, local_path, size, "
                   "mtime, sha256, fingerprint, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         QVariantList{record->batchId, record->endpoint, record->account, record->bagPath, record->position,
                      record->localPath, record->size, timeText(record->mtime), record->sha256,
                      record->fingerprint, Workspace::nowText()})
        insert.addBindValue(v);
    if (!insert.exec()) {
        if (error)
            *error = tr("cannot store the upload state: %1").arg(insert.lastError().text());
        return false;
    }
    record->id = insert.lastInsertId().toLongLong();
    return true;
}

bool UploadStore::setUrl(qint64 id, const QUrl &url, const QDateTime &expires, QString *error)
{
    return exec(
        u"UPDATE uploads SET url = ?, offset_acked = 0, expires_at = ?, updated_at = ? WHERE id = ?"_s,
        {url.toString(), timeText(expires), Workspace::nowText(), id}, error);
}

bool UploadStore::setOffset(qint64 id, qint64 offset, QString *error)
{
    return exec(u"UPDATE uploads SET offset_acked = ?, updated_at = ? WHERE id = ?"_s,
                {offset, Workspace::nowText(), id}, error);
}

bool UploadStore::setState(qint64 id, const QString &state, const QString &lastError, QString *error)
{
    return exec(u"UPDATE uploads SET state = ?, last_error = ?, updated_at = ? WHERE id = ?"_s,
                {state, lastError, Workspace::nowText(), id}, error);
}

bool UploadStore::complete(const UploadRecord &record, QString *error)
{
    SavePoint transaction(m_workspace.database());
    if (!transaction.isActive()) {
        if (error)
            *error = tr("cannot store the upload state: %1").arg(transaction.errorString());
        return false;
    }
    const QString now = Workspace::nowText();
    if (!exec(u"UPDATE uploads SET state = 'done', offset_acked = size, last_error = '', updated_at = ? "
              "WHERE id = ?"_s,
              {now, record.id}, error) ||
        !exec(u"INSERT INTO upload_history (batch_id, endpoint, account, bag_path, url, size, sha256, "
              "acknowledged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {record.batchId, record.endpoint, record.account, record.bagPath, record.url.toString(),
               record.size, record.sha256, now},
              error))
        return false;
    return transaction.release(error);
}

bool UploadStore::forBatch(qint64 batchId, QList<UploadRecord> *out, QString *error) const
{
    out->clear();
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT %1 FROM uploads WHERE batch_id = ? ORDER BY position, id"_s.arg(kColumns));
    q.addBindValue(batchId);
    if (!q.exec()) {
        if (error)
            *error = tr("cannot read the upload state: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next())
        out->append(readRecord(q));
    return true;
}

bool UploadStore::history(qint64 batchId, QList<UploadAcknowledgement> *out, QString *error) const
{
    out->clear();
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT endpoint, bag_path, url, size, sha256, acknowledged_at FROM upload_history "
              "WHERE batch_id = ? ORDER BY acknowledged_at, id"_s);
    q.addBindValue(batchId);
    if (!q.exec()) {
        if (error)
            *error = tr("cannot read the upload history: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next())
        out->append({q.value(0).toString(), q.value(1).toString(), QUrl(q.value(2).toString()),
                     q.value(3).toLongLong(), q.value(4).toString(),
                     QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs)});
    return true;
}

bool UploadStore::discard(qint64 batchId, const QString &endpoint, const QString &account, QString *error)
{
    return exec(u"DELETE FROM uploads WHERE batch_id = ? AND endpoint = ? AND account = ?"_s,
                {batchId, endpoint, account}, error);
}
