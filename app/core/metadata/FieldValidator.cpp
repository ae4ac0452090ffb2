#include "metadata/FieldValidator.h"

#include "metadata/CategoryRule.h"
#include "metadata/DateRule.h"
#include "metadata/EnumRule.h"
#include "metadata/ImageRule.h"
#include "metadata/IntegerRule.h"
#include "metadata/ListRule.h"
#include "metadata/RuleHelpers.h"
#include "metadata/TextRule.h"
#include "metadata/UrlRule.h"
#include "metadata/XmlRule.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QList<ValidationMessage> FieldValidator::validate(const FieldSpec &spec, const QString &value,
                                                  const ValidationContext &context)
{
    switch (spec.kind) {
    case FieldKind::Text:
        return TextRule::check(spec, value, context);
    case FieldKind::Date:
        return DateRule::check(spec, value, context);
    case FieldKind::Integer:
        return IntegerRule::check(spec, value, context);
    case FieldKind::Enum:
        return EnumRule::check(spec, value, context);
    case FieldKind::List:
        return ListRule::check(spec, value, context);
    case FieldKind::Url:
        return UrlRule::check(spec, value, context);
    case FieldKind::Image:
        return ImageRule::check(spec, value, context);
    case FieldKind::Xml:
        return XmlRule::check(spec, value, context);
    case FieldKind::Category:
        return CategoryRule::check(spec, value, context);
    }
    return {};
}

QList<ValidationMessage> FieldValidator::validateWithRequired(const FieldSpec &spec, const QString &typeCode,
                                                              const QString &value,
                                                              const ValidationContext &context)
{
    if (value.isEmpty()) {
        if (spec.isRequiredFor(typeCode))
            return {ruleError(
                spec, u"required"_s,
                QCoreApplication::translate("Validation", "%1 is required").arg(spec.label.text()))};
        return {};
    }
    return validate(spec, value, context);
}
