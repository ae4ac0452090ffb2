#pragma once

#include <QLocale>
#include <QString>

// Installs SubmitDesk's translation (and Qt's own) for a language: "zh_CN", "en", or "" for the
// system locale. Returns the language actually installed.
namespace Translations {
QString install(const QString &language);
QStringList available(); // {"zh_CN", "en"}
} // namespace Translations
