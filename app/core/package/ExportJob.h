#pragma once

#include "package/BagWriter.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>

class Workspace;

// One export, for the GUI and the CLI: prepare() gathers the batch from the workspace and validates it on
// the caller's thread (a batch with errors is refused unless exported as a draft) and picks up the cached
// technical checks; run() repeats the technical checks that are not cached (media probe, A03 link) and
// refuses the batch when one fails (unless a draft: then report.html and metadata.json show them), then
// writes the package (blocking, for the CLI); start() does the same on the thread pool, reporting
// through signals. saveChecks() afterwards, on the workspace's thread, caches the new check results.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    explicit ExportJob(QObject *parent = nullptr);
    // Cancels a running start() and waits for its task: the job may be destroyed mid-export (its dialog
    // closed, the application quitting); the unfinished package is removed, never renamed into place.
    ~ExportJob() override;

    // Fills the request, the rendered registration form included. Returns false with `error` when the batch
    // cannot be read, when the form cannot be rendered or, unless `draft`, when the batch has errors: then
    // `report` lists them.
    static bool prepare(Workspace &workspace, const Profile &profile, const QString &batchName, bool draft,
                        const QString &outputPath, ExportRequest *request, ValidationReport *report,
                        QString *error);
    // The same without the registration form, for a caller that may not write a package at all (an upload
    // that finds its earlier export unchanged): rendering it loads the fonts and lays the form out, tens of
    // milliseconds. run() renders it when the request has none.
    static bool prepareWithoutForm(Workspace &workspace, const Profile &profile, const QString &batchName,
                                   bool draft, const QString &outputPath, ExportRequest *request,
                                   ValidationReport *report, QString *error);
    // Renders the request's unit's registration form into it; false with `error` when it cannot be rendered.
    static bool renderRegistrationForm(ExportRequest *request, QString *error);

    void setRequest(const ExportRequest &request) { m_request = request; }
    bool run(ExportResult *result, QString *error);
    // After run() or finished(): the failed technical rules (the reason of a refusal), and caching.
    QList<ExportChecks::Failure> technicalFailures() const { return m_failures; }
    bool refusedForTechnicalChecks() const { return m_refused; }
    // False with `error` when the results could not be cached (the package is not affected).
    bool saveChecks(Workspace &workspace, QString *error = nullptr) const;
    void start(); // asynchronous, on the job's own pool; finished() is emitted at the end
    bool isRunning() const { return m_pool.activeThreadCount() > 0; }
    void cancel() { m_cancel.store(true); }
    bool isCancelled() const { return m_cancel.load(); }

signals:
    void progress(qint64 bytesDone, qint64 bytesTotal, double bytesPerSecond, double etaSeconds,
                  const QString &currentFile);
    void checking(int done, int total, const QString &current);
    void finished(bool ok, const QString &path, const QString &error);

private:
    ExportRequest m_request;
    QList<ExportChecks::Failure> m_failures;
    bool m_refused = false;
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_destroying{false}; // no more signals: the receivers may be half destroyed
    QThreadPool m_pool;                   // one thread; the destructor waits for it
};
