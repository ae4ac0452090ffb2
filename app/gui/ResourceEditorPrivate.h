#pragma once

#include "EditorActions.h"
#include "ResourceEditor.h"

#include "common/Clock.h"
#include "metadata/FieldValidator.h"
#include "workspace/Entities.h"

#include <QPointer>

class FieldEditorRow;
class MediaFileRow;
class QLabel;
class QScrollArea;
struct FieldSpec;

// The state and the work of ResourceEditor: building the form, loading a resource into it, validating
// and storing each field, following changes made elsewhere.
class ResourceEditor::Private
{
public:
    Private(ResourceEditor *q, Workspace &workspace, const Profile &profile, QUndoStack *stack)
        : q(q), workspace(workspace), profile(profile), undoStack(stack)
    {
    }

    void build(const QString &type);
    // "中国书画鉴赏 · A01 Video": the selected resource by its title, or "Untitled resource #12".
    void updateHeader(const Resource &resource);
    void connectRow(FieldEditorRow *row);
    void load(const Resource &resource);
    QString storedValue(const Resource &resource, const FieldSpec &spec) const;
    ValidationContext context() const;
    void validate(FieldEditorRow *row);
    // The unit's name field: its default comes from the unit; before there is one, a calm note says
    // where to set it (not an error: the clerk did nothing wrong).
    bool validateUnitName(FieldEditorRow *row, const ValidationContext &ctx);
    void onUnitChanged();
    void onEdited(FieldEditorRow *row);
    void store(FieldEditorRow *row);
    void applyFix(FieldEditorRow *row);
    void applyValue(FieldEditorRow *row, const QString &value); // as the user would, in one undo step
    void onResourceChanged(qint64 id, const QString &fieldId);
    void refreshRows(const Resource &resource, const QString &fieldId);
    FieldEditorRow *row(const QString &fieldId) const;
    QString unitName() const;

    ResourceEditor *q;
    Workspace &workspace;
    const Profile &profile;
    QPointer<QUndoStack> undoStack;
    std::function<void(const QString &)> undoFailureHandler;
    EditorActions actions;
    const Clock *clock = &Clock::system();
    qint64 id = 0;
    qint64 batchId = 0;
    QString type;
    bool built = false;
    bool pushing = false;
    bool rebuildQueued = false;
    QLabel *header = nullptr;
    MediaFileRow *mediaFile = nullptr;
    QScrollArea *scroll = nullptr;
    PreviewPanel *preview = nullptr;
    QList<FieldEditorRow *> rows;
};
