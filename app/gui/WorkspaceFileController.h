#pragma once

#include "WindowController.h"

class QAction;
class WorkspaceController;

// File ▸ New, Open, Open Recent and Save a Copy As: which workspace file the window works in.
class WorkspaceFileController : public WindowController
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    WorkspaceFileController(QMainWindow *window, WorkspaceController &workspace);

    // Opens the workspace file (created when missing) and remembers it among the recent ones.
    bool openWorkspace(const QString &path, QString *error);

    void addToMenus(const MainMenus &menus) override;
    void retranslate() override;
    void updateActions();

private:
    void askNew();
    void askOpen();
    void askSaveAs();
    void openRecent(const QString &path);
    void updateRecentMenu();

    WorkspaceController &m_workspace;
    QAction *m_new, *m_open, *m_saveAs, *m_clearRecent;
    QMenu *m_recentMenu = nullptr;
};
