#pragma once

#include <QPointer>

class QAction;

// The window's actions the resource editor offers beside a field or its media file, so that a click in the
// form does exactly what the menu does: Unit ▸ Registration Form (the unit's name comes from there), Media ▸
// Replace Media File, Edit ▸ Locate Missing Files. A null action hides its button.
struct EditorActions
{
    QPointer<QAction> setUpUnit;
    QPointer<QAction> replaceMedia;
    QPointer<QAction> locateFiles;
};
