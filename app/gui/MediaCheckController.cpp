#include "MediaCheckController.h"
#include "ProblemBox.h"

#include "ActionSupport.h"
#include "MediaBatchProgress.h"
#include "MediaCheckPanel.h"
#include "ResourceTableModel.h"
#include "ResourcesController.h"
#include "WorkspaceController.h"
#include "media/MediaCheckService.h"
#include "package/TechnicalFindings.h"
#include "workspace/ResourceStore.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QToolBar>

using namespace Qt::StringLiterals;

MediaCheckController::MediaCheckController(QMainWindow *window, WorkspaceController &workspace,
                                           ResourcesController &resources)
    : WindowController(window), m_workspace(workspace), m_resources(resources), m_panel(new MediaCheckPanel),
      m_dock(new QDockWidget(window)), m_checkAll(ActionSupport::make(this, "actionCheckAllMedia")),
      m_deepCheck(ActionSupport::make(this, "actionDeepCheck"))
{
    m_panel->setObjectName(u"mediaCheckPanel"_s);
    m_dock->setObjectName(u"mediaDock"_s);
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_checkAll->setIcon(ActionSupport::themeIcon(window, "media-playback-start", QStyle::SP_MediaPlay));
    connect(m_checkAll, &QAction::triggered, this, [this] { checkAllMedia(); });
    connect(m_deepCheck, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        m_panel->deepCheck();
    });
    connect(&workspace, &WorkspaceController::workspaceChanged, this, [this] { resetService(); });
    connect(&workspace, &WorkspaceController::profileChanged, this, [this] { resetService(); });
    // Double-click and Play show the resource of the file (the preview plays it where it is connected).
    connect(m_panel, &MediaCheckPanel::openRequested, this, [this] { emit resourceRequested(m_shown); });
    connect(m_panel, &MediaCheckPanel::playRequested, this, [this] { emit resourceRequested(m_shown); });
    connect(resources.model(), &ResourceTableModel::batchReportChanged, this,
            [this] { checkWhatIsNotChecked(); });
    resetService();
}

void MediaCheckController::addToMenus(const MainMenus &menus)
{
    menus.batch->addActions({m_checkAll, m_deepCheck});
    menus.toolBar->addAction(m_checkAll);
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setObjectName(u"actionShowMediaCheck"_s);
    menus.view->addAction(toggle);
}

void MediaCheckController::retranslate()
{
    m_checkAll->setText(tr("&Check All Media of the Batch…"));
    m_checkAll->setIconText(tr("Check Media"));
    ActionSupport::setToolTipWithShortcut(m_checkAll,
                                          tr("Run the technical check on every media file of the batch"));
    m_deepCheck->setText(tr("&Deep Check of the Selected File"));
    m_dock->setWindowTitle(tr("Media check"));
    m_dock->toggleViewAction()->setText(tr("&Media Check"));
}

QStringList MediaCheckController::runningWork() const
{
    if (m_service && m_service->runningCount() > 0)
        return {tr("%n media file(s) are being checked", nullptr, m_service->runningCount())};
    return {};
}

void MediaCheckController::cancelRunningWork()
{
    // Check All Media's progress cancels its pending files; the service cancels the rest when deleted.
    for (QProgressDialog *dialog : window()->findChildren<QProgressDialog *>(u"mediaBatchProgress"_s))
        dialog->cancel();
}

void MediaCheckController::resetService()
{
    m_panel->setService(nullptr);
    m_panel->clear();
    delete m_service; // cancels and waits for its checks
    m_service = nullptr;
    if (!m_workspace.isOpen())
        return;
    m_service = new MediaCheckService(&m_workspace.workspace(), m_workspace.profile(), this);
    m_panel->setService(m_service);
    m_autoChecked.clear();
    connect(&m_workspace, &WorkspaceController::aboutToChange, m_service, &MediaCheckService::saveResults);
    // A new result changes the resource's status: the list and the report take it in.
    connect(m_service, &MediaCheckService::finished, this,
            [this](const QString &, const CheckReport &, bool fromCache) {
                if (!fromCache)
                    m_resources.model()->scheduleRevalidate();
            });
    // The batch report reads the cache on its own connection: once more when the results are written.
    connect(m_service, &MediaCheckService::resultsSaved, this,
            [this] { m_resources.model()->scheduleRevalidate(); });
    connect(m_service, &MediaCheckService::cacheFailed, this, [this](const QString &error) {
        // The database's own words stay out of the status bar (they are English); the log has them.
        qWarning("check result not cached: %s", qUtf8Printable(error));
        showStatus(tr("A check result could not be saved in the workspace; the file will be checked again "
                      "next time."),
                   10000);
    });
}

void MediaCheckController::showMediaFor(qint64 resourceId)
{
    m_shown = resourceId;
    const ResourceTableModel *model = m_resources.model();
    const int row = model->rowOf(resourceId);
    if (row < 0 || !m_service) {
        m_panel->clear();
        return;
    }
    Resource resource;
    if (!ResourceStore(m_workspace.workspace()).load(resourceId, &resource))
        resource = model->resources().at(row);
    const ResourceTypeSpec *type = m_workspace.profile().resourceType(resource.type);
    if (!type) {
        m_panel->clear();
        return;
    }
    if (type->media == "link"_L1) { // links are fetched on request ("Check link"), never on selection
        const Profile &profile = m_workspace.profile();
        auto value = [&](FieldRole role) {
            return profile.valueWithRole(role, resource.type, resource.values);
        };
        m_panel->showLinkResource(value(FieldRole::CourseUrl).trimmed(), value(FieldRole::ProtectionLevel),
                                  value(FieldRole::FilingNumber));
        return;
    }
    QStringList paths;
    for (const AttachedFile &f : resource.filesWithRole(u"media"_s))
        paths.append(f.path);
    if (paths.isEmpty())
        m_panel->clear();
    else
        m_panel->showFiles(paths, type->media);
}

void MediaCheckController::checkWhatIsNotChecked()
{
    if (!m_service)
        return;
    QList<qint64> ids;
    for (const ValidationMessage &m : m_resources.model()->batchReport().messages())
        if (TechnicalFindings::isNotChecked(m) && !ids.contains(m.resourceId))
            ids.append(m.resourceId);
    // A file that cannot be read is not cached: it would come back in every report. Once is enough;
    // its error shows when the resource is selected.
    for (const auto &[path, kind] : mediaToCheck(ids)) {
        if (m_autoChecked.contains(path) || m_service->isRunning(path))
            continue;
        m_autoChecked.insert(path);
        m_service->check(path, kind);
    }
}

QList<std::pair<QString, QString>> MediaCheckController::mediaToCheck(const QList<qint64> &resourceIds) const
{
    QList<std::pair<QString, QString>> files; // (path, kind)
    ResourceStore store(m_workspace.workspace());
    for (qint64 id : resourceIds) {
        Resource resource;
        if (!store.load(id, &resource))
            continue;
        const ResourceTypeSpec *type = m_workspace.profile().resourceType(resource.type);
        if (!type || type->media == "link"_L1)
            continue;
        for (const AttachedFile &f : resource.filesWithRole(u"media"_s))
            files.append({f.path, type->media});
    }
    return files;
}

void MediaCheckController::checkResources(const QList<qint64> &resourceIds)
{
    if (!m_service)
        return;
    // In the service's thread pool; a cached result comes back at once and a running check goes on.
    for (const auto &[path, kind] : mediaToCheck(resourceIds))
        if (!m_service->isRunning(path))
            m_service->check(path, kind);
}

bool MediaCheckController::batchResources(QList<qint64> *ids) const
{
    QList<Resource> resources;
    QString error;
    if (!ResourceStore(m_workspace.workspace())
             .listInBatch(m_resources.currentBatchId(), &resources, &error)) {
        ProblemBox::warning(window(), tr("Check all media"), tr("The batch's resources could not be read."),
                            error);
        return false;
    }
    for (const Resource &r : std::as_const(resources))
        ids->append(r.id);
    return true;
}

void MediaCheckController::checkAllMedia()
{
    if (!m_service || m_resources.currentBatchId() == 0)
        return;
    QList<qint64> ids;
    if (!batchResources(&ids))
        return;
    const QList<std::pair<QString, QString>> files = mediaToCheck(ids);
    QStringList paths;
    for (const auto &file : files)
        paths.append(file.first);
    MediaBatchProgress::show(window(), m_service, paths);
    for (const auto &[path, kind] : files)
        if (!m_service->isRunning(path))
            m_service->check(path, kind);
}
