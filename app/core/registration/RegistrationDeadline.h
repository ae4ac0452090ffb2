#pragma once

#include "common/Clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Profile;

// The profile's "registration" deadline seen from today: how many days are left, or how long it is overdue.
class RegistrationDeadline
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationDeadline)
public:
    struct Status
    {
        bool known = false; // the profile has a "registration" deadline
        QDate date;
        qint64 daysLeft = 0; // negative when overdue
        bool overdue() const { return known && daysLeft < 0; }
        QString text; // "Deadline 2022-04-22: overdue by 3 days" …
    };

    static Status status(const Profile &profile, const QDate &today);
    static Status status(const Profile &profile, const Clock &clock = Clock::system())
    {
        return status(profile, clock.today());
    }
};
