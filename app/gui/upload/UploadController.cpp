#include "UploadController.h"

#include "UploadPreparation.h"
#include "UploadTargetDialog.h"
#include "UploadsDock.h"
#include "WorkspaceController.h"

#include "package/ExportJob.h"
#include "upload/BatchPackage.h"
#include "upload/UploadQueue.h"
#include "workspace/BatchStore.h"

#include <QInputDialog>
#include <QMainWindow>
#include <QPushButton>

using namespace Qt::StringLiterals;

UploadController::UploadController(WorkspaceController &workspace, QMainWindow *window,
                                   std::function<qint64()> currentBatch)
    : QObject(window), m_workspace(workspace), m_window(window), m_currentBatch(std::move(currentBatch)),
      m_dock(new UploadsDock(window))
{
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_dock->uploadButton(), &QPushButton::clicked, this, &UploadController::uploadCurrentBatch);
    connect(m_dock->targetsButton(), &QPushButton::clicked, this, &UploadController::editTargets);
    connect(m_dock->preparationCancelButton(), &QPushButton::clicked, this,
            &UploadController::cancelPreparation);
    // A package being prepared belongs to the workspace it came from.
    connect(&m_workspace, &WorkspaceController::aboutToChange, this, &UploadController::cancelPreparation);
}

UploadController::~UploadController()
{
    delete m_preparation; // cancels and waits for its thread
}

void UploadController::editTargets()
{
    UploadTargetDialog dialog(m_window);
    dialog.exec();
}

bool UploadController::ensureQueue(bool fresh)
{
    Workspace &ws = m_workspace.workspace();
    if (!ws.isOpen())
        return false;
    if (m_queue && m_queuePath == ws.path() && !fresh)
        return true;
    std::unique_ptr<UploadQueue> old = std::move(m_queue);
    if (old)
        old->disconnect(m_dock);
    m_queue = std::make_unique<UploadQueue>(ws);
    m_queuePath = ws.path();
    m_dock->setQueue(m_queue.get());
    return true;
}

bool UploadController::lists(qint64 batchId) const
{
    if (!m_queue || m_queuePath != m_workspace.path())
        return false;
    for (int i = 0; i < m_queue->count(); ++i)
        if (m_queue->entry(i).record.batchId == batchId)
            return true;
    return false;
}

// Uploading a batch again (to resume it, or after the token was corrected) must not put its files in the
// queue twice: while the queue is busy with the batch, the user waits; once the queue has nothing left to
// do, a fresh one takes the batch, and the workspace's records say what the receiver already has.
bool UploadController::queueReadyFor(qint64 batchId, const QString &batchName)
{
    if (!lists(batchId))
        return ensureQueue();
    if (m_queue->isFinished())
        return ensureQueue(true);
    m_dock->showNotice(
        tr("\"%1\" is being uploaded already: wait until it is done, or pause it first.").arg(batchName),
        true);
    return false;
}

void UploadController::uploadCurrentBatch()
{
    m_dock->show();
    Batch batch;
    if (!ensureQueue() || !BatchStore(m_workspace.workspace()).find(m_currentBatch(), &batch))
        return m_dock->showNotice(tr("Choose a batch first."), true);
    TusAccount account;
    if (chooseAccount(batch.name, &account))
        uploadBatch(batch.name, account);
}

// Which target, and its token from the keychain (or asked, then kept there): false when the user cancels.
bool UploadController::chooseAccount(const QString &batchName, TusAccount *account)
{
    const QList<UploadTarget> targets = UploadTargets::load();
    if (targets.isEmpty()) {
        editTargets();
        return false;
    }
    QStringList names;
    for (const UploadTarget &t : targets)
        names.append(t.name);
    bool ok = false;
    const QString name = QInputDialog::getItem(m_window, tr("Upload batch"),
                                               tr("Upload \"%1\" to:").arg(batchName), names, 0, false, &ok);
    UploadTarget target;
    if (!ok || !UploadTargets::find(targets, name, &target))
        return false;
    *account = target.account();
    TokenVault vault;
    QString why;
    if (vault.readBlocking(target.name, &account->token, &why))
        return true;
    account->token = QInputDialog::getText(m_window, tr("Token"), tr("The token for %1:").arg(target.name),
                                           QLineEdit::Password, QString(), &ok);
    if (!ok)
        return false;
    QString notice;
    if (!vault.writeBlocking(target.name, account->token, &notice))
        m_dock->showNotice(notice, true);
    return true;
}

void UploadController::uploadBatch(const QString &batchName, const TusAccount &account)
{
    m_dock->show();
    if (m_preparation)
        return m_dock->showNotice(
            tr("Another batch is being prepared: wait until it is queued, or cancel it."), true);
    if (!ensureQueue())
        return m_dock->showNotice(tr("Open a workspace first."), true);
    auto plan = std::make_unique<BatchPackage::Plan>();
    QString error;
    if (!BatchPackage::plan(m_workspace.workspace(), m_workspace.profile(), batchName, plan.get(), &error))
        return showFailure(batchName, error, false, plan->report.errorCount());
    if (lists(plan->prepared.batchId) && !m_queue->isFinished() &&
        !queueReadyFor(plan->prepared.batchId, batchName))
        return;
    m_preparation = new UploadPreparation(std::move(plan), this);
    connect(m_preparation, &UploadPreparation::progressed, m_dock, &UploadsDock::showPreparation);
    connect(m_preparation, &UploadPreparation::finished, this,
            [this, account, path = m_workspace.path()](bool ok, const QString &why) {
                onPrepared(ok, why, account, path);
            });
    m_dock->showNotice(QString(), false);
    m_dock->showPreparation(tr("Preparing the package of \"%1\"…").arg(batchName), 0);
    m_preparation->start();
}

void UploadController::cancelPreparation()
{
    if (!m_preparation)
        return;
    m_preparation->cancel();
    m_dock->preparationCancelButton()->setEnabled(false); // the end comes through finished()
}

void UploadController::onPrepared(bool ok, const QString &error, const TusAccount &account,
                                  const QString &workspacePath)
{
    UploadPreparation *preparation = m_preparation;
    m_preparation = nullptr;
    preparation->deleteLater();
    m_dock->hidePreparation();
    BatchPackage::Plan &plan = preparation->plan();
    const QString name = plan.prepared.batchName;
    if (preparation->isCancelled() || m_workspace.path() != workspacePath)
        return m_dock->showNotice(tr("Preparing \"%1\" was cancelled; nothing was queued.").arg(name), false);
    if (!ok)
        return showFailure(name, error, plan.job && plan.job->refusedForTechnicalChecks(), 0);
    BatchPackage::finish(m_workspace.workspace(), plan);
    if (!queueReadyFor(plan.prepared.batchId, name))
        return;
    QString queueError;
    if (!m_queue->addBatch(account, plan.prepared.entries, BatchPackage::finaliser(plan.prepared),
                           &queueError))
        return showFailure(name, queueError, false, 0);
    m_dock->showNotice(tr("Uploading \"%1\"…").arg(name), false);
    m_queue->start();
}

void UploadController::showFailure(const QString &batchName, const QString &error, bool technical,
                                   int metadataErrors)
{
    QString text;
    if (metadataErrors > 0)
        text = tr("The batch \"%1\" cannot be uploaded yet: %n problem(s) in its descriptions need fixing "
                  "first. The batch report lists them.",
                  nullptr, metadataErrors)
                   .arg(batchName);
    else if (technical)
        text = tr("The batch \"%1\" cannot be uploaded yet: some of its media files or links do not meet the "
                  "standard. Check and fix them first; Details name them.")
                   .arg(batchName);
    else
        text = tr("The batch \"%1\" cannot be uploaded: its package could not be prepared. Details tell why.")
                   .arg(batchName);
    m_dock->showNotice(text, true, error);
}
