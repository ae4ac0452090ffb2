// submitdesk-cli init WORKSPACE [--profile ID|FILE]: creates (or opens and migrates) a workspace.

#include "CliCommand.h"
#include "CliSupport.h"

#include "profile/ProfileLoader.h"
#include "workspace/BatchStore.h"
#include "workspace/UnitStore.h"
#include "workspace/Workspace.h"

#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
class InitCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override { return u"init"_s; }
    QString summary() const override
    {
        return tr("Create a workspace file (or bring an old one up to date).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(u"WORKSPACE"_s,
                                     tr("The workspace file to create, e.g. units.submitdesk."));
        parser.addOption({u"profile"_s, tr("Campaign profile: a built-in id or a .json file."), u"ID"_s});
    }
    int run(const QCommandLineParser &parser) override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            CliSupport::err(tr("init: give exactly one WORKSPACE"));
            return ExitCouldNotRun;
        }
        const bool existed = QFileInfo::exists(args.first());
        Workspace workspace;
        Profile profile;
        QString error;
        if (!workspace.open(args.first(), &error)) {
            CliSupport::err(tr("init: %1").arg(error));
            return ExitCouldNotRun;
        }
        if (parser.isSet(u"profile"_s)) {
            if (!ProfileLoader::loadReference(parser.value(u"profile"_s), &profile, &error)) {
                CliSupport::err(tr("init: %1").arg(error));
                return ExitCouldNotRun;
            }
            // A built-in profile is remembered by its id; a profile file by its absolute path, so that
            // every later verb (and the GUI) loads the same file.
            const QString reference = ProfileLoader::builtinIds().contains(parser.value(u"profile"_s))
                                          ? profile.id
                                          : QFileInfo(parser.value(u"profile"_s)).absoluteFilePath();
            workspace.setMeta(u"profile_id"_s, reference);
        } else if (!ProfileLoader::loadReference(workspace.profileId(), &profile, &error)) {
            CliSupport::err(tr("init: %1").arg(error));
            return ExitCouldNotRun;
        }
        // The profile in use from now on: batches made later record it (and older ones that record none).
        if (!BatchStore(workspace).adoptProfile(profile.id, profile.version, &error)) {
            CliSupport::err(tr("init: %1").arg(error));
            return ExitCouldNotRun;
        }
        UnitStore(workspace).primary();
        if (parser.isSet(u"json"_s)) {
            CliSupport::outJson(QJsonDocument(QJsonObject{{"workspace"_L1, workspace.path()},
                                                          {"created"_L1, !existed},
                                                          {"schema"_L1, workspace.schemaVersion()},
                                                          {"profile"_L1, profile.idAndVersion()}}));
        } else {
            CliSupport::out(
                (existed ? tr("Opened %1 (schema %2, profile %3)") : tr("Created %1 (schema %2, profile %3)"))
                    .arg(workspace.path())
                    .arg(workspace.schemaVersion())
                    .arg(profile.idAndVersion()));
        }
        return ExitClean;
    }
};
const CliCommandRegistration registration([] { return std::make_unique<InitCommand>(); });
} // namespace
