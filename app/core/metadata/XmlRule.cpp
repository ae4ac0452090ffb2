#include "metadata/XmlRule.h"

#include "metadata/CatalogXml.h"
#include "metadata/RuleHelpers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QList<ValidationMessage> XmlRule::check(const FieldSpec &spec, const QString &value, const ValidationContext &)
{
    QString error;
    if (!CatalogXml::checkWellFormed(value, spec.rule.value("root"_L1).toString(), &error))
        return {ruleError(spec, u"xml_invalid"_s,
                          QCoreApplication::translate("Validation", "%1 is not valid XML: %2")
                              .arg(spec.label.text(), error))};
    return {};
}
