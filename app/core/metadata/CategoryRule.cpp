#include "metadata/CategoryRule.h"

#include "metadata/RuleHelpers.h"
#include "profile/Taxonomy.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QList<ValidationMessage> CategoryRule::check(const FieldSpec &spec, const QString &value,
                                             const ValidationContext &context)
{
    const QString separator = spec.rule.value("separator"_L1).toString(u"-"_s);
    QString text = value.trimmed();
    // Dashes that look alike: full-width hyphen, en dash, em dash.
    QString fix = text;
    for (const QChar c : {QChar(0xFF0D), QChar(0x2013), QChar(0x2014), QChar(0x2212)})
        fix.replace(c, separator);
    QStringList levels = fix.split(separator);
    for (QString &level : levels)
        level = level.trimmed();
    fix = levels.join(separator);
    if (fix != text && !levels.contains(QString()))
        return {
            ruleError(spec, u"category_separator"_s,
                      QCoreApplication::translate("Validation", "%1: join the levels with the ASCII \"%2\"")
                          .arg(spec.label.text(), separator),
                      fix)};
    if (levels.contains(QString()))
        return {
            ruleError(spec, u"category_empty_level"_s,
                      QCoreApplication::translate("Validation", "%1: a level is empty in \"%2\" (e.g. %3)")
                          .arg(spec.label.text(), text, spec.example))};
    if (context.taxonomy && !context.taxonomy->isEmpty() && !context.taxonomy->contains(levels))
        return {ruleError(spec, u"category_unknown"_s,
                          QCoreApplication::translate("Validation", "%1: \"%2\" is not in the category tree")
                              .arg(spec.label.text(), text))};
    return {};
}
