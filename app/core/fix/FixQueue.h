#pragma once

#include "fix/FixEngine.h"
#include "fix/FixJobStore.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

class Workspace;

// The fix queue: FixEngine jobs run off the GUI thread, one at a time by default (setMaxRunning), kept in
// the workspace (FixJobStore) so that they survive a restart; a job interrupted by a quit or crash starts
// again from the beginning (restore()). Progress (fraction, speed × real time, seconds left) and outcomes
// arrive as signals on the thread that owns the queue. Cancel stops the job's ffmpeg (its whole process
// group) and leaves no partial file. Deleting the queue cancels what runs and waits for it.
// The queue does not attach outputs to resources: the GUI does that as an undoable command on jobFinished.
class FixQueue : public QObject
{
    Q_OBJECT
public:
    FixQueue(Workspace &workspace, const QJsonObject &technical, QObject *parent = nullptr);
    ~FixQueue() override;

    void setMaxRunning(int jobs);
    int maxRunning() const { return m_maxRunning; }
    // Puts interrupted jobs back in the queue and starts the queued ones.
    bool restore(QString *error);
    // Stores the job and starts it when a slot is free; returns its id, 0 on failure.
    qint64 enqueue(FixJob job, QString *error);
    void cancel(qint64 jobId);
    void cancelAll();
    // Jobs not finished yet (queued or running), oldest first.
    QList<FixJob> pending() const;
    bool isRunning(qint64 jobId) const { return m_running.contains(jobId); }

signals:
    void jobQueued(const FixJob &job);
    void jobStarted(qint64 jobId);
    void progress(qint64 jobId, double fraction, double speed, double secondsLeft);
    void jobFinished(const FixJob &job, const FixEngine::Outcome &outcome);
    void idle(); // nothing queued or running any more

private:
    void startNext();
    void start(const FixJob &job);
    void finish(qint64 jobId, const FixEngine::Outcome &outcome);

    Workspace &m_workspace;
    QJsonObject m_technical;
    QThreadPool m_pool;
    int m_maxRunning = 1;
    QList<FixJob> m_queued;
    QHash<qint64, FixJob> m_runningJobs;
    QHash<qint64, std::shared_ptr<std::atomic_bool>> m_running;
};

Q_DECLARE_METATYPE(FixJob)
Q_DECLARE_METATYPE(FixEngine::Outcome)
