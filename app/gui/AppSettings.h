#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The window's settings between runs (QSettings, organisation "SubmitDesk"): the UI language, the
// workspaces used last, the window geometry and dock layout. Nothing of the workspace itself lives here.
class AppSettings
{
public:
    // "" follows the system locale; otherwise "zh_CN" or "en".
    static QString language();
    static void setLanguage(const QString &language);

    // Most recent first, at most maxRecent entries, absolute paths.
    static QStringList recentWorkspaces();
    static void addRecentWorkspace(const QString &path);
    static void removeRecentWorkspace(const QString &path);
    static void clearRecentWorkspaces();
    static QString lastWorkspace();
    static constexpr int maxRecent = 8;

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowLayout(const QByteArray &geometry, const QByteArray &state);

    // The batch and resource selected last in a workspace (0 when none), restored when it is opened.
    struct Selection
    {
        qint64 batchId = 0;
        qint64 resourceId = 0;
    };
    static Selection lastSelection(const QString &workspacePath);
    static void setLastSelection(const QString &workspacePath, const Selection &selection);
};
