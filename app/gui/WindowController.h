#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QStringList>

class QMainWindow;
class QMenu;
class QToolBar;

// The menus and the toolbar of the main window. The window creates them empty, in the order the menu
// bar shows them; each controller adds its actions (MainWindow::addController, in the order of the calls).
struct MainMenus
{
    QMenu *file = nullptr;
    QMenu *edit = nullptr;
    QMenu *batch = nullptr;
    QMenu *unit = nullptr;
    QMenu *view = nullptr;
    QMenu *help = nullptr;
    QToolBar *toolBar = nullptr;
};

// One job of the main window (batches and resources, media checks, packages, registration, help, …). A
// controller owns its actions, docks and dialogs; the window (a shell) only assembles the controllers:
// it lets each one fill the menus, tells it when the language changed, and asks it what still runs
// when the user closes the window. Dialogs and docks take the window as their parent.
//
// Controllers talk to each other through the signals below, which the window connects. A controller
// whose texts moved out of the window keeps their translation context with
// Q_DECLARE_TR_FUNCTIONS(MainWindow) instead of Q_OBJECT.
class WindowController : public QObject
{
    Q_OBJECT
public:
    explicit WindowController(QMainWindow *window);

    QMainWindow *window() const { return m_window; }

    // Adds the controller's actions to the menus and the toolbar (called once, after construction).
    virtual void addToMenus(const MainMenus &menus) = 0;
    // Sets every text again in the current language (also called once after addToMenus).
    virtual void retranslate() {}
    // What still runs in the background, as phrases for a question ("a package is being exported").
    virtual QStringList runningWork() const { return {}; }
    // Cancels it. Work that cannot stop at once makes isStopping() true until it has.
    virtual void cancelRunningWork() {}
    virtual bool isStopping() const { return false; }

signals:
    // The editor now shows this resource (0: none).
    void resourceShown(qint64 resourceId);
    // Draft resources were added to the current batch (their media is to be checked).
    void resourcesAdded(const QList<qint64> &resourceIds);
    // Some part of the window asks to show this resource in the list and the editor.
    void resourceRequested(qint64 resourceId);
    // Some part of the window asks to show this batch (after it was made, e.g. by an import).
    void batchRequested(qint64 batchId);

protected:
    // A message in the window's status bar.
    void showStatus(const QString &message, int timeoutMs = 5000) const;

private:
    QMainWindow *m_window;
};
