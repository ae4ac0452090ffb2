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
    const Profile &profile() const { return m_profile; }

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

private:
    Workspace m_workspace;
    Profile m_profile;
};
