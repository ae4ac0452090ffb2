#include "media/ReportWording.h"

#include "media/LinkCheck.h"
#include "media/LinkPolicy.h"
#include "media/MediaFacts.h"
#include "media/MediaPolicy.h"
#include "profile/Profile.h"

using namespace Qt::StringLiterals;

namespace {
// The report judged again from its facts, in the current language; an empty report when it cannot be.
CheckReport judgedAgain(const CheckReport &report, const Profile &profile)
{
    if (report.facts.isEmpty())
        return {};
    if (report.type == "video"_L1 || report.type == "audio"_L1)
        return MediaPolicy::evaluate(MediaFacts::fromJson(report.facts), profile.technical, report.type);
    if (report.type == "link"_L1 && report.facts.contains("status"_L1))
        return LinkPolicy::evaluate(
            LinkCheck::Result::fromJson(report.facts), report.facts.value("protection_level"_L1).toString(),
            report.facts.value("filing_number"_L1).toString(), profile.technical.value("link"_L1).toObject());
    return {};
}
} // namespace

CheckReport ReportWording::reworded(const CheckReport &report, const Profile &profile)
{
    const CheckReport again = judgedAgain(report, profile);
    if (again.checks.isEmpty())
        return report;
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
