#include "Translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QMutex>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
QTranslator *s_app = nullptr;
QTranslator *s_qt = nullptr;

// The language of a LanguageScope on this thread ("" when none is active), with its translation
// (null: English).
thread_local QString t_scopeLanguage;
thread_local const QTranslator *t_scopeTranslator = nullptr;

// Installed before every other translator, so asked first: inside a LanguageScope it answers for the
// scope's language (the source wording when the translation lacks one, so the UI's translation is never
// reached); outside it answers nothing and the UI's translators are asked as usual. isEmpty() is true so
// that installing it sends no LanguageChange (the widgets need not translate themselves again).
class ScopeRouter : public QTranslator
{
public:
    bool isEmpty() const override { return true; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        if (t_scopeLanguage.isEmpty() || !sourceText)
            return {};
        const QString translated = t_scopeTranslator
                                       ? t_scopeTranslator->translate(context, sourceText, disambiguation, n)
                                       : QString();
        return translated.isEmpty() ? QString::fromUtf8(sourceText) : translated;
    }
};

QMutex s_mutex;
ScopeRouter *s_router = nullptr; // never deleted: translators are asked until the application ends

// Puts the router in front of the installed translators (again, after Translations::install). The
// mutex guards only the pointer: installing sends LanguageChange, whose handlers may translate.
void installRouterFirst()
{
    if (!QCoreApplication::instance())
        return;
    ScopeRouter *router = nullptr;
    bool created = false;
    {
        QMutexLocker lock(&s_mutex);
        if (!s_router) {
            s_router = new ScopeRouter;
            created = true;
        }
        router = s_router;
    }
    if (!created)
        QCoreApplication::removeTranslator(router);
    QCoreApplication::installTranslator(router);
}

// SubmitDesk's translation for a normalized language, loaded once and kept; null when none loads.
const QTranslator *translatorFor(const QString &language)
{
    // Never destroyed, like the router: a thread may translate with them until the process ends (a static
    // hash would be destroyed at exit before the last such thread, and its translators with it).
    static auto *loaded = new QHash<QString, QTranslator *>;
    QMutexLocker lock(&s_mutex);
    if (!loaded->contains(language)) {
        auto *translator = new QTranslator;
        if (!translator->load(u":/i18n/submitdesk_"_s + language)) {
            delete translator;
            translator = nullptr;
        }
        loaded->insert(language, translator);
    }
    return loaded->value(language);
}
} // namespace

QStringList Translations::available()
{
    return {u"zh_CN"_s, u"en"_s};
}

QString Translations::normalized(const QString &language)
{
    return language.startsWith("zh"_L1) ? u"zh_CN"_s : u"en"_s;
}

QString Translations::currentLanguage()
{
    return t_scopeLanguage.isEmpty() ? QLocale().name() : t_scopeLanguage;
}

QString Translations::install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QString chosen = locale.language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
    QLocale::setDefault(QLocale(chosen));
    for (QTranslator **t : {&s_app, &s_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    s_app = new QTranslator;
    if (s_app->load(u":/i18n/submitdesk_"_s + chosen))
        QCoreApplication::installTranslator(s_app);
    s_qt = new QTranslator;
    if (s_qt->load(QLocale(chosen), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt);
    installRouterFirst();
    return chosen;
}

Translations::LanguageScope::LanguageScope(const QString &language)
    : m_previous(t_scopeTranslator), m_previousLanguage(t_scopeLanguage)
{
    bool routerMissing = false;
    {
        QMutexLocker lock(&s_mutex);
        routerMissing = !s_router;
    }
    if (routerMissing)
        installRouterFirst();
    t_scopeLanguage = normalized(language);
    t_scopeTranslator = translatorFor(t_scopeLanguage);
}

Translations::LanguageScope::~LanguageScope()
{
    t_scopeTranslator = m_previous;
    t_scopeLanguage = m_previousLanguage;
}
