#include "metadata/UrlRule.h"

#include "metadata/RuleHelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

QList<ValidationMessage> UrlRule::check(const FieldSpec &spec, const QString &value,
                                        const ValidationContext &)
{
    QStringList schemes;
    QStringList warnSchemes;
    for (const QJsonValue &v : spec.rule.value("schemes"_L1).toArray())
        schemes.append(v.toString());
    for (const QJsonValue &v : spec.rule.value("warn_schemes"_L1).toArray())
        warnSchemes.append(v.toString());
    const QString trimmed = value.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() || trimmed.contains(u' ')) {
        QString fix;
        if (url.scheme().isEmpty() && trimmed.contains(u'.') && !trimmed.contains(u' '))
            fix = u"https://"_s + trimmed;
        return {ruleError(spec, u"url_invalid"_s,
                          QCoreApplication::translate("Validation", "%1 must be a full address such as %2")
                              .arg(spec.label.text(), spec.example),
                          fix)};
    }
    const QString scheme = url.scheme().toLower();
    if (!schemes.isEmpty() && !schemes.contains(scheme))
        return {ruleError(spec, u"url_scheme"_s,
                          QCoreApplication::translate("Validation", "%1 must start with %2 (not %3)")
                              .arg(spec.label.text(), schemes.join(u" or "_s), scheme))};
    if (warnSchemes.contains(scheme)) {
        QUrl secure = url;
        secure.setScheme(u"https"_s);
        return {ruleWarning(spec, u"url_insecure"_s,
                            QCoreApplication::translate(
                                "Validation", "%1 uses plain %2; browsers warn about it, use https if the "
                                              "platform offers it")
                                .arg(spec.label.text(), scheme),
                            secure.toString())};
    }
    return {};
}
