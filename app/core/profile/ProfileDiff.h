#pragma once

#include "profile/Profile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// What changes from one profile (or version) to another, in plain words: deadlines, resource types,
// fields and their rules, and the technical rules and their thresholds ("Video · Resolution: minimum
// 1280×720 → 1920×1080"). Pure: compares two loaded profiles.
class ProfileDiff
{
    Q_DECLARE_TR_FUNCTIONS(ProfileDiff)
public:
    struct Change
    {
        QString area; // "profile", "deadline", "type", "field", "technical"
        QString
            where;    // the key path: "technical.video.resolution.min_long", "fields (title).rule.max_length"
        QString text; // one sentence in plain words
        QJsonObject toJson() const;
    };

    static QList<Change> compare(const Profile &from, const Profile &to);

private:
    static void compareHeader(const Profile &a, const Profile &b, QList<Change> *out);
    static void compareDeadlines(const Profile &a, const Profile &b, QList<Change> *out);
    static void compareTypes(const Profile &a, const Profile &b, QList<Change> *out);
    static void compareFields(const Profile &a, const Profile &b, QList<Change> *out);
    static void compareField(const FieldSpec &a, const FieldSpec &b, QList<Change> *out);
    static void compareTechnical(const Profile &a, const Profile &b, QList<Change> *out);
    static void compareKind(const QString &kind, const QJsonObject &a, const QJsonObject &b,
                            QList<Change> *out);
    static void compareRule(const QString &kind, const QString &rule, const QJsonObject &a,
                            const QJsonObject &b, QList<Change> *out);
};
