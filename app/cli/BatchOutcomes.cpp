#include "BatchOutcomes.h"

#include "common/ParallelJobs.h"

#include "metadata/BatchValidator.h"
#include "package/TechnicalFindings.h"
#include "profile/Profile.h"
#include "workspace/ResourceStore.h"
#include "workspace/Workspace.h"
#include <QCoreApplication>

#include <algorithm>

namespace BatchOutcomes {

namespace {
// One batch through a connection already open: read, judged by its profile, cached technical results.
bool collectOne(Workspace &workspace, const Batch &batch, const Profile &profile, ValidationContext context,
                const Unit &unit, bool withMedia, Outcome *out, QString *error)
{
    QList<Resource> resources;
    if (!ResourceStore(workspace).listInBatch(batch.id, &resources, error)) {
        *error = QCoreApplication::translate("ValidateCommand", "validate: batch \"%1\": %2")
                     .arg(batch.name, *error);
        return false;
    }
    context.taxonomy = &profile.taxonomy;
    context.listSeparator = profile.listSeparator;
    out->report = BatchValidator(profile, context).validate(resources, unit);
    out->resources = int(resources.size());
    if (withMedia)
        for (const Resource &r : std::as_const(resources))
            out->technical += TechnicalFindings::cachedItems(workspace, profile, r);
    return true;
}
} // namespace

// One job per thread, each with its own read-only connection, taking every n-th batch (batches are of
// similar size; a connection per batch would cost more than reading a small batch).
bool collect(const QString &workspacePath, const QList<Batch> &batches,
             const QList<const Profile *> &profiles, const ValidationContext &context, const Unit &unit,
             bool withMedia, QList<Outcome> *outcomes, QString *error)
{
    outcomes->clear();
    outcomes->resize(batches.size());
    const int threads = std::max(1, std::min(ParallelJobs::defaultThreads(), int(batches.size())));
    const auto job = [&](int first, const std::atomic_bool &stop, QString *jobError) {
        Workspace workspace;
        if (!workspace.openReadOnly(workspacePath, jobError))
            return false;
        for (qsizetype i = first; i < batches.size() && !stop.load(); i += threads)
            if (!collectOne(workspace, batches.at(i), *profiles.at(i), context, unit, withMedia,
                            &(*outcomes)[i], jobError))
                return false;
        return true;
    };
    return ParallelJobs::run(threads, threads, job, nullptr, QString(), error);
}

} // namespace BatchOutcomes
