#include "RegistrationController.h"

#include "ActionSupport.h"
#include "RegistrationDialog.h"
#include "WorkspaceController.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QToolBar>

RegistrationController::RegistrationController(QMainWindow *window, WorkspaceController &workspace)
    : WindowController(window), m_workspace(workspace),
      m_registration(ActionSupport::make(this, "actionRegistration"))
{
    m_registration->setIcon(
        ActionSupport::themeIcon(window, "x-office-document", QStyle::SP_FileDialogDetailedView));
    connect(m_registration, &QAction::triggered, this, [this] { openRegistration(); });
    auto update = [this] { m_registration->setEnabled(m_workspace.isOpen()); };
    connect(&workspace, &WorkspaceController::workspaceChanged, this, update);
    update();
}

void RegistrationController::addToMenus(const MainMenus &menus)
{
    menus.unit->addAction(m_registration);
    menus.toolBar->addSeparator();
    menus.toolBar->addAction(m_registration);
}

void RegistrationController::retranslate()
{
    m_registration->setText(tr("&Registration Form…"));
    m_registration->setIconText(tr("Registration Form"));
    ActionSupport::setToolTipWithShortcut(m_registration,
                                          tr("The unit's registration form (attachment 3): responsible "
                                             "person, contacts, PDF and e-mail draft"));
}

void RegistrationController::openRegistration()
{
    if (!m_workspace.isOpen())
        return;
    auto *dialog = new RegistrationDialog(m_workspace.workspace(), m_workspace.profile(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal); // the workspace stays as it is while the dialog is open
    dialog->open();
}
