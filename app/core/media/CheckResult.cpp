#include "media/CheckResult.h"

using namespace Qt::StringLiterals;

QString CheckResult::statusName(Status status)
{
    switch (status) {
    case Status::Pass:
        return u"pass"_s;
    case Status::Warning:
        return u"warning"_s;
    case Status::Fail:
        return u"fail"_s;
    case Status::Error:
        break;
    }
    return u"error"_s;
}

CheckResult::Status CheckResult::statusFromName(const QString &name)
{
    if (name == "pass"_L1)
        return Status::Pass;
    if (name == "warning"_L1)
        return Status::Warning;
    if (name == "fail"_L1)
        return Status::Fail;
    return Status::Error;
}

QJsonObject CheckResult::toJson() const
{
    QJsonObject o{{"id"_L1, id},
                  {"label"_L1, label()},
                  {"status"_L1, statusName(status)},
                  {"expected"_L1, expected},
                  {"actual"_L1, actual},
                  {"message"_L1, message},
                  {"hint"_L1, hint}};
    if (!name.isEmpty())
        o.insert("name"_L1, name);
    if (!explain.isEmpty())
        o.insert("explain"_L1, explain);
    return o;
}

CheckResult CheckResult::fromJson(const QJsonObject &o)
{
    CheckResult r;
    r.id = o.value("id"_L1).toString();
    r.status = statusFromName(o.value("status"_L1).toString());
    r.expected = o.value("expected"_L1).toString();
    r.actual = o.value("actual"_L1).toString();
    r.message = o.value("message"_L1).toString();
    r.hint = o.value("hint"_L1).toString();
    r.name = o.value("name"_L1).toString();
    r.explain = o.value("explain"_L1).toString();
    return r;
}
