#include "metadata/XmlRule.h"

#include "metadata/CatalogXml.h"
#include "metadata/RuleHelpers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// A catalog is read once when it is valid; only a catalog that fails is read again, to tell broken XML
// (an error) from XML that does not follow the chapter form (a warning).
QList<ValidationMessage> XmlRule::check(const FieldSpec &spec, const QString &value,
                                        const ValidationContext &)
{
    const QString root = spec.rule.value("root"_L1).toString();
    QString schemaError;
    QList<CatalogXml::Chapter> chapters;
    // "schema": "catalog": the chapter/section form SubmitDesk writes, durations hh:mm:ss included.
    const bool catalog = spec.rule.value("schema"_L1).toString() == "catalog"_L1;
    if (catalog && CatalogXml::parse(value, &chapters, &schemaError))
        return {};
    QString error;
    if (!CatalogXml::checkWellFormed(value, root, &error))
        return {ruleError(spec, u"xml_invalid"_s,
                          QCoreApplication::translate("Validation", "%1 is not valid XML: %2")
                              .arg(spec.label.text(), error))};
    if (!catalog)
        return {};
    return {ruleWarning(spec, u"xml_schema"_s,
                        QCoreApplication::translate("Validation", "%1 does not follow the chapter form: %2")
                            .arg(spec.label.text(), schemaError))};
}
