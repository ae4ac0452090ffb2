#pragma once

#include <QJsonObject>
#include <QString>

// The outcome of one rule of the technical standard for one file or link.
struct CheckResult
{
    enum class Status { Pass, Warning, Fail, Error };

    QString id; // rule id from the profile: "container", "frame_rate" … (ASCII, stable)
    Status status = Status::Pass;
    QString expected; // translated, e.g. "≥ 25.00 fps (average)"
    QString actual;   // translated, e.g. "24.00 fps"
    QString message;  // translated explanation
    QString hint;     // translated fix hint, or ""
    QString name;     // the rule's name from the profile, in the UI's language, or ""
    QString explain;  // the profile's one-sentence explanation of the rule, or ""

    // What a person reads for the rule: its name from the profile, or the id when the rule has none.
    QString label() const { return name.isEmpty() ? id : name; }

    static QString statusName(Status status); // "pass", "warning", "fail", "error"
    static Status statusFromName(const QString &name);
    // The worse of the two (Pass < Warning < Fail < Error).
    static Status worse(Status a, Status b) { return int(a) >= int(b) ? a : b; }

    QJsonObject toJson() const; // {id, label, status, expected, actual, message, hint[, name, explain]}
    static CheckResult fromJson(const QJsonObject &o);
};
