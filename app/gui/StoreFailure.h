#pragma once

#include <QCoreApplication>

#include <functional>

class QMainWindow;

// A write that failed behind the user's back (an undo, a redo): a message box ("storeFailedMessage")
// and the status bar, in plain words; `message` (the store's, with the database's text) is the box's
// Details. Window-modal but not blocking (an undo may come from a shortcut in the middle of
// typing); a second failure while the box is open replaces its text. Closed, the box is deleted.
class StoreFailure
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    static void show(QMainWindow *window, const QString &message);
    // A handler that shows failures in `window` for as long as it exists (for commands and editors that
    // may outlive it).
    static std::function<void(const QString &)> handlerFor(QMainWindow *window);
};
