#include "BatchOutcomes.h"

#include "common/ParallelJobs.h"

#include "metadata/BatchValidator.h"
#include "package/TechnicalFindings.h"
#include "profile/Profile.h"
#include "workspace/ResourceStore.h"
#include "workspace/Workspace.h"
#include <QCoreApplication>

namespace BatchOutcomes {

bool collect(const QString &workspacePath, const QList<Batch> &batches,
             const QList<const Profile *> &profiles, const ValidationContext &context, const Unit &unit,
             bool withMedia, QList<Outcome> *outcomes, QString *error)
{
    outcomes->clear();
    outcomes->resize(batches.size());
    const auto job = [&](int index, const std::atomic_bool &, QString *jobError) {
        Workspace workspace;
        Outcome &out = (*outcomes)[index];
        if (!workspace.openReadOnly(workspacePath, jobError) ||
            !ResourceStore(workspace).listInBatch(batches.at(index).id, &out.resources, jobError)) {
            *jobError = QCoreApplication::translate("ValidateCommand", "validate: batch \"%1\": %2")
                            .arg(batches.at(index).name, *jobError);
            return false;
        }
        const Profile &profile = *profiles.at(index);
        ValidationContext own = context;
        own.taxonomy = &profile.taxonomy;
        own.listSeparator = profile.listSeparator;
        out.report = BatchValidator(profile, own).validate(out.resources, unit);
        if (withMedia)
            for (const Resource &r : std::as_const(out.resources))
                out.technical += TechnicalFindings::cachedItems(workspace, profile, r);
        return true;
    };
    return ParallelJobs::run(int(batches.size()), ParallelJobs::defaultThreads(), job, nullptr, QString(),
                             error);
}

} // namespace BatchOutcomes
