#pragma once

#include "metadata/ValidationMessage.h"

#include <QWidget>

class FieldEditor;
class MessageLabel;
class QLabel;
class QPushButton;
class QTimer;

// The right-hand side of one form row: the field's editor and, under it, the inline message
// (message_<id>: red for errors, amber for warnings, grey for a note) with a Fix button (fix_<id>) when a
// message carries a corrected value, or a link (link_<id>) when a note says where to go. The message line
// keeps its height whether or not there is a message, so the form never jumps while the user types. It also
// keeps the field's store debounce and its edit session, which tells ChangeFieldCommand which consecutive
// stores to merge into one undo step.
class FieldEditorRow : public QWidget
{
    Q_OBJECT
public:
    explicit FieldEditorRow(FieldEditor *editor, QWidget *parent = nullptr);

    FieldEditor *editor() const { return m_editor; }
    QString fieldId() const;
    QLabel *messageLabel() const;
    QPushButton *fixButton() const { return m_fix; }
    QPushButton *linkButton() const { return m_link; }

    void setMessages(const QList<ValidationMessage> &messages);
    // A calm note instead of messages (nothing is wrong, something is to do first), with a link that
    // emits linkClicked() ("" = no link).
    void setNote(const QString &text, const QString &linkText);
    QList<ValidationMessage> messages() const { return m_messages; }
    // The corrected value the Fix button applies, "" when none.
    QString fixValue() const { return m_fixValue; }

    // Restarts the store debounce (typing).
    void scheduleStore(int delayMs);
    void cancelScheduledStore();
    bool hasScheduledStore() const;
    // The current edit session: stores of the same session merge into one undo step.
    int session() const { return m_session; }
    void closeSession() { ++m_session; }
    // The value as the workspace holds it, to tell whether the editor's value needs storing.
    QString storedValue() const { return m_stored; }
    void setStoredValue(const QString &value) { m_stored = value; }

signals:
    void storeDue();
    void fixClicked();
    void linkClicked();

private:
    FieldEditor *m_editor;
    void clearMessageLine();
    void buildMessageLine(QLayout *layout);

    MessageLabel *m_message;
    QPushButton *m_fix;
    QPushButton *m_link;
    QTimer *m_timer;
    QList<ValidationMessage> m_messages;
    QString m_fixValue;
    QString m_stored;
    int m_session = 0;
};
