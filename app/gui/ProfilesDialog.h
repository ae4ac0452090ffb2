#pragma once

#include "metadata/ValidationContext.h"
#include "profile/Profile.h"
#include "profile/ProfileRegistry.h"
#include "workspace/Entities.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;
class Workspace;

// Batch > Campaign Profiles…: the profiles this SubmitDesk knows (built in and imported), one profile's
// campaign status, deadlines and rules, importing a profile file, and judging the current batch under the
// selected profile: the change list (what the profiles differ in, which resources now fail and why) is
// shown first, and only "Use for this batch" records the new profile.
// objectNames: profileList, profileDetails, profileShowDetails, profileImport, profileMessage, profileJudge,
// profileChanges, profileApply.
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfilesDialog(ProfileRegistry registry, QWidget *parent = nullptr);
    // The batch that "Judge" re-judges, with the workspace's own profile (for batches recording it).
    void setBatch(Workspace *workspace, const Batch &batch, const Profile &workspaceProfile,
                  const ValidationContext &context);
    void setToday(const QDate &today); // campaign status as of this day (tests: a fixed clock)
    // Imports a file as the Import button does after its file dialog; false with the message shown.
    bool importFile(const QString &path);
    void selectProfile(const QString &spec); // "id@version"

signals:
    // The batch now records another profile.
    void batchProfileChanged(qint64 batchId);

private:
    void reload(const QString &select = {});
    void showSelected();
    void askImport();
    void judge();
    void apply();
    QString detailsHtml(const Profile &p) const;
    bool selectedProfile(Profile *out, QString *error) const;
    void setMessage(const QString &text, bool error);

    ProfileRegistry m_registry;
    Workspace *m_workspace = nullptr;
    Batch m_batch;
    Profile m_workspaceProfile;
    ValidationContext m_context;
    QDate m_today;
    Profile m_judgedUnder; // the profile of the change list shown, applied by apply()
    QListWidget *m_list;
    QTextBrowser *m_details;
    QCheckBox *m_showDetails;
    QPushButton *m_import;
    QLabel *m_message;
    QPushButton *m_judge;
    QTextBrowser *m_changes;
    QPushButton *m_apply;
};
