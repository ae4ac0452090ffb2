#pragma once

#include "metadata/DraftCreator.h"

#include <QCoreApplication>
#include <QStringList>

class BatchSelector;
class QMainWindow;
class QMimeData;
class WorkspaceController;

// Edit ▸ Add Files, Add Folder, Add Link and files dropped on the window: one draft resource per media
// file or link, in the current batch (made when there is none). Says what was added and what was not.
class ResourceAdder
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    ResourceAdder(QMainWindow *window, WorkspaceController &workspace, BatchSelector *batches);

    // Drafts the resources; shows the skipped sources in a message and the count in the status bar.
    QList<DraftCreator::Outcome> add(const QStringList &sources);

    // The file dialogs and the link question; empty when the user cancelled.
    QStringList askFiles() const;
    QStringList askFolder() const;
    QStringList askLink() const;

    // The local files and http(s) links of a drag.
    static QStringList sourcesFromMime(const QMimeData *mime);

private:
    void reportSkipped(const QList<DraftCreator::Outcome> &outcomes) const;

    QMainWindow *m_window;
    WorkspaceController &m_workspace;
    BatchSelector *m_batches;
};
