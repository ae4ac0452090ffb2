#pragma once

#include <QObject>

class ChecklistPanel;
class MainWindow;
class QAction;
class QDockWidget;
class WelcomeDialog;

// The first-run welcome and the campaign checklist of the window: shows the WelcomeDialog once (until it is
// finished or skipped, remembered in QSettings "welcome/done"), offers it again from the Help menu, and
// keeps the checklist dock on the open workspace and current batch.
class WelcomeController : public QObject
{
    Q_OBJECT
public:
    explicit WelcomeController(MainWindow *window);
    QAction *welcomeAction() const { return m_action; }
    QDockWidget *checklistDock() const { return m_dock; }
    ChecklistPanel *checklist() const { return m_panel; }

    static bool welcomeDone();
    // Shows the welcome when it was never finished or skipped and a workspace is open; returns it (it
    // deletes itself when closed), or nullptr.
    WelcomeDialog *showIfFirstRun();
    WelcomeDialog *showWelcome();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void followWorkspace();
    MainWindow *m_window;
    QAction *m_action;
    QDockWidget *m_dock;
    ChecklistPanel *m_panel;
};
