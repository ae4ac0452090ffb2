// submitdesk-cli fix FILE... -o DIR [--plan] [--allow-upscale] [--add-silent-audio] [--loudness] [--json]:
// "Make compliant" (FixPlanner + FixEngine, the same as the GUI). Writes DIR/<input base name>.mp4 for video,
// .mp3 (the profile's audio format) for audio, only when the result passes the deep check.
// Exit 0 when every output passes (with --plan: every file can be fixed without a choice), 1 when some file
// cannot be fixed without a choice (upscale, silent track), cannot be fixed, or cannot be read, 2 when it
// could not run (no ffmpeg, no output folder, bad options).

#include "CliCommand.h"
#include "CliSupport.h"

#include "fix/FfmpegProcess.h"
#include "fix/FixEngine.h"
#include "profile/ProfileLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace {
std::atomic_bool interrupted{false};

extern "C" void onInterrupt(int)
{
    interrupted = true; // the running ffmpeg's group is killed and the partial output removed
}

class FixCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(FixCommand)

public:
    QString name() const override { return u"fix"_s; }
    QString summary() const override
    {
        return tr(
            "Make media files meet the technical standard (the least change: remux, sound only, or convert).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(u"FILE"_s, tr("Media files to fix; the originals are never changed."),
                                     u"FILE..."_s);
        parser.addOption({{u"o"_s, u"output"_s}, tr("Folder for the fixed files (required)."), u"DIR"_s});
        parser.addOption({u"plan"_s, tr("Only print what would be done.")});
        parser.addOption({u"allow-upscale"_s, tr("Enlarge pictures smaller than the standard's minimum.")});
        parser.addOption({u"add-silent-audio"_s, tr("Give videos without sound a silent sound track.")});
        parser.addOption({u"loudness"_s, tr("Even out the loudness to EBU R128 (−23 LUFS, two passes).")});
        parser.addOption({u"type"_s,
                          tr("Treat the files as \"video\" or \"audio\" (default: from the content)."),
                          u"TYPE"_s});
        parser.addOption(
            {u"profile"_s,
             tr("Campaign profile: a built-in id or a .json file (default %1).").arg(u"lifelong-2022"_s),
             u"PROFILE"_s, u"lifelong-2022"_s});
    }

    int run(const QCommandLineParser &parser) override
    {
        const QStringList files = parser.positionalArguments();
        const QString folder = parser.value(u"output"_s);
        const bool planOnly = parser.isSet(u"plan"_s);
        if (files.isEmpty() || (folder.isEmpty() && !planOnly)) {
            CliSupport::err(tr("fix: give at least one FILE and -o DIR"));
            return ExitCouldNotRun;
        }
        FixOptions options;
        options.kind = parser.value(u"type"_s).toLower();
        if (!options.kind.isEmpty() && options.kind != "video"_L1 && options.kind != "audio"_L1) {
            CliSupport::err(
                tr("fix: --type must be video or audio, not \"%1\"").arg(parser.value(u"type"_s)));
            return ExitCouldNotRun;
        }
        options.allowUpscale = parser.isSet(u"allow-upscale"_s);
        options.addSilentAudio = parser.isSet(u"add-silent-audio"_s);
        options.loudness = parser.isSet(u"loudness"_s);
        Profile profile;
        QString error;
        if (!ProfileLoader::loadReference(parser.value(u"profile"_s), &profile, &error)) {
            CliSupport::err(tr("fix: %1").arg(error));
            return ExitCouldNotRun;
        }
        if (!planOnly && !QFileInfo(folder).isDir()) {
            CliSupport::err(tr("fix: the output folder %1 does not exist").arg(folder));
            return ExitCouldNotRun;
        }
        if (!planOnly && FfmpegProcess::program().isEmpty()) {
            CliSupport::err(tr("fix: the ffmpeg program is not installed (Debian: apt install ffmpeg)"));
            return ExitCouldNotRun;
        }
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
        return fixAll(files, folder, planOnly, profile.technical, options, parser.isSet(u"json"_s));
    }

private:
    int fixAll(const QStringList &files, const QString &folder, bool planOnly, const QJsonObject &technical,
               const FixOptions &options, bool json)
    {
        QJsonArray results;
        int exit = ExitClean;
        for (const QString &file : files) {
            FixEngine::Outcome outcome;
            if (planOnly) {
                outcome = FixEngine::planFile(file, technical, options);
            } else {
                FixEngine::RunOptions run;
                run.cancel = &interrupted;
                const FixEngine::Outcome planned = FixEngine::planFile(file, technical, options);
                const QString suffix = planned.plan.suffix.isEmpty() ? u"mp4"_s : planned.plan.suffix;
                outcome = FixEngine::fixFile(file, FixEngine::targetIn(folder, file, suffix), technical,
                                             options, run);
            }
            exit = qMax(exit, exitFor(outcome.status));
            if (json)
                results.append(outcome.toJson());
            else
                print(outcome);
            if (interrupted)
                return ExitCouldNotRun;
        }
        if (json)
            CliSupport::outJson(QJsonDocument(QJsonObject{{"files"_L1, results}}));
        return exit;
    }

    static int exitFor(FixEngine::Outcome::Status status)
    {
        using S = FixEngine::Outcome::Status;
        switch (status) {
        case S::Planned:
        case S::Passed:
            return ExitClean;
        case S::Cancelled:
        case S::Failed:
            return ExitCouldNotRun;
        default:
            return ExitProblems;
        }
    }

    static void print(const FixEngine::Outcome &o)
    {
        CliSupport::out(u"%1:"_s.arg(o.input));
        CliSupport::out(u"  "_s + o.plan.describe().replace(u"\n"_s, u"\n  "_s));
        for (const QString &note : o.notes)
            CliSupport::out(u"  "_s + note);
        switch (o.status) {
        case FixEngine::Outcome::Status::Passed:
            CliSupport::out(tr("  → %1 (passes the standard)").arg(o.output));
            break;
        case FixEngine::Outcome::Status::Planned:
            break;
        default:
            CliSupport::out(tr("  not fixed: %1").arg(o.error.isEmpty() ? o.plan.blocker : o.error));
            for (const CheckResult &r : o.outputReport.checks)
                if (r.status == CheckResult::Status::Fail || r.status == CheckResult::Status::Error)
                    CliSupport::out(u"    %1: %2"_s.arg(r.id, r.message));
        }
    }
};

const CliCommandRegistration reg(std::make_unique<FixCommand>);
} // namespace
