#include "ResourceEditor.h"

#include "ChangeFieldCommand.h"
#include "FieldEditor.h"
#include "FieldEditorFactory.h"
#include "FieldEditorRow.h"
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
#include <QFormLayout>
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
    auto *form = new QWidget;
    form->setObjectName(u"resourceForm"_s);
    if (id == 0) {
        header->setText(tr("No resource selected"));
        auto *layout = new QVBoxLayout(form);
        auto *hint = new QLabel(tr("Choose a resource in the list to edit its metadata."), form);
        hint->setAlignment(Qt::AlignCenter);
        layout->addWidget(hint);
        scroll->setWidget(form);
        return;
    }
    const ResourceTypeSpec *typeSpec = profile.resourceType(newType);
    header->setText(typeSpec ? tr("%1 · %2 · resource %3").arg(newType, typeSpec->label.text()).arg(id)
                             : tr("Resource %1 (unknown type \"%2\")").arg(id).arg(newType));
    // The rows keep their natural heights; spare room goes below the last one.
    auto *outer = new QVBoxLayout(form);
    auto *layout = new QFormLayout;
    outer->addLayout(layout);
    outer->addStretch(1);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    // An unknown type still shows every field that applies to all types, and the type combo to fix it.
    QList<const FieldSpec *> specs = profile.fieldsFor(newType);
    if (specs.isEmpty())
        for (const FieldSpec &f : profile.fields)
            if (f.appliesTo.isEmpty())
                specs.append(&f);
    for (const FieldSpec *spec : std::as_const(specs)) {
        FieldEditor *editor = FieldEditorFactory::create(*spec, profile, form);
        if (spec->rule.value("default_from"_L1).toString() == "unit.name"_L1 && !unitName().isEmpty())
            editor->setPlaceholder(tr("%1 (the workspace's unit)").arg(unitName()));
        auto *row = new FieldEditorRow(editor, form);
        auto *label = new QLabel(form);
        label->setObjectName(u"label_"_s + spec->id);
        label->setTextFormat(Qt::RichText);
        const QString text = spec->label.text().toHtmlEscaped();
        label->setText(spec->isRequiredFor(newType) ? text + u" <span style=\"color:#c62828\">*</span>"_s
                                                    : text);
        label->setToolTip(spec->isRequiredFor(newType) ? tr("%1 (required)").arg(spec->help.text())
                                                       : spec->help.text());
        label->setBuddy(editor->inputWidget());
        layout->addRow(label, row);
        rows.append(row);
        connect(editor, &FieldEditor::edited, q, [this, row] { onEdited(row); });
        connect(editor, &FieldEditor::committed, q, [this, row] {
            row->cancelScheduledStore();
            store(row);
            row->closeSession();
        });
        connect(row, &FieldEditorRow::storeDue, q, [this, row] { store(row); });
        connect(row, &FieldEditorRow::fixClicked, q, [this, row] { applyFix(row); });
    }
    auto *legend = new QLabel(tr("<span style=\"color:#c62828\">*</span> required for this type"), form);
    legend->setObjectName(u"requiredLegend"_s);
    legend->setTextFormat(Qt::RichText);
    layout->addRow(QString(), legend);
    scroll->setWidget(form);
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

void ResourceEditor::Private::load(const Resource &resource)
{
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
    if (value.isEmpty() && spec.rule.value("default_from"_L1).toString() == "unit.name"_L1 &&
        !ctx.unitName.isEmpty()) {
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
