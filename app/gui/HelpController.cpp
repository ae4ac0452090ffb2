#include "HelpController.h"

#include "ActionSupport.h"
#include "WorkspaceController.h"
#include "help/HelpActions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

HelpController::HelpController(QMainWindow *window, WorkspaceController &workspace)
    : WindowController(window), m_workspace(workspace), m_about(ActionSupport::make(this, "actionAbout"))
{
    connect(m_about, &QAction::triggered, this, [this] { showAbout(); });
}

void HelpController::addToMenus(const MainMenus &menus)
{
    menus.help->addAction(m_about);
    (new HelpActions(window()))->addTo(menus.help); // F1: the user guide
}

void HelpController::retranslate()
{
    m_about->setText(tr("&About SubmitDesk"));
}

void HelpController::showAbout()
{
    HelpActions::showAbout(window(), m_workspace.profile(), m_workspace.path());
}
