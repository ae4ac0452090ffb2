#include "fix/FixPlanner.h"

using namespace Qt::StringLiterals;

FixPlan FixPlanner::plan(const FixSource &source, const QJsonObject &technical, const FixOptions &options)
{
    const MediaFacts &f = source.facts;
    QString kind = options.kind.isEmpty() ? source.report.type : options.kind;
    if (kind.isEmpty())
        kind = f.guessedKind();
    FixPlan plan;
    plan.kind = kind;
    plan.duration = f.duration;
    if (kind != "video"_L1 && kind != "audio"_L1) {
        plan.blocker = tr("the file holds neither video nor sound that can be read");
        return plan;
    }
    if (source.report.status(u"integrity"_s) == CheckResult::Status::Fail || !source.report.error.isEmpty()) {
        const CheckResult *integrity = source.report.find(u"integrity"_s);
        plan.blocker = tr("the file is damaged or incomplete (%1); copy it again from the original")
                           .arg(integrity ? integrity->actual : source.report.error);
        return plan;
    }
    const QJsonObject section = technical.value(kind).toObject();
    for (const char *id : {"duration", "file_size"}) {
        const CheckResult *r = source.report.find(QLatin1String(id));
        if (r && r->status == CheckResult::Status::Fail) {
            plan.blocker = tr("%1: %2 Shorten or split it in a video editor.").arg(r->actual, r->message);
            return plan;
        }
    }
    return kind == "video"_L1 ? planVideo(source, section, options) : planAudio(source, section, options);
}
