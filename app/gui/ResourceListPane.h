#pragma once

#include <QCoreApplication>
#include <QList>
#include <QWidget>

class BatchSelector;
class QComboBox;
class QLineEdit;
class QTableView;
class ResourceFilterModel;
class ResourceTableModel;
class WorkspaceController;

// The left side of the window: the batch chooser, the search line and status filter, and the table of
// the batch's resources (objectNames "batchCombo", "searchEdit", "statusFilter", "resourceTable").
class ResourceListPane : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    ResourceListPane(WorkspaceController &workspace, ResourceTableModel *model, QWidget *parent = nullptr);

    BatchSelector *batches() const { return m_batches; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }

    // The resource of the current row when it is selected, else 0.
    qint64 currentResourceId() const;
    QList<qint64> selectedResourceIds() const;
    // Selects the resource in the table (clearing the search when it hides the row).
    bool selectResource(qint64 resourceId);
    void focusSearch();
    void setWorkspaceOpen(bool open);
    void retranslate();

private:
    void setUpTable();
    void sizeColumns();

    ResourceTableModel *m_model;
    ResourceFilterModel *m_filter;
    BatchSelector *m_batches;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QTableView *m_table;
};
