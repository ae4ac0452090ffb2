// submitdesk-cli validate WORKSPACE [--batch NAME] [--json]: the batch report.

#include "CliCommand.h"
#include "CliSupport.h"

#include "common/Clock.h"
#include "metadata/BatchValidator.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/UnitStore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
class ValidateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    QString name() const override { return u"validate"_s; }
    QString summary() const override
    {
        return tr("Check the metadata of every resource of a batch (or all batches).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(u"WORKSPACE"_s, tr("The workspace file."));
        parser.addOption({u"batch"_s, tr("Only this batch."), u"NAME"_s});
    }
    int run(const QCommandLineParser &parser) override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            CliSupport::err(tr("validate: give exactly one WORKSPACE"));
            return ExitCouldNotRun;
        }
        Workspace workspace;
        Profile profile;
        if (!CliSupport::openWorkspaceOrReport(args.first(), false, &workspace, &profile, tr("validate: %1")))
            return ExitCouldNotRun;
        BatchStore batches(workspace);
        QList<Batch> selected;
        if (parser.isSet(u"batch"_s)) {
            Batch b;
            QString error;
            if (!batches.findByName(parser.value(u"batch"_s), &b, &error)) {
                CliSupport::err(error.isEmpty()
                                    ? tr("validate: there is no batch \"%1\"").arg(parser.value(u"batch"_s))
                                    : tr("validate: %1").arg(error));
                return ExitCouldNotRun;
            }
            selected.append(b);
        } else if (QString error; !batches.all(&selected, &error)) {
            CliSupport::err(tr("validate: %1").arg(error));
            return ExitCouldNotRun;
        }
        QString unitError;
        const Unit unit = UnitStore(workspace).primary(&unitError);
        if (unit.id == 0) {
            CliSupport::err(tr("validate: %1").arg(unitError));
            return ExitCouldNotRun;
        }
        ValidationContext context;
        context.today = Clock::system().today();
        ResourceStore resources(workspace);
        QJsonArray json;
        int errors = 0;
        for (const Batch &b : selected) {
            QList<Resource> list;
            Profile batchProfile;
            if (QString error; !CliSupport::batchProfile(b, profile, &batchProfile, &error) ||
                               !resources.listInBatch(b.id, &list, &error)) {
                CliSupport::err(tr("validate: batch \"%1\": %2").arg(b.name, error));
                return ExitCouldNotRun;
            }
            context.taxonomy = &batchProfile.taxonomy;
            context.listSeparator = batchProfile.listSeparator;
            const ValidationReport report = BatchValidator(batchProfile, context).validate(list, unit);
            errors += report.errorCount();
            if (parser.isSet(u"json"_s)) {
                QJsonObject o = report.toJson();
                o.insert("batch"_L1, b.name);
                o.insert("profile"_L1, batchProfile.idAndVersion());
                o.insert("resources"_L1, int(list.size()));
                json.append(o);
                continue;
            }
            CliSupport::out(tr("Batch \"%1\" (profile %2): %n resource(s)", nullptr, int(list.size()))
                                .arg(b.name, batchProfile.idAndVersion()) +
                            u", "_s + tr("%n error(s)", nullptr, report.errorCount()) + u", "_s +
                            tr("%n warning(s)", nullptr, report.warningCount()));
            for (const ValidationMessage &m : report.messages()) {
                QString where = m.resourceId ? tr("resource %1").arg(m.resourceId) : tr("batch");
                if (!m.fieldId.isEmpty())
                    where += u" / "_s + m.fieldId;
                CliSupport::out(u"  %1  %2: %3"_s.arg(severityName(m.severity), -7).arg(where, m.text));
            }
        }
        if (parser.isSet(u"json"_s))
            CliSupport::outJson(QJsonDocument(QJsonObject{
                {"profile"_L1, profile.idAndVersion()}, {"errors"_L1, errors}, {"batches"_L1, json}}));
        return errors > 0 ? ExitProblems : ExitClean;
    }
};
const CliCommandRegistration registration([] { return std::make_unique<ValidateCommand>(); });
} // namespace
