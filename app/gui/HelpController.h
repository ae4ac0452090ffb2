#pragma once

#include "WindowController.h"

class QAction;
class WorkspaceController;

// Help: Help ▸ About SubmitDesk (actionAbout). The user guide (F1) goes here too.
class HelpController : public WindowController
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    HelpController(QMainWindow *window, WorkspaceController &workspace);

    void addToMenus(const MainMenus &menus) override;
    void retranslate() override;
    void showAbout();

private:
    WorkspaceController &m_workspace;
    QAction *m_about;
};
