#include "package/CampaignChecklist.h"

#include "metadata/ValidationReport.h"
#include "package/ExportJob.h"
#include "registration/ContactValidators.h"
#include "registration/RegistrationUnit.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/UnitStore.h"
#include "workspace/Workspace.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace {
const QString kPrintedKey = u"checklist/registration_printed"_s;
QString exportedKey(qint64 batchId)
{
    return u"checklist/exported/"_s + QString::number(batchId);
}
QDate deadlineOf(const Profile &profile, const QString &id)
{
    const Profile::Deadline *d = profile.deadline(id);
    return d ? d->date : QDate();
}
} // namespace

QList<CampaignChecklist::Step> CampaignChecklist::steps(const Profile &profile)
{
    return {
        {u"registration"_s, tr("Registration form"),
         tr("Fill in the unit and the responsible person, print the form, have it stamped and send the scan "
            "to %1.")
             .arg(profile.mailbox),
         deadlineOf(profile, u"registration"_s), false, QString()},
        {u"drafts"_s, tr("Drafts"),
         tr("Add the videos, audio files and course links, and describe each one."), QDate(), false,
         QString()},
        {u"check"_s, tr("Check and fix"),
         tr("Let SubmitDesk check every description and file against the standard, and fix what it finds."),
         QDate(), false, QString()},
        {u"export"_s, tr("Export or upload"),
         tr("Export the package (a .zip file) and hand it in, or upload it to the platform."),
         deadlineOf(profile, u"upload"_s), false, QString()},
    };
}

void CampaignChecklist::evaluateRegistration(Workspace &workspace, Step *step)
{
    UnitStore store(workspace);
    QList<Unit> units;
    QString error;
    const Unit unit = store.all(&units, &error) && !units.isEmpty() ? units.first() : Unit();
    bool filled = unit.id != 0;
    for (const QString &column : {u"name"_s, u"person"_s, u"title"_s, u"phone"_s, u"mobile"_s, u"email"_s})
        filled = filled &&
                 ContactValidators::checkUnitField(column, RegistrationUnit::value(unit, column)).isEmpty();
    const bool printed = !workspace.meta(kPrintedKey).isEmpty();
    const bool stamped = !unit.stampedScan.isEmpty();
    step->done = filled && (printed || stamped);
    step->state = !filled   ? tr("not filled in yet")
                  : stamped ? tr("filled in; stamped scan attached")
                  : printed ? tr("filled in and printed")
                            : tr("filled in, not printed yet");
}

void CampaignChecklist::evaluateBatch(Workspace &workspace, const Profile &profile, qint64 batchId,
                                      Step *drafts, Step *check, Step *exported)
{
    Batch batch;
    const int count = batchId > 0 && BatchStore(workspace).find(batchId, &batch)
                          ? ResourceStore(workspace).countInBatch(batchId)
                          : 0;
    drafts->done = count > 0;
    drafts->state = count > 0 ? tr("%n resource(s) in the batch", nullptr, count) : tr("no resources yet");
    if (count <= 0) {
        check->state = tr("nothing to check yet");
        exported->state = tr("not exported yet");
        return;
    }
    ExportRequest request;
    ValidationReport report;
    QString error;
    const bool ready =
        ExportJob::prepare(workspace, profile, batch.name, false, QDir::temp().filePath(u"checklist.zip"_s),
                           &request, &report, &error);
    check->done = ready;
    check->state = ready ? tr("no errors in the descriptions")
                         : tr("%n error(s) to fix", nullptr, qMax(1, report.errorCount()));
    const QString exportedTo = workspace.meta(exportedKey(batchId));
    exported->done = !exportedTo.isEmpty();
    exported->state = exported->done ? tr("exported to %1").arg(QDir::toNativeSeparators(exportedTo))
                                     : tr("not exported yet");
}

bool CampaignChecklist::evaluate(Workspace &workspace, const Profile &profile, qint64 batchId,
                                 QList<Step> *out, QString *error)
{
    if (!workspace.isOpen()) {
        if (error)
            *error = tr("no workspace is open");
        return false;
    }
    *out = steps(profile);
    evaluateRegistration(workspace, &(*out)[0]);
    evaluateBatch(workspace, profile, batchId, &(*out)[1], &(*out)[2], &(*out)[3]);
    return true;
}

void CampaignChecklist::markRegistrationPrinted(Workspace &workspace)
{
    workspace.setMeta(kPrintedKey, Workspace::nowText());
}

void CampaignChecklist::markExported(Workspace &workspace, qint64 batchId, const QString &packagePath)
{
    workspace.setMeta(exportedKey(batchId), packagePath);
}
