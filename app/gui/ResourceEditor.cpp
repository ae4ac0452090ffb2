#include "ResourceEditor.h"

#include "ChangeFieldCommand.h"
#include "FieldEditor.h"
#include "FieldEditorRow.h"
#include "ResourceFormBuilder.h"
#include "preview/PreviewPanel.h"

#include "common/Clock.h"
#include "metadata/FieldValidator.h"
#include "metadata/FieldWriter.h"
#include "profile/Profile.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/UnitStore.h"
#include "workspace/Workspace.h"

#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QScrollArea>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

class ResourceEditor::Private
{
public:
    Private(ResourceEditor *q, Workspace &workspace, const Profile &profile, QUndoStack *stack)
        : q(q), workspace(workspace), profile(profile), undoStack(stack)
    {
    }

    void build(const QString &type);
    // "中国书画鉴赏 · A01 Video": the selected resource by its title.
    void updateHeader(const Resource &resource);
    void connectRow(FieldEditorRow *row);
    void load(const Resource &resource);
    QString storedValue(const Resource &resource, const FieldSpec &spec) const;
    ValidationContext context() const;
    void validate(FieldEditorRow *row);
    void onEdited(FieldEditorRow *row);
    void store(FieldEditorRow *row);
    void applyFix(FieldEditorRow *row);
    void applyValue(FieldEditorRow *row, const QString &value); // as the user would, in one undo step
    void onResourceChanged(qint64 id, const QString &fieldId);
    FieldEditorRow *row(const QString &fieldId) const;
    QString unitName() const;

    ResourceEditor *q;
    Workspace &workspace;
    const Profile &profile;
    QPointer<QUndoStack> undoStack;
    std::function<void(const QString &)> undoFailureHandler;
    const Clock *clock = &Clock::system();
    qint64 id = 0;
    qint64 batchId = 0;
    QString type;
    bool built = false;
    bool pushing = false;
    bool rebuildQueued = false;
    QLabel *header = nullptr;
    QScrollArea *scroll = nullptr;
    PreviewPanel *preview = nullptr;
    QList<FieldEditorRow *> rows;
};

ResourceEditor::ResourceEditor(Workspace &workspace, const Profile &profile, QUndoStack *undoStack,
                               QWidget *parent)
    : QWidget(parent), d(new Private(this, workspace, profile, undoStack))
{
    setObjectName(u"resourceEditor"_s);
    d->header = new QLabel(this);
    d->header->setObjectName(u"resourceEditorHeader"_s);
    QFont font = d->header->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    d->header->setFont(font);
    d->scroll = new QScrollArea(this);
    d->scroll->setObjectName(u"resourceEditorScroll"_s);
    d->scroll->setWidgetResizable(true);
    d->scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(d->header);
    d->preview = new PreviewPanel(workspace, profile, this);
    layout->addWidget(d->preview, 1);
    layout->addWidget(d->scroll, 1);
    // A cover made from a frame goes into its field like a one-click fix: stored, one undo step.
    connect(d->preview, &PreviewPanel::coverChosen, this,
            [this](const QString &fieldId, const QString &path) { d->applyValue(d->row(fieldId), path); });

    connect(&workspace, &Workspace::resourceChanged, this,
            [this](qint64 id, const QString &fieldId) { d->onResourceChanged(id, fieldId); });
    // A removed resource leaves the form (nothing pending is stored into a row that is gone).
    connect(&workspace, &Workspace::resourcesChanged, this, [this] {
        Resource resource;
        if (d->id == 0 || ResourceStore(d->workspace).load(d->id, &resource))
            return;
        for (FieldEditorRow *row : std::as_const(d->rows))
            row->cancelScheduledStore();
        setResource(0);
    });
    if (undoStack) {
        // An undo or redo ends every edit session: the next keystroke starts a new undo step.
        connect(undoStack, &QUndoStack::indexChanged, this, [this] {
            if (d->pushing)
                return;
            for (FieldEditorRow *row : std::as_const(d->rows))
                row->closeSession();
        });
    }
    d->build(QString());
}

ResourceEditor::~ResourceEditor()
{
    // What was typed last is stored; then no field editor may reach d while Qt destroys the children
    // (a focused editor still sends its focus-out "committed" on the way).
    flushPendingEdits();
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
    delete d;
    d = nullptr;
}

void ResourceEditor::setClock(const Clock *clock)
{
    d->clock = clock ? clock : &Clock::system();
    for (FieldEditorRow *row : std::as_const(d->rows))
        d->validate(row);
}

void ResourceEditor::setResource(qint64 resourceId)
{
    flushPendingEdits();
    Resource resource;
    if (resourceId != 0 && !ResourceStore(d->workspace).load(resourceId, &resource))
        resourceId = 0;
    d->id = resourceId;
    d->batchId = resource.batchId;
    d->preview->setResource(resourceId);
    if (resourceId == 0) {
        d->build(QString());
        return;
    }
    if (!d->built || resource.type != d->type)
        d->build(resource.type);
    d->load(resource);
}

qint64 ResourceEditor::resourceId() const
{
    return d->id;
}

PreviewPanel *ResourceEditor::preview() const
{
    return d->preview;
}

void ResourceEditor::setUndoFailureHandler(std::function<void(const QString &)> handler)
{
    d->undoFailureHandler = std::move(handler);
}

QStringList ResourceEditor::shownFields() const
{
    QStringList ids;
    for (const FieldEditorRow *row : std::as_const(d->rows))
        ids.append(row->fieldId());
    return ids;
}

void ResourceEditor::flushPendingEdits()
{
    for (FieldEditorRow *row : std::as_const(d->rows)) {
        if (row->hasScheduledStore()) {
            row->cancelScheduledStore();
            d->store(row);
        }
    }
}

void ResourceEditor::focusField(const QString &fieldId)
{
    FieldEditorRow *row = d->row(fieldId);
    if (!row)
        return;
    d->scroll->ensureWidgetVisible(row);
    row->editor()->inputWidget()->setFocus(Qt::OtherFocusReason);
}

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
    const QString name = title.isEmpty() ? tr("Untitled resource %1").arg(resource.id) : title;
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
    // An empty field with a default (the unit's name) is judged by its default, as the validator does.
    if (value.isEmpty() && spec.role == FieldRole::UnitName && !ctx.unitName.isEmpty()) {
        row->setMessages(FieldValidator::validate(spec, ctx.unitName, ctx));
        return;
    }
    QList<ValidationMessage> messages = FieldValidator::validateWithRequired(spec, type, value, ctx);
    for (ValidationMessage &m : messages)
        m.resourceId = id;
    row->setMessages(messages);
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
    emit q->resourceEdited(id);
}
