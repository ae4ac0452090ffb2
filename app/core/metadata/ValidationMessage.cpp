#include "metadata/ValidationMessage.h"

using namespace Qt::StringLiterals;

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return u"error"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Info:
        return u"info"_s;
    }
    return {};
}

QJsonObject ValidationMessage::toJson() const
{
    QJsonObject o{{"severity"_L1, severityName(severity)},
                  {"field"_L1, fieldId},
                  {"code"_L1, code},
                  {"message"_L1, text}};
    if (resourceId != 0)
        o.insert("resource"_L1, resourceId);
    if (!fix.isEmpty())
        o.insert("fix"_L1, fix);
    if (!detail.isEmpty())
        o.insert("detail"_L1, detail);
    return o;
}
