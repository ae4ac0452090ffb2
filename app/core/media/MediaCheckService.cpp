#include "media/MediaCheckService.h"

#include "media/LinkCheck.h"
#include "media/LinkPolicy.h"
#include "media/MediaCheck.h"
#include "media/ReportWording.h"
#include "workspace/CheckResultStore.h"
#include "workspace/Workspace.h"

#include <QMetaObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>

#include <utility>

using namespace Qt::StringLiterals;

MediaCheckService::MediaCheckService(Workspace *workspace, const Profile &profile, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_profile(profile)
{
    qRegisterMetaType<CheckReport>();
    m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(200);
    connect(&m_saveTimer, &QTimer::timeout, this, &MediaCheckService::saveResults);
}

MediaCheckService::~MediaCheckService()
{
    for (const auto &job : std::as_const(m_jobs))
        job->cancel = true;
    m_pool.waitForDone();
    saveResults();
}

bool MediaCheckService::cached(const QString &path, const QString &kind, bool deep, CheckReport *report) const
{
    if (!m_workspace || !m_workspace->isOpen())
        return false;
    CheckResultStore store(*m_workspace);
    const QStringList kinds = deep ? QStringList{u"deep"_s} : QStringList{u"deep"_s, u"probe"_s};
    for (const QString &k : kinds) {
        QJsonObject json;
        QDateTime at;
        const CheckResultStore::Key key = CheckResultStore::Key::forFile(path, m_profile.idAndVersion(), k);
        if (!findUnsaved(key, &json) && !store.find(key, &json, &at))
            continue;
        CheckReport r = CheckReport::fromJson(json);
        if (!kind.isEmpty() && r.type != kind)
            continue;
        if (!r.checkedAt.isValid())
            r.checkedAt = at;
        *report = ReportWording::reworded(r, m_profile); // in today's language, not the check's
        return true;
    }
    return false;
}

bool MediaCheckService::cachedLink(const QString &url, CheckReport *report) const
{
    if (!m_workspace || !m_workspace->isOpen())
        return false;
    QJsonObject json;
    QDateTime at;
    const CheckResultStore::Key key{url, 0, u""_s, m_profile.idAndVersion(), u"link"_s};
    if (!CheckResultStore(*m_workspace).find(key, &json, &at))
        return false;
    *report = CheckReport::fromJson(json);
    if (!report->checkedAt.isValid())
        report->checkedAt = at;
    return true;
}

bool MediaCheckService::findUnsaved(const CheckResultStore::Key &key, QJsonObject *json) const
{
    for (const Unsaved &u : m_unsaved)
        if (u.key.path == key.path && u.key.size == key.size && u.key.mtime == key.mtime &&
            u.key.profileVersion == key.profileVersion && u.key.kind == key.kind &&
            u.workspacePath == m_workspace->path()) {
            *json = u.result;
            return true;
        }
    return false;
}

void MediaCheckService::check(const QString &path, const QString &kind, bool deep)
{
    saveResults();
    cancel(path);
    CheckReport report;
    if (cached(path, kind, deep, &report)) {
        QMetaObject::invokeMethod(
            this, [this, path, report] { emit finished(path, report, true); }, Qt::QueuedConnection);
        return;
    }
    auto job = std::make_shared<Job>();
    job->path = path;
    job->kind = kind;
    job->deep = deep;
    const CheckResultStore::Key key = CheckResultStore::Key::forFile(path, QString(), QString());
    job->cachePath = key.path;
    job->size = key.size;
    job->mtime = key.mtime;
    m_jobs.insert(path, job);
    emit started(path);
    const QJsonObject technical = m_profile.technical;
    ++m_unfinished;
    m_pool.start([this, job, technical] {
        MediaCheck::Options options;
        options.kind = job->kind;
        options.deep = job->deep;
        const int inParallel = qMin(m_pool.maxThreadCount(), m_unfinished.load());
        options.deepThreads = MediaCheck::deepThreadsPerFile(inParallel, QThread::idealThreadCount());
        options.cancel = &job->cancel;
        options.progress = [this, job](double f) {
            QMetaObject::invokeMethod(
                this,
                [this, job, f] {
                    if (m_jobs.value(job->path) == job)
                        emit progress(job->path, f);
                },
                Qt::QueuedConnection);
        };
        const CheckReport report = MediaCheck::checkFile(job->path, technical, options);
        --m_unfinished;
        // The destructor waits for the pool, so `this` is alive while a worker runs.
        QMetaObject::invokeMethod(
            this, [this, job, report] { jobDone(job, report); }, Qt::QueuedConnection);
    });
}

void MediaCheckService::jobDone(const std::shared_ptr<Job> &job, const CheckReport &report)
{
    const bool current = m_jobs.value(job->path) == job;
    if (current)
        m_jobs.remove(job->path);
    if (job->cancel) {
        if (current)
            emit cancelled(job->path);
        return;
    }
    remember(*job, report);
    emit finished(job->path, report, false);
}

// Keyed by the file as it was when the check began; a file that changed since is not remembered at all
// (its result may describe either version).
void MediaCheckService::remember(const Job &job, const CheckReport &report)
{
    if (!m_workspace || !m_workspace->isOpen() || report.verdict() == CheckReport::Verdict::Error)
        return;
    const QString kind = report.deep ? u"deep"_s : u"probe"_s;
    const CheckResultStore::Key now =
        CheckResultStore::Key::forFile(job.path, m_profile.idAndVersion(), kind);
    const CheckResultStore::Key before{job.cachePath, job.size, job.mtime, now.profileVersion, kind};
    if (now.size != before.size || now.mtime != before.mtime)
        return;
    m_unsaved.append({before, report.toJson(), m_workspace->path()});
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

void MediaCheckService::saveResults()
{
    m_saveTimer.stop();
    const QList<Unsaved> unsaved = std::exchange(m_unsaved, {});
    if (unsaved.isEmpty() || !m_workspace || !m_workspace->isOpen())
        return;
    QSqlDatabase db = m_workspace->database();
    const bool together = db.transaction(); // false inside another transaction: each row is then its own
    CheckResultStore store(*m_workspace);
    for (const Unsaved &u : unsaved) {
        if (u.workspacePath != m_workspace->path())
            continue; // another workspace is open now: the result does not belong in it
        if (QString error; !store.store(u.key, u.result, &error))
            emit cacheFailed(error);
    }
    if (together && !db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        emit cacheFailed(tr("cannot cache %n check result(s): %1", nullptr, int(unsaved.size())).arg(error));
        return;
    }
    emit resultsSaved();
}

void MediaCheckService::checkLink(const QString &url, const QString &protectionLevel,
                                  const QString &filingNumber)
{
    cancel(url);
    const QJsonObject section = m_profile.technical.value("link"_L1).toObject();
    LinkCheck::Options options;
    QString unusable;
    if (!LinkCheck::optionsFrom(section, &options, &unusable)) {
        emit started(url);
        emit finished(url, CheckReport::unreadable(url, u"link"_s, unusable), false);
        return;
    }
    auto *link = new LinkCheck(this);
    m_links.insert(url, link);
    emit started(url);
    connect(link, &LinkCheck::finished, this,
            [this, link, url, protectionLevel, filingNumber, section](const LinkCheck::Result &result) {
                link->deleteLater();
                if (m_links.value(url) == link)
                    m_links.remove(url);
                const CheckReport report =
                    LinkPolicy::evaluate(result, protectionLevel, filingNumber, section);
                if (m_workspace && m_workspace->isOpen()) {
                    CheckResultStore::Key key{url, 0, u""_s, m_profile.idAndVersion(), u"link"_s};
                    if (QString error; !CheckResultStore(*m_workspace).store(key, report.toJson(), &error))
                        emit cacheFailed(error);
                }
                emit finished(url, report, false);
            });
    link->start(QUrl(url), options);
}

void MediaCheckService::cancel(const QString &path)
{
    if (const QPointer<LinkCheck> link = m_links.take(path)) {
        link->disconnect(this);
        link->abort(); // closes the connection now
        link->deleteLater();
        emit cancelled(path);
        return;
    }
    const auto job = m_jobs.take(path);
    if (!job)
        return;
    job->cancel = true;
    emit cancelled(path);
}

void MediaCheckService::cancelAll()
{
    const QStringList paths = m_jobs.keys() + m_links.keys();
    for (const QString &p : paths)
        cancel(p);
}
