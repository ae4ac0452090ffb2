#include "WorkspaceFileController.h"
#include "ProblemBox.h"

#include "FileDialogs.h"

#include "ActionSupport.h"
#include "AppSettings.h"
#include "WorkspaceController.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

using ActionSupport::make;

namespace {
QString withExtension(const QString &path)
{
    return path.endsWith(".submitdesk"_L1) ? path : path + u".submitdesk"_s;
}
} // namespace

WorkspaceFileController::WorkspaceFileController(QMainWindow *window, WorkspaceController &workspace)
    : WindowController(window), m_workspace(workspace),
      m_new(make(this, "actionNewWorkspace", QKeySequence::New)),
      m_open(make(this, "actionOpenWorkspace", QKeySequence::Open)),
      m_saveAs(make(this, "actionSaveAs", QKeySequence::SaveAs)),
      m_clearRecent(make(this, "actionClearRecent"))
{
    connect(m_new, &QAction::triggered, this, &WorkspaceFileController::askNew);
    connect(m_open, &QAction::triggered, this, &WorkspaceFileController::askOpen);
    connect(m_saveAs, &QAction::triggered, this, &WorkspaceFileController::askSaveAs);
    connect(m_clearRecent, &QAction::triggered, this, [this] {
        AppSettings::clearRecentWorkspaces();
        updateRecentMenu();
    });
    connect(&m_workspace, &WorkspaceController::workspaceChanged, this,
            &WorkspaceFileController::updateActions);
}

bool WorkspaceFileController::openWorkspace(const QString &path, QString *error)
{
    if (!m_workspace.open(path, error))
        return false;
    AppSettings::addRecentWorkspace(m_workspace.path());
    updateRecentMenu();
    return true;
}

void WorkspaceFileController::addToMenus(const MainMenus &menus)
{
    menus.file->addAction(m_new);
    menus.file->addAction(m_open);
    m_recentMenu = menus.file->addMenu(QString());
    m_recentMenu->setObjectName(u"menuRecent"_s);
    menus.file->addAction(m_saveAs);
    updateActions();
}

void WorkspaceFileController::retranslate()
{
    m_new->setText(tr("&New Workspace…"));
    m_open->setText(tr("&Open Workspace…"));
    m_saveAs->setText(tr("Save a Copy &As…"));
    m_clearRecent->setText(tr("Clear List"));
    if (m_recentMenu)
        m_recentMenu->setTitle(tr("Open &Recent"));
    updateRecentMenu();
}

void WorkspaceFileController::updateActions()
{
    m_saveAs->setEnabled(m_workspace.isOpen());
}

void WorkspaceFileController::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentWorkspaces();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QDir::toNativeSeparators(path)));
        action->setObjectName(u"actionRecent%1"_s.arg(i + 1));
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecent);
    m_clearRecent->setEnabled(!recent.isEmpty());
}

void WorkspaceFileController::openRecent(const QString &path)
{
    QString error;
    if (!QFileInfo::exists(path)) {
        QMessageBox::warning(window(), tr("Open Workspace"), tr("%1 no longer exists.").arg(path));
        AppSettings::removeRecentWorkspace(path);
        updateRecentMenu();
    } else if (!openWorkspace(path, &error)) {
        QMessageBox::warning(window(), tr("Open Workspace"),
                             tr("The workspace was not opened: %1").arg(error));
    }
}

void WorkspaceFileController::askNew()
{
    const QString path = FileDialogs::saveFile(window(), FileDialogs::WorkspaceFile, tr("New Workspace"),
                                               QString(), tr("SubmitDesk workspaces (*.submitdesk)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_workspace.create(withExtension(path), &error)) {
        QMessageBox::warning(window(), tr("New Workspace"),
                             tr("The workspace was not created: %1").arg(error));
        return;
    }
    AppSettings::addRecentWorkspace(m_workspace.path());
    updateRecentMenu();
}

void WorkspaceFileController::askOpen()
{
    const QString path = FileDialogs::openFile(window(), FileDialogs::WorkspaceFile, tr("Open Workspace"),
                                               tr("SubmitDesk workspaces (*.submitdesk);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !openWorkspace(path, &error))
        QMessageBox::warning(window(), tr("Open Workspace"),
                             tr("The workspace was not opened: %1").arg(error));
}

void WorkspaceFileController::askSaveAs()
{
    if (!m_workspace.isOpen())
        return;
    const QString path = FileDialogs::saveFile(window(), FileDialogs::WorkspaceFile, tr("Save a Copy As"),
                                               QString(), tr("SubmitDesk workspaces (*.submitdesk)"));
    if (path.isEmpty())
        return;
    const QString file = withExtension(path);
    QString error;
    if (!m_workspace.saveCopyAs(file, &error)) {
        ProblemBox::warning(window(), tr("Save a Copy As"), tr("The copy was not written."), error);
        return;
    }
    AppSettings::addRecentWorkspace(m_workspace.path());
    updateRecentMenu();
    showStatus(tr("Now working in the copy %1.").arg(QDir::toNativeSeparators(file)));
}
