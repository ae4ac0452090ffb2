// MainWindow, part 4: the Unit menu, the main toolbar, Find and Validate, and closing the window while an
// export, an import, a verification or media checks still run.
#include "MainWindow.h"
#include "MainWindowActions.h"

#include "AppSettings.h"
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "ReportDock.h"
#include "ResourceTableModel.h"
#include "VerifyDialog.h"
#include "media/MediaCheckService.h"

#include <QCloseEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
QIcon themeIcon(const QWidget *widget, const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1StringView(name), widget->style()->standardIcon(fallback));
}

// The shortcut in the tooltip, as menus show it: "Add Files (Ctrl+Shift+A)".
void setToolTipWithShortcut(QAction *action, const QString &tip)
{
    const QKeySequence key = action->shortcut();
    action->setToolTip(key.isEmpty() ? tip : u"%1 (%2)"_s.arg(tip, key.toString(QKeySequence::NativeText)));
}
} // namespace

void MainWindow::createToolBar()
{
    a->find = new QAction(this);
    a->find->setObjectName(u"actionFind"_s);
    a->find->setShortcut(QKeySequence::Find);
    connect(a->find, &QAction::triggered, this, &MainWindow::focusSearch);
    a->validate = new QAction(this);
    a->validate->setObjectName(u"actionValidateBatch"_s);
    a->validate->setShortcut(QKeySequence(Qt::Key_F5));
    connect(a->validate, &QAction::triggered, this, &MainWindow::validateBatch);

    m_editMenu->addSeparator();
    m_editMenu->addAction(a->find);
    // Before "Check All Media of the Batch" (MainWindowTools.cpp), else at the end.
    m_batchMenu->insertAction(findChild<QAction *>(u"actionCheckAllMedia"_s), a->validate);

    // The registration form belongs to the unit, not to a batch: its own menu, before View.
    m_batchMenu->removeAction(a->registration);
    m_unitMenu = new QMenu(this);
    m_unitMenu->setObjectName(u"menuUnit"_s);
    m_unitMenu->addAction(a->registration);
    menuBar()->insertMenu(m_viewMenu->menuAction(), m_unitMenu);

    a->addFiles->setIcon(themeIcon(this, "document-open", QStyle::SP_FileIcon));
    a->addFolder->setIcon(themeIcon(this, "folder-open", QStyle::SP_DirIcon));
    a->addLink->setIcon(themeIcon(this, "insert-link", QStyle::SP_DriveNetIcon));
    a->undo->setIcon(themeIcon(this, "edit-undo", QStyle::SP_ArrowBack));
    a->redo->setIcon(themeIcon(this, "edit-redo", QStyle::SP_ArrowForward));
    a->validate->setIcon(themeIcon(this, "view-refresh", QStyle::SP_BrowserReload));
    a->exportPackage->setIcon(themeIcon(this, "document-save-as", QStyle::SP_DialogSaveButton));
    a->registration->setIcon(themeIcon(this, "x-office-document", QStyle::SP_FileDialogDetailedView));

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon); // the words matter more than the icons
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addActions({a->addFiles, a->addFolder, a->addLink});
    m_toolBar->addSeparator();
    m_toolBar->addActions({a->undo, a->redo});
    m_toolBar->addSeparator();
    m_toolBar->addAction(a->validate);
    if (auto *checkAll = findChild<QAction *>(u"actionCheckAllMedia"_s)) {
        checkAll->setIcon(themeIcon(this, "media-playback-start", QStyle::SP_MediaPlay));
        m_toolBar->addAction(checkAll);
    }
    m_toolBar->addAction(a->exportPackage);
    m_toolBar->addSeparator();
    m_toolBar->addAction(a->registration);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    m_viewMenu->insertAction(m_viewMenu->actions().value(0), m_toolBar->toggleViewAction());
    m_toolBar->toggleViewAction()->setObjectName(u"actionShowToolBar"_s);
}

void MainWindow::retranslateToolBar()
{
    if (!m_toolBar)
        return;
    m_unitMenu->setTitle(tr("&Unit"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_toolBar->toggleViewAction()->setText(tr("&Toolbar"));
    a->find->setText(tr("&Find…"));
    a->validate->setText(tr("&Validate Batch"));
    // The toolbar shows short words; the menus keep the full texts.
    a->addFiles->setIconText(tr("Add Files"));
    a->addFolder->setIconText(tr("Add Folder"));
    a->addLink->setIconText(tr("Add Link"));
    a->undo->setIconText(tr("Undo"));
    a->redo->setIconText(tr("Redo"));
    a->validate->setIconText(tr("Validate"));
    a->exportPackage->setIconText(tr("Export"));
    a->registration->setIconText(tr("Registration Form"));
    setToolTipWithShortcut(a->addFiles, tr("Add media files to the batch, one draft resource per file"));
    setToolTipWithShortcut(a->addFolder, tr("Add every media file of a folder to the batch"));
    setToolTipWithShortcut(a->addLink, tr("Add an online course by its web address"));
    setToolTipWithShortcut(a->undo,
                           m_undo->undoText().isEmpty() ? tr("Undo") : tr("Undo %1").arg(m_undo->undoText()));
    setToolTipWithShortcut(a->redo,
                           m_undo->redoText().isEmpty() ? tr("Redo") : tr("Redo %1").arg(m_undo->redoText()));
    setToolTipWithShortcut(a->validate, tr("Check the batch's metadata again and show the batch report"));
    setToolTipWithShortcut(a->exportPackage, tr("Write the batch as a submission package (folder or zip)"));
    setToolTipWithShortcut(a->registration, tr("The unit's registration form (attachment 3): responsible "
                                               "person, contacts, PDF and e-mail draft"));
    setToolTipWithShortcut(a->find, tr("Search the resources by title or file name"));
    if (auto *checkAll = findChild<QAction *>(u"actionCheckAllMedia"_s)) {
        checkAll->setIconText(tr("Check Media"));
        setToolTipWithShortcut(checkAll, tr("Run the technical check on every media file of the batch"));
    }
}

void MainWindow::focusSearch()
{
    if (!m_search->isEnabled())
        return;
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::validateBatch()
{
    if (m_model->batchId() == 0)
        return;
    m_report->show();
    m_report->raise();
    m_model->revalidate();
    m_report->refreshNow(); // "Checking the batch…" until the check is done
    statusBar()->showMessage(tr("Checking the batch…"), 3000);
}

QStringList MainWindow::runningWork() const
{
    QStringList work;
    for (const ExportDialog *dialog : findChildren<ExportDialog *>())
        if (dialog->isBusy())
            work.append(tr("a package is being exported"));
    for (const ImportDialog *dialog : findChildren<ImportDialog *>())
        if (dialog->isOpening())
            work.append(tr("a package is being opened"));
    for (const VerifyDialog *dialog : findChildren<VerifyDialog *>())
        if (dialog->isBusy())
            work.append(tr("a package is being verified"));
    if (m_mediaService && m_mediaService->runningCount() > 0)
        work.append(tr("%n media file(s) are being checked", nullptr, m_mediaService->runningCount()));
    return work;
}

bool MainWindow::cancelRunningWork()
{
    bool allStopped = true;
    for (ExportDialog *dialog : findChildren<ExportDialog *>()) {
        if (dialog->isBusy())
            allStopped = false; // reject() cancels; the dialog closes when the worker has cleaned up
        dialog->reject();
    }
    // These cancel and wait for their worker when they close (and delete themselves).
    for (ImportDialog *dialog : findChildren<ImportDialog *>())
        dialog->close();
    for (VerifyDialog *dialog : findChildren<VerifyDialog *>())
        dialog->close();
    for (QProgressDialog *dialog : findChildren<QProgressDialog *>())
        dialog->cancel();
    return allStopped;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeWhenIdle) { // asked before; closes once the cancelled export has stopped
        const QList<ExportDialog *> exports = findChildren<ExportDialog *>();
        if (std::any_of(exports.cbegin(), exports.cend(),
                        [](const ExportDialog *d) { return d->isBusy(); })) {
            event->ignore();
            QTimer::singleShot(100, this, &QWidget::close);
            return;
        }
    } else if (const QStringList work = runningWork(); !work.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Close SubmitDesk"),
                        tr("Work is still running: %1.").arg(QLocale().createSeparatedList(work)),
                        QMessageBox::NoButton, this);
        box.setObjectName(u"closeWhileRunning"_s);
        box.setInformativeText(tr("Cancel it and close the window? Nothing already stored is lost."));
        QPushButton *stop = box.addButton(tr("Cancel It and Close"), QMessageBox::AcceptRole);
        box.addButton(tr("Keep Working"), QMessageBox::RejectRole);
        box.setDefaultButton(stop);
        box.exec();
        if (box.clickedButton() != stop) {
            event->ignore();
            return;
        }
        m_closeWhenIdle = true;
        if (!cancelRunningWork()) {
            statusBar()->showMessage(tr("Cancelling…"));
            event->ignore();
            QTimer::singleShot(100, this, &QWidget::close);
            return;
        }
    }
    m_closeWhenIdle = false;
    AppSettings::setWindowLayout(saveGeometry(), saveState());
    event->accept();
}
