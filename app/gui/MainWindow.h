#pragma once

#include "WindowController.h"
#include "metadata/DraftCreator.h"

#include <QMainWindow>

class HelpController;
class MediaCheckController;
class PackageController;
class QActionGroup;
class QLabel;
class QUndoStack;
class RegistrationController;
class ResourceEditor;
class ResourceTableModel;
class ResourcesController;
class WorkspaceController;
class WorkspaceFileController;

// The workstation's window, a shell: it makes the menus, the toolbar and the status bar, and assembles
// one controller per job (WindowController), each owning its actions, docks and dialogs. Itself it
// handles only what belongs to the whole window: the language, drops, the title, the layout kept
// between runs, and closing while work runs. Every edit is stored at once; there is nothing to save.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the workspace file (created when missing) and remembers it among the recent ones.
    bool openWorkspace(const QString &path, QString *error);
    WorkspaceController &controller() const { return *m_workspace; }

    // Drafts one resource per media file or link of the sources (files, folders, http(s) URLs) in the
    // current batch, creating a batch when there is none. Skipped sources are reported in a message.
    QList<DraftCreator::Outcome> addSources(const QStringList &sources);

    // "" (system), "zh_CN" or "en": installs the translation, retranslates, remembers the choice.
    void setLanguage(const QString &language);

    qint64 currentBatchId() const;
    qint64 currentResourceId() const;
    // Selects the resource in the table (clearing the search when it hides the row).
    bool selectResource(qint64 resourceId);

    ResourceEditor *editor() const;
    QUndoStack *undoStack() const;
    ResourceTableModel *resourceModel() const;

    // The jobs of the window, for the code that hooks more of them in.
    ResourcesController *resources() const { return m_resources; }
    MediaCheckController *mediaChecks() const { return m_media; }
    // Replace media file (also for drag and drop onto the preview), Make compliant, the conversion queue.
    class FixController *fixController() const { return m_fix; }
    const MainMenus &menus() const { return m_menus; }
    // Takes a further controller in: it fills the menus now and is retranslated and asked about
    // running work with the others.
    void addController(WindowController *controller);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void createControllers();
    void createFixController();
    void createOfficeTools();
    void createWindowActions();
    void retranslate();
    void updateTitle();
    // Asks whether to cancel running work; false when the window must stay open (for now).
    bool readyToClose();

    WorkspaceController *m_workspace;
    MainMenus m_menus;
    QList<WindowController *> m_controllers;
    WorkspaceFileController *m_files = nullptr;
    ResourcesController *m_resources = nullptr;
    MediaCheckController *m_media = nullptr;
    PackageController *m_packages = nullptr;
    RegistrationController *m_registration = nullptr;
    HelpController *m_help = nullptr;
    QAction *m_uploadAction = nullptr;    // Batch > Upload batch…
    class FixController *m_fix = nullptr; // Media menu: replace the media file, Make compliant, the queue
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_quit = nullptr;
    QLabel *m_savedLabel;
    bool m_closeWhenIdle = false; // the user chose to close; waiting for cancelled work to end
};
