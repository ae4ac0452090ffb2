#pragma once

#include <QString>

// Where SubmitDesk keeps its files by default.
namespace AppPaths {
// The workspace opened when the user names none: <user data dir>/workspace.submitdesk
QString defaultWorkspace();
// The built-in campaign profile used for new workspaces.
QString defaultProfileId();
} // namespace AppPaths
