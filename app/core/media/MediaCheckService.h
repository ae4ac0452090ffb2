#pragma once

#include "media/CheckReport.h"
#include "profile/Profile.h"
#include "workspace/CheckResultStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

class LinkCheck;
class Workspace;

// Runs technical checks for the GUI: files are probed (and deep-checked on request) in a thread pool,
// off the GUI thread, with progress and cancel; links are fetched asynchronously. Results are cached in
// the workspace (CheckResultStore: path, size, mtime, profile version), so reopening a workspace does
// not probe again. Files run in parallel, one per core; a deep check's decoder threads are sized so that
// the files checked at once stay within cores + 1 decoder threads. Cache reads and writes happen on the
// thread that owns this object and the Workspace (a QSqlDatabase connection belongs to one thread); workers
// never touch the database.
class MediaCheckService : public QObject
{
    Q_OBJECT
public:
    // `workspace` may be null: no cache then. Both must outlive the service.
    MediaCheckService(Workspace *workspace, const Profile &profile, QObject *parent = nullptr);
    ~MediaCheckService() override; // cancels running checks and waits for them

    void setMaxThreads(int count) { m_pool.setMaxThreadCount(count); }

    // Checks a media file; kind "video", "audio" or "" (guess). A cached result is delivered at once
    // (finished() with fromCache = true, queued). A running check of the same path is replaced.
    void check(const QString &path, const QString &kind = QString(), bool deep = false);
    // Checks an online course (A03): link fetch plus the declared protection level and filing number.
    // Always fetched anew (the result is stored for the report).
    void checkLink(const QString &url, const QString &protectionLevel, const QString &filingNumber);
    // Stops the check of this file or link at once: cancelled(), no finished().
    void cancel(const QString &path);
    void cancelAll();
    bool isRunning(const QString &path) const { return m_jobs.contains(path) || m_links.contains(path); }
    int runningCount() const { return int(m_jobs.size()); } // media files (links are quick)
    // The cached report, if any (deep results also answer a quick lookup).
    bool cached(const QString &path, const QString &kind, bool deep, CheckReport *report) const;
    // The last link check of this URL (checkLink() or an export), if any.
    bool cachedLink(const QString &url, CheckReport *report) const;
    // Writes the results not cached yet. Finished checks are kept up to a fifth of a second first, so that
    // a batch's burst of results costs the GUI thread one commit, not one per file (each commit waits for
    // the disk). Also done by check() and the destructor; call it before the workspace changes.
    void saveResults();

signals:
    void started(const QString &path);
    void progress(const QString &path, double fraction);
    void finished(const QString &path, const CheckReport &report, bool fromCache);
    void cancelled(const QString &path);
    // A result could not be cached in the workspace (it is still reported through finished()).
    void cacheFailed(const QString &error);
    // Results were written to the workspace's cache (saveResults()): readers on other connections (the
    // batch report) see them from now on.
    void resultsSaved();

private:
    struct Job
    {
        QString path;
        QString kind;
        bool deep = false;
        // The file as it was when the check began (size, mtime): the result is remembered under it, so a
        // file changed during the check does not match it and is checked again.
        QString cachePath;
        qint64 size = 0;
        QString mtime;
        std::atomic_bool cancel{false};
    };
    void jobDone(const std::shared_ptr<Job> &job, const CheckReport &report);
    void remember(const Job &job, const CheckReport &report);
    bool findUnsaved(const CheckResultStore::Key &key, QJsonObject *json) const;

    struct Unsaved
    {
        CheckResultStore::Key key;
        QJsonObject result;
        QString workspacePath; // the workspace file it belongs to
    };

    Workspace *m_workspace;
    Profile m_profile;
    QThreadPool m_pool;
    QHash<QString, std::shared_ptr<Job>> m_jobs;
    QHash<QString, QPointer<LinkCheck>> m_links;
    // Files handed to the pool and not finished yet (queued or running): how many share the cores, which
    // sizes each deep check's decoder threads (MediaCheck::deepThreadsPerFile).
    std::atomic_int m_unfinished{0};
    QList<Unsaved> m_unsaved;
    QTimer m_saveTimer;
};

Q_DECLARE_METATYPE(CheckReport)
