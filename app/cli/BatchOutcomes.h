#pragma once

#include "metadata/ValidationContext.h"
#include "metadata/ValidationReport.h"
#include "package/ExportChecks.h"
#include "workspace/Entities.h"

#include <QList>

class Profile;

// The reading and validating half of `validate`, for many batches at once: one thread per core, each batch
// read through a read-only connection of its own and judged by its own profile; the outcomes come back in
// the batches' order. A province's workspace (100,000 resources in 500 batches) is validated in seconds.
namespace BatchOutcomes {

struct Outcome
{
    ValidationReport report; // the metadata's findings
    int resources = 0;
    QList<ExportChecks::Item> technical; // with withMedia: cached results, and what is still to check
};

// profiles[i] judges batches[i]; `context` is completed with each profile's taxonomy and list separator.
bool collect(const QString &workspacePath, const QList<Batch> &batches,
             const QList<const Profile *> &profiles, const ValidationContext &context, const Unit &unit,
             bool withMedia, QList<Outcome> *outcomes, QString *error);

} // namespace BatchOutcomes
