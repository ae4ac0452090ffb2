#pragma once

#include "workspace/Entities.h"

#include <QCoreApplication>
#include <QList>

class Workspace;

// Puts deleted resources back as they were (undo of a delete): the same id, uid, batch, type, position,
// values and attached files, in one transaction. The same id keeps the edits on the undo stack that
// name it valid; when SQLite gave that id to a resource made since, the restore is refused.
class ResourceRestorer
{
    Q_DECLARE_TR_FUNCTIONS(ResourceRestorer)
public:
    // All or nothing; false with a message naming the resource.
    static bool restore(Workspace &workspace, const QList<Resource> &snapshots, QString *error);

private:
    static bool insertOne(Workspace &workspace, const Resource &r, QString *error);
};
