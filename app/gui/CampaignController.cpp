#include "CampaignController.h"

#include "MainWindow.h"
#include "ProfilesDialog.h"
#include "WorkspaceController.h"

#include "common/Clock.h"
#include "profile/CampaignStatus.h"
#include "workspace/BatchStore.h"

#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

CampaignController::CampaignController(MainWindow *window, std::function<void()> batchProfileChanged)
    : QObject(window), m_window(window), m_batchProfileChanged(std::move(batchProfileChanged)),
      m_action(new QAction(window)), m_status(new QLabel(window))
{
    m_action->setObjectName(u"actionProfiles"_s);
    if (auto *menu = window->findChild<QMenu *>(u"menuBatch"_s)) {
        menu->addSeparator();
        menu->addAction(m_action);
    }
    m_status->setObjectName(u"campaignStatus"_s);
    m_status->setContentsMargins(0, 0, 12, 0);
    window->statusBar()->addPermanentWidget(m_status);
    connect(m_action, &QAction::triggered, this, &CampaignController::openDialog);
    connect(&window->controller(), &WorkspaceController::workspaceChanged, this,
            &CampaignController::refresh);
    window->installEventFilter(this);
    retranslate();
}

bool CampaignController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void CampaignController::retranslate()
{
    m_action->setText(tr("Campaign &Profiles…"));
    m_action->setStatusTip(
        tr("See the campaigns' rules and deadlines, import a new call's profile, and judge "
           "the batch under it."));
    refresh();
}

bool CampaignController::useProfileOfBatch(qint64 batchId)
{
    bool changed = false;
    if (QString error; !m_window->controller().useProfileOfBatch(batchId, &changed, &error))
        m_window->statusBar()->showMessage(error, 15000);
    refresh();
    return changed;
}

void CampaignController::refresh()
{
    const WorkspaceController &controller = m_window->controller();
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
    WorkspaceController &controller = m_window->controller();
    auto *dialog = new ProfilesDialog(ProfileRegistry(controller.profileLibrary()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Batch batch;
    if (controller.isOpen() && m_window->currentBatchId() != 0 &&
        BatchStore(controller.workspace()).find(m_window->currentBatchId(), &batch)) {
        dialog->setBatch(&controller.workspace(), batch, controller.workspaceProfile(),
                         controller.validationContext());
        dialog->selectProfile(controller.profile().id + u'@' + controller.profile().version);
    }
    connect(dialog, &ProfilesDialog::batchProfileChanged, this, [this] {
        if (m_batchProfileChanged)
            m_batchProfileChanged();
    });
    dialog->open();
}
