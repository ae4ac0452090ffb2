#include "media/ReportWording.h"

#include "media/MediaFacts.h"
#include "media/MediaPolicy.h"
#include "profile/Profile.h"

using namespace Qt::StringLiterals;

CheckReport ReportWording::reworded(const CheckReport &report, const Profile &profile)
{
    if ((report.type != "video"_L1 && report.type != "audio"_L1) || report.facts.isEmpty())
        return report;
    const CheckReport again =
        MediaPolicy::evaluate(MediaFacts::fromJson(report.facts), profile.technical, report.type);
    CheckReport out = report;
    for (CheckResult &rule : out.checks) {
        const CheckResult *fresh = again.find(rule.id);
        if (!fresh)
            continue;
        rule.name = fresh->name;
        rule.explain = fresh->explain;
        if (fresh->status != rule.status || (report.deep && rule.id == "integrity"_L1))
            continue;
        rule.expected = fresh->expected;
        rule.actual = fresh->actual;
        rule.message = fresh->message;
        rule.hint = fresh->hint;
    }
    return out;
}
