#include "profile/CampaignStatus.h"

using namespace Qt::StringLiterals;

QString CampaignStatus::campaignName(const Profile &profile)
{
    const QString title = profile.title.text();
    return title.isEmpty() ? profile.id : title;
}

QDate CampaignStatus::lastDeadline(const Profile &profile)
{
    QDate last;
    for (const Profile::Deadline &d : profile.deadlines)
        if (d.date.isValid() && (!last.isValid() || d.date > last))
            last = d.date;
    return last;
}

bool CampaignStatus::isClosed(const Profile &profile, const QDate &today)
{
    const QDate last = lastDeadline(profile);
    return last.isValid() && today.isValid() && last < today;
}

const Profile::Deadline *CampaignStatus::nextDeadline(const Profile &profile, const QDate &today)
{
    const Profile::Deadline *next = nullptr;
    for (const Profile::Deadline &d : profile.deadlines)
        if (d.date.isValid() && d.date >= today && (!next || d.date < next->date))
            next = &d;
    return next;
}

QString CampaignStatus::summary(const Profile &profile, const QDate &today)
{
    const QString name = campaignName(profile);
    if (isClosed(profile, today))
        return tr("%1: closed (last deadline %2)").arg(name, lastDeadline(profile).toString(Qt::ISODate));
    const Profile::Deadline *next = nextDeadline(profile, today);
    if (!next)
        return tr("%1: no deadlines").arg(name);
    const qint64 days = today.daysTo(next->date);
    const QString what = next->label.isEmpty() ? next->id : next->label.text();
    const QString when = days == 0 ? tr("due today") : tr("%n day(s) left", nullptr, int(days));
    return tr("%1: next deadline %2 (%3), %4").arg(name, next->date.toString(Qt::ISODate), what, when);
}

QString CampaignStatus::closedHint(const Profile &profile, const QDate &today)
{
    if (!isClosed(profile, today))
        return {};
    return tr("This call has closed. To submit to the current call, import its profile "
              "(Batch > Campaign Profiles…, or submitdesk-cli profile import FILE).");
}
