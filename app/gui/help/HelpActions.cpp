#include "help/HelpActions.h"

#include "help/AboutDialog.h"
#include "help/GuideBrowser.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QWidget>

using namespace Qt::StringLiterals;

HelpActions::HelpActions(QWidget *window) : QObject(window), m_window(window), m_guide(new QAction(this))
{
    m_guide->setObjectName(u"actionUserGuide"_s);
    m_guide->setShortcut(QKeySequence::HelpContents); // F1
    m_guide->setShortcutContext(Qt::WindowShortcut);
    window->addAction(m_guide); // F1 works with the menu closed or hidden
    connect(m_guide, &QAction::triggered, this, &HelpActions::showGuide);
    window->installEventFilter(this);
    retranslate();
}

void HelpActions::addTo(QMenu *helpMenu)
{
    const QList<QAction *> actions = helpMenu->actions();
    helpMenu->insertAction(actions.isEmpty() ? nullptr : actions.first(), m_guide);
}

void HelpActions::showGuide()
{
    if (!m_browser)
        m_browser = new GuideBrowser(m_window); // a window of its own, closed with the main window
    m_browser->showGuide();
}

void HelpActions::showAbout(QWidget *window, const Profile &profile, const QString &workspacePath)
{
    if (auto *open = window->findChild<AboutDialog *>(u"aboutDialog"_s, Qt::FindDirectChildrenOnly)) {
        open->raise();
        return;
    }
    auto *dialog = new AboutDialog(profile, workspacePath, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool HelpActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void HelpActions::retranslate()
{
    m_guide->setText(tr("User &Guide"));
}
