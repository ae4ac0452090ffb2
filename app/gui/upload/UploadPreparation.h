#pragma once

#include "upload/BatchPackage.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

// Prepares one batch's package for upload (BatchPackage::build: export, or re-verify an earlier export,
// hashing every file) on a thread of its own, so that the window stays responsive; reports progress in
// plain words and the end through signals, which arrive on the thread that created it. cancel() stops it
// (no new package is left behind); the destructor cancels and waits.
class UploadPreparation : public QObject
{
    Q_OBJECT
public:
    UploadPreparation(std::unique_ptr<BatchPackage::Plan> plan, QObject *parent = nullptr);
    ~UploadPreparation() override;
    void start();
    void cancel();
    bool isCancelled() const { return m_cancel.load(); }
    bool isRunning() const { return m_pool.activeThreadCount() > 0; }
    BatchPackage::Plan &plan() { return *m_plan; }

    // "Preparing the package of "spring": 3 of 12 files, 1.2 GB of 3.4 GB", and the share done (0 … 1000).
    static QString describe(const QString &batchName, const BatchPackage::Progress &progress);
    static int permille(const BatchPackage::Progress &progress);

signals:
    void progressed(const QString &text, int permille);
    void finished(bool ok, const QString &error);

private:
    void run();
    std::unique_ptr<BatchPackage::Plan> m_plan;
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_destroying{false}; // no more signals: the receivers may be half destroyed
    QThreadPool m_pool;                   // one thread; the destructor waits for it
};
