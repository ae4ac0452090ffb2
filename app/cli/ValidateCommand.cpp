// submitdesk-cli validate WORKSPACE [--batch NAME] [--json] [--no-media]: the batch report, with the
// technical check of the media and links (cached results, the rest checked now) unless --no-media.

#include "BatchOutcomes.h"
#include "CliCommand.h"
#include "CliSupport.h"

#include "common/Clock.h"
#include "metadata/BatchValidator.h"
#include "package/ExportChecks.h"
#include "package/TechnicalFindings.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/UnitStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <map>

using namespace Qt::StringLiterals;

namespace {
class ValidateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    QString name() const override { return u"validate"_s; }
    QString summary() const override
    {
        return tr("Check the metadata, media and links of every resource of a batch (or all batches).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(u"WORKSPACE"_s, tr("The workspace file."));
        parser.addOption({u"batch"_s, tr("Only this batch."), u"NAME"_s});
        parser.addOption({u"no-media"_s, tr("Check the metadata only, not the media files and links.")});
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
        QList<Batch> selected;
        if (!selectBatches(parser, workspace, &selected))
            return ExitCouldNotRun;
        QString unitError;
        const Unit unit = UnitStore(workspace).primary(&unitError);
        if (unit.id == 0) {
            CliSupport::err(tr("validate: %1").arg(unitError));
            return ExitCouldNotRun;
        }
        ValidationContext context;
        context.today = Clock::system().today();
        // Each batch's profile, loaded once per id and version (a province's 500 batches share a few).
        std::map<QString, Profile> loaded;
        QList<const Profile *> profiles;
        for (const Batch &b : std::as_const(selected)) {
            const QString key = b.profileId + u'@' + b.profileVersion;
            auto it = loaded.find(key);
            if (it == loaded.end()) {
                Profile batchProfile;
                if (QString error; !CliSupport::batchProfile(b, profile, &batchProfile, &error)) {
                    CliSupport::err(tr("validate: batch \"%1\": %2").arg(b.name, error));
                    return ExitCouldNotRun;
                }
                it = loaded.emplace(key, batchProfile).first;
            }
            profiles.append(&it->second);
        }
        const bool withMedia = !parser.isSet(u"no-media"_s);
        QList<BatchOutcomes::Outcome> outcomes;
        if (QString error; !BatchOutcomes::collect(args.first(), selected, profiles, context, unit, withMedia,
                                                   &outcomes, &error)) {
            CliSupport::err(error); // names the batch
            return ExitCouldNotRun;
        }
        QJsonArray json;
        int errors = 0;
        for (qsizetype i = 0; i < selected.size(); ++i) {
            const Batch &b = selected.at(i);
            const Profile &batchProfile = *profiles.at(i);
            ValidationReport report = outcomes.at(i).report;
            if (withMedia)
                report.add(technicalFindings(workspace, batchProfile, outcomes[i].technical));
            errors += report.errorCount();
            if (parser.isSet(u"json"_s)) {
                QJsonObject o = report.toJson();
                o.insert("batch"_L1, b.name);
                o.insert("profile"_L1, batchProfile.idAndVersion());
                o.insert("resources"_L1, outcomes.at(i).resources);
                json.append(o);
                continue;
            }
            CliSupport::out(tr("Batch \"%1\" (profile %2): %n resource(s)", nullptr, outcomes.at(i).resources)
                                .arg(b.name, batchProfile.idAndVersion()) +
                            u", "_s + tr("%n error(s)", nullptr, report.errorCount()) + u", "_s +
                            tr("%n warning(s)", nullptr, report.warningCount()));
            for (const ValidationMessage &m : report.messages()) {
                QString where = m.resourceId ? tr("resource %1").arg(m.resourceId) : tr("batch");
                if (const FieldSpec *field = profile.field(m.fieldId))
                    where += u" / "_s + field->label.text();
                else if (!m.fieldId.isEmpty())
                    where += u" / "_s + m.fieldId;
                CliSupport::out(u"  %1  %2: %3"_s.arg(severityName(m.severity), -7).arg(where, m.text));
                if (!m.detail.isEmpty())
                    CliSupport::out(u"           "_s + QString(m.detail).replace(u'\n', u"\n           "_s));
            }
        }
        if (parser.isSet(u"json"_s))
            CliSupport::outJson(QJsonDocument(QJsonObject{
                {"profile"_L1, profile.idAndVersion()}, {"errors"_L1, errors}, {"batches"_L1, json}}));
        return errors > 0 ? ExitProblems : ExitClean;
    }

private:
    static bool selectBatches(const QCommandLineParser &parser, Workspace &workspace, QList<Batch> *selected)
    {
        BatchStore batches(workspace);
        if (!parser.isSet(u"batch"_s)) {
            QString error;
            if (batches.all(selected, &error))
                return true;
            CliSupport::err(tr("validate: %1").arg(error));
            return false;
        }
        Batch b;
        QString error;
        if (!batches.findByName(parser.value(u"batch"_s), &b, &error)) {
            CliSupport::err(error.isEmpty()
                                ? tr("validate: there is no batch \"%1\"").arg(parser.value(u"batch"_s))
                                : tr("validate: %1").arg(error));
            return false;
        }
        selected->append(b);
        return true;
    }

    // The technical check of the batch as an export makes it: cached results, the rest checked now (and
    // cached for the next time).
    static QList<ValidationMessage> technicalFindings(Workspace &workspace, const Profile &profile,
                                                      QList<ExportChecks::Item> items)
    {
        QSet<QString> toCheck; // as run() names them: file name or URL
        for (const ExportChecks::Item &item : std::as_const(items))
            if (!item.done)
                toCheck.insert(item.kind == "link"_L1 ? item.path : QFileInfo(item.path).fileName());
        ExportChecks::run(&items, profile, nullptr, [&toCheck](int done, int total, const QString &current) {
            if (toCheck.remove(current)) // once per file, and only for what is checked now
                CliSupport::err(tr("Checking %1 (%2 of %3)…").arg(current).arg(done + 1).arg(total));
        });
        if (QString error; !ExportChecks::storeNew(workspace, profile, items, &error))
            CliSupport::err(tr("validate: a check result was not cached: %1").arg(error));
        return TechnicalFindings::fromItems(items, profile);
    }
};
const CliCommandRegistration registration([] { return std::make_unique<ValidateCommand>(); });
} // namespace
