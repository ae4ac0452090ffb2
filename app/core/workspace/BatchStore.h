#pragma once

#include "workspace/Entities.h"

#include <QCoreApplication>

class Workspace;

// Reads and writes batches: one batch becomes one submission package.
class BatchStore
{
    Q_DECLARE_TR_FUNCTIONS(BatchStore)
public:
    explicit BatchStore(Workspace &workspace) : m_workspace(workspace) {}

    QList<Batch> all() const;
    bool find(qint64 id, Batch *out) const;
    bool findByName(const QString &name, Batch *out) const;
    // Creates a batch with a unique, non-empty name; sets batch->id.
    bool create(Batch *batch, QString *error);
    // The batch with this name, created (for the workspace's unit) when missing.
    bool findOrCreate(const QString &name, Batch *out, QString *error);
    bool rename(qint64 id, const QString &name, QString *error);
    bool remove(qint64 id, QString *error);

private:
    Workspace &m_workspace;
};
