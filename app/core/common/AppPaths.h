#pragma once

#include <QString>

// Where SubmitDesk keeps its files by default.
namespace AppPaths {
// The workspace opened when the user names none: the one in the old place when it exists (so that an
// existing workspace keeps working), else the visible one.
QString defaultWorkspace();
// Where imported campaign profiles are kept: <user data dir>/campaigns, holding profiles/ and taxonomy/
// (the same layout as the built-in ones, so a profile finds its taxonomy in ../taxonomy/).
QString profileLibrary();
// <Documents>/SubmitDesk/workspace.submitdesk: a folder the user sees and backs up.
QString visibleWorkspace();
// <user data dir>/workspace.submitdesk: the hidden place of versions before 2026.
QString legacyWorkspace();
// The built-in campaign profile used for new workspaces.
QString defaultProfileId();
} // namespace AppPaths
