#include "fix/FixJobStore.h"

#include "workspace/Workspace.h"

#include <QJsonDocument>
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

QJsonObject FixJobStore::optionsToJson(const FixOptions &o)
{
    return {{"kind"_L1, o.kind},
            {"allow_upscale"_L1, o.allowUpscale},
            {"add_silent_audio"_L1, o.addSilentAudio},
            {"loudness"_L1, o.loudness},
            {"preset"_L1, o.preset}};
}

FixOptions FixJobStore::optionsFromJson(const QJsonObject &json)
{
    FixOptions o;
    o.kind = json.value("kind"_L1).toString();
    o.allowUpscale = json.value("allow_upscale"_L1).toBool();
    o.addSilentAudio = json.value("add_silent_audio"_L1).toBool();
    o.loudness = json.value("loudness"_L1).toBool();
    o.preset = json.value("preset"_L1).toString(o.preset);
    return o;
}

qint64 FixJobStore::add(const FixJob &job, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(
        u"INSERT INTO fix_jobs(resource_id, input, target, options, state, message, created_at, updated_at) "
        "VALUES(?, ?, ?, ?, 'queued', '', ?, ?)"_s);
    q.addBindValue(job.resourceId);
    q.addBindValue(job.input);
    q.addBindValue(job.target);
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(optionsToJson(job.options)).toJson(QJsonDocument::Compact)));
    q.addBindValue(Workspace::nowText());
    q.addBindValue(Workspace::nowText());
    if (!q.exec()) {
        fail(error, tr("cannot queue %1: %2").arg(job.input, q.lastError().text()));
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool FixJobStore::setState(qint64 id, const QString &state, const QString &message, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE fix_jobs SET state = ?, message = COALESCE(?, ''), updated_at = ? WHERE id = ?"_s);
    q.addBindValue(state);
    q.addBindValue(message);
    q.addBindValue(Workspace::nowText());
    q.addBindValue(id);
    if (!q.exec())
        return fail(error, tr("cannot update fix job %1: %2").arg(id).arg(q.lastError().text()));
    return true;
}

bool FixJobStore::requeueInterrupted(QString *error)
{
    QSqlQuery q(m_workspace.database());
    if (!q.exec(u"UPDATE fix_jobs SET state = 'queued' WHERE state = 'running'"_s))
        return fail(error, q.lastError().text());
    return true;
}

bool FixJobStore::list(const QStringList &states, QList<FixJob> *out, QString *error) const
{
    QSqlQuery q(m_workspace.database());
    if (!q.exec(
            u"SELECT id, resource_id, input, target, options, state, message FROM fix_jobs ORDER BY id"_s))
        return fail(error, tr("cannot read the fix queue: %1").arg(q.lastError().text()));
    out->clear();
    while (q.next()) {
        if (!states.contains(q.value(5).toString()))
            continue;
        FixJob job;
        job.id = q.value(0).toLongLong();
        job.resourceId = q.value(1).toLongLong();
        job.input = q.value(2).toString();
        job.target = q.value(3).toString();
        job.options = optionsFromJson(QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object());
        job.state = q.value(5).toString();
        job.message = q.value(6).toString();
        out->append(job);
    }
    return true;
}

bool FixJobStore::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"DELETE FROM fix_jobs WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return fail(error, q.lastError().text());
    return true;
}
