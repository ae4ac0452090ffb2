#include "metadata/XmlRule.h"

#include "metadata/CatalogXml.h"
#include "metadata/RuleHelpers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QList<ValidationMessage> XmlRule::check(const FieldSpec &spec, const QString &value,
                                        const ValidationContext &)
{
    QString error;
    if (!CatalogXml::checkWellFormed(value, spec.rule.value("root"_L1).toString(), &error))
        return {ruleError(spec, u"xml_invalid"_s,
                          QCoreApplication::translate("Validation", "%1 is not valid XML: %2")
                              .arg(spec.label.text(), error))};
    // "schema": "catalog": the chapter/section form SubmitDesk writes, durations hh:mm:ss included.
    QList<CatalogXml::Chapter> chapters;
    if (spec.rule.value("schema"_L1).toString() == "catalog"_L1 &&
        !CatalogXml::parseWellFormed(value, &chapters, &error))
        return {
            ruleWarning(spec, u"xml_schema"_s,
                        QCoreApplication::translate("Validation", "%1 does not follow the chapter form: %2")
                            .arg(spec.label.text(), error))};
    return {};
}
