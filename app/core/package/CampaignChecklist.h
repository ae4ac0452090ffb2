#pragma once

#include "profile/Profile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Workspace;

// The campaign's steps in order (registration form → drafts → check and fix → export or upload), with the
// profile's deadlines, and where a batch stands in them: the first-run welcome shows the steps, the
// checklist panel their state. Nothing here is stored but two marks in the workspace's meta table (the
// form printed or saved as PDF; a batch exported), which only this class reads.
class CampaignChecklist
{
    Q_DECLARE_TR_FUNCTIONS(CampaignChecklist)
public:
    struct Step
    {
        QString id; // "registration", "drafts", "check", "export"
        QString title;
        QString explanation; // what to do, in plain words
        QDate deadline;      // invalid when the profile names none for this step
        bool done = false;
        QString state; // where the batch stands: "filled in, not printed yet", "3 resources" …
    };

    // The steps in order with their deadlines; not evaluated (done false, state empty).
    static QList<Step> steps(const Profile &profile);
    // The steps evaluated for the workspace's unit and the batch (0: no batch yet).
    static bool evaluate(Workspace &workspace, const Profile &profile, qint64 batchId, QList<Step> *out,
                         QString *error);

    static void markRegistrationPrinted(Workspace &workspace);
    static void markExported(Workspace &workspace, qint64 batchId, const QString &packagePath);

private:
    static void evaluateRegistration(Workspace &workspace, Step *step);
    static void evaluateBatch(Workspace &workspace, const Profile &profile, qint64 batchId, Step *drafts,
                              Step *check, Step *exported);
};
