#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}
class ExportJob;
class Profile;
class Workspace;

// File > Export package…: a batch to a folder or a .zip, optionally as a draft. A batch with errors is
// refused and its errors listed; the export runs on the thread pool with bytes, speed and ETA, and Cancel.
// Layout: forms/ExportDialog.ui.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(Workspace &workspace, const Profile &profile, const QString &batchName,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;
    // True while a package is being written (reject() cancels it; the dialog closes when it has stopped).
    bool isBusy() const { return m_job != nullptr; }

public slots:
    void reject() override;

private:
    void browse(bool zip);
    void startExport();
    void onProgress(qint64 done, qint64 total, double speed, double eta, const QString &file);
    void onChecking(int done, int total, const QString &current);
    void onFinished(bool ok, const QString &path, const QString &error);

    std::unique_ptr<Ui::ExportDialog> m_ui;
    Workspace &m_workspace;
    const Profile &m_profile;
    QString m_batchName;
    ExportJob *m_job = nullptr;
    bool m_closeWhenDone = false;
};
