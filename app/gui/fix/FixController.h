#pragma once

#include "fix/FixEngine.h"
#include "fix/FixJobStore.h"

#include <QObject>
#include <QPointer>

#include <functional>

class FixDock;
class FixQueue;
class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;
class WorkspaceController;

// Replacing a resource's media file and "Make compliant" in the window: the Media menu with its two
// actions (objectNames actionReplaceMedia, actionMakeCompliant), the plan dialog, the fix queue of the open
// workspace and its dock. A fixed file that passes replaces the failing one as an undoable step (its
// original stays in the resource's history). MainWindow creates one and gives it the current resource.
class FixController : public QObject
{
    Q_OBJECT
public:
    FixController(QMainWindow *window, WorkspaceController &controller, QUndoStack *undo,
                  std::function<qint64()> currentResource);
    ~FixController() override;

    // Replaces the media file of the resource (undoable); for the menu and for drag and drop onto the
    // preview. Shows nothing: false with `error` when nothing changed.
    bool replaceMedia(qint64 resourceId, const QString &path, QString *error);
    // Opens the plan dialog for the resource's media file and queues the job when the user agrees.
    void makeCompliant(qint64 resourceId);
    // Queues a job directly (tests, batch use): the output goes to the workspace's media folder.
    qint64 enqueue(qint64 resourceId, const FixOptions &options, QString *error);

    FixQueue *queue() const { return m_queue; }
    FixDock *dock() const { return m_dock; }
    QAction *replaceAction() const { return m_replace; }
    QAction *fixAction() const { return m_fix; }
    // Where fixed files go: "<workspace folder>/media".
    QString mediaFolder() const;

signals:
    // A fixed file replaced a resource's media file (after the undo step was pushed).
    void mediaReplaced(qint64 resourceId, const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void openQueue();
    void closeQueue();
    void chooseReplacement();
    void onJobFinished(const FixJob &job, const FixEngine::Outcome &outcome);
    QString mediaPathOf(qint64 resourceId, QString *kind) const;
    QString freeTarget(const QString &input, const QString &suffix) const;

    QMainWindow *m_window;
    WorkspaceController &m_controller;
    QUndoStack *m_undo;
    std::function<qint64()> m_currentResource;
    QMenu *m_menu;
    QAction *m_replace, *m_fix, *m_showDock;
    FixDock *m_dock;
    FixQueue *m_queue = nullptr;
    int m_maxRunning = 1;
};
