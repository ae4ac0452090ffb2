#pragma once

#include <QMap>
#include <QWizard>

class Profile;
class QLabel;
class QLineEdit;
class Workspace;

// The first-run welcome: the campaign's steps and deadlines in order, the unit and its responsible person
// (checked as the registration form checks them, stored in the workspace), and where the work is kept.
// Skip leaves everything as it is.
class WelcomeDialog : public QWizard
{
    Q_OBJECT
public:
    WelcomeDialog(Workspace &workspace, const Profile &profile, QWidget *parent = nullptr);

    // The unit page's check: false with the first problem shown under its field.
    bool validateUnit();
    // Stores the unit's fields (the page is valid); false with the error shown.
    bool saveUnit();

private:
    QWizardPage *stepsPage();
    QWizardPage *unitPage();
    QWizardPage *workspacePage();
    void loadUnit();

    Workspace &m_workspace;
    const Profile &m_profile;
    QMap<QString, QLineEdit *> m_fields; // UnitStore column -> its editor
    QMap<QString, QLabel *> m_errors;
    QLabel *m_saveError = nullptr;
};
