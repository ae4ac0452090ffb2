#pragma once

#include "metadata/DraftCreator.h"

#include <QMainWindow>

class BatchSelector;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QUndoStack;
class ReportDock;
class ResourceEditor;
class ResourceFilterModel;
class ResourceTableModel;
class WorkspaceController;

// The workstation's window: batches and their resources on the left, the resource editor in the
// middle, the batch report below. Every edit is stored at once; there is nothing to save.
// Files and folders dropped on the window become draft resources of the current batch.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the workspace file (created when missing) and remembers it among the recent ones.
    bool openWorkspace(const QString &path, QString *error);
    WorkspaceController &controller() const { return *m_controller; }

    // Drafts one resource per media file or link of the sources (files, folders, http(s) URLs) in the
    // current batch, creating a batch when there is none. Skipped sources are reported in a message.
    QList<DraftCreator::Outcome> addSources(const QStringList &sources);

    // "" (system), "zh_CN" or "en": installs the translation, retranslates, remembers the choice.
    void setLanguage(const QString &language);

    qint64 currentBatchId() const;
    qint64 currentResourceId() const;
    // Selects the resource in the table (clearing the search when it hides the row).
    bool selectResource(qint64 resourceId);

    ResourceEditor *editor() const { return m_editor; }
    // Replace media file (also for drag and drop onto the preview), Make compliant, the conversion queue.
    class FixController *fixController() const { return m_fix; }
    QUndoStack *undoStack() const { return m_undo; }
    ResourceTableModel *resourceModel() const { return m_model; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    // MainWindowToolBar.cpp: the Unit menu, the main toolbar, Find and Validate, closing while work runs.
    void createToolBar();
    void retranslateToolBar();
    void validateBatch();
    void focusSearch();
    // What still runs in the background (an export, an import, a verification, media checks), as
    // phrases for a question; empty when nothing does.
    QStringList runningWork() const;
    // Cancels it; returns false when some of it ends only later (the window closes then).
    bool cancelRunningWork();
    void retranslate();
    void recreateEditor();
    // A write that failed behind the user's back (an undo, a redo): a message box and the status bar.
    void showStoreFailure(const QString &message);
    void onWorkspaceChanged();
    void onBatchChanged(qint64 batchId);
    void onSelectionChanged();
    void onReportMessage(qint64 resourceId, const QString &fieldId);
    void updateRecentMenu();
    void updateActions();
    void updateCounts();
    void askNewWorkspace();
    void askOpenWorkspace();
    void askSaveAs();
    void askAddFiles();
    void askAddFolder();
    void askAddLink();
    void deleteSelected();
    void showAbout();
    // Part 3 (MainWindowTools.cpp): the dialogs and docks of the other parts of the workstation.
    void createTools();
    void retranslateTools();
    void resetMediaCheck();
    void showMediaFor(qint64 resourceId);
    QList<std::pair<QString, QString>> mediaToCheck(const QList<qint64> &resourceIds) const;
    void checkAttachedMedia(const QList<DraftCreator::Outcome> &outcomes);
    void checkAllMedia();
    void openRegistration();
    void openExport();
    void openImport(int mode);
    void openVerify();
    static QStringList sourcesFromMime(const class QMimeData *mime);

    WorkspaceController *m_controller;
    QUndoStack *m_undo;
    ResourceTableModel *m_model;
    ResourceFilterModel *m_filter;
    BatchSelector *m_batches;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QTableView *m_table;
    QSplitter *m_splitter;
    ResourceEditor *m_editor = nullptr;
    ReportDock *m_report;
    QLabel *m_savedLabel;
    QLabel *m_countLabel;
    QLabel *m_emptyHint;
    QStackedWidget *m_editorStack;

    struct Actions;
    Actions *a;
    QMenu *m_fileMenu, *m_recentMenu, *m_editMenu, *m_batchMenu, *m_viewMenu, *m_languageMenu, *m_helpMenu;
    QMenu *m_unitMenu = nullptr;
    class QToolBar *m_toolBar = nullptr;
    bool m_closeWhenIdle = false; // the user chose to close; waiting for cancelled work to end
    QActionGroup *m_languageGroup;
    class QDockWidget *m_mediaDock = nullptr;
    class MediaCheckPanel *m_mediaPanel = nullptr;
    class MediaCheckService *m_mediaService = nullptr;
    class FixController *m_fix = nullptr; // Media menu: replace the media file, Make compliant, the queue
};
