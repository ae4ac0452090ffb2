#include "ResourceEditorPrivate.h"

#include "ChangeFieldCommand.h"
#include "FieldEditor.h"
#include "FieldEditorRow.h"
#include "MediaFileRow.h"
#include "ResourceFormBuilder.h"
#include "preview/PreviewPanel.h"

#include "common/Clock.h"
#include "metadata/FieldWriter.h"
#include "profile/Profile.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/UnitStore.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

void ResourceEditor::Private::build(const QString &newType)
{
    rows.clear();
    if (QWidget *old = scroll->takeWidget())
        old->deleteLater();
    type = newType;
    built = !newType.isEmpty();
    if (id == 0) {
        header->setText(tr("No resource selected"));
        scroll->setWidget(ResourceFormBuilder::buildEmpty());
        return;
    }
    const ResourceFormBuilder::Form form = ResourceFormBuilder::build(profile, newType, unitName());
    rows = form.rows;
    for (FieldEditorRow *row : std::as_const(rows))
        connectRow(row);
    scroll->setWidget(form.widget);
}

void ResourceEditor::Private::connectRow(FieldEditorRow *row)
{
    FieldEditor *editor = row->editor();
    connect(editor, &FieldEditor::edited, q, [this, row] { onEdited(row); });
    connect(editor, &FieldEditor::committed, q, [this, row] {
        row->cancelScheduledStore();
        store(row);
        row->closeSession();
    });
    connect(row, &FieldEditorRow::storeDue, q, [this, row] { store(row); });
    connect(row, &FieldEditorRow::fixClicked, q, [this, row] { applyFix(row); });
    connect(row, &FieldEditorRow::linkClicked, q, [this] {
        if (actions.setUpUnit)
            actions.setUpUnit->trigger();
    });
}

QString ResourceEditor::Private::storedValue(const Resource &resource, const FieldSpec &spec) const
{
    if (spec.id == "type"_L1)
        return resource.type;
    if (spec.kind == FieldKind::Image) {
        const QList<AttachedFile> files = resource.filesWithRole(spec.id);
        return files.isEmpty() ? QString() : files.first().path;
    }
    return resource.value(spec.id);
}

void ResourceEditor::Private::updateHeader(const Resource &resource)
{
    const ResourceTypeSpec *typeSpec = profile.resourceType(resource.type);
    const QString title = resource.value(u"title"_s).trimmed();
    const QString name = title.isEmpty() ? tr("Untitled resource #%1").arg(resource.id) : title;
    header->setText(typeSpec ? tr("%1 · %2 %3").arg(name, resource.type, typeSpec->label.text())
                             : tr("%1 · unknown type \"%2\"").arg(name, resource.type));
}

void ResourceEditor::Private::load(const Resource &resource)
{
    updateHeader(resource);
    for (FieldEditorRow *row : std::as_const(rows)) {
        const QString value = storedValue(resource, row->editor()->spec());
        row->cancelScheduledStore();
        row->closeSession();
        row->setStoredValue(value);
        row->editor()->setValue(value);
        validate(row);
    }
}

QString ResourceEditor::Private::unitName() const
{
    Batch batch;
    Unit unit;
    if (batchId != 0 && BatchStore(workspace).find(batchId, &batch) &&
        UnitStore(workspace).find(batch.unitId, &unit))
        return unit.name;
    QList<Unit> units;
    QString error;
    if (!UnitStore(workspace).all(&units, &error))
        qWarning("%s", qPrintable(error)); // the unit's name is only a hint for the checks
    return units.isEmpty() ? QString() : units.first().name;
}

ValidationContext ResourceEditor::Private::context() const
{
    ValidationContext ctx;
    ctx.today = clock->today();
    ctx.unitName = unitName();
    ctx.taxonomy = &profile.taxonomy;
    ctx.listSeparator = profile.listSeparator;
    return ctx;
}

void ResourceEditor::Private::validate(FieldEditorRow *row)
{
    const FieldSpec &spec = row->editor()->spec();
    const QString value = row->editor()->value();
    const ValidationContext ctx = context();
    if (validateUnitName(row, ctx))
        return;
    QList<ValidationMessage> messages = FieldValidator::validateWithRequired(spec, type, value, ctx);
    for (ValidationMessage &m : messages)
        m.resourceId = id;
    row->setMessages(messages);
}

bool ResourceEditor::Private::validateUnitName(FieldEditorRow *row, const ValidationContext &ctx)
{
    const FieldSpec &spec = row->editor()->spec();
    if (spec.role != FieldRole::UnitName || !row->editor()->value().isEmpty())
        return false;
    if (ctx.unitName.isEmpty()) {
        row->setNote(tr("Set your unit first."), actions.setUpUnit ? tr("Set up the unit…") : QString());
        return true;
    }
    // An empty field with a default (the unit's name) is judged by its default, as the validator does.
    row->setMessages(FieldValidator::validate(spec, ctx.unitName, ctx));
    return true;
}

void ResourceEditor::Private::onUnitChanged()
{
    const QString name = unitName();
    for (FieldEditorRow *r : std::as_const(rows)) {
        if (r->editor()->spec().role != FieldRole::UnitName)
            continue;
        r->editor()->setPlaceholder(ResourceFormBuilder::unitPlaceholder(r->editor()->spec(), name));
        validate(r);
    }
}

void ResourceEditor::Private::onEdited(FieldEditorRow *row)
{
    validate(row);
    FieldEditor *editor = row->editor();
    if (editor->storesImmediately()) {
        store(row);
        row->closeSession();
    } else if (editor->storesWhileTyping()) {
        row->scheduleStore(storeDelayMs);
    }
}

void ResourceEditor::Private::store(FieldEditorRow *row)
{
    if (id == 0)
        return;
    const FieldSpec &spec = row->editor()->spec();
    const QString value = row->editor()->value();
    const QString old = row->storedValue();
    if (value == old)
        return;
    // A cover that does not exist cannot be attached; its message already says so.
    if (spec.kind == FieldKind::Image && !value.isEmpty() && !QFileInfo(value).isFile())
        return;
    QString error;
    FieldWriter writer(workspace, profile);
    if (!writer.write(id, spec.id, value, &error)) {
        QList<ValidationMessage> messages = row->messages();
        messages.append(
            {Severity::Error, id, spec.id, u"store_failed"_s, tr("Not stored: %1").arg(error), {}});
        row->setMessages(messages);
        return;
    }
    row->setStoredValue(value);
    if (undoStack) {
        pushing = true;
        undoStack->push(new ChangeFieldCommand(workspace, profile, id, spec.id, old, value, row->session(),
                                               true, undoFailureHandler));
        pushing = false;
    }
}

void ResourceEditor::Private::applyFix(FieldEditorRow *row)
{
    applyValue(row, row->fixValue());
}

void ResourceEditor::Private::applyValue(FieldEditorRow *row, const QString &fix)
{
    if (!row || fix.isEmpty())
        return;
    row->cancelScheduledStore();
    row->editor()->setValue(fix);
    validate(row);
    row->closeSession();
    store(row);
    row->closeSession();
}

FieldEditorRow *ResourceEditor::Private::row(const QString &fieldId) const
{
    for (FieldEditorRow *r : rows)
        if (r->fieldId() == fieldId)
            return r;
    return nullptr;
}

void ResourceEditor::Private::onResourceChanged(qint64 changedId, const QString &fieldId)
{
    if (changedId != id || id == 0)
        return;
    Resource resource;
    if (!ResourceStore(workspace).load(id, &resource))
        return;
    if (resource.type != type) {
        // The type decides the fields: rebuild, but not inside the signal of the combo being replaced.
        if (!rebuildQueued) {
            rebuildQueued = true;
            QTimer::singleShot(0, q, [this] {
                rebuildQueued = false;
                q->setResource(id);
            });
        }
        emit q->resourceEdited(id);
        return;
    }
    updateHeader(resource);
    if (fieldId.isEmpty() || fieldId == "media"_L1) {
        mediaFile->setResource(id); // replaced, relinked, or its replacement undone
        preview->setResource(id);
    }
    refreshRows(resource, fieldId);
    emit q->resourceEdited(id);
}

void ResourceEditor::Private::refreshRows(const Resource &resource, const QString &fieldId)
{
    for (FieldEditorRow *r : std::as_const(rows)) {
        if (!fieldId.isEmpty() && r->fieldId() != fieldId)
            continue;
        const QString value = storedValue(resource, r->editor()->spec());
        r->setStoredValue(value);
        if (r->editor()->value() != value) {
            // Changed elsewhere (undo, redo, another view): show the stored value.
            r->cancelScheduledStore();
            r->closeSession();
            r->editor()->setValue(value);
            validate(r);
        }
    }
}
