#pragma once

#include "WindowController.h"

#include <QSet>

#include <utility>

class MediaCheckPanel;
class MediaCheckService;
class QAction;
class QDockWidget;
class ResourcesController;
class WorkspaceController;

// Media checks: the technical check of the shown resource's files in the "Media check" dock
// (mediaDock / mediaCheckPanel), the checks that start by themselves when files are added, and
// Batch ▸ Check All Media (actionCheckAllMedia) and Deep Check (actionDeepCheck). The service that runs
// the checks belongs to the open workspace and is made anew with it.
class MediaCheckController : public WindowController
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    MediaCheckController(QMainWindow *window, WorkspaceController &workspace, ResourcesController &resources);

    QDockWidget *dock() const { return m_dock; }
    MediaCheckPanel *panel() const { return m_panel; }
    MediaCheckService *service() const { return m_service; }

    // Shows the resource's media (or link) in the panel; its check starts by itself.
    void showMediaFor(qint64 resourceId);
    // Checks the media files of these resources in the background.
    void checkResources(const QList<qint64> &resourceIds);
    void checkAllMedia();

    void addToMenus(const MainMenus &menus) override;
    void retranslate() override;
    QStringList runningWork() const override;
    void cancelRunningWork() override;

private:
    void resetService();
    // The batch report lists media not checked yet: checks each such file once (per service).
    void checkWhatIsNotChecked();
    // (path, kind) of the resources' media files; links are left out.
    QList<std::pair<QString, QString>> mediaToCheck(const QList<qint64> &resourceIds) const;
    bool batchResources(QList<qint64> *ids) const;

    WorkspaceController &m_workspace;
    ResourcesController &m_resources;
    MediaCheckPanel *m_panel;
    QDockWidget *m_dock;
    MediaCheckService *m_service = nullptr;
    QSet<QString> m_autoChecked;
    qint64 m_shown = 0; // the resource whose media the panel shows // paths checked by themselves since the
                        // service was made
    QAction *m_checkAll, *m_deepCheck;
};
