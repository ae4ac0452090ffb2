#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
QTranslator *s_app = nullptr;
QTranslator *s_qt = nullptr;
} // namespace

QStringList Translations::available()
{
    return {u"zh_CN"_s, u"en"_s};
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
    return chosen;
}
