#pragma once

#include "metadata/ValidationContext.h"
#include "profile/Profile.h"
#include "workspace/Entities.h"
#include "workspace/Workspace.h"

#include <QObject>

// The open workspace of the window and its campaign profile. The Workspace object lives as long as the
// window (editors hold a reference to it); opening another file closes the current one first.
// There is nothing to save: every edit is committed to the file when it is made.
class WorkspaceController : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceController(QObject *parent = nullptr);

    // Opens (creating when missing) the file and loads the profile it names.
    bool open(const QString &path, QString *error);
    // Creates a new, empty workspace at path (an existing file there is replaced) and opens it.
    bool create(const QString &path, QString *error);
    // Copies the open workspace to target, then opens the copy (File > Save As).
    bool saveCopyAs(const QString &target, QString *error);
    void close();

    bool isOpen() const { return m_workspace.isOpen(); }
    QString path() const { return m_workspace.path(); }
    Workspace &workspace() { return m_workspace; }
    // The profile the current batch is judged by (useProfileOfBatch); the workspace's own until a batch
    // recording another one is chosen.
    const Profile &profile() const { return m_profile; }
    // The profile the workspace names (new batches record it).
    const Profile &workspaceProfile() const { return m_workspaceProfile; }
    // Makes profile() the one the batch records (an imported profile from the library, or the workspace's
    // own). *changed tells whether profile() changed. False with `error` when the recorded profile is not
    // installed: profile() is then the workspace's, and the caller says so.
    bool useProfileOfBatch(qint64 batchId, bool *changed, QString *error);
    // The profile library (AppPaths::profileLibrary() unless a test sets another folder).
    QString profileLibrary() const { return m_profileLibrary; }
    void setProfileLibrary(const QString &folder) { m_profileLibrary = folder; }

    // What the validators need now: today, the unit's name, the taxonomy.
    ValidationContext validationContext() const;
    // The workspace's unit (empty when none was entered yet); never writes.
    Unit unit() const;

signals:
    // Before open/create/saveCopyAs/close touch the open workspace: the last edits must be stored now,
    // into the file they belong to.
    void aboutToChange();
    // After open/create/saveCopyAs succeeded, and after close (path() is then empty).
    void workspaceChanged();
    // After useProfileOfBatch changed profile(): what is built from the profile (editor, checks) is rebuilt.
    void profileChanged();

private:
    bool setProfile(const Profile &profile);
    Workspace m_workspace;
    Profile m_profile;
    Profile m_workspaceProfile;
    QString m_profileLibrary;
};
