#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

// The strict reader of a profile's "technical" section (docs/profile-format.md, "The technical
// section"). The section stays JSON in Profile::technical, read by MediaPolicy and LinkPolicy; this
// class decides whether it is complete and well typed: every key known, every required value present,
// every value of the expected type. Nothing here supplies a default.
class TechnicalSpec
{
    Q_DECLARE_TR_FUNCTIONS(TechnicalSpec)
public:
    // A refusal: the key path ("technical.video.frame_rate.min") and what was expected there.
    struct Problem
    {
        QString where;
        QString what;
    };

    // Checks the whole section. `mediaKinds` are the media ("video", "audio", "link", "document") of the
    // profile's resource types: each of them needs its section.
    static bool check(const QJsonObject &technical, const QStringList &mediaKinds, Problem *problem);
    // Checks one rule's object of one media kind ("video", "frame_rate"); `where` is its key path.
    // MediaPolicy calls this too, since it may be given JSON that did not come through the loader.
    static bool checkRule(const QString &kind, const QString &rule, const QJsonObject &object,
                          const QString &where, Problem *problem);
    // The rule ids a media kind knows, in no particular order.
    static QStringList ruleIds(const QString &kind);
};
