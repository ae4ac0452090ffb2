#pragma once

#include "common/Clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Profile;

// The profile's "registration" deadline seen from today: how many days are left, or how long it is overdue,
// always naming the campaign. Once the campaign's last deadline has passed it is "closed" (CampaignStatus),
// with a hint to import the current call's profile, and no overdue count.
class RegistrationDeadline
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationDeadline)
public:
    struct Status
    {
        bool known = false;  // the profile has a "registration" deadline
        bool closed = false; // the campaign's last deadline has passed: not "overdue", closed
        QDate date;
        qint64 daysLeft = 0; // negative when overdue
        bool overdue() const { return known && !closed && daysLeft < 0; }
        QString campaign; // the campaign's name (CampaignStatus::campaignName)
        QString text;     // "2022 … call: deadline 2022-04-22: OVERDUE by 3 days", "…: closed (…)" …
        QString hint;     // for a closed campaign: import the current call's profile; else ""
    };

    static Status status(const Profile &profile, const QDate &today);
    static Status status(const Profile &profile, const Clock &clock = Clock::system())
    {
        return status(profile, clock.today());
    }
};
