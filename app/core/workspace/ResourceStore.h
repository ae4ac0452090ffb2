#pragma once

#include "workspace/Entities.h"

#include <QCoreApplication>
#include <QHash>

class Workspace;

// Reads and writes resources, their field values and their attached files.
// Each setter is one committed write: what was stored survives a crash of the program.
class ResourceStore
{
    Q_DECLARE_TR_FUNCTIONS(ResourceStore)
public:
    explicit ResourceStore(Workspace &workspace) : m_workspace(workspace) {}

    // Creates an empty draft at the end of the batch; returns its id, 0 on failure.
    qint64 create(qint64 batchId, const QString &type, QString *error);
    bool remove(qint64 resourceId, QString *error);
    bool setType(qint64 resourceId, const QString &type, QString *error);

    // Reads report failures (busy, I/O, a damaged file) in *error instead of answering "none" or a
    // resource without its values.
    // False when there is no such resource (error empty) or the read failed (error says why).
    bool load(qint64 resourceId, Resource *out, QString *error = nullptr) const;
    // Every resource of the batch, values and files included, in three queries whatever the count.
    bool listInBatch(qint64 batchId, QList<Resource> *out, QString *error) const;
    // -1 when the count cannot be read.
    int countInBatch(qint64 batchId, QString *error = nullptr) const;
    // What the batch list shows, in the order of listInBatch, in one query whatever the count: id, batchId,
    // type, position, the values of the fields `fieldIds` only (the caller asks its profile which fields
    // hold the title and the address), and the first media file (id, role, path only).
    // Rows offset .. offset + limit - 1 (limit < 0: all from offset), so a long list can be read in pages.
    bool listSummaries(qint64 batchId, const QStringList &fieldIds, QList<Resource> *out, QString *error,
                       int offset = 0, int limit = -1) const;

    // Stores the value as typed; an empty value removes the field.
    bool setValue(qint64 resourceId, const QString &fieldId, const QString &value, QString *error);
    // Several values in one transaction (import, CLI `set`).
    bool setValues(qint64 resourceId, const QMap<QString, QString> &values, QString *error);

    // Attaches a file by absolute path; size and mtime are read now. Returns the file id, 0 on failure.
    qint64 addFile(qint64 resourceId, const QString &role, const QString &path, QString *error);
    bool removeFile(qint64 fileId, QString *error);
    // Replaces the single file of a role (the cover): removes the others of that role.
    qint64 replaceFile(qint64 resourceId, const QString &role, const QString &path, QString *error);

private:
    bool readValuesAndFiles(const QString &where, qint64 key, const QHash<qint64, qsizetype> &index,
                            QList<Resource> *resources, QString *error) const;
    bool touch(qint64 resourceId);
    Workspace &m_workspace;
};
