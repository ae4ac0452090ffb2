#include "relink/RelinkController.h"

#include "WorkspaceController.h"
#include "relink/RelinkDialog.h"

#include <QAction>
#include <QEvent>
#include <QWidget>

using namespace Qt::StringLiterals;

RelinkController::RelinkController(QWidget *window, WorkspaceController *workspace)
    : QObject(window), m_window(window), m_workspace(workspace), m_action(new QAction(window))
{
    setObjectName(u"relinkController"_s);
    m_action->setObjectName(u"actionLocateMissingFiles"_s);
    connect(m_action, &QAction::triggered, this, &RelinkController::open);
    window->installEventFilter(this);
    retranslate();
}

void RelinkController::open()
{
    if (!m_workspace->workspace().isOpen())
        return;
    auto *dialog = new RelinkDialog(m_workspace->workspace(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

bool RelinkController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void RelinkController::retranslate()
{
    m_action->setText(tr("&Locate Missing Files…"));
    m_action->setStatusTip(tr("Find attached files that were moved to another folder or disk, and link them "
                              "again"));
}
