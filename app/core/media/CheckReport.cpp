#include "media/CheckReport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

void CheckReport::set(const CheckResult &result)
{
    for (CheckResult &r : checks) {
        if (r.id == result.id) {
            r = result;
            return;
        }
    }
    checks.append(result);
}

const CheckResult *CheckReport::find(const QString &id) const
{
    for (const CheckResult &r : checks) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

CheckResult::Status CheckReport::status(const QString &id) const
{
    const CheckResult *r = find(id);
    return r ? r->status : CheckResult::Status::Error;
}

CheckReport::Verdict CheckReport::verdict() const
{
    if (!error.isEmpty() || checks.isEmpty())
        return Verdict::Error;
    CheckResult::Status worst = CheckResult::Status::Pass;
    for (const CheckResult &r : checks)
        worst = CheckResult::worse(worst, r.status);
    if (worst == CheckResult::Status::Error)
        return Verdict::Error;
    return worst == CheckResult::Status::Fail ? Verdict::Fail : Verdict::Pass;
}

QString CheckReport::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return u"pass"_s;
    case Verdict::Fail:
        return u"fail"_s;
    case Verdict::Error:
        break;
    }
    return u"error"_s;
}

int CheckReport::count(CheckResult::Status status) const
{
    int n = 0;
    for (const CheckResult &r : checks)
        n += r.status == status ? 1 : 0;
    return n;
}

QJsonObject CheckReport::toJson() const
{
    QJsonArray list;
    for (const CheckResult &r : checks)
        list.append(r.toJson());
    QJsonObject o{{"path"_L1, path},   {"type"_L1, type},   {"verdict"_L1, verdictName(verdict())},
                  {"checks"_L1, list}, {"facts"_L1, facts}, {"deep"_L1, deep}};
    if (!error.isEmpty())
        o.insert("error"_L1, error);
    if (checkedAt.isValid())
        o.insert("checked_at"_L1, checkedAt.toUTC().toString(Qt::ISODate));
    return o;
}

CheckReport CheckReport::fromJson(const QJsonObject &o)
{
    CheckReport report;
    report.path = o.value("path"_L1).toString();
    report.type = o.value("type"_L1).toString();
    const QJsonArray list = o.value("checks"_L1).toArray();
    for (const QJsonValue &v : list)
        report.checks.append(CheckResult::fromJson(v.toObject()));
    report.facts = o.value("facts"_L1).toObject();
    report.error = o.value("error"_L1).toString();
    report.deep = o.value("deep"_L1).toBool();
    report.checkedAt = QDateTime::fromString(o.value("checked_at"_L1).toString(), Qt::ISODate);
    return report;
}

CheckReport CheckReport::unreadable(const QString &path, const QString &type, const QString &error)
{
    CheckReport report;
    report.path = path;
    report.type = type;
    report.error = error;
    report.checkedAt = QDateTime::currentDateTimeUtc();
    CheckResult integrity;
    integrity.id = u"integrity"_s;
    integrity.status = CheckResult::Status::Error;
    integrity.message = error;
    report.checks.append(integrity);
    return report;
}
