#pragma once

#include <QLocale>
#include <QString>

class QTranslator;

// Installs SubmitDesk's translation (and Qt's own) for a language: "zh_CN", "en", or "" for the
// system locale. Returns the language actually installed.
namespace Translations {
QString install(const QString &language);
QStringList available(); // {"zh_CN", "en"}
// "zh_CN" for any Chinese ("zh", "zh-CN", "zh_CN"), else "en".
QString normalized(const QString &language);
// The language tr() speaks on this thread: a LanguageScope's, else the UI's (QLocale() default).
QString currentLanguage();

// While it lives, every tr() on the thread that made it speaks `language` (a profile's, for the texts
// written into a package) whatever the UI's language; other threads keep the UI's. A wording the
// language's translation lacks stays English. Scopes nest; make and destroy on the same thread.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language);
    ~LanguageScope();
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

private:
    const QTranslator *m_previous = nullptr;
    QString m_previousLanguage; // "" when no scope was active
};
} // namespace Translations
