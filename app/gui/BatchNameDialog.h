#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class BatchNameDialog;
}

// Asks for the name of a new batch or the new name of a batch ("batchNameDialog", its line edit
// "batchNameEdit"); OK stays disabled while the name is blank. Layout: forms/BatchNameDialog.ui.
class BatchNameDialog : public QDialog
{
    Q_OBJECT
public:
    enum Purpose { NewBatch, RenameBatch };
    BatchNameDialog(Purpose purpose, const QString &name, QWidget *parent = nullptr);
    ~BatchNameDialog() override;

    // The name typed, trimmed.
    QString name() const;
    // Runs the dialog; returns the name, or an empty string when cancelled.
    static QString ask(QWidget *parent, Purpose purpose, const QString &name);

private:
    void updateOk();

    std::unique_ptr<Ui::BatchNameDialog> m_ui;
};
