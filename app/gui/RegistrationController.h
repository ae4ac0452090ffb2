#pragma once

#include "WindowController.h"

class QAction;
class WorkspaceController;

// The unit's registration form (attachment 3): Unit ▸ Registration Form (actionRegistration), which
// belongs to the unit, not to a batch.
class RegistrationController : public WindowController
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    RegistrationController(QMainWindow *window, WorkspaceController &workspace);

    void addToMenus(const MainMenus &menus) override;
    void retranslate() override;
    void openRegistration();
    QAction *registrationAction() const { return m_registration; }

private:
    WorkspaceController &m_workspace;
    QAction *m_registration;
};
