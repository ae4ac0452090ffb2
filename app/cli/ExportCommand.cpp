// submitdesk-cli export WORKSPACE --batch NAME -o OUT(.zip|dir) [--draft] [--replace] [--json]: write the
// submission package. The technical checks are repeated first; a failing file refuses the batch (exit 1)
// unless --draft.

#include "CliCommand.h"
#include "CliSupport.h"

#include "workspace/BatchStore.h"

#include "package/ExportJob.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QString formatBytes(double bytes)
{
    return QLocale::c().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeTraditionalFormat);
}

class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return u"export"_s; }
    QString summary() const override
    {
        return tr("Write a batch as a BagIt submission package (folder or .zip).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(u"WORKSPACE"_s, tr("The workspace file."));
        parser.addOption({u"batch"_s, tr("The batch to export."), u"NAME"_s});
        parser.addOption(
            {{u"o"_s, u"output"_s}, tr("The package to write: a .zip file or a folder."), u"OUT"_s});
        parser.addOption({u"draft"_s, tr("Export even with errors; the package is marked as a draft.")});
        parser.addOption(
            {u"replace"_s, tr("Replace an existing package at OUT (a .zip file or a package folder) "
                              "once the new one is complete.")});
        parser.addOption({u"quiet"_s, tr("No progress on stderr.")});
    }
    int run(const QCommandLineParser &parser) override
    {
        const QStringList args = parser.positionalArguments();
        const bool json = parser.isSet(u"json"_s);
        if (args.size() != 1 || !parser.isSet(u"batch"_s) || !parser.isSet(u"output"_s)) {
            CliSupport::err(tr("export: give WORKSPACE, --batch NAME and -o OUT"));
            return ExitCouldNotRun;
        }
        Workspace workspace;
        Profile profile;
        if (!CliSupport::openWorkspaceOrReport(args.first(), false, &workspace, &profile, tr("export: %1")))
            return ExitCouldNotRun;
        QString error;
        // The batch is judged, and packaged, by the profile it records.
        Batch batch;
        Profile judgedBy = profile;
        if (BatchStore(workspace).findByName(parser.value(u"batch"_s), &batch, &error) &&
            !CliSupport::batchProfile(batch, profile, &judgedBy, &error)) {
            CliSupport::err(tr("export: %1").arg(error));
            return ExitCouldNotRun;
        }
        ExportRequest request;
        ValidationReport report;
        if (!ExportJob::prepare(workspace, judgedBy, parser.value(u"batch"_s), parser.isSet(u"draft"_s),
                                parser.value(u"output"_s), &request, &report, &error)) {
            if (!report.hasErrors()) { // the batch could not be read
                CliSupport::err(tr("export: %1").arg(error));
                return ExitCouldNotRun;
            }
            if (json) {
                QJsonObject o{
                    {u"exported"_s, false}, {u"error"_s, error}, {u"validation"_s, report.toJson()}};
                CliSupport::outJson(QJsonDocument(o));
            } else {
                CliSupport::err(tr("export: %1").arg(error));
                for (const ValidationMessage &m : report.messages()) {
                    if (!m.isError())
                        continue;
                    QString where = m.resourceId ? tr("resource %1").arg(m.resourceId) : tr("batch");
                    if (!m.fieldId.isEmpty())
                        where += u" / "_s + m.fieldId;
                    CliSupport::err(u"  %1: %2"_s.arg(where, m.text));
                }
            }
            return ExitProblems;
        }
        request.replaceExisting = parser.isSet(u"replace"_s);
        ExportJob job;
        job.setRequest(request);
        const bool quiet = parser.isSet(u"quiet"_s) || json;
        if (!quiet) {
            QObject::connect(
                &job, &ExportJob::progress, &job,
                [](qint64 done, qint64 total, double speed, double eta, const QString &) {
                    const QString line =
                        tr("%1 / %2  %3/s  ETA %4 s")
                            .arg(formatBytes(double(done)), formatBytes(double(total)), formatBytes(speed))
                            .arg(eta < 0 ? u"?"_s : QString::number(qRound(eta)));
                    std::fprintf(stderr, "\r%s   ", line.toUtf8().constData());
                    std::fflush(stderr);
                },
                Qt::DirectConnection);
        }
        if (!quiet) {
            QObject::connect(
                &job, &ExportJob::checking, &job,
                [](int done, int total, const QString &current) {
                    const QString line = tr("checking %1/%2 %3").arg(done).arg(total).arg(current);
                    std::fprintf(stderr, "\r%s   ", line.toUtf8().constData());
                    std::fflush(stderr);
                },
                Qt::DirectConnection);
        }
        ExportResult result;
        const bool ok = job.run(&result, &error);
        if (!quiet)
            std::fprintf(stderr, "\n");
        if (QString cacheError; !job.saveChecks(workspace, &cacheError))
            CliSupport::err(
                tr("export: warning: the technical check results were not cached (the next export "
                   "checks again): %1")
                    .arg(cacheError));
        if (!ok && job.refusedForTechnicalChecks()) {
            if (json) {
                CliSupport::outJson(QJsonDocument(
                    QJsonObject{{u"exported"_s, false},
                                {u"error"_s, error.section(u'\n', 0, 0)},
                                {u"validation"_s, report.toJson()},
                                {u"technical"_s, ExportChecks::toJson(job.technicalFailures())}}));
            } else {
                CliSupport::err(tr("export: %1").arg(error));
            }
            return ExitProblems;
        }
        if (!ok) {
            CliSupport::err(tr("export: %1").arg(error));
            return ExitCouldNotRun;
        }
        const double speed = result.seconds > 0 ? result.payloadBytes / result.seconds : 0;
        if (json) {
            CliSupport::outJson(
                QJsonDocument(QJsonObject{{u"exported"_s, true},
                                          {u"path"_s, result.path},
                                          {u"draft"_s, request.draft},
                                          {u"files"_s, double(result.payloadFiles)},
                                          {u"bytes"_s, double(result.payloadBytes)},
                                          {u"seconds"_s, result.seconds},
                                          {u"validation"_s, report.toJson()},
                                          {u"technical"_s, ExportChecks::toJson(result.technicalFailures)}}));
        } else {
            CliSupport::out(tr("Wrote %1%2: %n file(s)", nullptr, int(result.payloadFiles))
                                .arg(result.path, request.draft ? tr(" (draft)") : QString()) +
                            tr(", %1 in %2 s (%3/s)")
                                .arg(formatBytes(double(result.payloadBytes)))
                                .arg(result.seconds, 0, 'f', 1)
                                .arg(formatBytes(speed)));
            for (const ExportChecks::Failure &f : std::as_const(result.technicalFailures))
                CliSupport::err(tr("  technical: %1").arg(f.text()));
        }
        return ExitClean;
    }
};

const CliCommandRegistration registration(std::make_unique<ExportCommand>);
} // namespace
