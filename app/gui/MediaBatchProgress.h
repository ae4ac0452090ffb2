#pragma once

#include <QCoreApplication>
#include <QStringList>

class MediaCheckService;
class QWidget;

// The progress of Batch ▸ Check All Media ("mediaBatchProgress"): counts the files as the service
// finishes or cancels them, then says how many meet the standard; Cancel cancels the files still pending.
class MediaBatchProgress
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    // Shows the window-modal dialog (deleted when closed) for these files, before their checks start.
    static void show(QWidget *parent, MediaCheckService *service, const QStringList &paths);
};
