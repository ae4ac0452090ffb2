#include "metadata/DateRule.h"

#include "metadata/RuleHelpers.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QList<ValidationMessage> DateRule::check(const FieldSpec &spec, const QString &value,
                                         const ValidationContext &context)
{
    QList<ValidationMessage> out;
    static const QRegularExpression shape(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    const QString trimmed = value.trimmed();
    const auto m = shape.match(trimmed);
    if (!m.hasMatch()) {
        // Offer a fix for the common near-misses: 2022/3/23, 2022.03.23, 2022年3月23日.
        static const QRegularExpression loose(
            u"^(\\d{4})\\s*[/.年-]\\s*(\\d{1,2})\\s*[/.月-]\\s*(\\d{1,2})\\s*日?$"_s);
        const auto lm = loose.match(trimmed);
        QString fix;
        if (lm.hasMatch()) {
            const QDate d(lm.captured(1).toInt(), lm.captured(2).toInt(), lm.captured(3).toInt());
            if (d.isValid())
                fix = d.toString(u"yyyy-MM-dd"_s);
        }
        out.append(
            ruleError(spec, u"date_format"_s,
                      QCoreApplication::translate("Validation", "%1 must be written yyyy-mm-dd, e.g. %2")
                          .arg(spec.label.text(), spec.example.isEmpty() ? u"2022-03-23"_s : spec.example),
                      fix));
        return out;
    }
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid()) {
        out.append(ruleError(spec, u"date_invalid"_s,
                             QCoreApplication::translate("Validation", "%1: %2 is not a real calendar date")
                                 .arg(spec.label.text(), trimmed)));
        return out;
    }
    if (spec.rule.value("not_future"_L1).toBool() && context.today.isValid() && date > context.today)
        out.append(
            ruleError(spec, u"date_future"_s,
                      QCoreApplication::translate("Validation", "%1 %2 lies in the future (today is %3)")
                          .arg(spec.label.text(), trimmed, context.today.toString(Qt::ISODate))));
    return out;
}
