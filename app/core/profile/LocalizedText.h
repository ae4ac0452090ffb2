#pragma once

#include <QJsonValue>
#include <QString>

// A text the profile gives in Chinese and English; shown in the UI's current language.
struct LocalizedText
{
    QString zh;
    QString en;

    // The text for the current UI language (QLocale() default, or a Translations::LanguageScope's on
    // this thread): Chinese for zh*, English otherwise, falling back to the other language when one is
    // missing.
    QString text() const;
    // The text in a given language ("zh_CN", "zh", "en" …: Chinese for zh*, English otherwise), with the
    // same fallback; independent of the UI's language (the package's texts follow the profile's).
    QString in(const QString &language) const;
    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }

    static LocalizedText fromJson(const QJsonValue &value);
};
