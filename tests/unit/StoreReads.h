#pragma once

// The stores' reads as plain lists for assertions: a failed read fails the running test (with the
// store's message) instead of looking like an empty list.

#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/UnitStore.h"

#include <QTest>

namespace StoreReads {
inline void failOn(bool ok, const QString &error)
{
    if (!ok)
        QTest::qFail(qPrintable(QStringLiteral("store read failed: ") + error), __FILE__, __LINE__);
}
inline QList<Batch> batches(const BatchStore &store)
{
    QList<Batch> out;
    QString error;
    failOn(store.all(&out, &error), error);
    return out;
}
inline QList<Unit> units(const UnitStore &store)
{
    QList<Unit> out;
    QString error;
    failOn(store.all(&out, &error), error);
    return out;
}
inline QList<Resource> inBatch(const ResourceStore &store, qint64 batchId)
{
    QList<Resource> out;
    QString error;
    failOn(store.listInBatch(batchId, &out, &error), error);
    return out;
}
inline QList<Resource> summaries(const ResourceStore &store, qint64 batchId, int offset = 0, int limit = -1)
{
    QList<Resource> out;
    QString error;
    // The fields the 2022 profile gives the roles title and course_url.
    failOn(store.listSummaries(batchId, {QStringLiteral("title"), QStringLiteral("url")}, &out, &error,
                               offset, limit),
           error);
    return out;
}
} // namespace StoreReads
