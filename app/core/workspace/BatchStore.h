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

    // Reads report failures (busy, I/O, a damaged file) in *error instead of answering "none".
    bool all(QList<Batch> *out, QString *error) const;
    // False when there is no such batch (error empty) or the read failed (error says why).
    bool find(qint64 id, Batch *out, QString *error = nullptr) const;
    bool findByName(const QString &name, Batch *out, QString *error = nullptr) const;
    // Creates a batch with a unique, non-empty name; sets batch->id. A batch without a profile gets the one
    // in use (adoptProfile).
    bool create(Batch *batch, QString *error);
    // The batch with this name, created (for the workspace's unit) when missing.
    bool findOrCreate(const QString &name, Batch *out, QString *error);
    bool rename(qint64 id, const QString &name, QString *error);
    bool remove(qint64 id, QString *error);

    // The workspace's profile is in use (it was just loaded): batches that record no profile yet (made
    // before schema 3) get it, and so do batches created later without one.
    bool adoptProfile(const QString &profileId, const QString &version, QString *error);
    // The batch is judged by another profile from now on (re-judged under a newer version).
    bool setProfile(qint64 id, const QString &profileId, const QString &version, QString *error);

private:
    bool findOne(const QString &where, const QVariant &key, Batch *out, QString *error) const;
    Workspace &m_workspace;
};
