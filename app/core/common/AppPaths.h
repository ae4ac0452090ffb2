#pragma once

#include <QString>

// Where SubmitDesk keeps its files by default.
namespace AppPaths {
// The workspace opened when the user names none: <user data dir>/workspace.submitdesk
QString defaultWorkspace();
// Where imported campaign profiles are kept: <user data dir>/campaigns, holding profiles/ and taxonomy/
// (the same layout as the built-in ones, so a profile finds its taxonomy in ../taxonomy/).
QString profileLibrary();
// The built-in campaign profile used for new workspaces.
QString defaultProfileId();
} // namespace AppPaths
