#pragma once

#include "MainWindow.h"

#include <QAction>

// The window's own actions, by objectName "action…" (tests trigger them by that name).
struct MainWindow::Actions
{
    QAction *newWorkspace, *openWorkspace, *saveAs, *quit;
    QAction *undo, *redo;
    QAction *addFiles, *addFolder, *addLink, *deleteResource;
    QAction *languageSystem, *languageZh, *languageEn;
    QAction *about, *clearRecent;
    QAction *find, *validate;
    // Part 3: dialogs written by the other parts.
    QAction *openPackage, *importSheet, *verifyPackage, *exportPackage, *registration;
};
