#include "ResourcesController.h"

#include "ActionSupport.h"
#include "AppSettings.h"
#include "BatchSelector.h"
#include "DeleteResourcesCommand.h"
#include "ReportDock.h"
#include "ResourceAdder.h"
#include "ResourceEditor.h"
#include "ResourceEditorPane.h"
#include "ResourceListPane.h"
#include "ResourceTableModel.h"
#include "StoreFailure.h"
#include "WorkspaceController.h"
#include "workspace/ResourceStore.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using ActionSupport::make;
using ActionSupport::setToolTipWithShortcut;
using ActionSupport::themeIcon;

ResourcesController::ResourcesController(QMainWindow *window, WorkspaceController &workspace)
    : WindowController(window), m_workspace(workspace), m_undo(new QUndoStack(this)),
      m_model(new ResourceTableModel(workspace, this)), m_list(new ResourceListPane(workspace, m_model)),
      m_editors(new ResourceEditorPane(workspace, m_undo)), m_splitter(new QSplitter(Qt::Horizontal)),
      m_report(new ReportDock(workspace, *m_model, window)), m_countLabel(new QLabel),
      m_adder(new ResourceAdder(window, workspace, m_list->batches()))
{
    m_countLabel->setObjectName(u"countLabel"_s);
    m_countLabel->setContentsMargins(0, 0, 12, 0);
    window->statusBar()->addPermanentWidget(m_countLabel);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_editors);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({620, 660});
    m_editors->setStoreFailureHandler(StoreFailure::handlerFor(window));
    m_editors->setStoredHandler([this] { showStatus(tr("Stored."), 1500); });
    window->addDockWidget(Qt::BottomDockWidgetArea, m_report);
    createActions();
    connectParts();
    onWorkspaceChanged();
}

ResourcesController::~ResourcesController()
{
    // The undo stack is deleted after the actions; its clear() on deletion emits signals whose slots
    // here use them. Cut those connections first.
    m_undo->disconnect(this);
    delete m_adder;
}

void ResourcesController::closeEditor()
{
    m_editors->closeEditor();
}

QWidget *ResourcesController::centralWidget() const
{
    return m_splitter;
}

BatchSelector *ResourcesController::batches() const
{
    return m_list->batches();
}

ResourceEditor *ResourcesController::editor() const
{
    return m_editors->editor();
}

void ResourcesController::createActions()
{
    m_undoAction = make(this, "actionUndo", QKeySequence::Undo);
    m_redoAction = make(this, "actionRedo", QKeySequence::Redo);
    m_addFiles = make(this, "actionAddFiles");
    m_addFiles->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QKeySequence(Qt::Key_Insert)});
    m_addFolder = make(this, "actionAddFolder", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_addLink = make(this, "actionAddLink", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_delete = make(this, "actionDeleteResource", QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only in the table
    m_find = make(this, "actionFind", QKeySequence::Find);
    m_validate = make(this, "actionValidateBatch", QKeySequence(Qt::Key_F5));
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    const QWidget *w = window();
    m_addFiles->setIcon(themeIcon(w, "document-open", QStyle::SP_FileIcon));
    m_addFolder->setIcon(themeIcon(w, "folder-open", QStyle::SP_DirIcon));
    m_addLink->setIcon(themeIcon(w, "insert-link", QStyle::SP_DriveNetIcon));
    m_undoAction->setIcon(themeIcon(w, "edit-undo", QStyle::SP_ArrowBack));
    m_redoAction->setIcon(themeIcon(w, "edit-redo", QStyle::SP_ArrowForward));
    m_validate->setIcon(themeIcon(w, "view-refresh", QStyle::SP_BrowserReload));
    // The table's own Delete key; the menu shows the same action.
    m_list->table()->addAction(m_delete);
    m_list->table()->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, this, [this] { retranslate(); });
    connect(m_undo, &QUndoStack::redoTextChanged, this, [this] { retranslate(); });
    connect(m_addFiles, &QAction::triggered, this, [this] { addSources(m_adder->askFiles()); });
    connect(m_addFolder, &QAction::triggered, this, [this] { addSources(m_adder->askFolder()); });
    connect(m_addLink, &QAction::triggered, this, [this] { addSources(m_adder->askLink()); });
    connect(m_delete, &QAction::triggered, this, [this] { deleteSelected(); });
    connect(m_find, &QAction::triggered, m_list, &ResourceListPane::focusSearch);
    connect(m_validate, &QAction::triggered, this, [this] { validateBatch(); });
}

void ResourcesController::connectParts()
{
    BatchSelector *batches = m_list->batches();
    connect(&m_workspace, &WorkspaceController::workspaceChanged, this, [this] { onWorkspaceChanged(); });
    connect(&m_workspace, &WorkspaceController::aboutToChange, this, [this] {
        if (editor())
            editor()->flushPendingEdits();
    });
    connect(batches, &BatchSelector::currentBatchChanged, this, [this](qint64 id) { onBatchChanged(id); });
    connect(batches, &BatchSelector::batchRemoved, m_undo, &QUndoStack::clear);
    connect(m_list->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { onSelectionChanged(); });
    connect(m_model, &ResourceTableModel::statusesChanged, this, [this] { updateCounts(); });
    connect(m_model, &ResourceTableModel::batchReportChanged, this, [this] { updateCounts(); });
    connect(m_model, &ResourceTableModel::readFailed, this, [this](const QString &error) {
        showStatus(tr("The list could not be read completely: %1").arg(error), 0);
    });
    connect(m_report, &ReportDock::messageActivated, this,
            [this](qint64 id, const QString &field) { showResource(id, field); });
    connect(this, &WindowController::resourceRequested, this, [this](qint64 id) { showResource(id); });
    connect(this, &WindowController::batchRequested, this, [this](qint64 batchId) {
        m_list->batches()->reload();
        m_list->batches()->setCurrentBatchId(batchId);
    });
}

void ResourcesController::addToMenus(const MainMenus &menus)
{
    menus.edit->addActions({m_undoAction, m_redoAction});
    menus.edit->addSeparator();
    menus.edit->addActions({m_addFiles, m_addFolder, m_addLink, m_delete});
    menus.edit->addSeparator();
    menus.edit->addAction(m_find);
    BatchSelector *batches = m_list->batches();
    menus.batch->addActions({batches->newAction(), batches->renameAction(), batches->deleteAction()});
    menus.batch->addSeparator();
    menus.batch->addAction(m_validate);
    QAction *toggleReport = m_report->toggleViewAction();
    toggleReport->setObjectName(u"actionShowReport"_s);
    menus.view->addAction(toggleReport);
    menus.toolBar->addActions({m_addFiles, m_addFolder, m_addLink});
    menus.toolBar->addSeparator();
    menus.toolBar->addActions({m_undoAction, m_redoAction});
    menus.toolBar->addSeparator();
    menus.toolBar->addAction(m_validate);
}

void ResourcesController::retranslate()
{
    const QString undoText = m_undo->undoText(), redoText = m_undo->redoText();
    m_undoAction->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_redoAction->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    m_addFiles->setText(tr("&Add Files…"));
    m_addFolder->setText(tr("Add &Folder…"));
    m_addLink->setText(tr("Add &Link…"));
    m_delete->setText(tr("&Delete Resource"));
    m_find->setText(tr("&Find…"));
    m_validate->setText(tr("&Validate Batch"));
    m_report->toggleViewAction()->setText(tr("Batch &Report"));
    // The toolbar shows short words; the menus keep the full texts.
    m_addFiles->setIconText(tr("Add Files"));
    m_addFolder->setIconText(tr("Add Folder"));
    m_addLink->setIconText(tr("Add Link"));
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction->setIconText(tr("Redo"));
    m_validate->setIconText(tr("Validate"));
    retranslateToolTips();
    m_list->retranslate();
    m_editors->retranslate();
    m_model->retranslate();
    updateCounts();
}

void ResourcesController::retranslateToolTips()
{
    const QString undoText = m_undo->undoText(), redoText = m_undo->redoText();
    setToolTipWithShortcut(m_addFiles, tr("Add media files to the batch, one draft resource per file"));
    setToolTipWithShortcut(m_addFolder, tr("Add every media file of a folder to the batch"));
    setToolTipWithShortcut(m_addLink, tr("Add an online course by its web address"));
    setToolTipWithShortcut(m_undoAction, undoText.isEmpty() ? tr("Undo") : tr("Undo %1").arg(undoText));
    setToolTipWithShortcut(m_redoAction, redoText.isEmpty() ? tr("Redo") : tr("Redo %1").arg(redoText));
    setToolTipWithShortcut(m_validate, tr("Check the batch's metadata again and show the batch report"));
    setToolTipWithShortcut(m_find, tr("Search the resources by title or file name"));
}

void ResourcesController::setMediaDropHandler(std::function<void(qint64, const QString &)> handler)
{
    m_editors->setMediaDropHandler(std::move(handler));
}

void ResourcesController::addTableActions(const QList<QAction *> &actions)
{
    m_list->table()->addActions(actions);
}

void ResourcesController::recreateEditor()
{
    m_editors->recreateEditor([this](qint64 id) { return m_model->rowOf(id) >= 0; });
}

void ResourcesController::onWorkspaceChanged()
{
    const AppSettings::Selection last = AppSettings::lastSelection(m_workspace.path());
    m_undo->clear();
    m_model->setBatch(0);
    recreateEditor();
    m_list->batches()->resetForWorkspace(); // selects the first batch, which loads the model and the report
    // Where the user was when the workspace was open last.
    if (last.batchId != 0 && last.batchId != currentBatchId())
        m_list->batches()->setCurrentBatchId(last.batchId);
    if (last.resourceId != 0)
        selectResource(last.resourceId);
    updateActions();
    updateCounts();
}

void ResourcesController::onBatchChanged(qint64 batchId)
{
    QElapsedTimer timer;
    timer.start();
    // Each batch is judged by the profile it records: the editor is built from it.
    bool profileChanged = false;
    if (QString error; !m_workspace.useProfileOfBatch(batchId, &profileChanged, &error))
        showStatus(error, 15000);
    if (profileChanged)
        recreateEditor();
    m_editors->showResource(0);
    m_model->setBatch(batchId);
    m_report->refreshNow();
    const qint64 firstScreenMs = timer.elapsed(); // the rest of the rows and the statuses follow later
    const int total = m_model->allRowsLoaded() || batchId == 0
                          ? m_model->rowCount()
                          : ResourceStore(m_workspace.workspace()).countInBatch(batchId);
    if (batchId != 0 && total > 0)
        showStatus(tr("Opened a batch of %n resource(s); the list showed in %1 ms.", nullptr, total)
                       .arg(firstScreenMs));
    updateActions();
    updateCounts();
    AppSettings::setLastSelection(m_workspace.path(), {batchId, 0});
}

void ResourcesController::onSelectionChanged()
{
    updateActions();
    const qint64 id = m_list->currentResourceId();
    if (id != 0)
        AppSettings::setLastSelection(m_workspace.path(), {currentBatchId(), id});
    // An empty selection (the row left the filter while being edited) keeps the editor as it is.
    if (id == 0 || !editor() || id == editor()->resourceId())
        return;
    m_editors->showResource(id);
    emit resourceShown(id);
}

qint64 ResourcesController::currentBatchId() const
{
    return m_list->batches()->currentBatchId();
}

QString ResourcesController::currentBatchName() const
{
    return m_list->batches()->currentBatchName();
}

qint64 ResourcesController::currentResourceId() const
{
    return m_list->currentResourceId();
}

bool ResourcesController::selectResource(qint64 resourceId)
{
    return m_list->selectResource(resourceId);
}

void ResourcesController::showResource(qint64 resourceId, const QString &fieldId)
{
    if (resourceId == 0 || !selectResource(resourceId) || !editor())
        return;
    if (editor()->resourceId() != resourceId) {
        m_editors->showResource(resourceId);
        emit resourceShown(resourceId);
    }
    if (!fieldId.isEmpty())
        editor()->focusField(fieldId);
}

QList<DraftCreator::Outcome> ResourcesController::addSources(const QStringList &sources)
{
    const QList<DraftCreator::Outcome> outcomes = m_adder->add(sources);
    QList<qint64> ids;
    for (const DraftCreator::Outcome &o : outcomes)
        if (o.resourceId != 0)
            ids.append(o.resourceId);
    if (ids.isEmpty())
        return outcomes;
    emit resourcesAdded(ids); // the technical check starts by itself, off the GUI thread
    selectResource(ids.first());
    return outcomes;
}

QStringList ResourcesController::acceptedSources(const QMimeData *mime) const
{
    return m_workspace.isOpen() ? ResourceAdder::sourcesFromMime(mime) : QStringList();
}

void ResourcesController::updateActions()
{
    const bool open = m_workspace.isOpen();
    m_addFiles->setEnabled(open);
    m_addFolder->setEnabled(open);
    m_addLink->setEnabled(open);
    m_delete->setEnabled(open && m_list->table()->selectionModel()->hasSelection());
    m_list->setWorkspaceOpen(open);
}

void ResourcesController::updateCounts()
{
    if (m_model->batchId() == 0 || !m_workspace.isOpen()) {
        m_countLabel->clear();
        return;
    }
    // While pages of rows still arrive, the batch's size comes from the store (one COUNT query).
    const int counted = m_model->allRowsLoaded()
                            ? m_model->rowCount()
                            : ResourceStore(m_workspace.workspace()).countInBatch(m_model->batchId());
    const int total = counted < 0 ? m_model->rowCount() : counted; // unreadable: what the list holds
    if (!m_model->statusesKnown()) {
        m_countLabel->setText(tr("%n resource(s), checking…", nullptr, total));
        return;
    }
    int withErrors = 0, notChecked = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(ResourceTableModel::ErrorCountRole).toInt() > 0)
            ++withErrors;
        else if (index.data(ResourceTableModel::NotCheckedRole).toInt() > 0)
            ++notChecked;
    }
    QString text = tr("%n resource(s), %1 with errors", nullptr, total).arg(withErrors);
    if (notChecked > 0) // not complete either: their media is still to be checked
        text += tr(", %n not checked yet", nullptr, notChecked);
    m_countLabel->setText(text);
}

void ResourcesController::validateBatch()
{
    if (m_model->batchId() == 0)
        return;
    m_report->show();
    m_report->raise();
    m_model->revalidate();
    m_report->refreshNow(); // "Checking the batch…" until the check is done
    showStatus(tr("Checking the batch…"), 3000);
}

void ResourcesController::deleteSelected()
{
    QList<Resource> snapshots;
    ResourceStore store(m_workspace.workspace());
    for (qint64 id : m_list->selectedResourceIds())
        if (Resource r; store.load(id, &r))
            snapshots.append(r);
    if (snapshots.isEmpty())
        return;
    if (!DeleteResourcesCommand::confirm(window(), snapshots))
        return;
    m_editors->showResource(0);
    m_undo->push(
        new DeleteResourcesCommand(m_workspace.workspace(), snapshots, StoreFailure::handlerFor(window())));
}
