#include "registration/RegistrationDeadline.h"

#include "profile/Profile.h"

using namespace Qt::StringLiterals;

RegistrationDeadline::Status RegistrationDeadline::status(const Profile &profile, const QDate &today)
{
    Status s;
    const Profile::Deadline *d = profile.deadline(u"registration"_s);
    if (!d || !d->date.isValid()) {
        s.text = tr("No registration deadline in profile %1").arg(profile.idAndVersion());
        return s;
    }
    s.known = true;
    s.date = d->date;
    s.daysLeft = today.daysTo(d->date);
    const QString date = d->date.toString(Qt::ISODate);
    if (s.daysLeft < 0)
        s.text = tr("Deadline %1: OVERDUE by %n day(s)", nullptr, int(-s.daysLeft)).arg(date);
    else if (s.daysLeft == 0)
        s.text = tr("Deadline %1: due today").arg(date);
    else
        s.text = tr("Deadline %1: %n day(s) left", nullptr, int(s.daysLeft)).arg(date);
    return s;
}
