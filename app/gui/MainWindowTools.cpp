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
#include "upload/UploadController.h"
#include "upload/UploadsDock.h"
#include "workspace/ResourceStore.h"

#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QSet>
#include <QStatusBar>

#include <memory>

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
    auto *checkAll = make("actionCheckAllMedia");
    auto *deepCheck = make("actionDeepCheck");
    connect(checkAll, &QAction::triggered, this, &MainWindow::checkAllMedia);
    connect(deepCheck, &QAction::triggered, this, [this] {
        m_mediaDock->show();
        m_mediaDock->raise();
        m_mediaPanel->deepCheck();
    });
    m_batchMenu->addSeparator();
    m_batchMenu->addAction(checkAll);
    m_batchMenu->addAction(deepCheck);
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
    auto *uploads = new UploadController(*m_controller, this, [this] { return currentBatchId(); });
    m_batchMenu->addAction(tr("Upload batch…"), uploads, &UploadController::uploadCurrentBatch)
        ->setObjectName(u"actionUploadBatch"_s);
    m_viewMenu->insertAction(m_languageMenu->menuAction(), uploads->dock()->toggleViewAction());
}

void MainWindow::retranslateTools()
{
    a->openPackage->setText(tr("Open &Package as Batch…"));
    a->importSheet->setText(tr("&Import Metadata Sheet…"));
    a->verifyPackage->setText(tr("&Verify Package…"));
    a->exportPackage->setText(tr("&Export Package…"));
    a->registration->setText(tr("&Registration Form…"));
    if (auto *checkAll = findChild<QAction *>(u"actionCheckAllMedia"_s))
        checkAll->setText(tr("&Check All Media of the Batch…"));
    if (auto *deepCheck = findChild<QAction *>(u"actionDeepCheck"_s))
        deepCheck->setText(tr("&Deep Check of the Selected File"));
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
    connect(m_mediaService, &MediaCheckService::cacheFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("A check result was not cached: %1").arg(error), 10000);
    });
}

void MainWindow::showMediaFor(qint64 resourceId)
{
    const int row = m_model->rowOf(resourceId);
    if (row < 0 || !m_mediaService) {
        m_mediaPanel->clear();
        return;
    }
    Resource resource;
    if (!ResourceStore(m_controller->workspace()).load(resourceId, &resource))
        resource = m_model->resources().at(row);
    const ResourceTypeSpec *type = m_controller->profile().resourceType(resource.type);
    if (!type) {
        m_mediaPanel->clear();
        return;
    }
    if (type->media == "link"_L1) { // links are fetched on request ("Check link"), never on selection
        m_mediaPanel->showLinkResource(resource.value(u"url"_s).trimmed(),
                                       resource.value(u"protection_level"_s),
                                       resource.value(u"filing_number"_s));
        return;
    }
    QStringList paths;
    for (const AttachedFile &f : resource.filesWithRole(u"media"_s))
        paths.append(f.path);
    if (paths.isEmpty()) {
        m_mediaPanel->clear();
        return;
    }
    m_mediaPanel->showFiles(paths, type->media);
}

QList<std::pair<QString, QString>> MainWindow::mediaToCheck(const QList<qint64> &resourceIds) const
{
    QList<std::pair<QString, QString>> files; // (path, kind)
    ResourceStore store(m_controller->workspace());
    for (qint64 id : resourceIds) {
        Resource resource;
        if (!store.load(id, &resource))
            continue;
        const ResourceTypeSpec *type = m_controller->profile().resourceType(resource.type);
        if (!type || type->media == "link"_L1)
            continue;
        for (const AttachedFile &f : resource.filesWithRole(u"media"_s))
            files.append({f.path, type->media});
    }
    return files;
}

void MainWindow::checkAttachedMedia(const QList<DraftCreator::Outcome> &outcomes)
{
    if (!m_mediaService)
        return;
    QList<qint64> ids;
    for (const DraftCreator::Outcome &o : outcomes)
        if (o.resourceId != 0)
            ids.append(o.resourceId);
    // In the service's thread pool; a cached result comes back at once and a running check goes on.
    for (const auto &[path, kind] : mediaToCheck(ids))
        if (!m_mediaService->isRunning(path))
            m_mediaService->check(path, kind);
}

void MainWindow::checkAllMedia()
{
    if (!m_mediaService || currentBatchId() == 0)
        return;
    QList<Resource> resources;
    QString error;
    if (!ResourceStore(m_controller->workspace()).listInBatch(currentBatchId(), &resources, &error)) {
        QMessageBox::warning(this, tr("Check all media"), error);
        return;
    }
    QList<qint64> ids;
    for (const Resource &r : std::as_const(resources))
        ids.append(r.id);
    const QList<std::pair<QString, QString>> files = mediaToCheck(ids);
    auto *dialog =
        new QProgressDialog(tr("Checking %n media file(s) of the batch…", nullptr, int(files.size())),
                            tr("Cancel"), 0, int(files.size()), this);
    dialog->setObjectName(u"mediaBatchProgress"_s);
    dialog->setWindowTitle(tr("Check all media"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(0);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    struct State
    {
        QSet<QString> pending;
        int total = 0;
        int failed = 0;
        int cancelled = 0;
    };
    auto state = std::make_shared<State>();
    state->total = int(files.size());
    for (const auto &file : files)
        state->pending.insert(file.first);
    QPointer<QProgressDialog> guard(dialog);
    auto step = [state, guard](const QString &path) {
        if (!guard || !state->pending.remove(path))
            return;
        guard->setValue(state->total - int(state->pending.size()));
        if (!state->pending.isEmpty())
            return;
        guard->setLabelText(tr("%1 checked: %2 meet the standard, %3 do not, %4 cancelled.")
                                .arg(state->total)
                                .arg(state->total - state->failed - state->cancelled)
                                .arg(state->failed)
                                .arg(state->cancelled));
        guard->setCancelButtonText(tr("Close"));
    };
    connect(m_mediaService, &MediaCheckService::finished, dialog,
            [state, step](const QString &path, const CheckReport &report, bool) {
                if (state->pending.contains(path) && report.verdict() != CheckReport::Verdict::Pass)
                    ++state->failed;
                step(path);
            });
    connect(m_mediaService, &MediaCheckService::cancelled, dialog, [state, step](const QString &path) {
        if (state->pending.contains(path))
            ++state->cancelled;
        step(path);
    });
    QPointer<MediaCheckService> service(m_mediaService);
    connect(dialog, &QProgressDialog::canceled, this, [state, service, guard] {
        const QSet<QString> pending = state->pending;
        if (service)
            for (const QString &path : pending)
                service->cancel(path);
        if (guard)
            guard->close();
    });
    dialog->show();
    if (files.isEmpty()) {
        dialog->setLabelText(tr("This batch has no media file to check."));
        dialog->setCancelButtonText(tr("Close"));
        return;
    }
    for (const auto &[path, kind] : files)
        if (!m_mediaService->isRunning(path))
            m_mediaService->check(path, kind);
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
