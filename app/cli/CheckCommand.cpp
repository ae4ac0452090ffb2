// submitdesk-cli check [--type video|audio|document] [--deep] [--json] FILE|URL...: the technical check of
// the profile's "technical" section (docs/profile-format.md). http(s) URLs are online courses (A03): link
// check, with --protection-level/--filing-number judged too.
// Exit 0 when every file passes, 1 when some fail (a damaged, cut or non-media file fails "integrity"), 2
// when some could not be read (I/O: missing, permission, not a regular file). JSON: docs/check-json.md.

#include "CliCommand.h"
#include "CliSupport.h"
#include "package/TechnicalFindings.h"

#include "profile/ProfileLoader.h"

#include "media/LinkCheck.h"
#include "media/LinkPolicy.h"
#include "media/MediaCheck.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>
#include <QThreadPool>

#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace {
QString statusLabel(CheckResult::Status status)
{
    switch (status) {
    case CheckResult::Status::Pass:
        return u"pass"_s;
    case CheckResult::Status::Warning:
        return u"WARN"_s;
    case CheckResult::Status::Fail:
        return u"FAIL"_s;
    case CheckResult::Status::Error:
        break;
    }
    return u"ERROR"_s;
}

class CheckCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return u"check"_s; }
    QString summary() const override
    {
        return tr("Check media files against the technical standard (container, codecs, resolution …).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(u"FILE"_s,
                                     tr("Media files, or http(s) addresses of online courses, to check."),
                                     u"FILE|URL..."_s);
        parser.addOption({u"protection-level"_s,
                          tr("For URLs: the platform's declared cyber-security protection level."), u"N"_s});
        parser.addOption({u"filing-number"_s, tr("For URLs: the protection filing number."), u"X"_s});
        parser.addOption({u"type"_s,
                          tr("Judge the files as \"video\" (A01), \"audio\" (A02) or \"document\" (PDF); "
                             "guessed from the content when absent."),
                          u"TYPE"_s});
        parser.addOption({u"deep"_s, tr("Also decode every frame and report decode errors (slow).")});
        parser.addOption(
            {u"profile"_s,
             tr("Campaign profile: an id or ID@VERSION (built in or imported), or a .json file (default %1).")
                 .arg(u"lifelong-2022"_s),
             u"PROFILE"_s, u"lifelong-2022"_s});
        parser.addOption(
            {u"jobs"_s, tr("Files checked at the same time (default: number of cores)."), u"N"_s});
    }

    int run(const QCommandLineParser &parser) override
    {
        const QStringList files = parser.positionalArguments();
        if (files.isEmpty()) {
            CliSupport::err(tr("check: give at least one FILE"));
            return ExitCouldNotRun;
        }
        QString kind = parser.value(u"type"_s).toLower();
        if (kind == "a01"_L1)
            kind = u"video"_s;
        else if (kind == "a02"_L1)
            kind = u"audio"_s;
        if (!kind.isEmpty() && kind != "video"_L1 && kind != "audio"_L1 && kind != "document"_L1) {
            CliSupport::err(tr("check: --type must be video, audio or document, not \"%1\"")
                                .arg(parser.value(u"type"_s)));
            return ExitCouldNotRun;
        }
        Profile profile;
        QString error;
        const QString spec = parser.value(u"profile"_s);
        // A file as before; otherwise an id or ID@VERSION, built in or imported (submitdesk-cli profile
        // import).
        const bool loaded = QFileInfo(spec).isFile() || spec.endsWith(".json"_L1, Qt::CaseInsensitive)
                                ? ProfileLoader::loadReference(spec, &profile, &error)
                                : CliSupport::profileRegistry().loadSpec(spec, &profile, &error);
        if (!loaded) {
            CliSupport::err(tr("check: %1").arg(error));
            return ExitCouldNotRun;
        }

#ifdef __GLIBC__
        // Each probe allocates and frees decoder buffers of a few MB; keeping them in the heap instead
        // of mmap/munmap per file saves most page faults (about 15% of a batch's time).
        mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
        mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
#endif
        const bool deep = parser.isSet(u"deep"_s);
        int jobs = parser.isSet(u"jobs"_s) ? parser.value(u"jobs"_s).toInt() : QThread::idealThreadCount();
        jobs = qBound(1, jobs, 64);
        std::vector<CheckReport> reports(size_t(files.size()));
        QThreadPool pool;
        pool.setMaxThreadCount(jobs);
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (isUrl(files.at(i)))
                continue; // checked below, on this thread (the link check needs its event loop)
            pool.start([&, i] {
                MediaCheck::Options options;
                options.kind = kind;
                options.deep = deep;
                options.deepThreads = MediaCheck::deepThreadsPerFile(qMin(jobs, int(files.size())),
                                                                     QThread::idealThreadCount());
                reports[size_t(i)] = MediaCheck::checkFile(files.at(i), profile.technical, options);
            });
        }
        QJsonObject linkSection = profile.technical.value("link"_L1).toObject();
        const bool declared = parser.isSet(u"protection-level"_s) || parser.isSet(u"filing-number"_s);
        if (!declared) // nothing declared: judge only what the address itself shows
            linkSection.insert(u"rules"_s, QJsonArray{u"link"_s, u"https"_s});
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (!isUrl(files.at(i)))
                continue;
            LinkCheck::Options options;
            QString unusable;
            if (!LinkCheck::optionsFrom(linkSection, &options, &unusable)) {
                reports[size_t(i)] = CheckReport::unreadable(files.at(i), u"link"_s, unusable);
                continue;
            }
            const LinkCheck::Result result = LinkCheck::checkBlocking(QUrl(files.at(i)), options);
            reports[size_t(i)] = LinkPolicy::evaluate(result, parser.value(u"protection-level"_s),
                                                      parser.value(u"filing-number"_s), linkSection);
        }
        pool.waitForDone();

        int failed = 0;
        int unreadable = 0;
        QJsonArray json;
        for (CheckReport &report : reports) {
            report.path = files.at(&report - reports.data());
            const CheckReport::Verdict verdict = report.verdict();
            failed += verdict == CheckReport::Verdict::Fail ? 1 : 0;
            unreadable += verdict == CheckReport::Verdict::Error ? 1 : 0;
            if (parser.isSet(u"json"_s))
                json.append(withLabels(report.toJson(), profile, report.type));
            else
                printReport(report, profile);
        }
        if (parser.isSet(u"json"_s)) {
            const QJsonObject summary{{"files"_L1, int(reports.size())},
                                      {"pass"_L1, int(reports.size()) - failed - unreadable},
                                      {"fail"_L1, failed},
                                      {"error"_L1, unreadable}};
            CliSupport::outJson(QJsonDocument(QJsonObject{
                {"profile"_L1, profile.idAndVersion()}, {"files"_L1, json}, {"summary"_L1, summary}}));
        } else if (reports.size() > 1) {
            CliSupport::out(tr("%n file(s): ", nullptr, int(reports.size())) +
                            tr("%1 pass, %2 fail, %3 could not be read")
                                .arg(int(reports.size()) - failed - unreadable)
                                .arg(failed)
                                .arg(unreadable));
        }
        if (unreadable > 0)
            return ExitCouldNotRun;
        return failed > 0 ? ExitProblems : ExitClean;
    }

private:
    static bool isUrl(const QString &arg)
    {
        return arg.startsWith("http://"_L1, Qt::CaseInsensitive) ||
               arg.startsWith("https://"_L1, Qt::CaseInsensitive);
    }
    // Every check gets a "label" in the UI language beside its "id" (帧率 for frame_rate).
    static QJsonObject withLabels(QJsonObject report, const Profile &profile, const QString &kind)
    {
        QJsonArray checks = report.value("checks"_L1).toArray();
        for (QJsonValueRef check : checks) {
            QJsonObject o = check.toObject();
            o.insert("label"_L1, TechnicalFindings::ruleLabel(profile, kind, o.value("id"_L1).toString()));
            check = o;
        }
        report.insert("checks"_L1, checks);
        return report;
    }

    static void printReport(const CheckReport &report, const Profile &profile)
    {
        const QString verdict = CheckReport::verdictName(report.verdict()).toUpper();
        CliSupport::out(u"%1: %2%3"_s.arg(report.path, verdict,
                                          report.type.isEmpty() ? QString() : u" (%1)"_s.arg(report.type)));
        if (!report.error.isEmpty()) {
            CliSupport::out(u"  %1"_s.arg(report.error));
            return;
        }
        for (const CheckResult &r : report.checks) {
            // The profile's name of the rule; a damaged file's rules are named as the media kinds name them.
            const QString label =
                r.name.isEmpty() ? TechnicalFindings::ruleLabel(profile, report.type, r.id) : r.name;
            CliSupport::out(u"  %1 %2 %3"_s.arg(statusLabel(r.status), -5).arg(label, -12).arg(r.message));
            if (r.status != CheckResult::Status::Pass) {
                CliSupport::out(u"        "_s + tr("expected: %1").arg(r.expected));
                CliSupport::out(u"        "_s + tr("actual:   %1").arg(r.actual));
                if (!r.hint.isEmpty())
                    CliSupport::out(u"        "_s + tr("fix:      %1").arg(r.hint));
            }
        }
    }
};

const CliCommandRegistration registration([] { return std::make_unique<CheckCommand>(); });
} // namespace
