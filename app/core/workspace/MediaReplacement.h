#pragma once

#include "workspace/Entities.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class Workspace;

// A file a resource had before it was replaced (file_history, migration 0005).
struct FileHistoryEntry
{
    qint64 id = 0;
    qint64 resourceId = 0;
    QString role;
    QString path; // the earlier file (never deleted by us)
    qint64 size = 0;
    QString mtime;
    QString replacedBy; // the file that took its place
    QString reason;     // "replace" (by hand) or "fix" (Make compliant)
    QString note;       // about the new file, e.g. "upscaled from 640×360"
    QDateTime replacedAt;
};

// Replaces the media file of a resource, keeping every field value: the new file is attached as `add`
// attaches one (absolute path, size, mtime), the old one is recorded in the resource's history, and the
// cached check results of the old file are dropped (the caller checks the new one). One transaction.
// Undo puts the recorded file back. Used by `submitdesk-cli set --file`, the GUI's ReplaceMediaCommand and
// the fix queue.
class MediaReplacement
{
    Q_DECLARE_TR_FUNCTIONS(MediaReplacement)
public:
    explicit MediaReplacement(Workspace &workspace) : m_workspace(workspace) {}

    // Returns the new file's id, 0 on failure. `previous` gets the replaced file (id 0 when there was none).
    qint64 replace(qint64 resourceId, const QString &path, const QString &reason, const QString &note,
                   AttachedFile *previous, QString *error);
    // Undoes replace(): `previous` is the media file again, and the history entry that recorded it is
    // removed.
    bool restore(qint64 resourceId, const AttachedFile &previous, QString *error);
    // Oldest first.
    bool history(qint64 resourceId, QList<FileHistoryEntry> *out, QString *error) const;
    // The note recorded when `path` became the resource's media file ("" when none).
    QString noteFor(qint64 resourceId, const QString &path) const;

private:
    bool currentMedia(qint64 resourceId, AttachedFile *out, QString *error) const;
    Workspace &m_workspace;
};
