#include "metadata/TextRule.h"

#include "metadata/RuleHelpers.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QList<ValidationMessage> TextRule::check(const FieldSpec &spec, const QString &value,
                                         const ValidationContext &)
{
    QList<ValidationMessage> out;
    const QJsonObject &r = spec.rule;
    // Length counts characters as a reader sees them (a CJK character is one), not UTF-16 units.
    const qsizetype length = value.toUcs4().size();
    const int minLength = r.value("min_length"_L1).toInt(0);
    const int maxLength = r.value("max_length"_L1).toInt(0);
    if (r.value("single_line"_L1).toBool() && (value.contains(u'\n') || value.contains(u'\r')))
        out.append(
            ruleError(spec, u"line_break"_s,
                      QCoreApplication::translate("Validation", "%1 must be one line, without line breaks")
                          .arg(spec.label.text()),
                      value.simplified()));
    if (value.trimmed().isEmpty()) {
        out.append(ruleError(
            spec, u"blank"_s,
            QCoreApplication::translate("Validation", "%1 contains only spaces").arg(spec.label.text())));
        return out;
    }
    if (minLength > 0 && length < minLength)
        out.append(
            ruleError(spec, u"too_short"_s,
                      QCoreApplication::translate("Validation", "%1 needs at least %2 characters (now %3)")
                          .arg(spec.label.text())
                          .arg(minLength)
                          .arg(length)));
    if (maxLength > 0 && length > maxLength)
        out.append(
            ruleError(spec, u"too_long"_s,
                      QCoreApplication::translate("Validation", "%1 may have at most %2 characters (now %3)")
                          .arg(spec.label.text())
                          .arg(maxLength)
                          .arg(length)));
    const QString pattern = r.value("pattern"_L1).toString();
    if (!pattern.isEmpty() && !QRegularExpression(pattern).match(value).hasMatch())
        out.append(
            ruleError(spec, u"pattern"_s,
                      QCoreApplication::translate("Validation", "%1 does not have the expected form, e.g. %2")
                          .arg(spec.label.text(), spec.example)));
    if (value != value.trimmed())
        out.append(ruleWarning(
            spec, u"spaces"_s,
            QCoreApplication::translate("Validation", "%1 begins or ends with spaces").arg(spec.label.text()),
            value.trimmed()));
    return out;
}
