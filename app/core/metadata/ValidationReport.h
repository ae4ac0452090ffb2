#pragma once

#include "metadata/ValidationMessage.h"

#include <QJsonObject>
#include <QList>

// The findings for a field, a resource or a whole batch.
class ValidationReport
{
public:
    void add(const ValidationMessage &message) { m_messages.append(message); }
    void add(const QList<ValidationMessage> &messages) { m_messages.append(messages); }
    void merge(const ValidationReport &other) { m_messages.append(other.m_messages); }

    const QList<ValidationMessage> &messages() const { return m_messages; }
    bool isEmpty() const { return m_messages.isEmpty(); }
    int errorCount() const;
    int warningCount() const;
    bool hasErrors() const { return errorCount() > 0; }
    QList<ValidationMessage> forResource(qint64 resourceId) const;
    QList<ValidationMessage> forField(qint64 resourceId, const QString &fieldId) const;

    // {"errors": n, "warnings": n, "messages": [...]}
    QJsonObject toJson() const;

private:
    QList<ValidationMessage> m_messages;
};
