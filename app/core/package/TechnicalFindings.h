#pragma once

#include "metadata/ValidationMessage.h"
#include "package/ExportChecks.h"

#include <QCoreApplication>
#include <QList>

class Profile;
class Workspace;

// What the technical check says about a resource, as findings beside its metadata's: the same items and
// cached results that an export uses (ExportChecks::plan and loadCached), so that what the list, the
// batch report and `submitdesk-cli validate` call complete is what an export accepts.
// - a rule that fails (or a file that cannot be read): an error, code "technical", the rule named in
//   plain words (the profile's rule name) with what to do; what the file has, what the standard wants
//   and the fix's command in its detail;
// - a file never checked, or changed since its check (the cache is keyed by size and time): an info,
//   code "not_checked" — not an error, but the resource is not complete until it is checked.
// Runs on any thread that owns `workspace` (reads the check cache and stats the files).
class TechnicalFindings
{
    Q_DECLARE_TR_FUNCTIONS(TechnicalFindings)
public:
    static constexpr const char *FailedCode = "technical";
    static constexpr const char *NotCheckedCode = "not_checked";

    static QList<ValidationMessage> forResource(Workspace &workspace, const Profile &profile,
                                                const Resource &resource);
    // The messages of checked items (for callers that ran the checks themselves, e.g. the CLI).
    static QList<ValidationMessage> fromItems(const QList<ExportChecks::Item> &items, const Profile &profile);
    // Items of the resource with the cached results loaded (links included: their last result).
    static QList<ExportChecks::Item> cachedItems(Workspace &workspace, const Profile &profile,
                                                 const Resource &resource);

    // The rule's name in the UI language ("帧率" for "frame_rate"): the profile's name for media rules,
    // the application's for link rules; the id when neither knows it.
    static QString ruleLabel(const Profile &profile, const QString &kind, const QString &ruleId);
    // The profile's one-sentence explanation of the rule, or "".
    static QString ruleExplanation(const Profile &profile, const QString &kind, const QString &ruleId);

    static bool isNotChecked(const ValidationMessage &message);
    static bool isTechnical(const ValidationMessage &message);

private:
    static ValidationMessage failureMessage(const ExportChecks::Item &item, const ExportChecks::Failure &f,
                                            const Profile &profile);
};
