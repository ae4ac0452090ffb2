#include "fix/FixQueue.h"

#include "workspace/Workspace.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

FixQueue::FixQueue(Workspace &workspace, const QJsonObject &technical, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_technical(technical)
{
    m_pool.setMaxThreadCount(m_maxRunning);
}

FixQueue::~FixQueue()
{
    cancelAll();
    m_pool.waitForDone();
}

void FixQueue::setMaxRunning(int jobs)
{
    m_maxRunning = qBound(1, jobs, 8);
    m_pool.setMaxThreadCount(m_maxRunning);
    startNext();
}

bool FixQueue::restore(QString *error)
{
    FixJobStore store(m_workspace);
    QList<FixJob> jobs;
    if (!store.requeueInterrupted(error) || !store.list({u"queued"_s}, &jobs, error))
        return false;
    for (const FixJob &job : std::as_const(jobs)) {
        const bool known =
            m_runningJobs.contains(job.id) ||
            std::any_of(m_queued.cbegin(), m_queued.cend(), [&](const FixJob &q) { return q.id == job.id; });
        if (!known) {
            m_queued.append(job);
            emit jobQueued(job);
        }
    }
    startNext();
    return true;
}

qint64 FixQueue::enqueue(FixJob job, QString *error)
{
    job.state = u"queued"_s;
    job.id = FixJobStore(m_workspace).add(job, error);
    if (job.id == 0)
        return 0;
    m_queued.append(job);
    emit jobQueued(job);
    startNext();
    return job.id;
}

void FixQueue::cancel(qint64 jobId)
{
    if (const auto flag = m_running.value(jobId)) {
        *flag = true; // the worker reports Cancelled through finish()
        return;
    }
    for (qsizetype i = 0; i < m_queued.size(); ++i) {
        if (m_queued.at(i).id != jobId)
            continue;
        FixJob job = m_queued.takeAt(i);
        FixJobStore(m_workspace).setState(jobId, u"cancelled"_s, tr("Cancelled."), nullptr);
        FixEngine::Outcome outcome;
        outcome.status = FixEngine::Outcome::Status::Cancelled;
        outcome.input = job.input;
        outcome.error = tr("Cancelled.");
        job.state = u"cancelled"_s;
        emit jobFinished(job, outcome);
        break;
    }
    if (m_queued.isEmpty() && m_running.isEmpty())
        emit idle();
}

void FixQueue::cancelAll()
{
    for (const auto &flag : std::as_const(m_running))
        *flag = true;
    // queued jobs stay queued in the workspace: they run at the next start
    m_queued.clear();
}

QList<FixJob> FixQueue::pending() const
{
    QList<FixJob> out = m_runningJobs.values();
    std::sort(out.begin(), out.end(), [](const FixJob &a, const FixJob &b) { return a.id < b.id; });
    return out + m_queued;
}

void FixQueue::startNext()
{
    while (m_running.size() < m_maxRunning && !m_queued.isEmpty())
        start(m_queued.takeFirst());
}

void FixQueue::start(const FixJob &queued)
{
    FixJob job = queued;
    job.state = u"running"_s;
    FixJobStore(m_workspace).setState(job.id, job.state, QString(), nullptr);
    const auto cancel = std::make_shared<std::atomic_bool>(false);
    m_running.insert(job.id, cancel);
    m_runningJobs.insert(job.id, job);
    emit jobStarted(job.id);
    const QJsonObject technical = m_technical;
    m_pool.start([this, job, cancel, technical] {
        FixEngine::RunOptions run;
        run.cancel = cancel.get();
        run.progress = [this, id = job.id](double fraction, double speed, double left) {
            QMetaObject::invokeMethod(
                this, [this, id, fraction, speed, left] { emit progress(id, fraction, speed, left); },
                Qt::QueuedConnection);
        };
        const FixEngine::Outcome outcome =
            FixEngine::fixFile(job.input, job.target, technical, job.options, run);
        QMetaObject::invokeMethod(
            this, [this, id = job.id, outcome] { finish(id, outcome); }, Qt::QueuedConnection);
    });
}

void FixQueue::finish(qint64 jobId, const FixEngine::Outcome &outcome)
{
    FixJob job = m_runningJobs.take(jobId);
    m_running.remove(jobId);
    using S = FixEngine::Outcome::Status;
    job.state = outcome.status == S::Passed      ? u"done"_s
                : outcome.status == S::Cancelled ? u"cancelled"_s
                                                 : u"failed"_s;
    job.message = outcome.status == S::Passed ? tr("Done: %1").arg(outcome.output) : outcome.error;
    FixJobStore(m_workspace).setState(jobId, job.state, job.message, nullptr);
    emit jobFinished(job, outcome);
    startNext();
    if (m_queued.isEmpty() && m_running.isEmpty())
        emit idle();
}
