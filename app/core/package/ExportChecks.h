#pragma once

#include "media/CheckReport.h"
#include "workspace/Entities.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

#include <atomic>
#include <functional>

class Profile;
class Workspace;

// The technical check repeated at export time (SPEC §4.3): every media file of the batch through
// MediaCheck (a cached result from CheckResultStore is reused when path, size, mtime and profile version
// still match) and every online course (A03) through LinkCheck + LinkPolicy, always fetched anew.
// plan() and loadCached()/storeNew() run on the thread that owns the Workspace; run() is blocking and
// touches no database, so it runs on the export's worker thread.
class ExportChecks
{
    Q_DECLARE_TR_FUNCTIONS(ExportChecks)
public:
    struct Item
    {
        qint64 resourceId = 0; // workspace id
        QString resourceTitle;
        QString resourceType;    // "A01" …
        QString kind;            // "video", "audio", "link"
        QString path;            // the media file (absolute) or the course URL
        QString protectionLevel; // A03 only
        QString filingNumber;    // A03 only
        CheckReport report;
        bool done = false; // report holds a result
        bool fromCache = false;
    };
    struct Failure
    {
        qint64 resourceId = 0;
        QString resourceTitle;
        QString file;   // the file's name or the URL
        QString rule;   // rule id, or "" when the file could not be read at all
        QString label;  // the rule for people (TechnicalFindings::ruleLabel), or "" where not set
        QString status; // "fail" or "error"
        QString expected;
        QString actual;
        QString message;
        QJsonObject toJson() const;
        QString text() const; // one line for the user: "title: file: rule: message (actual; expected)"
    };
    // (items done, items total, what is being checked)
    using ProgressFn = std::function<void(int done, int total, const QString &current)>;

    static QList<Item> plan(const QList<Resource> &resources, const Profile &profile);
    static void loadCached(Workspace &workspace, const Profile &profile, QList<Item> *items);
    // Checks every item not done yet. False only when cancelled.
    static bool run(QList<Item> *items, const Profile &profile, const std::atomic_bool *cancel = nullptr,
                    const ProgressFn &progress = {});
    // Stores the results run() produced (not the cached ones) for the next time. Tries every item; false
    // with the first error when one could not be stored.
    static bool storeNew(Workspace &workspace, const Profile &profile, const QList<Item> &items,
                         QString *error);

    // Every failed or errored rule (a verdict fail or error), in item order.
    static QList<Failure> failures(const QList<Item> &items);
    static QJsonArray toJson(const QList<Failure> &failures);
    // What a package keeps of a report (metadata.json, report.html): verdict, type, checked_at, error and
    // every rule's id, status, expected, actual and message; no raw facts.
    static QJsonObject summary(const CheckReport &report);
    // The item of this resource and path (file or URL), or null.
    static const Item *find(const QList<Item> &items, qint64 resourceId, const QString &path);
};
