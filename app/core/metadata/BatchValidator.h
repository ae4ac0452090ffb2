#pragma once

#include "metadata/ValidationContext.h"
#include "metadata/ValidationReport.h"
#include "profile/Profile.h"
#include "workspace/Entities.h"

#include <QCoreApplication>

#include <functional>

// Checks a batch: every resource, plus what concerns the batch as a whole (no resources,
// the same media file in two resources, the unit's registration details missing).
class BatchValidator
{
    Q_DECLARE_TR_FUNCTIONS(BatchValidator)
public:
    BatchValidator(const Profile &profile, ValidationContext context);
    ValidationReport validate(const QList<Resource> &resources, const Unit &unit) const;
    // The same, calling onResource(index, what ResourceValidator found in resources[index]) after each
    // resource; when it returns false the check stops there (the report then holds what was found so far).
    using ResourceCallback = std::function<bool(qsizetype index, const ValidationReport &resourceReport)>;
    ValidationReport validate(const QList<Resource> &resources, const Unit &unit,
                              const ResourceCallback &onResource) const;

private:
    const Profile &m_profile;
    ValidationContext m_context;
};
