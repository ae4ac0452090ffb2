#include "package/ExportJob.h"

#include "package/TechnicalFindings.h"

#include "common/Clock.h"
#include "metadata/BatchValidator.h"
#include "profile/Profile.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/UnitStore.h"
#include "workspace/Workspace.h"

#include "Translations.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThreadPool>

#ifdef SD_HAVE_REGISTRATION_PDF
#include "registration/RegistrationPdf.h"
#endif

using namespace Qt::StringLiterals;

ExportJob::ExportJob(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

ExportJob::~ExportJob()
{
    m_destroying.store(true);
    m_cancel.store(true);
    m_pool.waitForDone();
}

bool ExportJob::prepare(Workspace &workspace, const Profile &profile, const QString &batchName, bool draft,
                        const QString &outputPath, ExportRequest *request, ValidationReport *report,
                        QString *error)
{
    return prepareWithoutForm(workspace, profile, batchName, draft, outputPath, request, report, error) &&
           renderRegistrationForm(request, error);
}

bool ExportJob::prepareWithoutForm(Workspace &workspace, const Profile &profile, const QString &batchName,
                                   bool draft, const QString &outputPath, ExportRequest *request,
                                   ValidationReport *report, QString *error)
{
    BatchStore batches(workspace);
    Batch batch;
    QString readError;
    if (!batches.findByName(batchName, &batch, &readError)) {
        if (error)
            *error = readError.isEmpty() ? tr("%1: no batch named \"%2\"").arg(workspace.path(), batchName)
                                         : tr("%1: %2").arg(workspace.path(), readError);
        return false;
    }
    UnitStore units(workspace);
    Unit unit;
    if (!units.find(batch.unitId, &unit, &readError)) {
        if (readError.isEmpty())
            unit = units.primary(&readError);
        if (unit.id == 0) {
            if (error)
                *error = tr("%1: %2").arg(workspace.path(), readError);
            return false;
        }
    }
    ResourceStore store(workspace);
    QList<Resource> resources;
    if (!store.listInBatch(batch.id, &resources, &readError)) {
        if (error)
            *error = tr("%1: %2").arg(workspace.path(), readError);
        return false;
    }

    ValidationContext context;
    context.today = Clock::system().today();
    context.unitName = unit.name;
    context.taxonomy = &profile.taxonomy;
    context.listSeparator = profile.listSeparator;
    BatchValidator validator(profile, context);
    const ValidationReport found = validator.validate(resources, unit);
    if (report)
        *report = found;
    if (found.hasErrors() && !draft) {
        if (error)
            *error =
                tr("batch \"%1\" has %n error(s); fix them or export as a draft", nullptr, found.errorCount())
                    .arg(batchName);
        return false;
    }
    *request = ExportRequest();
    request->profile = &profile;
    request->unit = unit;
    request->batch = batch;
    request->resources = resources;
    request->report = found;
    if (Translations::normalized(profile.language) != Translations::normalized(QLocale().name())) {
        // The package's report.html speaks the profile's language, whatever the UI's.
        const Translations::LanguageScope language(profile.language);
        request->report = validator.validate(resources, unit);
    }
    request->draft = draft;
    request->outputPath = outputPath;
    request->checks = ExportChecks::plan(resources, profile);
    ExportChecks::loadCached(workspace, profile, &request->checks);
    return true;
}

bool ExportJob::renderRegistrationForm(ExportRequest *request, QString *error)
{
#ifdef SD_HAVE_REGISTRATION_PDF
    // The form is part of the package: a package without it would be incomplete without anyone noticing,
    // so a form that cannot be rendered (no CJK font, the PDF writer failing) stops the export.
    QString pdfError;
    request->registrationPdf = RegistrationPdf(request->unit).toPdf(&pdfError);
    if (request->registrationPdf.isEmpty()) {
        if (error)
            *error = tr("the registration form cannot be rendered: %1").arg(pdfError);
        return false;
    }
#else
    Q_UNUSED(request)
    Q_UNUSED(error)
#endif
    return true;
}

bool ExportJob::run(ExportResult *result, QString *error)
{
    m_failures.clear();
    m_refused = false;
    if (m_request.profile) {
        const bool checked = ExportChecks::run(&m_request.checks, *m_request.profile, &m_cancel,
                                               [this](int done, int total, const QString &current) {
                                                   if (!m_destroying.load())
                                                       emit checking(done, total, current);
                                               });
        if (!checked) {
            if (error)
                *error = tr("cancelled");
            return false;
        }
        m_failures.clear(); // each with its rule named for people, as the kind of its file has it
        for (const ExportChecks::Item &item : std::as_const(m_request.checks))
            for (ExportChecks::Failure f : ExportChecks::failures({item})) {
                f.label = TechnicalFindings::ruleLabel(*m_request.profile, item.kind, f.rule);
                m_failures.append(f);
            }
        if (result)
            result->technicalFailures = m_failures;
        if (!m_failures.isEmpty() && !m_request.draft) {
            m_refused = true;
            if (error) {
                QStringList lines{tr("batch \"%1\" fails %n technical rule(s); fix them or export as a draft",
                                     nullptr, int(m_failures.size()))
                                      .arg(m_request.batch.name)};
                for (const ExportChecks::Failure &f : std::as_const(m_failures))
                    lines.append(u"  "_s + f.text());
                *error = lines.join(u'\n');
            }
            return false;
        }
    }
    // A request prepared without its form (prepareWithoutForm) gets it now: no package is written without it.
    if (m_request.registrationPdf.isEmpty() && !renderRegistrationForm(&m_request, error))
        return false;
    QElapsedTimer throttle;
    throttle.start();
    BagWriter writer;
    const bool ok =
        writer.write(m_request, result, error, &m_cancel, [this, &throttle](const ExportProgress &p) {
            if (throttle.elapsed() < 100 && p.bytesDone < p.bytesTotal)
                return;
            throttle.restart();
            if (!m_destroying.load())
                emit progress(p.bytesDone, p.bytesTotal, p.bytesPerSecond, p.etaSeconds, p.currentFile);
        });
    if (ok && result)
        result->technicalFailures = m_failures;
    return ok;
}

bool ExportJob::saveChecks(Workspace &workspace, QString *error) const
{
    return !m_request.profile ||
           ExportChecks::storeNew(workspace, *m_request.profile, m_request.checks, error);
}

void ExportJob::start()
{
    // Not the global pool: ~ExportJob must be able to wait for exactly this task.
    m_pool.start([this]() {
        ExportResult result;
        QString error;
        const bool ok = run(&result, &error);
        if (!m_destroying.load())
            emit finished(ok, result.path, error);
    });
}
