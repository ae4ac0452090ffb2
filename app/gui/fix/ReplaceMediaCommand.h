#pragma once

#include "workspace/Entities.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

class QUndoStack;
class Workspace;

// Replacing the media file of a resource, as one undo step (MediaReplacement): its metadata stays, the old
// file goes into the resource's history, undo puts it back. A write that fails on undo/redo leaves the
// workspace as it was, makes the command obsolete and is reported through the handler.
class ReplaceMediaCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceMediaCommand)
public:
    using FailureHandler = std::function<void(const QString &message)>;

    // The one call for every way of replacing (menu, drag and drop onto the preview, a finished fix):
    // replaces now and, when that worked, pushes the undo step. `reason` "replace" or "fix"; `note` about
    // the new file ("upscaled from 640×360") or "". False with `error` when nothing was changed.
    static bool replace(QUndoStack *stack, Workspace &workspace, qint64 resourceId, const QString &path,
                        const QString &reason, const QString &note, QString *error,
                        FailureHandler onFailure = {});

    void redo() override;
    void undo() override;

private:
    ReplaceMediaCommand(Workspace &workspace, qint64 resourceId, const QString &path, const QString &reason,
                        const QString &note, const AttachedFile &previous, FailureHandler onFailure);
    Workspace &m_workspace;
    qint64 m_resourceId;
    QString m_path, m_reason, m_note;
    AttachedFile m_previous;
    bool m_skipNextRedo = true;
    FailureHandler m_onFailure;
};
