#include "profile/LocalizedText.h"

#include "Translations.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

QString LocalizedText::text() const
{
    // The UI's language, or a Translations::LanguageScope's (the package's texts follow the profile).
    const bool chinese = Translations::currentLanguage().startsWith("zh"_L1);
    if (chinese)
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}

QString LocalizedText::in(const QString &language) const
{
    if (language.startsWith(QLatin1StringView("zh")))
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}

LocalizedText LocalizedText::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString(), value.toString()};
    const QJsonObject o = value.toObject();
    return {o.value("zh"_L1).toString(), o.value("en"_L1).toString()};
}
