#include "welcome/WelcomeController.h"

#include "BatchSelector.h"
#include "MainWindow.h"
#include "WorkspaceController.h"
#include "welcome/ChecklistPanel.h"
#include "welcome/WelcomeDialog.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString kDoneKey = u"welcome/done"_s;
}

WelcomeController::WelcomeController(MainWindow *window)
    : QObject(window), m_window(window), m_action(new QAction(window)), m_dock(new QDockWidget(window)),
      m_panel(new ChecklistPanel)
{
    setObjectName(u"welcomeController"_s);
    m_action->setObjectName(u"actionWelcome"_s);
    connect(m_action, &QAction::triggered, this, &WelcomeController::showWelcome);
    m_dock->setObjectName(u"checklistDock"_s);
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    connect(&window->controller(), &WorkspaceController::workspaceChanged, this,
            &WelcomeController::followWorkspace);
    if (auto *batches = window->findChild<BatchSelector *>())
        connect(batches, &BatchSelector::currentBatchChanged, m_panel, &ChecklistPanel::setBatch);
    window->installEventFilter(this);
    followWorkspace();
    retranslate();
}

bool WelcomeController::welcomeDone()
{
    return QSettings().value(kDoneKey).toBool();
}

WelcomeDialog *WelcomeController::showIfFirstRun()
{
    return welcomeDone() ? nullptr : showWelcome();
}

WelcomeDialog *WelcomeController::showWelcome()
{
    WorkspaceController &workspace = m_window->controller();
    if (!workspace.isOpen())
        return nullptr;
    auto *dialog = new WelcomeDialog(workspace.workspace(), workspace.profile(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Finished or skipped: it does not come back by itself (Help ▸ Welcome shows it again).
    connect(dialog, &QDialog::finished, this, [this] {
        QSettings().setValue(kDoneKey, true);
        m_panel->refresh();
    });
    dialog->open();
    return dialog;
}

void WelcomeController::followWorkspace()
{
    WorkspaceController &workspace = m_window->controller();
    m_panel->setWorkspace(workspace.isOpen() ? &workspace.workspace() : nullptr, &workspace.profile());
    m_panel->setBatch(m_window->currentBatchId());
}

bool WelcomeController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void WelcomeController::retranslate()
{
    m_action->setText(tr("&Welcome and Campaign Steps…"));
    m_dock->setWindowTitle(tr("Checklist"));
    m_dock->toggleViewAction()->setText(tr("&Checklist"));
    m_panel->refresh();
}
