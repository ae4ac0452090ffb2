#include "ChangeFieldCommand.h"

#include "metadata/FieldWriter.h"
#include "profile/Profile.h"

ChangeFieldCommand::ChangeFieldCommand(Workspace &workspace, const Profile &profile, qint64 resourceId,
                                       const QString &fieldId, const QString &oldValue,
                                       const QString &newValue, int session, bool alreadyApplied,
                                       FailureHandler onFailure, QUndoCommand *parent)
    : QUndoCommand(parent), m_workspace(workspace), m_profile(profile), m_resourceId(resourceId),
      m_fieldId(fieldId), m_oldValue(oldValue), m_newValue(newValue), m_session(session),
      m_skipNextRedo(alreadyApplied), m_onFailure(std::move(onFailure))
{
    const FieldSpec *spec = profile.field(fieldId);
    setText(tr("Edit %1").arg(spec ? spec->label.text() : fieldId));
}

void ChangeFieldCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    write(m_newValue, tr("The change of %1 could not be redone: %2"));
}

void ChangeFieldCommand::undo()
{
    write(m_oldValue, tr("The change of %1 could not be undone: %2"));
}

void ChangeFieldCommand::write(const QString &value, const QString &failedText)
{
    m_lastError.clear();
    FieldWriter writer(m_workspace, m_profile);
    if (writer.write(m_resourceId, m_fieldId, value, &m_lastError))
        return;
    if (m_lastError.isEmpty())
        m_lastError = tr("cannot store %1 of resource %2").arg(m_fieldId).arg(m_resourceId);
    setObsolete(true);
    if (m_onFailure) {
        const FieldSpec *spec = m_profile.field(m_fieldId);
        m_onFailure(failedText.arg(spec ? spec->label.text() : m_fieldId, m_lastError));
    }
}

bool ChangeFieldCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != id())
        return false;
    const auto *next = static_cast<const ChangeFieldCommand *>(other);
    if (next->m_resourceId != m_resourceId || next->m_fieldId != m_fieldId || next->m_session != m_session ||
        &next->m_workspace != &m_workspace)
        return false;
    m_newValue = next->m_newValue;
    m_lastError = next->m_lastError;
    setObsolete(m_newValue == m_oldValue);
    return true;
}
