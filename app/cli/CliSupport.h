#pragma once

#include "profile/Profile.h"
#include "profile/ProfileRegistry.h"
#include "workspace/Entities.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

// What most verbs need: print, print JSON, open a workspace with its profile.
namespace CliSupport {
void out(const QString &text);          // stdout, UTF-8, newline added
void err(const QString &text);          // stderr, UTF-8, newline added
void outJson(const QJsonDocument &doc); // stdout, indented
// Opens the workspace file (created when missing when `create` is true) and loads its profile.
bool openWorkspace(const QString &path, bool create, Workspace *workspace, Profile *profile, QString *error);
// The same for a verb: on failure prints failFormat with the error as %1 (e.g. tr("unit: %1")) to stderr and
// returns false; the verb then exits with ExitCouldNotRun.
bool openWorkspaceOrReport(const QString &path, bool create, Workspace *workspace, Profile *profile,
                           const QString &failFormat);
// The profile library of this user (AppPaths::profileLibrary()).
ProfileRegistry profileRegistry();
// The profile `batch` is judged by (the one it records; the workspace's profile when it is that one).
bool batchProfile(const Batch &batch, const Profile &workspaceProfile, Profile *out, QString *error);
} // namespace CliSupport
