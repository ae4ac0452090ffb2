#include "registration/RegistrationDeadline.h"

#include "profile/CampaignStatus.h"
#include "profile/Profile.h"

using namespace Qt::StringLiterals;

RegistrationDeadline::Status RegistrationDeadline::status(const Profile &profile, const QDate &today)
{
    Status s;
    s.campaign = CampaignStatus::campaignName(profile);
    const Profile::Deadline *d = profile.deadline(u"registration"_s);
    if (d && d->date.isValid()) {
        s.known = true;
        s.date = d->date;
        s.daysLeft = today.daysTo(d->date);
    }
    if (CampaignStatus::isClosed(profile, today)) {
        s.closed = true;
        s.text = CampaignStatus::summary(profile, today);
        s.hint = CampaignStatus::closedHint(profile, today);
        return s;
    }
    if (!s.known) {
        s.text = tr("%1: no registration deadline in profile %2").arg(s.campaign, profile.idAndVersion());
        return s;
    }
    const QString date = d->date.toString(Qt::ISODate);
    if (s.daysLeft < 0)
        s.text = tr("%1: registration deadline %2: OVERDUE by %n day(s)", nullptr, int(-s.daysLeft))
                     .arg(s.campaign, date);
    else if (s.daysLeft == 0)
        s.text = tr("%1: registration deadline %2: due today").arg(s.campaign, date);
    else
        s.text = tr("%1: registration deadline %2: %n day(s) left", nullptr, int(s.daysLeft))
                     .arg(s.campaign, date);
    return s;
}
