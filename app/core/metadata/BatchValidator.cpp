#include "metadata/BatchValidator.h"

#include "metadata/ResourceValidator.h"

#include <QHash>

using namespace Qt::StringLiterals;

BatchValidator::BatchValidator(const Profile &profile, ValidationContext context)
    : m_profile(profile), m_context(std::move(context))
{
}

ValidationReport BatchValidator::validate(const QList<Resource> &resources, const Unit &unit) const
{
    return validate(resources, unit, ResourceCallback());
}

ValidationReport BatchValidator::validate(const QList<Resource> &resources, const Unit &unit,
                                          const ResourceCallback &onResource) const
{
    ValidationReport report;
    ValidationContext context = m_context;
    if (context.unitName.isEmpty())
        context.unitName = unit.name;
    if (resources.isEmpty())
        report.add({Severity::Error, 0, QString(), u"batch_empty"_s, tr("the batch has no resources"), {}});
    if (unit.name.trimmed().isEmpty() || unit.person.trimmed().isEmpty())
        report.add({Severity::Warning,
                    0,
                    QString(),
                    u"unit_incomplete"_s,
                    tr("the unit's name and responsible person are not filled in (Unit > Registration Form)"),
                    {}});
    const ResourceValidator validator(m_profile, context);
    QHash<QString, qint64> mediaOwner;
    for (qsizetype i = 0; i < resources.size(); ++i) {
        const Resource &r = resources.at(i);
        const ValidationReport own = validator.validate(r);
        report.merge(own);
        if (onResource && !onResource(i, own))
            break;
        for (const AttachedFile &f : r.files) {
            if (f.role != "media"_L1)
                continue;
            const auto it = mediaOwner.constFind(f.path);
            if (it != mediaOwner.cend() && *it != r.id)
                report.add({Severity::Warning,
                            r.id,
                            QString(),
                            u"media_duplicate"_s,
                            tr("%1 is also attached to resource %2").arg(f.path).arg(*it),
                            {}});
            else
                mediaOwner.insert(f.path, r.id);
        }
    }
    return report;
}
