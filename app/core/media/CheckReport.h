#pragma once

#include "media/CheckResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

// All rule results for one file (or link), with the verdict and the measured facts.
// Its JSON is what `submitdesk-cli check --json` prints per file and what the check cache stores
// (docs/check-json.md).
class CheckReport
{
public:
    enum class Verdict { Pass, Fail, Error };

    QString path; // file path or URL
    QString type; // "video", "audio", "link"
    QList<CheckResult> checks;
    QJsonObject facts;   // MediaFacts::toJson() or the link facts
    QString error;       // why the file could not be read (verdict "error"), translated
    QDateTime checkedAt; // UTC
    bool deep = false;   // the deep check (full decode) ran

    void add(const CheckResult &result) { checks.append(result); }
    // Replaces the result with the same id, or appends.
    void set(const CheckResult &result);
    const CheckResult *find(const QString &id) const;
    CheckResult::Status status(const QString &id) const; // Error when absent

    // error when the file could not be read or a check errored, fail when a rule fails, else pass.
    Verdict verdict() const;
    static QString verdictName(Verdict verdict);
    int count(CheckResult::Status status) const;

    QJsonObject toJson() const;
    static CheckReport fromJson(const QJsonObject &o);
    // A report for a file that could not be read.
    static CheckReport unreadable(const QString &path, const QString &type, const QString &error);
};
