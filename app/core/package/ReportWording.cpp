#include "package/ReportWording.h"

#include "profile/Profile.h"

#ifdef SD_HAVE_MEDIA_CHECKS
#include "media/MediaFacts.h"
#include "media/MediaPolicy.h"
#endif

using namespace Qt::StringLiterals;

CheckReport ReportWording::reworded(const CheckReport &report, const Profile &profile)
{
#ifndef SD_HAVE_MEDIA_CHECKS
    Q_UNUSED(profile)
    return report;
#else
    if ((report.type != "video"_L1 && report.type != "audio"_L1) || report.facts.isEmpty())
        return report;
    const CheckReport again =
        MediaPolicy::evaluate(MediaFacts::fromJson(report.facts), profile.technical, report.type);
    CheckReport out = report;
    for (CheckResult &rule : out.checks) {
        const CheckResult *fresh = again.find(rule.id);
        if (!fresh || fresh->status != rule.status || (report.deep && rule.id == "integrity"_L1))
            continue;
        rule.expected = fresh->expected;
        rule.actual = fresh->actual;
        rule.message = fresh->message;
        rule.hint = fresh->hint;
    }
    return out;
#endif
}
