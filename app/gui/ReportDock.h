#pragma once

#include <QDockWidget>

class QLabel;
class QTimer;
class QTreeView;
class ReportModel;
class ResourceTableModel;
class WorkspaceController;

// "Batch report": what BatchValidator finds in the current batch, refreshed (debounced) whenever the
// resource table changes. Activating a message asks the window to show that resource and field.
class ReportDock : public QDockWidget
{
    Q_OBJECT
public:
    ReportDock(WorkspaceController &controller, ResourceTableModel &resources, QWidget *parent = nullptr);

    // Validates the batch now (the debounced refresh calls this).
    void refreshNow();
    int errorCount() const;
    int warningCount() const;
    ReportModel *model() const { return m_model; }

signals:
    void messageActivated(qint64 resourceId, const QString &fieldId);
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void retranslate();
    void updateSummary();

    WorkspaceController &m_controller;
    ResourceTableModel &m_resources;
    ReportModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QTimer *m_timer;
};
