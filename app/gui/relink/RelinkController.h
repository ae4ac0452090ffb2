#pragma once

#include <QObject>

class QAction;
class QWidget;
class WorkspaceController;

// Owns the "Locate Missing Files…" action of the window and opens the RelinkDialog on the open workspace.
class RelinkController : public QObject
{
    Q_OBJECT
public:
    RelinkController(QWidget *window, WorkspaceController *workspace);
    QAction *action() const { return m_action; }
    void open();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    QWidget *m_window;
    WorkspaceController *m_workspace;
    QAction *m_action;
};
