#include "metadata/TextRule.h"

#include "common/TextSafety.h"
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
    const bool singleLine = r.value("single_line"_L1).toBool();
    const bool lineBreak = singleLine && (value.contains(u'\n') || value.contains(u'\r') ||
                                          value.contains(QChar(0x2028)) || value.contains(QChar(0x2029)));
    if (lineBreak)
        out.append(
            ruleError(spec, u"line_break"_s,
                      QCoreApplication::translate("Validation", "%1 must be one line, without line breaks")
                          .arg(spec.label.text()),
                      value.simplified()));
    // Values reach bag-info.txt, metadata.xml and the e-mail draft: no control characters there (line
    // breaks and tabs of multi-line text excepted; a single line's breaks are reported above).
    if (TextSafety::hasControl(value, true) || (singleLine && !lineBreak && value.contains(u'\t')))
        out.append(ruleError(spec, u"control_char"_s,
                             QCoreApplication::translate(
                                 "Validation", "%1 contains control characters (%2), which are not allowed")
                                 .arg(spec.label.text(), TextSafety::describeControls(value, !singleLine)),
                             TextSafety::withoutControls(value, !singleLine)));
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
    if (!pattern.isEmpty() && !cachedPattern(pattern).match(value).hasMatch())
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
