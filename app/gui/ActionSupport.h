#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QStyle>

class QAction;
class QObject;
class QWidget;

// Small helpers for the window's actions, shared by its controllers.
namespace ActionSupport {
// An action with an objectName (tests trigger actions by it) and an optional shortcut.
QAction *make(QObject *parent, const char *objectName, const QKeySequence &shortcut = {});
// The desktop theme's icon, else the style's.
QIcon themeIcon(const QWidget *widget, const char *name, QStyle::StandardPixmap fallback);
// The shortcut in the tooltip, as menus show it: "Add Files (Ctrl+Shift+A)".
void setToolTipWithShortcut(QAction *action, const QString &tip);
} // namespace ActionSupport
