#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

class Profile;
class Workspace;

// One stored edit of one field of one resource. redo() and undo() write through FieldWriter, so the
// workspace always holds what the user sees; the editor follows through Workspace::resourceChanged.
// Consecutive stores of the same field in the same edit session (the ResourceEditor's typing debounce)
// merge, so one undo step undoes one field edit session; a merge back to the original value makes
// the command obsolete (QUndoStack drops it).
// An undo or redo whose write fails leaves the workspace as it was: the command then makes itself obsolete
// (QUndoStack drops it, so the history does not claim a change the workspace does not hold) and reports
// the failure through the handler given at construction.
class ChangeFieldCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeFieldCommand)
public:
    // Called with a message for the user ("The change of Title could not be undone: …").
    using FailureHandler = std::function<void(const QString &message)>;

    // alreadyApplied: the caller has written newValue already (to see the error, if any, before
    // pushing); the first redo() then writes nothing.
    ChangeFieldCommand(Workspace &workspace, const Profile &profile, qint64 resourceId,
                       const QString &fieldId, const QString &oldValue, const QString &newValue, int session,
                       bool alreadyApplied, FailureHandler onFailure = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return CommandId; }
    bool mergeWith(const QUndoCommand *other) override;

    qint64 resourceId() const { return m_resourceId; }
    QString fieldId() const { return m_fieldId; }
    QString oldValue() const { return m_oldValue; }
    QString newValue() const { return m_newValue; }
    // The error of the last write ("" when it succeeded).
    QString lastError() const { return m_lastError; }

    static constexpr int CommandId = 0x5D0F;

private:
    // Writes `value`; on failure makes the command obsolete and reports `failedText` with the error.
    void write(const QString &value, const QString &failedText);

    Workspace &m_workspace;
    const Profile &m_profile;
    qint64 m_resourceId;
    QString m_fieldId;
    QString m_oldValue;
    QString m_newValue;
    int m_session;
    bool m_skipNextRedo;
    QString m_lastError;
    FailureHandler m_onFailure;
};
