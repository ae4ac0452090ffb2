// MainWindow, part 2: its actions and menus, and the texts they show (retranslated on LanguageChange).
#include "MainWindowActions.h"
#include "FileDialogs.h"
#include "MainWindow.h"

#include "AppSettings.h"
#include "BatchSelector.h"
#include "ReportDock.h"
#include "ResourceEditor.h"
#include "ResourceTableModel.h"
#include "WorkspaceController.h"
#include "workspace/ResourceStore.h"

#include <QActionGroup>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
QAction *makeAction(QObject *parent, const char *objectName, QKeySequence shortcut = {})
{
    auto *action = new QAction(parent);
    action->setObjectName(QLatin1StringView(objectName));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}
} // namespace

void MainWindow::createActions()
{
    a = new Actions;
    a->newWorkspace = makeAction(this, "actionNewWorkspace", QKeySequence::New);
    a->openWorkspace = makeAction(this, "actionOpenWorkspace", QKeySequence::Open);
    a->saveAs = makeAction(this, "actionSaveAs", QKeySequence::SaveAs);
    a->quit = makeAction(this, "actionQuit", QKeySequence::Quit);
    a->undo = makeAction(this, "actionUndo", QKeySequence::Undo);
    a->redo = makeAction(this, "actionRedo", QKeySequence::Redo);
    a->addFiles = makeAction(this, "actionAddFiles");
    a->addFiles->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QKeySequence(Qt::Key_Insert)});
    a->addFolder = makeAction(this, "actionAddFolder", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    a->addLink = makeAction(this, "actionAddLink", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    a->deleteResource = makeAction(this, "actionDeleteResource", QKeySequence::Delete);
    a->deleteResource->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only in the table
    a->about = makeAction(this, "actionAbout");
    a->clearRecent = makeAction(this, "actionClearRecent");
    m_languageGroup = new QActionGroup(this);
    a->languageSystem = makeAction(m_languageGroup, "actionLanguageSystem");
    a->languageZh = makeAction(m_languageGroup, "actionLanguageZh");
    a->languageEn = makeAction(m_languageGroup, "actionLanguageEn");
    a->languageSystem->setData(QString());
    a->languageZh->setData(u"zh_CN"_s);
    a->languageEn->setData(u"en"_s);
    for (QAction *action : m_languageGroup->actions())
        action->setCheckable(true);
    a->undo->setEnabled(false);
    a->redo->setEnabled(false);

    connect(a->newWorkspace, &QAction::triggered, this, &MainWindow::askNewWorkspace);
    connect(a->openWorkspace, &QAction::triggered, this, &MainWindow::askOpenWorkspace);
    connect(a->saveAs, &QAction::triggered, this, &MainWindow::askSaveAs);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(a->redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, a->undo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, a->redo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, this, [this] { retranslate(); });
    connect(m_undo, &QUndoStack::redoTextChanged, this, [this] { retranslate(); });
    connect(a->addFiles, &QAction::triggered, this, &MainWindow::askAddFiles);
    connect(a->addFolder, &QAction::triggered, this, &MainWindow::askAddFolder);
    connect(a->addLink, &QAction::triggered, this, &MainWindow::askAddLink);
    connect(a->deleteResource, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->clearRecent, &QAction::triggered, this, [this] {
        AppSettings::clearRecentWorkspaces();
        updateRecentMenu();
    });
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setLanguage(action->data().toString()); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"menuFile"_s);
    m_fileMenu->addAction(a->newWorkspace);
    m_fileMenu->addAction(a->openWorkspace);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(u"menuRecent"_s);
    m_fileMenu->addAction(a->saveAs);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a->quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(u"menuEdit"_s);
    m_editMenu->addAction(a->undo);
    m_editMenu->addAction(a->redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(a->addFiles);
    m_editMenu->addAction(a->addFolder);
    m_editMenu->addAction(a->addLink);
    m_editMenu->addAction(a->deleteResource);

    m_batchMenu = menuBar()->addMenu(QString());
    m_batchMenu->setObjectName(u"menuBatch"_s);
    m_batchMenu->addAction(m_batches->newAction());
    m_batchMenu->addAction(m_batches->renameAction());
    m_batchMenu->addAction(m_batches->deleteAction());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"menuView"_s);
    QAction *toggleReport = m_report->toggleViewAction();
    toggleReport->setObjectName(u"actionShowReport"_s);
    m_viewMenu->addAction(toggleReport);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(u"menuLanguage"_s);
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"menuHelp"_s);
    m_helpMenu->addAction(a->about);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_batchMenu->setTitle(tr("&Batch"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    a->newWorkspace->setText(tr("&New Workspace…"));
    a->openWorkspace->setText(tr("&Open Workspace…"));
    a->saveAs->setText(tr("Save a Copy &As…"));
    a->quit->setText(tr("&Quit"));
    a->undo->setText(m_undo->undoText().isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(m_undo->undoText()));
    a->redo->setText(m_undo->redoText().isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(m_undo->redoText()));
    a->addFiles->setText(tr("&Add Files…"));
    a->addFolder->setText(tr("Add &Folder…"));
    a->addLink->setText(tr("Add &Link…"));
    a->deleteResource->setText(tr("&Delete Resource"));
    a->about->setText(tr("&About SubmitDesk"));
    a->clearRecent->setText(tr("Clear List"));
    a->languageSystem->setText(tr("System"));
    a->languageZh->setText(u"简体中文"_s);
    a->languageEn->setText(u"English"_s);
    m_report->toggleViewAction()->setText(tr("Batch &Report"));
    m_search->setPlaceholderText(tr("Search title or file name"));
    const int filter = m_statusFilter->currentIndex();
    {
        const QSignalBlocker blocker(m_statusFilter);
        m_statusFilter->clear();
        m_statusFilter->addItems({tr("All resources"), tr("With errors"), tr("Complete")});
        m_statusFilter->setCurrentIndex(filter < 0 ? 0 : filter);
    }
    m_savedLabel->setText(tr("All changes saved"));
    m_savedLabel->setToolTip(
        tr("Every edit is stored in the workspace file at once; there is nothing to save."));
    m_emptyHint->setText(
        tr("<h3>No resource selected</h3><p>Drop media files or whole folders on this window, "
           "or use Edit ▸ Add Files…, to draft one resource per file.</p>"
           "<p>Select a resource in the list to edit its metadata.</p>"));
    m_batches->retranslate();
    m_model->retranslate();
    retranslateTools();
    retranslateToolBar();
    updateRecentMenu();
    updateCounts();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentWorkspaces();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QDir::toNativeSeparators(path)));
        action->setObjectName(u"actionRecent%1"_s.arg(i + 1));
        connect(action, &QAction::triggered, this, [this, path] {
            QString error;
            if (!QFileInfo::exists(path)) {
                QMessageBox::warning(this, tr("Open Workspace"), tr("%1 no longer exists.").arg(path));
                AppSettings::removeRecentWorkspace(path);
                updateRecentMenu();
            } else if (!openWorkspace(path, &error)) {
                QMessageBox::warning(this, tr("Open Workspace"),
                                     tr("The workspace was not opened: %1").arg(error));
            }
        });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(a->clearRecent);
    a->clearRecent->setEnabled(!recent.isEmpty());
}

void MainWindow::updateActions()
{
    const bool open = m_controller->isOpen();
    a->saveAs->setEnabled(open);
    a->addFiles->setEnabled(open);
    a->addFolder->setEnabled(open);
    a->addLink->setEnabled(open);
    a->deleteResource->setEnabled(open && m_table->selectionModel()->hasSelection());
    a->openPackage->setEnabled(open);
    a->registration->setEnabled(open);
    a->exportPackage->setEnabled(open && currentBatchId() != 0);
    a->importSheet->setEnabled(open && currentBatchId() != 0);
    m_search->setEnabled(open);
    m_statusFilter->setEnabled(open);
}

void MainWindow::updateCounts()
{
    if (m_model->batchId() == 0 || !m_controller->isOpen()) {
        m_countLabel->clear();
        return;
    }
    // While pages of rows still arrive, the batch's size comes from the store (one COUNT query).
    const int counted = m_model->allRowsLoaded()
                            ? m_model->rowCount()
                            : ResourceStore(m_controller->workspace()).countInBatch(m_model->batchId());
    const int total = counted < 0 ? m_model->rowCount() : counted; // unreadable: what the list holds
    if (!m_model->statusesKnown()) {
        m_countLabel->setText(tr("%n resource(s), checking…", nullptr, total));
        return;
    }
    int withErrors = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, 0).data(ResourceTableModel::ErrorCountRole).toInt() > 0)
            ++withErrors;
    m_countLabel->setText(tr("%n resource(s), %1 with errors", nullptr, total).arg(withErrors));
}

void MainWindow::askNewWorkspace()
{
    const QString path = FileDialogs::saveFile(this, FileDialogs::WorkspaceFile, tr("New Workspace"),
                                               QString(), tr("SubmitDesk workspaces (*.submitdesk)"));
    if (path.isEmpty())
        return;
    const QString file = path.endsWith(".submitdesk"_L1) ? path : path + u".submitdesk"_s;
    QString error;
    if (!m_controller->create(file, &error)) {
        QMessageBox::warning(this, tr("New Workspace"), tr("The workspace was not created: %1").arg(error));
        return;
    }
    AppSettings::addRecentWorkspace(m_controller->path());
    updateRecentMenu();
}

void MainWindow::askOpenWorkspace()
{
    const QString path = FileDialogs::openFile(this, FileDialogs::WorkspaceFile, tr("Open Workspace"),
                                               tr("SubmitDesk workspaces (*.submitdesk);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !openWorkspace(path, &error))
        QMessageBox::warning(this, tr("Open Workspace"), tr("The workspace was not opened: %1").arg(error));
}

void MainWindow::askSaveAs()
{
    if (!m_controller->isOpen())
        return;
    const QString path = FileDialogs::saveFile(this, FileDialogs::WorkspaceFile, tr("Save a Copy As"),
                                               QString(), tr("SubmitDesk workspaces (*.submitdesk)"));
    if (path.isEmpty())
        return;
    const QString file = path.endsWith(".submitdesk"_L1) ? path : path + u".submitdesk"_s;
    QString error;
    if (!m_controller->saveCopyAs(file, &error)) {
        QMessageBox::warning(this, tr("Save a Copy As"), tr("The copy was not written: %1").arg(error));
        return;
    }
    AppSettings::addRecentWorkspace(m_controller->path());
    updateRecentMenu();
    statusBar()->showMessage(tr("Now working in the copy %1.").arg(QDir::toNativeSeparators(file)), 5000);
}

void MainWindow::askAddFiles()
{
    QStringList patterns;
    for (const ResourceTypeSpec &type : m_controller->profile().resourceTypes)
        for (const QString &extension : type.extensions)
            patterns.append(u"*."_s + extension);
    const QStringList files =
        FileDialogs::openFiles(this, FileDialogs::Media, tr("Add Files"),
                               tr("Media files (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
    addSources(files);
}

void MainWindow::askAddFolder()
{
    const QString dir = FileDialogs::existingDirectory(this, FileDialogs::Media, tr("Add Folder"));
    if (!dir.isEmpty())
        addSources({dir});
}

void MainWindow::askAddLink()
{
    bool ok = false;
    const QString url =
        QInputDialog::getText(this, tr("Add Link"), tr("Address (http:// or https://) of the online course:"),
                              QLineEdit::Normal, u"https://"_s, &ok)
            .trimmed();
    if (ok && !url.isEmpty())
        addSources({url});
}

void MainWindow::deleteSelected()
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(ResourceTableModel::ResourceIdRole).toLongLong());
    if (ids.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Resource"),
        tr("Delete %n resource(s) from the batch? Their media files stay on disk. This cannot be undone.",
           nullptr, int(ids.size())));
    if (answer != QMessageBox::Yes)
        return;
    QStringList errors;
    {
        const QSignalBlocker blocker(&m_controller->workspace()); // one reload at the end
        ResourceStore store(m_controller->workspace());
        for (qint64 id : std::as_const(ids)) {
            QString error;
            if (!store.remove(id, &error))
                errors.append(error);
        }
    }
    m_undo->clear(); // the commands of deleted resources cannot be replayed
    if (m_editor)
        m_editor->setResource(0);
    m_editorStack->setCurrentWidget(m_emptyHint);
    m_controller->workspace().notifyResourcesChanged(currentBatchId());
    if (!errors.isEmpty())
        QMessageBox::warning(this, tr("Delete Resource"), errors.join(QLatin1Char('\n')));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About SubmitDesk"),
        tr("<h3>SubmitDesk %1</h3><p>Prepares learning resources for submission to the national "
           "lifelong-education platform: metadata, media checks, registration and packages.</p>"
           "<p>Workspace: %2<br>Profile: %3</p>")
            .arg(QCoreApplication::applicationVersion(),
                 QDir::toNativeSeparators(m_controller->path()).toHtmlEscaped(),
                 m_controller->profile().title.text().toHtmlEscaped()));
}
