#pragma once

#include "upload/UploadTargets.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// The upload target editor: name, endpoint, user, token, CA file and the explicit plain-http choice.
// The targets go to the settings; the token goes to the system keychain (TokenVault), or, where no
// keychain answers, stays for this session only, and the dialog says so.
class UploadTargetDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UploadTargetDialog(QWidget *parent = nullptr);

private:
    void showTarget(int index);
    void save();
    void remove();

    QList<UploadTarget> m_targets;
    QComboBox *m_choice;
    QLineEdit *m_name;
    QLineEdit *m_endpoint;
    QLineEdit *m_user;
    QLineEdit *m_token;
    QLineEdit *m_caFile;
    QCheckBox *m_plainHttp;
    QLabel *m_notice;
};
