#pragma once

#include <QWidget>

class Profile;
class QLabel;
class QTimer;
class QTreeWidget;
class Workspace;

// Where the current batch stands in the campaign's steps (CampaignChecklist): one line per step, ticked when
// done, with its state and deadline. Refreshed shortly after the workspace changes.
class ChecklistPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistPanel(QWidget *parent = nullptr);
    // Follows the workspace (nullptr: shows nothing) and its batch.
    void setWorkspace(Workspace *workspace, const Profile *profile);
    void setBatch(qint64 batchId);
    // Evaluates now (the panel otherwise waits for the changes to settle).
    void refresh();
    // The step's line, "registration" … "export": "done" or "open", for tests.
    QString stepState(const QString &stepId) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    bool m_stale = true;
    Workspace *m_workspace = nullptr;
    const Profile *m_profile = nullptr;
    qint64 m_batchId = 0;
    QTreeWidget *m_steps;
    QLabel *m_error;
    QTimer *m_timer;
};
