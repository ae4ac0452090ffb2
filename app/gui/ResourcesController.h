#pragma once

#include "WindowController.h"
#include "metadata/DraftCreator.h"

class BatchSelector;
class QAction;
class QLabel;
class QSplitter;
class QUndoStack;
class ReportDock;
class ResourceAdder;
class ResourceEditor;
class ResourceEditorPane;
class ResourceListPane;
class ResourceTableModel;
class WorkspaceController;

// Batches and resources: the list of the current batch, the editor of the selected resource, the batch
// report dock, the counts in the status bar, and the actions on them (add, delete, undo, find,
// validate). Actions by objectName: actionUndo, actionRedo, actionAddFiles, actionAddFolder,
// actionAddLink, actionDeleteResource, actionFind, actionValidateBatch, actionShowReport.
class ResourcesController : public WindowController
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    ResourcesController(QMainWindow *window, WorkspaceController &workspace);
    ~ResourcesController() override;

    // The list and the editor side by side: the window's central widget.
    QWidget *centralWidget() const;
    ReportDock *reportDock() const { return m_report; }
    BatchSelector *batches() const;
    ResourceTableModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    ResourceEditor *editor() const;

    qint64 currentBatchId() const;
    QString currentBatchName() const;
    qint64 currentResourceId() const;
    bool selectResource(qint64 resourceId);
    // Selects the resource and shows it in the editor, with the field's editor focused when one is named.
    void showResource(qint64 resourceId, const QString &fieldId = QString());
    QList<DraftCreator::Outcome> addSources(const QStringList &sources);
    // Drops on the window: the sources of the drag when it can be added.
    QStringList acceptedSources(const class QMimeData *mime) const;

    // Where a media file dropped onto the editor's preview goes.
    void setMediaDropHandler(std::function<void(qint64, const QString &)> handler);
    // The editor's side of the window (the window gives it the actions behind the editor's buttons).
    ResourceEditorPane *editorPane() const { return m_editors; }
    // More actions in the list's context menu (after Delete).
    void addTableActions(const QList<QAction *> &actions);
    // Shows the current batch again, under the profile it records now (after that profile was changed).
    void showBatchAgain() { onBatchChanged(currentBatchId()); }
    // Builds the editor anew (its labels come from the profile in the current language).
    void retranslateEditor() { recreateEditor(); }
    // Stores what was typed last and removes the editor (the window closes).
    void closeEditor();

    void addToMenus(const MainMenus &menus) override;
    void retranslate() override;

private:
    void createActions();
    void connectParts();
    void retranslateToolTips();
    void onWorkspaceChanged();
    void onBatchChanged(qint64 batchId);
    void onSelectionChanged();
    void recreateEditor();
    void updateActions();
    void updateCounts();
    void validateBatch();
    void deleteSelected();

    WorkspaceController &m_workspace;
    QUndoStack *m_undo;
    ResourceTableModel *m_model;
    ResourceListPane *m_list;
    ResourceEditorPane *m_editors;
    QSplitter *m_splitter;
    ReportDock *m_report;
    QLabel *m_countLabel;
    ResourceAdder *m_adder;
    QAction *m_undoAction, *m_redoAction, *m_addFiles, *m_addFolder, *m_addLink, *m_delete, *m_find,
        *m_validate;
};
