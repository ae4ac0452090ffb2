#pragma once

#include "metadata/ValidationContext.h"
#include "metadata/ValidationReport.h"
#include "profile/Profile.h"
#include "workspace/Entities.h"

#include <QCoreApplication>

// Checks a batch: every resource, plus what concerns the batch as a whole (no resources,
// the same media file in two resources, the unit's registration details missing).
class BatchValidator
{
    Q_DECLARE_TR_FUNCTIONS(BatchValidator)
public:
    BatchValidator(const Profile &profile, ValidationContext context);
    ValidationReport validate(const QList<Resource> &resources, const Unit &unit) const;

private:
    const Profile &m_profile;
    ValidationContext m_context;
};
