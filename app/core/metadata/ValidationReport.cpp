#include "metadata/ValidationReport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

int ValidationReport::errorCount() const
{
    return int(std::count_if(m_messages.cbegin(), m_messages.cend(),
                             [](const ValidationMessage &m) { return m.severity == Severity::Error; }));
}

int ValidationReport::warningCount() const
{
    return int(std::count_if(m_messages.cbegin(), m_messages.cend(),
                             [](const ValidationMessage &m) { return m.severity == Severity::Warning; }));
}

QList<ValidationMessage> ValidationReport::forResource(qint64 resourceId) const
{
    QList<ValidationMessage> out;
    for (const auto &m : m_messages)
        if (m.resourceId == resourceId)
            out.append(m);
    return out;
}

QList<ValidationMessage> ValidationReport::forField(qint64 resourceId, const QString &fieldId) const
{
    QList<ValidationMessage> out;
    for (const auto &m : m_messages)
        if (m.resourceId == resourceId && m.fieldId == fieldId)
            out.append(m);
    return out;
}

QJsonObject ValidationReport::toJson() const
{
    QJsonArray list;
    for (const auto &m : m_messages)
        list.append(m.toJson());
    return {{"errors"_L1, errorCount()}, {"warnings"_L1, warningCount()}, {"messages"_L1, list}};
}
