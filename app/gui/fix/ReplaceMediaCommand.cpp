#include "fix/ReplaceMediaCommand.h"

#include "workspace/MediaReplacement.h"
#include "workspace/Workspace.h"

#include <QFileInfo>
#include <QUndoStack>

bool ReplaceMediaCommand::replace(QUndoStack *stack, Workspace &workspace, qint64 resourceId,
                                  const QString &path, const QString &reason, const QString &note,
                                  QString *error, FailureHandler onFailure)
{
    AttachedFile previous;
    if (MediaReplacement(workspace).replace(resourceId, path, reason, note, &previous, error) == 0)
        return false;
    stack->push(new ReplaceMediaCommand(workspace, resourceId, QFileInfo(path).absoluteFilePath(), reason,
                                        note, previous, std::move(onFailure)));
    return true;
}

ReplaceMediaCommand::ReplaceMediaCommand(Workspace &workspace, qint64 resourceId, const QString &path,
                                         const QString &reason, const QString &note,
                                         const AttachedFile &previous, FailureHandler onFailure)
    : m_workspace(workspace), m_resourceId(resourceId), m_path(path), m_reason(reason), m_note(note),
      m_previous(previous), m_onFailure(std::move(onFailure))
{
    setText(reason == QLatin1String("fix")
                ? tr("Make compliant: %1").arg(QFileInfo(path).fileName())
                : tr("Replace media file with %1").arg(QFileInfo(path).fileName()));
}

void ReplaceMediaCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    QString error;
    AttachedFile previous;
    if (MediaReplacement(m_workspace).replace(m_resourceId, m_path, m_reason, m_note, &previous, &error) ==
        0) {
        setObsolete(true);
        if (m_onFailure)
            m_onFailure(tr("The media file could not be replaced again: %1").arg(error));
        return;
    }
    m_previous = previous;
}

void ReplaceMediaCommand::undo()
{
    QString error;
    if (!MediaReplacement(m_workspace).restore(m_resourceId, m_previous, &error)) {
        setObsolete(true);
        if (m_onFailure)
            m_onFailure(tr("The earlier media file could not be put back: %1").arg(error));
    }
}
