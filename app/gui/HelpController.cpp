#include "HelpController.h"

#include "ActionSupport.h"
#include "WorkspaceController.h"

#include <QAction>
#include <QDir>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>

HelpController::HelpController(QMainWindow *window, WorkspaceController &workspace)
    : WindowController(window), m_workspace(workspace), m_about(ActionSupport::make(this, "actionAbout"))
{
    connect(m_about, &QAction::triggered, this, [this] { showAbout(); });
}

void HelpController::addToMenus(const MainMenus &menus)
{
    menus.help->addAction(m_about);
}

void HelpController::retranslate()
{
    m_about->setText(tr("&About SubmitDesk"));
}

void HelpController::showAbout()
{
    QMessageBox::about(
        window(), tr("About SubmitDesk"),
        tr("<h3>SubmitDesk %1</h3><p>Prepares learning resources for submission to the national "
           "lifelong-education platform: metadata, media checks, registration and packages.</p>"
           "<p>Workspace: %2<br>Profile: %3</p>")
            .arg(QCoreApplication::applicationVersion(),
                 QDir::toNativeSeparators(m_workspace.path()).toHtmlEscaped(),
                 m_workspace.profile().title.text().toHtmlEscaped()));
}
