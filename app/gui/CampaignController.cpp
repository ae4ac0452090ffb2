#include "CampaignController.h"

#include "ProfilesDialog.h"
#include "ResourcesController.h"
#include "WorkspaceController.h"

#include "common/Clock.h"
#include "profile/CampaignStatus.h"
#include "workspace/BatchStore.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

CampaignController::CampaignController(QMainWindow *window, WorkspaceController &workspace,
                                       ResourcesController &resources)
    : WindowController(window), m_workspace(workspace), m_resources(resources), m_action(new QAction(this)),
      m_status(new QLabel(window))
{
    m_action->setObjectName(u"actionProfiles"_s);
    m_status->setObjectName(u"campaignStatus"_s);
    m_status->setContentsMargins(0, 0, 12, 0);
    window->statusBar()->addPermanentWidget(m_status);
    connect(m_action, &QAction::triggered, this, &CampaignController::openDialog);
    connect(&workspace, &WorkspaceController::workspaceChanged, this, &CampaignController::refresh);
    connect(&workspace, &WorkspaceController::profileChanged, this, &CampaignController::refresh);
}

void CampaignController::addToMenus(const MainMenus &menus)
{
    menus.batch->addSeparator();
    menus.batch->addAction(m_action);
}

void CampaignController::retranslate()
{
    m_action->setText(tr("Campaign &Profiles…"));
    m_action->setStatusTip(
        tr("See the campaigns' rules and deadlines, import a new call's profile, and judge "
           "the batch under it."));
    refresh();
}

void CampaignController::refresh()
{
    const WorkspaceController &controller = m_workspace;
    if (!controller.isOpen()) {
        m_status->clear();
        return;
    }
    const QDate today = Clock::system().today();
    const Profile &profile = controller.profile();
    m_status->setText(CampaignStatus::summary(profile, today));
    const QString hint = CampaignStatus::closedHint(profile, today);
    m_status->setToolTip(hint.isEmpty() ? profile.idAndVersion() : hint);
    m_status->setStyleSheet(hint.isEmpty() ? QString() : u"color: #6b6b6b;"_s);
}

void CampaignController::openDialog()
{
    WorkspaceController &controller = m_workspace;
    auto *dialog = new ProfilesDialog(ProfileRegistry(controller.profileLibrary()), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Batch batch;
    if (controller.isOpen() && m_resources.currentBatchId() != 0 &&
        BatchStore(controller.workspace()).find(m_resources.currentBatchId(), &batch)) {
        dialog->setBatch(&controller.workspace(), batch, controller.workspaceProfile(),
                         controller.validationContext());
        dialog->selectProfile(controller.profile().id + u'@' + controller.profile().version);
    }
    connect(dialog, &ProfilesDialog::batchProfileChanged, this, [this] { m_resources.showBatchAgain(); });
    dialog->open();
}
