#pragma once

#include "upload/UploadTargets.h"

#include <QDialog>

#include <memory>

namespace Ui {
class UploadTargetDialog;
}

// The upload target editor: name, endpoint, user, token, CA file and the explicit plain-http choice.
// The targets go to the settings; the token goes to the system keychain (TokenVault), or, where no
// keychain answers, stays for this session only, and the dialog says so. Layout: forms/UploadTargetDialog.ui.
class UploadTargetDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UploadTargetDialog(QWidget *parent = nullptr);
    ~UploadTargetDialog() override;

private:
    void showTarget(int index);
    void save();
    void remove();

    std::unique_ptr<Ui::UploadTargetDialog> m_ui;
    QList<UploadTarget> m_targets;
};
