#include "PackageController.h"

#include "ActionSupport.h"
#include "BatchSelector.h"
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "ResourcesController.h"
#include "VerifyDialog.h"
#include "WorkspaceController.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace {
template <typename Dialog> void showDialog(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal); // the workspace stays as it is while the dialog is open
    dialog->open();
}
} // namespace

PackageController::PackageController(QMainWindow *window, WorkspaceController &workspace,
                                     ResourcesController &resources)
    : WindowController(window), m_workspace(workspace), m_resources(resources),
      m_openPackage(ActionSupport::make(this, "actionOpenPackage")),
      m_importSheet(ActionSupport::make(this, "actionImportSheet")),
      m_verifyPackage(ActionSupport::make(this, "actionVerifyPackage")),
      m_exportPackage(ActionSupport::make(this, "actionExportPackage", QKeySequence(Qt::CTRL | Qt::Key_E)))
{
    m_exportPackage->setIcon(
        ActionSupport::themeIcon(window, "document-save-as", QStyle::SP_DialogSaveButton));
    connect(m_openPackage, &QAction::triggered, this, [this] { openImport(ImportDialog::OpenPackage); });
    connect(m_importSheet, &QAction::triggered, this, [this] { openImport(ImportDialog::ImportSheet); });
    connect(m_verifyPackage, &QAction::triggered, this, [this] { openVerify(); });
    connect(m_exportPackage, &QAction::triggered, this, [this] { openExport(); });
    connect(&workspace, &WorkspaceController::workspaceChanged, this, [this] { updateActions(); });
    connect(resources.batches(), &BatchSelector::currentBatchChanged, this, [this] { updateActions(); });
    updateActions();
}

void PackageController::addToMenus(const MainMenus &menus)
{
    menus.file->addSeparator();
    menus.file->addActions({m_openPackage, m_importSheet, m_verifyPackage});
    menus.batch->addSeparator();
    menus.batch->addAction(m_exportPackage);
    menus.toolBar->addAction(m_exportPackage);
}

void PackageController::retranslate()
{
    m_openPackage->setText(tr("Open &Package as Batch…"));
    m_importSheet->setText(tr("&Import Metadata Sheet…"));
    m_verifyPackage->setText(tr("&Verify Package…"));
    m_exportPackage->setText(tr("&Export Package…"));
    m_exportPackage->setIconText(tr("Export"));
    ActionSupport::setToolTipWithShortcut(m_exportPackage,
                                          tr("Write the batch as a submission package (folder or zip)"));
}

void PackageController::updateActions()
{
    const bool open = m_workspace.isOpen();
    m_openPackage->setEnabled(open);
    m_exportPackage->setEnabled(open && m_resources.currentBatchId() != 0);
    m_importSheet->setEnabled(open && m_resources.currentBatchId() != 0);
}

QStringList PackageController::runningWork() const
{
    QStringList work;
    for (const ExportDialog *dialog : window()->findChildren<ExportDialog *>())
        if (dialog->isBusy())
            work.append(tr("a package is being exported"));
    for (const ImportDialog *dialog : window()->findChildren<ImportDialog *>())
        if (dialog->isOpening())
            work.append(tr("a package is being opened"));
    for (const VerifyDialog *dialog : window()->findChildren<VerifyDialog *>())
        if (dialog->isBusy())
            work.append(tr("a package is being verified"));
    return work;
}

void PackageController::cancelRunningWork()
{
    // reject() cancels; the dialog closes when the worker has cleaned up (isStopping until then).
    for (ExportDialog *dialog : window()->findChildren<ExportDialog *>())
        dialog->reject();
    // These cancel and wait for their worker when they close (and delete themselves).
    for (ImportDialog *dialog : window()->findChildren<ImportDialog *>())
        dialog->close();
    for (VerifyDialog *dialog : window()->findChildren<VerifyDialog *>())
        dialog->close();
}

bool PackageController::isStopping() const
{
    const QList<ExportDialog *> exports = window()->findChildren<ExportDialog *>();
    return std::any_of(exports.cbegin(), exports.cend(), [](const ExportDialog *d) { return d->isBusy(); });
}

void PackageController::openExport()
{
    if (m_workspace.isOpen() && m_resources.currentBatchId() != 0)
        showDialog(new ExportDialog(m_workspace.workspace(), m_workspace.profile(),
                                    m_resources.currentBatchName(), window()));
}

void PackageController::openImport(int mode)
{
    if (!m_workspace.isOpen())
        return;
    auto *dialog = new ImportDialog(m_workspace.workspace(), m_workspace.profile(),
                                    m_resources.currentBatchName(), ImportDialog::Mode(mode), window());
    connect(dialog, &ImportDialog::batchImported, this,
            [this](qint64 batchId) { emit batchRequested(batchId); });
    showDialog(dialog);
}

void PackageController::openVerify()
{
    showDialog(new VerifyDialog(QString(), window()));
}
