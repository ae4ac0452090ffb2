#pragma once

#include "WindowController.h"

class QAction;
class ResourcesController;
class WorkspaceController;

// Packages: File ▸ Open Package as Batch (actionOpenPackage), Import Metadata Sheet
// (actionImportSheet), Verify Package (actionVerifyPackage) and Batch ▸ Export Package
// (actionExportPackage), each a window-modal dialog that deletes itself when closed.
class PackageController : public WindowController
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    PackageController(QMainWindow *window, WorkspaceController &workspace, ResourcesController &resources);

    void addToMenus(const MainMenus &menus) override;
    void retranslate() override;
    QStringList runningWork() const override;
    void cancelRunningWork() override;
    bool isStopping() const override;

    void openExport();
    void openImport(int mode);
    void openVerify();

private:
    void updateActions();

    WorkspaceController &m_workspace;
    ResourcesController &m_resources;
    QAction *m_openPackage, *m_importSheet, *m_verifyPackage, *m_exportPackage;
};
