// submitdesk-cli import WORKSPACE PACKAGE [--batch NAME]: open a package into a workspace as a new batch.
// submitdesk-cli import WORKSPACE --batch NAME --sheet FILE.xlsx|csv [--apply]: fill a batch's metadata from
// a spreadsheet; without --apply it only reports what would change and what is wrong.

#include "CliCommand.h"
#include "CliSupport.h"

#include "package/PackageOpener.h"
#include "package/SheetImporter.h"
#include "workspace/BatchStore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return u"import"_s; }
    QString summary() const override
    {
        return tr("Open a package as a new batch, or fill a batch's metadata from a spreadsheet (--sheet).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(u"WORKSPACE"_s, tr("The workspace file."));
        parser.addPositionalArgument(u"PACKAGE"_s, tr("The package to open: a .zip file or a bag folder."),
                                     u"[PACKAGE]"_s);
        parser.addOption(
            {u"batch"_s, tr("The batch: the new batch's name, or the batch the sheet fills."), u"NAME"_s});
        parser.addOption({u"sheet"_s,
                          tr("A metadata sheet (.xlsx or .csv) with the exported metadata.xlsx's headers."),
                          u"FILE"_s});
        parser.addOption(
            {u"apply"_s, tr("With --sheet: store the values (only when no cell has an error).")});
    }
    int run(const QCommandLineParser &parser) override
    {
        const QStringList args = parser.positionalArguments();
        const bool sheet = parser.isSet(u"sheet"_s);
        if (args.isEmpty() || (sheet ? (args.size() != 1 || !parser.isSet(u"batch"_s)) : args.size() != 2)) {
            CliSupport::err(tr("import: give WORKSPACE PACKAGE, or WORKSPACE --batch NAME --sheet FILE"));
            return ExitCouldNotRun;
        }
        Workspace workspace;
        Profile profile;
        if (!CliSupport::openWorkspaceOrReport(args.first(), sheet ? false : true, &workspace, &profile,
                                               tr("import: %1")))
            return ExitCouldNotRun;
        return sheet ? importSheet(parser, workspace, profile)
                     : openPackage(parser, args.at(1), workspace, profile);
    }

private:
    static int openPackage(const QCommandLineParser &parser, const QString &package, Workspace &workspace,
                           const Profile &profile)
    {
        PackageOpener opener(workspace, profile);
        PackageOpener::Result result;
        QString error;
        if (!opener.open(package, parser.value(u"batch"_s), &result, &error)) {
            CliSupport::err(tr("import: %1").arg(error));
            return ExitProblems;
        }
        if (parser.isSet(u"json"_s)) {
            CliSupport::outJson(QJsonDocument(QJsonObject{{u"batch"_s, result.batchName},
                                                          {u"resources"_s, result.resources},
                                                          {u"files"_s, result.files},
                                                          {u"folder"_s, result.folder}}));
        } else {
            CliSupport::out(tr("Opened %1 as batch \"%2\": %n resource(s)", nullptr, result.resources)
                                .arg(package, result.batchName) +
                            tr(", files in %1").arg(result.folder));
        }
        return ExitClean;
    }

    static int importSheet(const QCommandLineParser &parser, Workspace &workspace, const Profile &profile)
    {
        Batch batch;
        if (!BatchStore(workspace).findByName(parser.value(u"batch"_s), &batch)) {
            CliSupport::err(tr("import: there is no batch \"%1\"").arg(parser.value(u"batch"_s)));
            return ExitCouldNotRun;
        }
        SheetImporter importer(workspace, profile);
        SheetImporter::Plan plan;
        QString error;
        if (!importer.prepare(parser.value(u"sheet"_s), batch.id, &plan, &error)) {
            CliSupport::err(tr("import: %1").arg(error));
            return ExitCouldNotRun;
        }
        const bool apply = parser.isSet(u"apply"_s) && plan.issues.isEmpty();
        if (apply && !importer.apply(plan, &error)) {
            CliSupport::err(tr("import: %1").arg(error));
            return ExitCouldNotRun;
        }
        if (parser.isSet(u"json"_s)) {
            QJsonObject o = plan.toJson();
            o.insert(u"applied"_s, apply);
            CliSupport::outJson(QJsonDocument(o));
        } else {
            if (!plan.encoding.isEmpty())
                CliSupport::out(tr("read as %1 text").arg(plan.encoding));
            for (const SheetImporter::Issue &i : plan.warnings)
                CliSupport::out(tr("row %1, column \"%2\": warning: %3").arg(i.row).arg(i.column, i.text));
            for (const SheetImporter::Issue &i : plan.issues)
                CliSupport::out(tr("row %1, column \"%2\": %3").arg(i.row).arg(i.column, i.text));
            CliSupport::out(tr("%n row(s) matched", nullptr, int(plan.rows.size())) + u", "_s +
                            tr("%n value(s) to change", nullptr, plan.changeCount()) + u", "_s +
                            tr("%n problem(s)", nullptr, int(plan.issues.size())) + u"; "_s +
                            (apply                   ? tr("applied.")
                             : plan.issues.isEmpty() ? tr("nothing stored (add --apply to store).")
                                                     : tr("nothing stored.")));
        }
        return plan.issues.isEmpty() ? ExitClean : ExitProblems;
    }
};

const CliCommandRegistration registration(std::make_unique<ImportCommand>);
} // namespace
