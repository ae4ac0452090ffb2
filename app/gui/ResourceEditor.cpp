#include "ResourceEditorPrivate.h"

#include "FieldEditor.h"
#include "FieldEditorRow.h"
#include "MediaFileRow.h"
#include "preview/PreviewPanel.h"

#include "common/Clock.h"
#include "workspace/ResourceStore.h"
#include "workspace/Workspace.h"

#include <QLabel>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

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
    d->mediaFile = new MediaFileRow(workspace, profile, this);
    layout->addWidget(d->mediaFile);
    d->preview = new PreviewPanel(workspace, profile, this);
    layout->addWidget(d->preview, 1);
    layout->addWidget(d->scroll, 1);
    // A cover made from a frame goes into its field like a one-click fix: stored, one undo step.
    connect(d->preview, &PreviewPanel::coverChosen, this,
            [this](const QString &fieldId, const QString &path) { d->applyValue(d->row(fieldId), path); });

    // The unit's name is the default of its field: a unit set up meanwhile is shown at once.
    connect(&workspace, &Workspace::unitChanged, this, [this] { d->onUnitChanged(); });
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
    d->mediaFile->setResource(resourceId);
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

void ResourceEditor::setActions(const EditorActions &actions)
{
    d->actions = actions;
    d->mediaFile->setActions(actions);
    d->onUnitChanged(); // the unit's note offers its link only when there is an action behind it
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
