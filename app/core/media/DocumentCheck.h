#pragma once

#include "media/CheckReport.h"
#include "media/DocumentProbe.h"

#include <QCoreApplication>
#include <QJsonObject>

// The technical check of "document" media: a PDF file judged against the profile's
// technical.document section (docs/profile-format.md, "Documents"). One CheckResult per listed rule
// (opens, page_count, fonts_embedded, text_extractable, not_garbled, file_size) with plain-words
// messages and fix advice; the measured facts (DocumentFacts::toJson) go in the report.
class DocumentCheck
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCheck)
public:
    // Blocking and thread-safe; MediaCheck::checkFile calls it for kind "document".
    static CheckReport checkFile(const QString &path, const QJsonObject &technical,
                                 const DocumentProbe::Options &options);
    // Pure: judges facts already read.
    static CheckReport evaluate(const DocumentFacts &facts, const QJsonObject &technical);

private:
    static CheckResult evaluateRule(const DocumentFacts &f, const QJsonObject &section, const QString &id);
    static CheckResult opens(const DocumentFacts &f);
    static CheckResult pageCount(const DocumentFacts &f, const QJsonObject &rule);
    static CheckResult fontsEmbedded(const DocumentFacts &f);
    static CheckResult textExtractable(const DocumentFacts &f, const QJsonObject &rule);
    static CheckResult notGarbled(const DocumentFacts &f, const QJsonObject &rule);
    static CheckResult fileSize(const DocumentFacts &f, const QJsonObject &rule);
};
