#pragma once

#include "upload/TusAccount.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QMainWindow;
class UploadPreparation;
class UploadQueue;
class UploadsDock;
class WorkspaceController;

// The uploads of the window: owns the Uploads dock and the queue (for the open workspace), asks which
// target and token to use, prepares the current batch's package off the GUI thread (UploadPreparation:
// progress and Cancel in the dock) and adds it to the queue, and shows a notice when a batch is received
// or needs attention. MainWindow only creates it.
class UploadController : public QObject
{
    Q_OBJECT
public:
    UploadController(WorkspaceController &workspace, QMainWindow *window,
                     std::function<qint64()> currentBatch);
    ~UploadController() override;
    UploadsDock *dock() const { return m_dock; }
    UploadQueue *queue() const { return m_queue.get(); }
    void uploadCurrentBatch();
    void editTargets();
    // Prepares the batch's package off the GUI thread (the dock shows progress and Cancel), then queues
    // every file for `account` and starts. What uploadCurrentBatch does once target and token are known.
    void uploadBatch(const QString &batchName, const TusAccount &account);
    void cancelPreparation();

private:
    bool ensureQueue(bool fresh = false);
    bool lists(qint64 batchId) const; // the queue holds files of this batch
    bool queueReadyFor(qint64 batchId, const QString &batchName);
    bool chooseAccount(const QString &batchName, TusAccount *account);
    void onPrepared(bool ok, const QString &error, const TusAccount &account, const QString &workspacePath);
    void showFailure(const QString &batchName, const QString &error, bool technical, int metadataErrors);

    WorkspaceController &m_workspace;
    QMainWindow *m_window;
    std::function<qint64()> m_currentBatch;
    UploadsDock *m_dock;
    std::unique_ptr<UploadQueue> m_queue;
    QString m_queuePath; // the workspace the queue belongs to
    QPointer<UploadPreparation> m_preparation;
};
