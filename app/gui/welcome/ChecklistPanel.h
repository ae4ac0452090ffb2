#pragma once

#include "package/CampaignChecklist.h"

#include <QWidget>

class Profile;
class QLabel;
class QTimer;
class QTreeWidget;
class Workspace;

// Where the current batch stands in the campaign's steps (CampaignChecklist): one row per step, ticked when
// done, with its deadline in the "By" column and, on a line of its own under it, where the batch stands.
// The step's column takes the room the deadline leaves and wraps its words, so nothing is cut to "…" in a
// narrow dock; every cell also has its whole text as tooltip. Refreshed shortly after the workspace changes.
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

    // The column of the step's name and the column of its deadline.
    enum Column { StepColumn = 0, DeadlineColumn = 1 };

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void retranslate();
    void addStep(int number, const CampaignChecklist::Step &step);
    bool m_stale = true;
    Workspace *m_workspace = nullptr;
    const Profile *m_profile = nullptr;
    qint64 m_batchId = 0;
    QTreeWidget *m_steps;
    QLabel *m_error;
    QTimer *m_timer;
};
