#pragma once

#include "EditorActions.h"

#include <QCoreApplication>
#include <QStackedWidget>

#include <functional>

class QLabel;
class QUndoStack;
class ResourceEditor;
class WorkspaceController;

// The middle of the window: the editor of the selected resource ("resourceEditor"), or a hint on how to
// add resources when none is selected ("emptyHint"). The editor is built anew for each workspace and
// language (its labels come from the profile); the undo stack outlives it.
class ResourceEditorPane : public QStackedWidget
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    ResourceEditorPane(WorkspaceController &workspace, QUndoStack *undo, QWidget *parent = nullptr);
    ~ResourceEditorPane() override;

    ResourceEditor *editor() const { return m_editor; }
    // The resource shown (0 when the hint is).
    qint64 resourceId() const;
    // Shows the resource in the editor (0: the hint). Returns false when there is no editor.
    bool showResource(qint64 resourceId);
    // Builds the editor for the open workspace, showing the same resource when it is still listed.
    void recreateEditor(const std::function<bool(qint64)> &isListed);
    // Where the editor reports a failed write of an undo or redo, and a stored edit.
    void setStoreFailureHandler(std::function<void(const QString &)> handler);
    void setStoredHandler(std::function<void()> handler);
    // Where a media file dropped onto the editor's preview goes (the resource shown and the file).
    void setMediaDropHandler(std::function<void(qint64, const QString &)> handler);
    // The window's actions behind the editor's links and media buttons, given to every editor built.
    void setEditorActions(const EditorActions &actions);
    // Stores what was typed last and removes the editor (the window closes).
    void closeEditor();
    void retranslate();

private:
    WorkspaceController &m_workspace;
    QUndoStack *m_undo;
    QLabel *m_emptyHint;
    ResourceEditor *m_editor = nullptr;
    std::function<void(const QString &)> m_storeFailure;
    std::function<void()> m_stored;
    std::function<void(qint64, const QString &)> m_mediaDrop;
    EditorActions m_actions;
};
