#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QToolButton;
class WorkspaceController;

// The batch chooser above the resource table: a combo box of the workspace's batches and the
// New / Rename / Delete actions (also shown in the Batch menu).
class BatchSelector : public QWidget
{
    Q_OBJECT
public:
    explicit BatchSelector(WorkspaceController &controller, QWidget *parent = nullptr);

    qint64 currentBatchId() const;
    QString currentBatchName() const;
    // Selects the batch; returns false when the workspace has none with this id.
    bool setCurrentBatchId(qint64 batchId);
    // Creates a batch with this name and selects it; the New action asks for the name, then calls this.
    bool createBatch(const QString &name, QString *error);

    QAction *newAction() const { return m_new; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }

    // Reads the batches again, keeping the selection when it still exists.
    void reload();
    // After another workspace was opened: selects its first batch and always announces it.
    void resetForWorkspace();
    void retranslate();

signals:
    void currentBatchChanged(qint64 batchId);
    void batchRemoved(qint64 batchId);

private:
    void askNew();
    void askRename();
    void askDelete();
    void updateActions();

    WorkspaceController &m_controller;
    QLabel *m_label;
    QComboBox *m_combo;
    QAction *m_new;
    QAction *m_rename;
    QAction *m_delete;
    qint64 m_current = -1;
};
