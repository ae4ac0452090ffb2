#pragma once

#include "WindowController.h"

class QAction;
class QLabel;
class ResourcesController;
class WorkspaceController;

// The window's part of several campaigns: Batch > Campaign Profiles… (ProfilesDialog) and, in the status
// bar, the campaign of the current batch's profile with its next deadline, or "closed" with a hint to import
// the current call's profile (CampaignStatus). When the dialog records another profile for the batch, the
// batch is shown again under it. Each batch is judged by its own profile: ResourcesController switches the
// profile (WorkspaceController::useProfileOfBatch) before it shows a batch.
// objectNames: actionProfiles, campaignStatus.
class CampaignController : public WindowController
{
    Q_OBJECT
public:
    CampaignController(QMainWindow *window, WorkspaceController &workspace, ResourcesController &resources);
    void addToMenus(const MainMenus &menus) override;
    void retranslate() override;
    // The status bar's campaign text for the current profile.
    void refresh();

private:
    void openDialog();

    WorkspaceController &m_workspace;
    ResourcesController &m_resources;
    QAction *m_action;
    QLabel *m_status;
};
