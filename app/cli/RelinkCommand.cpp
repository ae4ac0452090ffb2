// submitdesk-cli relink WORKSPACE --search DIR [--dry-run] [--json]: find the attached files that have moved
// (FileRelinker) in DIR and re-link them in one go; reports what was re-linked and what is still missing.

#include "CliCommand.h"
#include "CliSupport.h"

#include "workspace/FileRelinker.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
class RelinkCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RelinkCommand)

public:
    QString name() const override { return u"relink"_s; }
    QString summary() const override
    {
        return tr("Find attached files that have moved in a folder and re-link them (by name, size and "
                  "content).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(u"WORKSPACE"_s, tr("The workspace file."));
        parser.addOption({u"search"_s, tr("The folder to search (with its subfolders)."), u"DIR"_s});
        parser.addOption({u"dry-run"_s, tr("Report what would be re-linked; change nothing.")});
    }
    int run(const QCommandLineParser &parser) override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1 || !parser.isSet(u"search"_s)) {
            CliSupport::err(tr("relink: give one WORKSPACE and --search DIR"));
            return ExitCouldNotRun;
        }
        Workspace workspace;
        Profile profile;
        if (!CliSupport::openWorkspaceOrReport(args.first(), false, &workspace, &profile, tr("relink: %1")))
            return ExitCouldNotRun;
        FileRelinker relinker(workspace);
        QList<FileRelinker::Missing> missing;
        QString error;
        if (!relinker.findMissing(&missing, &error)) {
            CliSupport::err(tr("relink: %1").arg(error));
            return ExitCouldNotRun;
        }
        const FileRelinker::Plan plan =
            FileRelinker::search(missing, parser.value(u"search"_s), FileRelinker::Limits());
        const bool apply = !parser.isSet(u"dry-run"_s);
        if (apply && !relinker.apply(plan, &error)) {
            CliSupport::err(tr("relink: %1").arg(error));
            return ExitCouldNotRun;
        }
        report(parser, plan, apply);
        return plan.stillMissing.isEmpty() ? ExitClean : ExitProblems;
    }

private:
    static void report(const QCommandLineParser &parser, const FileRelinker::Plan &plan, bool applied)
    {
        if (parser.isSet(u"json"_s)) {
            QJsonObject o = plan.toJson();
            o.insert(u"applied"_s, applied);
            CliSupport::outJson(QJsonDocument(o));
            return;
        }
        for (const FileRelinker::Link &l : plan.relinked)
            CliSupport::out(tr("re-linked: %1 -> %2 (%3)").arg(l.file.path, l.newPath, l.how));
        for (const FileRelinker::NotFound &n : plan.stillMissing)
            CliSupport::out(tr("still missing: %1 (%2)").arg(n.file.path, n.why));
        if (!plan.stoppedEarly.isEmpty())
            CliSupport::out(tr("the search stopped early: %1").arg(plan.stoppedEarly));
        CliSupport::out(tr("%n file(s) looked at", nullptr, plan.scanned) + u", "_s +
                        tr("%n re-linked", nullptr, int(plan.relinked.size())) + u", "_s +
                        tr("%n still missing", nullptr, int(plan.stillMissing.size())) +
                        (applied ? QString() : tr("; nothing changed (--dry-run).")));
    }
};

const CliCommandRegistration registration(std::make_unique<RelinkCommand>);
} // namespace
