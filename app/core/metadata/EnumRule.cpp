#include "metadata/EnumRule.h"

#include "metadata/RuleHelpers.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

QList<ValidationMessage> EnumRule::check(const FieldSpec &spec, const QString &value,
                                         const ValidationContext &)
{
    QStringList values;
    for (const QJsonValue &v : spec.rule.value("values"_L1).toArray())
        values.append(v.toString());
    const QString trimmed = value.trimmed();
    if (values.contains(trimmed))
        return {};
    QString fix;
    for (const QString &v : values)
        if (v.compare(trimmed, Qt::CaseInsensitive) == 0)
            fix = v;
    return {ruleError(spec, u"not_in_list"_s,
                      QCoreApplication::translate("Validation", "%1 must be one of %2 (not \"%3\")")
                          .arg(spec.label.text(), values.join(u", "_s), trimmed),
                      fix)};
}
