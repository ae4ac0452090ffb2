#include "metadata/BatchValidationJob.h"

#include "metadata/BatchValidator.h"
#include "workspace/ResourceStore.h"
#include "workspace/UnitStore.h"
#include "workspace/Workspace.h"

using namespace Qt::StringLiterals;

BatchValidationJob::Status BatchValidationJob::statusOf(qint64 resourceId, const ValidationReport &report)
{
    Status status;
    status.resourceId = resourceId;
    for (const ValidationMessage &m : report.messages()) {
        if (m.severity == Severity::Error) {
            ++status.errors;
            if (m.code == "required"_L1)
                ++status.missing;
        } else if (m.severity == Severity::Warning) {
            ++status.warnings;
        } else if (m.code == "not_checked"_L1) {
            ++status.notChecked;
        }
    }
    return status;
}

BatchValidationJob::BatchValidationJob(const QString &workspacePath, qint64 batchId, const Profile &profile,
                                       const ValidationContext &context, int chunkSize)
    : m_path(workspacePath), m_batchId(batchId), m_profile(profile), m_context(context),
      m_chunkSize(qMax(1, chunkSize))
{
    m_context.taxonomy = &m_profile.taxonomy;
}

bool BatchValidationJob::run(const ChunkCallback &onChunk, ValidationReport *report, QString *error)
{
    Workspace workspace; // this thread's own connection, read-only: a check writes nothing
    QString openError;
    if (!workspace.openReadOnly(m_path, &openError)) {
        if (error)
            *error = tr("cannot check batch %1: %2").arg(m_batchId).arg(openError);
        return false;
    }
    if (isCanceled())
        return false;
    QList<Unit> units;
    QList<Resource> resources;
    QString readError;
    if (!UnitStore(workspace).all(&units, &readError) ||
        !ResourceStore(workspace).listInBatch(m_batchId, &resources, &readError)) {
        if (error)
            *error = tr("cannot check batch %1: %2").arg(m_batchId).arg(readError);
        return false;
    }
    const Unit unit = units.isEmpty() ? Unit() : units.first();
    if (isCanceled())
        return false;

    QList<Status> chunk;
    chunk.reserve(qMin<qsizetype>(m_chunkSize, resources.size()));
    const BatchValidator validator(m_profile, m_context);
    ValidationReport extra; // added after the metadata's findings
    ValidationReport whole =
        validator.validate(resources, unit, [&](qsizetype index, const ValidationReport &own) {
            ValidationReport all = own;
            if (m_extra) {
                const QList<ValidationMessage> found = m_extra(workspace, resources.at(index));
                all.add(found);
                extra.add(found);
            }
            chunk.append(statusOf(resources.at(index).id, all));
            if (chunk.size() >= m_chunkSize) {
                if (onChunk)
                    onChunk(chunk);
                chunk.clear();
            }
            return !isCanceled();
        });
    if (isCanceled())
        return false;
    if (!chunk.isEmpty() && onChunk)
        onChunk(chunk);
    whole.merge(extra);
    if (report)
        *report = whole;
    return true;
}
