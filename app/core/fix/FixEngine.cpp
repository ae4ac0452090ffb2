#include "fix/FixEngine.h"

#include "fix/FfmpegProcess.h"
#include "fix/Loudness.h"

#include "common/SafeOutput.h"
#include "media/AvInput.h"
#include "media/MediaCheck.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

extern "C" {
#include <libavformat/avformat.h>
}

using namespace Qt::StringLiterals;

namespace {
// What the probe does not measure: whether the picture is interlaced, and the sound's bitrate.
void readStreamExtras(const QString &path, FixSource *source)
{
    AvInput input;
    QString error;
    if (!input.openFile(path, AvInput::Limits{}, &error) || !input.findStreamInfo(&error))
        return;
    const AVFormatContext *ctx = input.context();
    qint64 audioBits = 0;
    for (unsigned i = 0; i < ctx->nb_streams; ++i) {
        const AVCodecParameters *par = ctx->streams[i]->codecpar;
        if (par->codec_type == AVMEDIA_TYPE_AUDIO)
            audioBits = (audioBits < 0 || par->bit_rate <= 0) ? -1 : audioBits + par->bit_rate;
        const bool first = !source->facts.video.isEmpty() && source->facts.video.first().index == int(i);
        if (first && par->field_order != AV_FIELD_UNKNOWN && par->field_order != AV_FIELD_PROGRESSIVE)
            source->interlaced = true;
    }
    source->audioBitRate = source->facts.hasAudio() ? audioBits : 0;
}

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath()
                         : QFileInfo(info.absolutePath()).canonicalFilePath() + u'/' + info.fileName();
}
} // namespace

QString FixEngine::targetIn(const QString &folder, const QString &input, const QString &suffix)
{
    return QDir(folder).filePath(QFileInfo(input).completeBaseName() + u'.' + suffix);
}

bool FixEngine::inspect(const QString &path, const QJsonObject &technical, const QString &kind,
                        FixSource *source, QString *error)
{
    MediaCheck::Options options;
    options.kind = kind;
    source->report = MediaCheck::checkFile(path, technical, options);
    if (source->report.verdict() == CheckReport::Verdict::Error && !source->report.error.isEmpty()) {
        *error = source->report.error;
        return false;
    }
    source->facts = MediaFacts::fromJson(source->report.facts);
    if (!source->facts.video.isEmpty() || !source->facts.audio.isEmpty())
        readStreamExtras(path, source);
    return true;
}

FixEngine::Outcome FixEngine::planFile(const QString &input, const QJsonObject &technical,
                                       const FixOptions &options)
{
    Outcome outcome;
    outcome.input = input;
    FixSource source;
    QString error;
    if (!inspect(input, technical, options.kind, &source, &error)) {
        outcome.status = Outcome::Status::Unreadable;
        outcome.error = error;
        outcome.sourceReport = source.report;
        return outcome;
    }
    outcome.sourceReport = source.report;
    outcome.plan = FixPlanner::plan(source, technical, options);
    outcome.status = outcome.plan.action == FixPlan::Action::NeedsChoice  ? Outcome::Status::NeedsChoice
                     : outcome.plan.action == FixPlan::Action::Impossible ? Outcome::Status::Impossible
                                                                          : Outcome::Status::Planned;
    if (!outcome.plan.runnable())
        outcome.error = outcome.plan.blocker;
    return outcome;
}

FixEngine::Outcome FixEngine::fixFile(const QString &input, const QString &target,
                                      const QJsonObject &technical, const FixOptions &options,
                                      const RunOptions &run)
{
    QElapsedTimer clock;
    clock.start();
    Outcome outcome = planFile(input, technical, options);
    outcome.output = target;
    if (outcome.status != Outcome::Status::Planned)
        return outcome;
    if (canonical(input) == canonical(target)) {
        outcome.status = Outcome::Status::Failed;
        outcome.error = tr("The output %1 would overwrite the original; choose another folder.").arg(target);
        return outcome;
    }
    PartialOutput partial;
    QString error;
    if (!partial.create(target, &error)) {
        outcome.status = Outcome::Status::Failed;
        outcome.error = error;
        return outcome;
    }
    QElapsedTimer stage;
    stage.start();
    if (!runPlan(&outcome, partial.content(), run))
        return outcome; // the partial folder goes with `partial`
    outcome.convertSeconds = double(stage.restart()) / 1000.0;
    MediaCheck::Options check;
    check.kind = outcome.plan.kind;
    check.deep = true;
    check.cancel = run.cancel;
    outcome.outputReport = MediaCheck::checkFile(partial.content(), technical, check);
    outcome.outputReport.path = target;
    outcome.checkSeconds = double(stage.elapsed()) / 1000.0;
    if (run.cancel && run.cancel->load()) {
        outcome.status = Outcome::Status::Cancelled;
        outcome.error = tr("Cancelled.");
        return outcome;
    }
    if (outcome.outputReport.verdict() != CheckReport::Verdict::Pass) {
        outcome.status = Outcome::Status::OutputFails;
        outcome.error = tr("The converted file still does not meet the standard, so it was not kept.");
        return outcome;
    }
    if (!partial.commit(PartialOutput::Replace::Existing, &error)) {
        outcome.status = Outcome::Status::Failed;
        outcome.error = error;
        return outcome;
    }
    outcome.status = Outcome::Status::Passed;
    outcome.seconds = double(clock.elapsed()) / 1000.0;
    if (run.progress)
        run.progress(1.0, 0, 0);
    return outcome;
}

bool FixEngine::runPlan(Outcome *outcome, const QString &partial, const RunOptions &run)
{
    const FixPlan &plan = outcome->plan;
    const auto fail = [outcome](const FfmpegProcess::Result &r) {
        outcome->status = r.cancelled ? Outcome::Status::Cancelled : Outcome::Status::Failed;
        outcome->error = r.error;
        return false;
    };
    if (plan.action == FixPlan::Action::Nothing) {
        if (QFile::copy(outcome->input, partial))
            return true;
        outcome->status = Outcome::Status::Failed;
        outcome->error = tr("Could not copy %1 to %2.").arg(outcome->input, partial);
        return false;
    }
    const double duration = qMax(plan.duration, 0.1);
    FfmpegProcess::Options options;
    options.cancel = run.cancel;
    options.timeLimitMs = qint64((120.0 + 30.0 * duration) * 1000.0);
    const double start = plan.loudness ? 0.3 : 0.0, share = 0.9 - start;
    QString filter;
    if (plan.loudness) {
        if (run.progress)
            options.progress = [&](double done, double speed) {
                run.progress(0.3 * qBound(0.0, done / duration, 1.0), speed, -1);
            };
        Loudness::Measurement measurement;
        QString error;
        if (!Loudness::measure(outcome->input, options, &measurement, &error)) {
            FfmpegProcess::Result r;
            r.cancelled = run.cancel && run.cancel->load();
            r.error = error;
            return fail(r);
        }
        filter = Loudness::secondPassFilter(measurement);
    }
    if (run.progress)
        options.progress = [&](double done, double speed) {
            const double left = speed > 0 ? (duration - done) / speed : -1;
            run.progress(start + share * qBound(0.0, done / duration, 1.0), speed, left);
        };
    const FfmpegProcess::Result r =
        FfmpegProcess::run(plan.arguments(outcome->input, partial, filter), options);
    if (!r.ok)
        return fail(r);
    if (plan.loudness && !Loudness::stayedLinear(r.errorOutput))
        outcome->notes.append(
            tr("The loudness could not be corrected with one even gain (the sound's peaks or range "
               "did not allow it), so it was evened out dynamically."));
    return true;
}

QString FixEngine::Outcome::statusName(Status status)
{
    switch (status) {
    case Status::Planned:
        return u"planned"_s;
    case Status::Passed:
        return u"passed"_s;
    case Status::OutputFails:
        return u"output-fails"_s;
    case Status::NeedsChoice:
        return u"needs-choice"_s;
    case Status::Impossible:
        return u"impossible"_s;
    case Status::Unreadable:
        return u"unreadable"_s;
    case Status::Cancelled:
        return u"cancelled"_s;
    case Status::Failed:
        break;
    }
    return u"failed"_s;
}

QJsonObject FixEngine::Outcome::toJson() const
{
    QJsonObject o{{"input"_L1, input},
                  {"status"_L1, statusName(status)},
                  {"plan"_L1, plan.toJson()},
                  {"source_verdict"_L1, CheckReport::verdictName(sourceReport.verdict())}};
    if (!output.isEmpty() && status != Status::Planned)
        o.insert("output"_L1, output);
    if (!outputReport.checks.isEmpty())
        o.insert("output_check"_L1, outputReport.toJson());
    if (!notes.isEmpty())
        o.insert("notes"_L1, QJsonArray::fromStringList(notes));
    if (!error.isEmpty())
        o.insert("error"_L1, error);
    if (status == Status::Passed) {
        o.insert("seconds"_L1, seconds);
        o.insert("convert_seconds"_L1, convertSeconds);
        o.insert("check_seconds"_L1, checkSeconds);
    }
    return o;
}
