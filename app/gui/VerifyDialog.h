#pragma once

#include <QDialog>

#include <atomic>
#include <memory>

namespace Ui {
class VerifyDialog;
}

// Tools > Verify package…: the same checks as `submitdesk-cli verify`, on a worker thread, each problem
// with its code, its file and what is wrong. Layout: forms/VerifyDialog.ui.
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
    std::unique_ptr<Ui::VerifyDialog> m_ui;
    std::atomic_bool m_cancel{false};
    QThread *m_thread = nullptr;
};
