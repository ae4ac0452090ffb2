#pragma once

#include <QDialog>

#include <atomic>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// Tools > Verify package…: the same checks as `submitdesk-cli verify`, on a worker thread, each problem
// with its code, its file and what is wrong.
class VerifyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VerifyDialog(const QString &packagePath = QString(), QWidget *parent = nullptr);
    ~VerifyDialog() override;

    void startVerify();
    // True while the worker thread verifies (closing the dialog cancels it and waits).
    bool isBusy() const { return m_thread != nullptr; }

private:
    QLineEdit *m_path;
    QPushButton *m_start;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTreeWidget *m_problems;
    std::atomic_bool m_cancel{false};
    QThread *m_thread = nullptr;
};
