#pragma once

#include <QDockWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class UploadQueue;

// The Uploads dock: the queue with a row per file (state, progress bar, speed, time left, the last problem
// in plain words; the technical detail in the tooltip), pause, resume and cancel for the selected files,
// the total with speed and ETA, a line showing a batch's package being prepared (progress and Cancel), and
// a notice line when a batch finishes or needs attention, its technical detail behind a Details button.
class UploadsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit UploadsDock(QWidget *parent = nullptr);
    void setQueue(UploadQueue *queue);
    // `detail`: the technical side (messages of the export, status lines), shown on Details.
    void showNotice(const QString &text, bool attention, const QString &detail = {});
    void showBatchFinished(qint64 batchId, bool complete);
    void showPreparation(const QString &text, int permille);
    void hidePreparation();
    QPushButton *uploadButton() const { return m_upload; }
    QPushButton *targetsButton() const { return m_targets; }
    QPushButton *preparationCancelButton() const { return m_prepareCancel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *makePreparationRow();
    QWidget *makeNoticeRow();
    void connectButtons();
    void retranslate();
    void rebuild();
    void updateRow(int index);
    void updateTotals();
    QList<int> selectedRows() const;
    QString stateText(int index) const;

    UploadQueue *m_queue = nullptr;
    QTableWidget *m_table;
    QLabel *m_total;
    QLabel *m_notice;
    QPushButton *m_noticeDetails;
    QLabel *m_noticeDetail;
    QWidget *m_preparation;
    QLabel *m_prepareLabel;
    QProgressBar *m_prepareBar;
    QPushButton *m_prepareCancel;
    QPushButton *m_upload;
    QPushButton *m_targets;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
};
