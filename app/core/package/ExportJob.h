#pragma once

#include "package/BagWriter.h"

#include <QObject>

#include <atomic>

class Workspace;

// One export, for the GUI and the CLI: prepare() gathers the batch from the workspace and validates it on
// the caller's thread (a batch with errors is refused unless exported as a draft); run() writes the
// package (blocking, for the CLI) and start() does the same on the thread pool, reporting through signals.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    explicit ExportJob(QObject *parent = nullptr);

    // Fills the request. Returns false with `error` when the batch cannot be read or, unless `draft`,
    // when it has errors: then `report` lists them.
    static bool prepare(Workspace &workspace, const Profile &profile, const QString &batchName, bool draft,
                        const QString &outputPath, ExportRequest *request, ValidationReport *report, QString *error);

    void setRequest(const ExportRequest &request) { m_request = request; }
    bool run(ExportResult *result, QString *error);
    void start();                 // asynchronous; finished() is emitted at the end
    void cancel() { m_cancel.store(true); }
    bool isCancelled() const { return m_cancel.load(); }

signals:
    void progress(qint64 bytesDone, qint64 bytesTotal, double bytesPerSecond, double etaSeconds,
                  const QString &currentFile);
    void finished(bool ok, const QString &path, const QString &error);

private:
    ExportRequest m_request;
    std::atomic_bool m_cancel{false};
};
