#pragma once

#include <QDialog>
#include <QList>

#include <memory>
#include <utility>

class Profile;
namespace Ui {
class AboutDialog;
}

// Help ▸ About SubmitDesk (objectName "aboutDialog", layout forms/about.ui): what the program does, and the
// versions in use, in a list the user can copy into a problem report ("aboutVersions", "aboutCopy"):
// SubmitDesk, Qt (run time and build), FFmpeg and its libraries (run time and build), SQLite, the profile,
// and the workspace file.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    // workspacePath: shown last when not empty (where the user's data is, for a problem report).
    AboutDialog(const Profile &profile, const QString &workspacePath, QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The rows: a component and its version, e.g. {"Qt", "6.4.2 (built with 6.4.2)"}.
    static QList<std::pair<QString, QString>> versions(const Profile &profile);
    // The rows as lines "component: version", as the Copy button puts them on the clipboard.
    QString versionsText() const;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};
