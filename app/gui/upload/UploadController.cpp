#include "UploadController.h"

#include "UploadTargetDialog.h"
#include "UploadsDock.h"
#include "WorkspaceController.h"

#include "upload/BatchPackage.h"
#include "upload/UploadQueue.h"
#include "workspace/BatchStore.h"

#include <QApplication>
#include <QInputDialog>
#include <QMainWindow>
#include <QMessageBox>
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
}

UploadController::~UploadController() = default;

void UploadController::editTargets()
{
    UploadTargetDialog dialog(m_window);
    dialog.exec();
}

bool UploadController::ensureQueue()
{
    Workspace &ws = m_workspace.workspace();
    if (!ws.isOpen())
        return false;
    if (m_queue && m_queuePath == ws.path())
        return true;
    m_queue = std::make_unique<UploadQueue>(ws);
    m_queuePath = ws.path();
    m_dock->setQueue(m_queue.get());
    connect(m_queue.get(), &UploadQueue::batchFinished, this, [this](qint64, bool complete) {
        m_dock->showNotice(complete ? tr("The batch was received completely.")
                                    : tr("A batch needs attention: some files could not be uploaded. See the "
                                         "Problem column."),
                           !complete);
    });
    return true;
}

void UploadController::uploadCurrentBatch()
{
    m_dock->show();
    Batch batch;
    if (!ensureQueue() || !BatchStore(m_workspace.workspace()).find(m_currentBatch(), &batch))
        return m_dock->showNotice(tr("Choose a batch first."), true);
    const QList<UploadTarget> targets = UploadTargets::load();
    if (targets.isEmpty())
        return editTargets();
    QStringList names;
    for (const UploadTarget &t : targets)
        names.append(t.name);
    bool ok = false;
    const QString name = QInputDialog::getItem(m_window, tr("Upload batch"),
                                               tr("Upload \"%1\" to:").arg(batch.name), names, 0, false, &ok);
    UploadTarget target;
    if (!ok || !UploadTargets::find(targets, name, &target))
        return;
    TusAccount account = target.account();
    TokenVault vault;
    QString why;
    if (!vault.readBlocking(target.name, &account.token, &why)) {
        account.token = QInputDialog::getText(m_window, tr("Token"), tr("The token for %1:").arg(target.name),
                                              QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        QString notice;
        if (!vault.writeBlocking(target.name, account.token, &notice))
            m_dock->showNotice(notice, true);
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    BatchPackage::Prepared prepared;
    QString error;
    const bool prepared_ok =
        BatchPackage::prepare(m_workspace.workspace(), m_workspace.profile(), batch.name, &prepared, &error);
    QApplication::restoreOverrideCursor();
    if (!prepared_ok ||
        !m_queue->addBatch(account, prepared.entries, BatchPackage::finaliser(prepared), &error))
        return m_dock->showNotice(tr("The batch cannot be uploaded: %1").arg(error), true);
    m_dock->showNotice(tr("Uploading \"%1\"…").arg(batch.name), false);
    m_queue->start();
}
