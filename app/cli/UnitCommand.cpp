// submitdesk-cli unit WORKSPACE [--name … --person … --title … --phone … --mobile … --email …]:
// shows or sets the submitting unit and its responsible person, validated as in the registration form.

#include "CliCommand.h"
#include "CliSupport.h"
#include "UnitFieldOptions.h"

#include "workspace/UnitStore.h"

using namespace Qt::StringLiterals;

namespace {
class UnitCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(UnitCommand)

public:
    QString name() const override { return u"unit"_s; }
    QString summary() const override
    {
        return tr("Show or set the submitting unit and its responsible person.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(u"WORKSPACE"_s, tr("The workspace file."));
        UnitFieldOptions::addTo(parser);
    }
    int run(const QCommandLineParser &parser) override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            CliSupport::err(tr("unit: give exactly one WORKSPACE"));
            return ExitCouldNotRun;
        }
        Workspace workspace;
        Profile profile;
        if (!CliSupport::openWorkspaceOrReport(args.first(), false, &workspace, &profile, tr("unit: %1")))
            return ExitCouldNotRun;
        QString error;
        UnitStore store(workspace);
        Unit unit = store.primary(&error);
        QStringList problems;
        const bool changed = UnitFieldOptions::apply(parser, &unit, &problems);
        if (!problems.isEmpty()) {
            for (const QString &p : problems)
                CliSupport::err(tr("unit: %1").arg(p));
            CliSupport::err(tr("unit: nothing was stored"));
            return ExitProblems;
        }
        if (changed && !store.save(&unit, &error)) {
            CliSupport::err(tr("unit: %1").arg(error));
            return ExitCouldNotRun;
        }
        if (parser.isSet(u"json"_s))
            CliSupport::outJson(QJsonDocument(UnitFieldOptions::toJson(unit)));
        else
            UnitFieldOptions::print(unit);
        return ExitClean;
    }
};
const CliCommandRegistration registration([] { return std::make_unique<UnitCommand>(); });
} // namespace
