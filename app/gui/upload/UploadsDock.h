#pragma once

#include <QDockWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class UploadQueue;

// The Uploads dock: the queue with a row per file (state, progress bar, speed, ETA, the last problem in
// plain words; the technical detail in the tooltip), pause, resume and cancel for the selected files,
// the total with speed and ETA, and a notice line when a batch finishes or needs attention.
class UploadsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit UploadsDock(QWidget *parent = nullptr);
    void setQueue(UploadQueue *queue);
    void showNotice(const QString &text, bool attention);
    QPushButton *uploadButton() const { return m_upload; }
    QPushButton *targetsButton() const { return m_targets; }

private:
    void rebuild();
    void updateRow(int index);
    void updateTotals();
    QList<int> selectedRows() const;
    QString stateText(int index) const;

    UploadQueue *m_queue = nullptr;
    QTableWidget *m_table;
    QLabel *m_total;
    QLabel *m_notice;
    QPushButton *m_upload;
    QPushButton *m_targets;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
};
