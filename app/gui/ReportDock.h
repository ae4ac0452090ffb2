#pragma once

#include <QDockWidget>

class DetailsDisclosure;
class QLabel;
class QTreeView;
class ReportModel;
class ResourceTableModel;
class WorkspaceController;

// "Batch report": what BatchValidator found in the current batch, as ResourceTableModel's background
// check (run when the batch is opened and again shortly after edits) reports it; "Checking the batch…"
// until the first check is done. Activating a message asks the window to show that resource and field;
// the selected message's technical detail (measured values, codec names, commands) is under "Details".
class ReportDock : public QDockWidget
{
    Q_OBJECT
public:
    ReportDock(WorkspaceController &controller, ResourceTableModel &resources, QWidget *parent = nullptr);

    // Shows the model's latest batch report now (called when a background check completes).
    void refreshNow();
    // The report shown is the latest check and no other check is under way.
    bool isUpToDate() const;
    int errorCount() const;
    int warningCount() const;
    // Media files and links whose technical check is not known yet.
    int notCheckedCount() const;
    // The report is up to date and an export would accept the batch.
    bool isBatchReady() const;
    ReportModel *model() const { return m_model; }

signals:
    void messageActivated(qint64 resourceId, const QString &fieldId);
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();
    QString summaryText() const;

    WorkspaceController &m_controller;
    ResourceTableModel &m_resources;
    ReportModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    DetailsDisclosure *m_details;
};
