#pragma once

#include <QDialog>

class ExportJob;
class Profile;
class Workspace;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;

// File > Export package…: a batch to a folder or a .zip, optionally as a draft. A batch with errors is
// refused and its errors listed; the export runs on the thread pool with bytes, speed and ETA, and Cancel.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(Workspace &workspace, const Profile &profile, const QString &batchName,
                 QWidget *parent = nullptr);
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

    Workspace &m_workspace;
    const Profile &m_profile;
    QString m_batchName;
    ExportJob *m_job = nullptr;
    bool m_closeWhenDone = false;
    QLineEdit *m_output;
    QCheckBox *m_draft;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPlainTextEdit *m_messages;
    QDialogButtonBox *m_buttons;
};
