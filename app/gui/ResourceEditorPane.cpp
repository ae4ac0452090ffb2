#include "ResourceEditorPane.h"

#include "ResourceEditor.h"
#include "WorkspaceController.h"
#include "preview/PreviewPanel.h"

#include <QLabel>

using namespace Qt::StringLiterals;

ResourceEditorPane::ResourceEditorPane(WorkspaceController &workspace, QUndoStack *undo, QWidget *parent)
    : QStackedWidget(parent), m_workspace(workspace), m_undo(undo), m_emptyHint(new QLabel)
{
    m_emptyHint->setObjectName(u"emptyHint"_s);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setMargin(24);
    addWidget(m_emptyHint);
}

ResourceEditorPane::~ResourceEditorPane()
{
    closeEditor();
}

void ResourceEditorPane::closeEditor()
{
    delete m_editor; // stores what was typed last while the workspace is still open
    m_editor = nullptr;
    setCurrentWidget(m_emptyHint);
}

qint64 ResourceEditorPane::resourceId() const
{
    return m_editor && currentWidget() == m_editor ? m_editor->resourceId() : 0;
}

bool ResourceEditorPane::showResource(qint64 resourceId)
{
    if (!m_editor)
        return false;
    if (m_editor->resourceId() != resourceId)
        m_editor->setResource(resourceId);
    setCurrentWidget(resourceId != 0 ? static_cast<QWidget *>(m_editor) : m_emptyHint);
    return true;
}

void ResourceEditorPane::recreateEditor(const std::function<bool(qint64)> &isListed)
{
    const qint64 shown = m_editor ? m_editor->resourceId() : 0;
    if (m_editor) {
        removeWidget(m_editor);
        m_editor->deleteLater();
        m_editor = nullptr;
    }
    if (!m_workspace.isOpen()) {
        setCurrentWidget(m_emptyHint);
        return;
    }
    m_editor = new ResourceEditor(m_workspace.workspace(), m_workspace.profile(), m_undo);
    m_editor->setObjectName(u"resourceEditor"_s);
    addWidget(m_editor);
    connect(m_editor, &ResourceEditor::resourceEdited, this, [this] {
        if (m_stored)
            m_stored();
    });
    connect(m_editor->preview(), &PreviewPanel::mediaFileDropped, this, [this](const QString &path) {
        if (m_mediaDrop && m_editor)
            m_mediaDrop(m_editor->resourceId(), path);
    });
    // The undo commands outlive this editor (it is rebuilt, the stack stays): they report to the handler.
    m_editor->setUndoFailureHandler(m_storeFailure);
    m_editor->setActions(m_actions);
    if (shown != 0 && isListed(shown))
        showResource(shown);
    else
        setCurrentWidget(m_emptyHint);
}

void ResourceEditorPane::setStoreFailureHandler(std::function<void(const QString &)> handler)
{
    m_storeFailure = std::move(handler);
}

void ResourceEditorPane::setMediaDropHandler(std::function<void(qint64, const QString &)> handler)
{
    m_mediaDrop = std::move(handler);
}

void ResourceEditorPane::setEditorActions(const EditorActions &actions)
{
    m_actions = actions;
    if (m_editor)
        m_editor->setActions(actions);
}

void ResourceEditorPane::setStoredHandler(std::function<void()> handler)
{
    m_stored = std::move(handler);
}

void ResourceEditorPane::retranslate()
{
    m_emptyHint->setText(
        tr("<h3>No resource selected</h3><p>Drop media files or whole folders on this window, "
           "or use Edit ▸ Add Files…, to draft one resource per file.</p>"
           "<p>Select a resource in the list to edit its metadata.</p>"));
}
