#pragma once

#include "fix/FixEngine.h"
#include "fix/FixJobStore.h"

#include <QDockWidget>
#include <QHash>

class DetailsDisclosure;
class QLabel;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;
class FixQueue;

// The fix queue as the user sees it: one row per job with a progress bar, speed (× real time) and time
// left, a Cancel button, how many jobs run at the same time, and a line saying what finished last.
class FixDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit FixDock(QWidget *parent = nullptr);
    // Follows this queue (nullptr: none, e.g. no workspace open).
    void setQueue(FixQueue *queue);

signals:
    void maxRunningChanged(int jobs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addJob(const FixJob &job);
    void onProgress(qint64 jobId, double fraction, double speed, double secondsLeft);
    void onFinished(const FixJob &job, const FixEngine::Outcome &outcome);
    QTreeWidgetItem *itemFor(qint64 jobId) const { return m_items.value(jobId); }

    FixQueue *m_queue = nullptr;
    QTreeWidget *m_list;
    QSpinBox *m_parallel;
    QLabel *m_notice;
    class QPushButton *m_cancel;
    QLabel *m_parallelLabel;
    DetailsDisclosure *m_details;
    QHash<qint64, QTreeWidgetItem *> m_items;
};
