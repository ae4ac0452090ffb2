#pragma once

#include <QMap>
#include <QWizard>

#include <memory>

namespace Ui {
class WelcomeDialog;
}
class Profile;
class QLabel;
class QLineEdit;
class Workspace;

// The first-run welcome: the campaign's steps and deadlines in order, the unit and its responsible person
// (checked as the registration form checks them, stored in the workspace), and where the work is kept.
// Skip leaves everything as it is. Layout: forms/WelcomeDialog.ui (pages welcomeStepsPage, welcomeUnitPage
// with welcomeUnit_<column> and welcomeUnitError_<column>, welcomeWorkspacePage).
class WelcomeDialog : public QWizard
{
    Q_OBJECT
public:
    WelcomeDialog(Workspace &workspace, const Profile &profile, QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    // The unit page's check: false with the first problem shown under its field.
    bool validateUnit();
    // Stores the unit's fields (the page is valid); false with the error shown.
    bool saveUnit();

protected:
    // Next on the unit page checks and stores the unit first.
    bool validateCurrentPage() override;

private:
    void fillStepsPage();
    void fillWorkspacePage();
    void loadUnit();
    void growToFit();

    std::unique_ptr<Ui::WelcomeDialog> m_ui;
    Workspace &m_workspace;
    const Profile &m_profile;
    QMap<QString, QLineEdit *> m_fields; // UnitStore column -> its editor
    QMap<QString, QLabel *> m_errors;
};
