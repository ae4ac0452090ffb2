#pragma once

#include "workspace/Entities.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

class QWidget;
class Workspace;

// Deleting resources as an undoable step: redo removes them from the workspace (their media files stay
// on disk), undo puts them back as they were, with the same ids (ResourceRestorer), so the edits below
// on the undo stack still apply. A write that fails goes to the failure handler (the window shows it).
class DeleteResourcesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteResourcesCommand)
public:
    using FailureHandler = std::function<void(const QString &message)>;
    DeleteResourcesCommand(Workspace &workspace, const QList<Resource> &snapshots, FailureHandler onFailure,
                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // "“Lesson 1”", or "“Lesson 1”, “Lesson 2” and 3 more": the resources by title, for questions.
    static QString describe(const QList<Resource> &resources, int shown = 3);
    // Asks before deleting ("deleteResourcesQuestion"): names the resources, says it can be undone;
    // Cancel is the default button, so Enter does not delete.
    static bool confirm(QWidget *parent, const QList<Resource> &resources);

private:
    void fail(const QString &message) const;

    Workspace &m_workspace;
    QList<Resource> m_snapshots;
    FailureHandler m_onFailure;
};
