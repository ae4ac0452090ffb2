#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class RegistrationDialog;
}
class Profile;
class Workspace;
class QLabel;
class QLineEdit;

// The contact registration form of attachment 3 for the workspace's unit: six fields checked as typed
// (ContactValidators, message under each field) and stored at once, print preview, print and PDF export
// of the official A4 form (RegistrationPdf), attaching the scan of the stamped form, and "Send…", which
// writes an .eml draft to the profile's mailbox and opens it in the system's mail client.
// Field editors are named regName, regPerson, regTitle, regPhone, regMobile, regEmail; their messages
// regNameError …; the deadline label regDeadline; the scan label regScan. Layout:
// forms/RegistrationDialog.ui.
class RegistrationDialog : public QDialog
{
    Q_OBJECT
public:
    RegistrationDialog(Workspace &workspace, const Profile &profile, QWidget *parent = nullptr);
    ~RegistrationDialog() override;

    qint64 unitId() const;
    // The problems of the form as it stands (empty when every field is valid).
    QStringList problems() const;
    // Non-interactive parts of the buttons, for tests and scripting.
    bool exportPdf(const QString &path, QString *error);
    bool attachScan(const QString &path, QString *error);
    bool writeDraft(const QString &path, QString *error);
    // Where "Send…" writes the draft: the folder the PDF was last saved in (default: Documents).
    QString draftPath() const;

public slots:
    void printPreview();
    void print();
    void exportPdfInteractive();
    void attachScanInteractive();
    void send();

private:
    void load();
    void fieldEdited(int row, const QString &text);
    void connectFields();
    void showProblem(int row);
    void growToFit();
    void updateScanLabel();
    void updateDeadline();
    // The written file's path in the status line, and the Open Folder button.
    void showWritten(const QString &path, const QString &message);

    struct Row
    {
        QString column;
        QLineEdit *edit = nullptr;
        QLabel *error = nullptr;
    };
    std::unique_ptr<Ui::RegistrationDialog> m_ui;
    Workspace &m_workspace;
    const Profile &m_profile;
    qint64 m_unitId = 0;
    QList<Row> m_rows;
    QString m_writtenPath;
    bool m_loading = false;
};
