#pragma once

#include <QHash>
#include <QString>

// The words of the package's human-readable files (report.html) in the profile's language, whatever the
// UI's language: the package goes to the platform and its reviewers, who read the campaign's language.
// Not tr(): the installed QTranslator follows the user's choice of UI language. English source wordings
// are looked up in a table per language; a wording the table lacks stays English.
class PackageTexts
{
public:
    explicit PackageTexts(const QString &language);
    QString operator()(const QString &english) const { return m_table.value(english, english); }
    // "error", "warning", "info", "pass", "fail" … as a word of the language.
    QString status(const QString &status) const { return (*this)(status); }
    QString htmlLanguage() const { return m_htmlLanguage; }

private:
    QHash<QString, QString> m_table;
    QString m_htmlLanguage;
};
