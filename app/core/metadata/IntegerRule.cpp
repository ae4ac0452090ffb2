#include "metadata/IntegerRule.h"

#include "metadata/RuleHelpers.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QList<ValidationMessage> IntegerRule::check(const FieldSpec &spec, const QString &value,
                                            const ValidationContext &)
{
    QList<ValidationMessage> out;
    static const QRegularExpression digits(u"^-?\\d{1,18}$"_s);
    const QString trimmed = value.trimmed();
    if (!digits.match(trimmed).hasMatch()) {
        QString fix = trimmed;
        fix.remove(u',').remove(u'，').remove(u' ');
        if (!digits.match(fix).hasMatch())
            fix.clear();
        out.append(ruleError(spec, u"not_integer"_s,
                             QCoreApplication::translate("Validation", "%1 must be a whole number, e.g. %2")
                                 .arg(spec.label.text(), spec.example),
                             fix));
        return out;
    }
    const qint64 number = trimmed.toLongLong();
    const QJsonObject &r = spec.rule;
    if (r.contains("min"_L1) && number < qint64(r.value("min"_L1).toDouble()))
        out.append(ruleError(spec, u"too_small"_s,
                             QCoreApplication::translate("Validation", "%1 must be at least %2")
                                 .arg(spec.label.text())
                                 .arg(qint64(r.value("min"_L1).toDouble()))));
    if (r.contains("max"_L1) && number > qint64(r.value("max"_L1).toDouble()))
        out.append(ruleError(spec, u"too_large"_s,
                             QCoreApplication::translate("Validation", "%1 must be at most %2")
                                 .arg(spec.label.text())
                                 .arg(qint64(r.value("max"_L1).toDouble()))));
    return out;
}
