#pragma once

#include "EditorActions.h"

#include <QWidget>

#include <functional>

class Clock;
class PreviewPanel;
class Profile;
class QUndoStack;
class Workspace;

// The form of one resource, generated from the profile for the resource's type: one editor per field
// (FieldEditorFactory), required markers, the standard's example as placeholder, an inline message under
// each field updated as the user types. Every edit is a ChangeFieldCommand pushed on the undo stack,
// which writes through to the workspace at once (FieldWriter).
//
// Above the form: the header naming the resource ("resourceEditorHeader"), its media file with Open, Show in
// Folder, Replace and Locate (MediaFileRow, "mediaFileRow") and the preview.
//
// Object names for tests and the main window: "field_<id>" (the input holding the value), "message_<id>"
// (the inline message), "fix_<id>" (the one-click fix), "link_<id>" (a note's link, as "Set up the unit"),
// "label_<id>", "row_<id>", "editor_<id>".
class ResourceEditor : public QWidget
{
    Q_OBJECT
public:
    ResourceEditor(Workspace &workspace, const Profile &profile, QUndoStack *undoStack,
                   QWidget *parent = nullptr);
    ~ResourceEditor() override;

    // Shows the resource (0 = none). Rebuilds the form when the type differs from the current one.
    void setResource(qint64 resourceId);
    qint64 resourceId() const;
    // The media preview above the form (its mediaFileDropped signal is for the replace-file command).
    PreviewPanel *preview() const;

    // The clock that judges "not in the future" (tests fix it); the system clock by default.
    void setClock(const Clock *clock);
    // Stores every edit still waiting for its debounce (call before export, close or quit).
    void flushPendingEdits();
    // The fields the form shows now, in order.
    QStringList shownFields() const;
    // The window's actions behind the form's links and buttons (set up the unit, replace or locate the
    // media file); kept for the editor's lifetime, null ones hide their buttons.
    void setActions(const EditorActions &actions);
    // Where an undo or redo of an edit made here reports a failed write (MainWindow shows it). It is
    // copied into every undo command, which may outlive this editor: it must not point into the editor.
    void setUndoFailureHandler(std::function<void(const QString &message)> handler);

    static constexpr int storeDelayMs = 400;

public slots:
    // Scrolls to the field's editor and gives it the focus (the report dock calls this).
    void focusField(const QString &fieldId);

signals:
    // Emitted after an edit was stored, with the validation state of the whole resource.
    void resourceEdited(qint64 resourceId);

private:
    class Private;
    Private *d;
};
