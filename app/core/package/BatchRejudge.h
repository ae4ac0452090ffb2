#pragma once

#include "metadata/ValidationContext.h"
#include "profile/Profile.h"
#include "profile/ProfileDiff.h"
#include "workspace/Entities.h"

#include <QCoreApplication>
#include <QJsonObject>

class Workspace;

// Judging a batch again under another profile (a newer version of its call): what the profiles differ in
// and the resources whose verdict changes — was passing, now fails (and why), or the other way round.
// The metadata is validated under both profiles; media files are judged from the facts measured by their
// last check (the check cache), so nothing is probed again; a file never checked is left out and
// counted. Course links are not fetched here. Reads only: recording the new profile is the caller's.
class BatchRejudge
{
    Q_DECLARE_TR_FUNCTIONS(BatchRejudge)
public:
    struct Item
    {
        qint64 resourceId = 0;
        QString title; // the resource's title, or "resource N"
        bool passedBefore = false;
        bool passesAfter = false;
        QStringList why; // what fails under the new profile and did not before (plain words)
        QJsonObject toJson() const;
    };
    struct Result
    {
        QString from; // "lifelong-2022/2022.1"
        QString to;
        QList<ProfileDiff::Change> changes;
        QList<Item> changed; // resources whose verdict changes
        int resources = 0;
        int mediaNotChecked = 0; // media files with no measured facts: not part of the verdicts
        QJsonObject toJson() const;
    };

    static bool run(Workspace &workspace, const Batch &batch, const Profile &from, const Profile &to,
                    const ValidationContext &context, Result *out, QString *error);

private:
    struct Verdict
    {
        bool pass = true;
        QStringList problems;
    };
    static Verdict judge(Workspace &workspace, const Resource &resource, const Profile &profile,
                         const Profile &factsFrom, const ValidationContext &context, int *notChecked);
    static void judgeMedia(Workspace &workspace, const Resource &resource, const Profile &profile,
                           const Profile &factsFrom, Verdict *verdict, int *notChecked);
};
