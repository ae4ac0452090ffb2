#pragma once

#include "profile/Profile.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>

// A real workspace file in a temporary folder, opened, with the built-in profile loaded.
class TempWorkspace
{
public:
    TempWorkspace();
    bool isValid() const { return m_ok; }
    QString error() const { return m_error; }
    QString dir() const { return m_dir.path(); }
    QString path() const;
    Workspace &workspace() { return m_workspace; }
    const Profile &profile() const { return m_profile; }

private:
    QTemporaryDir m_dir;
    Workspace m_workspace;
    Profile m_profile;
    bool m_ok = false;
    QString m_error;
};
