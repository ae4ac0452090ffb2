// MainWindow, part 3: the dialogs and docks of the other parts of the workstation (registration form,
// packages, media checks), opened from the menus and kept in step with the open workspace.
#include "MainWindow.h"
#include "MainWindowActions.h"

#include "BatchSelector.h"
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "MediaCheckPanel.h"
#include "RegistrationDialog.h"
#include "ReportDock.h"
#include "ResourceTableModel.h"
#include "VerifyDialog.h"
#include "WorkspaceController.h"
#include "media/MediaCheckService.h"
#include "workspace/ResourceStore.h"

#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace {
template <typename Dialog> void showDialog(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal); // the workspace stays as it is while the dialog is open
    dialog->open();
}
} // namespace

void MainWindow::createTools()
{
    auto make = [this](const char *name) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1StringView(name));
        return action;
    };
    a->openPackage = make("actionOpenPackage");
    a->importSheet = make("actionImportSheet");
    a->verifyPackage = make("actionVerifyPackage");
    a->exportPackage = make("actionExportPackage");
    a->exportPackage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    a->registration = make("actionRegistration");
    connect(a->openPackage, &QAction::triggered, this, [this] { openImport(ImportDialog::OpenPackage); });
    connect(a->importSheet, &QAction::triggered, this, [this] { openImport(ImportDialog::ImportSheet); });
    connect(a->verifyPackage, &QAction::triggered, this, &MainWindow::openVerify);
    connect(a->exportPackage, &QAction::triggered, this, &MainWindow::openExport);
    connect(a->registration, &QAction::triggered, this, &MainWindow::openRegistration);

    const QList<QAction *> fileActions = m_fileMenu->actions();
    QAction *beforeQuit = fileActions.value(fileActions.size() - 2); // the separator before Quit
    m_fileMenu->insertSeparator(beforeQuit);
    m_fileMenu->insertActions(beforeQuit, {a->openPackage, a->importSheet, a->verifyPackage});
    m_batchMenu->addSeparator();
    m_batchMenu->addAction(a->exportPackage);
    m_batchMenu->addAction(a->registration);

    m_mediaPanel = new MediaCheckPanel;
    m_mediaPanel->setObjectName(u"mediaCheckPanel"_s);
    m_mediaDock = new QDockWidget(this);
    m_mediaDock->setObjectName(u"mediaDock"_s);
    m_mediaDock->setWidget(m_mediaPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_mediaDock);
    tabifyDockWidget(m_report, m_mediaDock);
    m_report->raise();
    QAction *toggleMedia = m_mediaDock->toggleViewAction();
    toggleMedia->setObjectName(u"actionShowMediaCheck"_s);
    m_viewMenu->insertAction(m_languageMenu->menuAction(), toggleMedia);
}

void MainWindow::retranslateTools()
{
    a->openPackage->setText(tr("Open &Package as Batch…"));
    a->importSheet->setText(tr("&Import Metadata Sheet…"));
    a->verifyPackage->setText(tr("&Verify Package…"));
    a->exportPackage->setText(tr("&Export Package…"));
    a->registration->setText(tr("&Registration Form…"));
    m_mediaDock->setWindowTitle(tr("Media check"));
    m_mediaDock->toggleViewAction()->setText(tr("&Media Check"));
}

void MainWindow::resetMediaCheck()
{
    m_mediaPanel->setService(nullptr);
    m_mediaPanel->clear();
    delete m_mediaService; // cancels and waits for its checks
    m_mediaService = nullptr;
    if (!m_controller->isOpen())
        return;
    m_mediaService = new MediaCheckService(&m_controller->workspace(), m_controller->profile(), this);
    m_mediaPanel->setService(m_mediaService);
}

void MainWindow::showMediaFor(qint64 resourceId)
{
    const int row = m_model->rowOf(resourceId);
    if (row < 0 || !m_mediaService) {
        m_mediaPanel->clear();
        return;
    }
    const Resource &resource = m_model->resources().at(row);
    const QList<AttachedFile> media = resource.filesWithRole(u"media"_s);
    const ResourceTypeSpec *type = m_controller->profile().resourceType(resource.type);
    if (media.isEmpty() || !type) {
        m_mediaPanel->clear(); // links are checked on request in the panel, not on every selection
        return;
    }
    m_mediaPanel->showFile(media.first().path, type->media);
}

void MainWindow::openRegistration()
{
    if (m_controller->isOpen())
        showDialog(new RegistrationDialog(m_controller->workspace(), m_controller->profile(), this));
}

void MainWindow::openExport()
{
    if (m_controller->isOpen() && currentBatchId() != 0)
        showDialog(new ExportDialog(m_controller->workspace(), m_controller->profile(),
                                    m_batches->currentBatchName(), this));
}

void MainWindow::openImport(int mode)
{
    if (!m_controller->isOpen())
        return;
    auto *dialog = new ImportDialog(m_controller->workspace(), m_controller->profile(),
                                    m_batches->currentBatchName(), ImportDialog::Mode(mode), this);
    connect(dialog, &ImportDialog::batchImported, this, [this](qint64 batchId) {
        m_batches->reload();
        m_batches->setCurrentBatchId(batchId);
    });
    showDialog(dialog);
}

void MainWindow::openVerify()
{
    showDialog(new VerifyDialog(QString(), this));
}
