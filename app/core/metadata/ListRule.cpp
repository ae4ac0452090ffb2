#include "metadata/ListRule.h"

#include "metadata/ListValue.h"
#include "metadata/RuleHelpers.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QList<ValidationMessage> ListRule::check(const FieldSpec &spec, const QString &value,
                                         const ValidationContext &context)
{
    QList<ValidationMessage> out;
    const QJsonObject &r = spec.rule;
    const QString sep = context.listSeparator;
    const bool normalizeParens = r.value("normalize_parentheses"_L1).toBool();
    const QString fixed = ListValue::normalized(value, sep, normalizeParens);
    if (ListValue::hasWrongSeparator(value)) {
        out.append(ruleError(
            spec, u"fullwidth_separator"_s,
            QCoreApplication::translate("Validation", "%1: separate items with the ASCII semicolon \"%2\", "
                                                      "not \"；\", \"，\" or \"、\"")
                .arg(spec.label.text(), sep),
            fixed));
        return out;
    }
    QString text = value;
    if (normalizeParens && (text.contains(u'（') || text.contains(u'）'))) {
        out.append(
            ruleWarning(spec, u"fullwidth_parentheses"_s,
                        QCoreApplication::translate(
                            "Validation", "%1: full-width parentheses （） will be written as ASCII ()")
                            .arg(spec.label.text()),
                        fixed));
        text.replace(u'（', u'(').replace(u'）', u')');
    }
    const QStringList items = ListValue::split(text, sep);
    const int minLength = r.value("item_min_length"_L1).toInt(1);
    const int maxLength = r.value("item_max_length"_L1).toInt(0);
    const QString pattern = r.value("item_pattern"_L1).toString();
    const QRegularExpression re = cachedPattern(pattern);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString &item = items.at(i);
        const qsizetype length = item.toUcs4().size();
        if (item.isEmpty()) {
            out.append(ruleError(spec, u"empty_item"_s,
                                 QCoreApplication::translate("Validation",
                                                             "%1: item %2 is empty (two \"%3\" in a row, "
                                                             "or one at the start or end)")
                                     .arg(spec.label.text())
                                     .arg(i + 1)
                                     .arg(sep),
                                 fixed));
            continue;
        }
        if (length < minLength || (maxLength > 0 && length > maxLength)) {
            out.append(ruleError(spec, u"item_length"_s,
                                 QCoreApplication::translate(
                                     "Validation", "%1: \"%2\" has %3 characters; each item needs %4 to %5")
                                     .arg(spec.label.text(), item)
                                     .arg(length)
                                     .arg(minLength)
                                     .arg(maxLength)));
            continue;
        }
        if (!pattern.isEmpty() && !re.match(item).hasMatch())
            out.append(ruleError(spec, u"item_pattern"_s,
                                 QCoreApplication::translate(
                                     "Validation", "%1: \"%2\" does not have the expected form, e.g. %3")
                                     .arg(spec.label.text(), item, spec.example)));
    }
    return out;
}
