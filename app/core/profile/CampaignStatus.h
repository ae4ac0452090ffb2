#pragma once

#include "profile/Profile.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// Where a campaign (the call a profile describes) stands on a given day: open with its next deadline, or
// closed once its last deadline has passed. A closed campaign is never shown as "overdue by N days": the
// user is told to import the profile of the current call instead (docs/profile-format.md, "Deadlines").
class CampaignStatus
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStatus)
public:
    // The campaign's name: the profile's title in the UI's language, or its id when it has none.
    static QString campaignName(const Profile &profile);
    // The latest deadline date, invalid when the profile has none.
    static QDate lastDeadline(const Profile &profile);
    // True when the profile has deadlines and the last of them lies before `today`.
    static bool isClosed(const Profile &profile, const QDate &today);
    // The deadline due next (the earliest on or after `today`), or nullptr when none is.
    static const Profile::Deadline *nextDeadline(const Profile &profile, const QDate &today);

    // One line for a status bar or a report, always naming the campaign:
    // "2022 lifelong-education … call: closed (last deadline 2022-05-22)",
    // "… call: next deadline 2026-05-15 (units upload …), 12 days left", "… call: no deadlines".
    static QString summary(const Profile &profile, const QDate &today);
    // What to do about a closed campaign (empty when it is open).
    static QString closedHint(const Profile &profile, const QDate &today);
};
