#include "media/DocumentCheck.h"
#include "media/MediaPolicySupport.h"

#include "profile/TechnicalSpec.h"

using namespace Qt::StringLiterals;
using namespace PolicySupport;

// Every limit comes from the rule's object in the profile; TechnicalSpec::checkRule has made sure each
// required key is there.

CheckReport DocumentCheck::checkFile(const QString &path, const QJsonObject &technical,
                                     const DocumentProbe::Options &options)
{
    DocumentFacts facts;
    QString error;
    if (!DocumentProbe::probe(path, &facts, &error, options))
        return CheckReport::unreadable(path, u"document"_s, error);
    if (facts.cancelled)
        return CheckReport::unreadable(path, u"document"_s, tr("%1: the check was cancelled").arg(path));
    CheckReport report = evaluate(facts, technical);
    if (options.progress)
        options.progress(1.0);
    return report;
}

CheckReport DocumentCheck::evaluate(const DocumentFacts &facts, const QJsonObject &technical)
{
    CheckReport report;
    report.path = facts.path;
    report.type = u"document"_s;
    report.facts = facts.toJson();
    report.checkedAt = QDateTime::currentDateTimeUtc();
    const QJsonObject section = technical.value("document"_L1).toObject();
    const QStringList rules = stringList(section.value("rules"_L1));
    if (rules.isEmpty()) {
        report.error = tr("the profile has no technical rules for \"document\" media");
        return report;
    }
    // A file that does not open has nothing else to judge but its size (as a damaged media file).
    const bool readable = facts.opened && facts.tooLarge.isEmpty();
    for (const QString &id : rules) {
        if (!readable && id != "opens"_L1 && id != "file_size"_L1)
            continue;
        report.add(named(evaluateRule(facts, section, id), section.value(id).toObject()));
    }
    if (!readable && !rules.contains("opens"_L1))
        report.add(opens(facts)); // the reason must show even when the profile lists no "opens"
    return report;
}

CheckResult DocumentCheck::evaluateRule(const DocumentFacts &f, const QJsonObject &section, const QString &id)
{
    if (!TechnicalSpec::ruleIds(u"document"_s).contains(id))
        return make(id, Status::Error, QString(), QString(),
                    tr("unknown rule \"%1\" in the profile's technical section").arg(id));
    const QJsonObject rule = section.value(id).toObject();
    TechnicalSpec::Problem problem;
    if (!TechnicalSpec::checkRule(u"document"_s, id, rule, u"technical.document.%1"_s.arg(id), &problem))
        return make(
            id, Status::Error, QString(), QString(),
            tr("The profile's technical section cannot be used: %1: %2").arg(problem.where, problem.what));
    if (id == "opens"_L1)
        return opens(f);
    if (id == "page_count"_L1)
        return pageCount(f, rule);
    if (id == "fonts_embedded"_L1)
        return fontsEmbedded(f);
    if (id == "text_extractable"_L1)
        return textExtractable(f, rule);
    if (id == "not_garbled"_L1)
        return notGarbled(f, rule);
    return fileSize(f, rule);
}

CheckResult DocumentCheck::opens(const DocumentFacts &f)
{
    const QString id = u"opens"_s;
    const QString expected = tr("a PDF that opens without a password");
    if (!f.tooLarge.isEmpty())
        return make(id, Status::Error, expected, f.tooLarge,
                    tr("The file was not opened: it is %1.").arg(f.tooLarge),
                    tr("Export the document again with compressed pictures, or split it into parts."));
    if (!f.pdf)
        return make(id, Status::Fail, expected, tr("not a PDF"),
                    tr("The file is not a PDF inside, whatever its name says."),
                    tr("Open the original document and export it as PDF (File › Export as PDF); renaming a "
                       "file does not convert it."));
    if (f.locked)
        return make(id, Status::Fail, expected, tr("needs a password"),
                    tr("The PDF is protected by a password, so nobody can open it without one."),
                    tr("Export the PDF again without an open password (leave the security settings empty)."));
    if (!f.opened)
        return make(id, Status::Fail, expected, tr("damaged"),
                    tr("The PDF is damaged or cut short: it cannot be opened."),
                    tr("Export the PDF again from the original document, or copy it again."));
    const QString actual = tr("PDF, %n page(s)", nullptr, f.pages);
    if (f.encrypted)
        return make(id, Status::Warning, expected, tr("%1, with permission restrictions").arg(actual),
                    tr("The PDF opens, but it is encrypted with restrictions; the platform may be unable to "
                       "copy its text or print it."),
                    tr("Export the PDF again without security settings (no permissions password)."));
    return make(id, Status::Pass, expected, actual, tr("The PDF opens."));
}

CheckResult DocumentCheck::pageCount(const DocumentFacts &f, const QJsonObject &rule)
{
    const QString id = u"page_count"_s;
    const int min = rule.value("min"_L1).toInt();
    const int max = rule.value("max"_L1).toInt(-1);
    const QString expected = max > 0 ? tr("%1–%2 pages").arg(min).arg(max) : tr("≥ %1 pages").arg(min);
    const QString actual = tr("%n page(s)", nullptr, f.pages);
    if (f.pages < min)
        return make(id, Status::Fail, expected, actual, tr("The document has fewer than %1 pages.").arg(min),
                    tr("Check that the whole document was exported, not a selection of pages."));
    if (max > 0 && f.pages > max)
        return make(id, Status::Fail, expected, actual, tr("The document has more than %1 pages.").arg(max),
                    tr("Split the document into parts of at most %1 pages.").arg(max));
    return make(id, Status::Pass, expected, actual, tr("The page count is within the limits."));
}

CheckResult DocumentCheck::fontsEmbedded(const DocumentFacts &f)
{
    const QString id = u"fonts_embedded"_s;
    const QString expected = tr("every font embedded");
    const QList<DocumentFacts::Font> missing = f.unembeddedFonts();
    const QString hint = tr(
        "Export the PDF again with all fonts embedded: in Word choose File › Save As › PDF › Options and "
        "tick \"PDF/A compliant\"; in WPS choose Export to PDF and turn on embedding fonts; in LibreOffice "
        "choose Export as PDF and tick \"Archive (PDF/A)\".");
    if (!missing.isEmpty()) {
        QStringList names;
        for (const auto &font : missing)
            names.append(u"%1 (%2)"_s.arg(font.name, font.type));
        return make(id, Status::Fail, expected, tr("not embedded: %1").arg(names.mid(0, 5).join(u", "_s)),
                    tr("%n font(s) are not inside the file: on a computer without them the text shows in "
                       "another font, out of place or as boxes.",
                       nullptr, int(missing.size())),
                    hint);
    }
    if (f.fontPagesScanned < f.pages)
        return make(id, Status::Warning, expected,
                    tr("fonts of %1 of %2 pages checked").arg(f.fontPagesScanned).arg(f.pages),
                    tr("The fonts of the first pages are embedded; there was no time to look at the rest."),
                    tr("Check the document again when the computer is less busy."));
    const QString actual =
        f.fonts.isEmpty() ? tr("no fonts") : tr("%n font(s), all embedded", nullptr, int(f.fonts.size()));
    return make(id, Status::Pass, expected, actual,
                f.fonts.isEmpty() ? tr("The document uses no fonts.") : tr("Every font is embedded."));
}

CheckResult DocumentCheck::textExtractable(const DocumentFacts &f, const QJsonObject &rule)
{
    const QString id = u"text_extractable"_s;
    const double min = rule.value("min_chars_per_page"_L1).toDouble();
    const QString expected = tr("≥ %1 characters per page on average").arg(plain(min));
    const double average = f.textPagesRead > 0 ? double(f.characters) / f.textPagesRead : 0.0;
    const QString actual =
        tr("%1 characters per page (%n page(s) read)", nullptr, f.textPagesRead).arg(average, 0, 'f', 1);
    if (f.textPagesRead == 0 && f.timedOut)
        return make(id, Status::Error, expected, tr("not read"),
                    tr("There was no time to read the text of the pages; the rule is not judged."),
                    tr("Check the document again when the computer is less busy."));
    if (f.textPagesRead == 0 || average < min)
        return make(id, Status::Fail, expected, actual,
                    tr("Little or no text can be read from the pages: they may be scanned pictures, or the "
                       "fonts lack the map from glyphs to characters."),
                    tr("Export the PDF from the original document rather than scanning a print-out; for a "
                       "scan, run text recognition (OCR) so the text can be selected and searched."));
    return make(id, Status::Pass, expected, actual, tr("The text can be read and searched."));
}

CheckResult DocumentCheck::notGarbled(const DocumentFacts &f, const QJsonObject &rule)
{
    const QString id = u"not_garbled"_s;
    const double max = rule.value("max_share"_L1).toDouble();
    const QString expected = tr("≤ %1% look-alike or unknown characters").arg(plain(max * 100));
    if (f.characters == 0)
        return make(id, Status::Pass, expected, tr("no text"), tr("There is no text to judge."));
    const double share = double(f.garbled) / double(f.characters);
    const QString actual =
        tr("%1% (%2 of %3 characters)").arg(share * 100, 0, 'f', 2).arg(f.garbled).arg(f.characters);
    if (share > max)
        return make(id, Status::Fail, expected, actual + u"; "_s + f.garbledSample.join(u", "_s),
                    tr("The text has characters that only look like Chinese characters (such as the radical "
                       "⼯ instead of 工) or that are unknown; a search for the real words does not find "
                       "them, and screen readers read them wrongly."),
                    tr("In the original document, replace the look-alike characters with the real ones (a "
                       "converter or text recognition put them there), then export the PDF again with a "
                       "standard Chinese font."));
    return make(id, Status::Pass, expected, actual, tr("The text uses real characters."));
}

CheckResult DocumentCheck::fileSize(const DocumentFacts &f, const QJsonObject &rule)
{
    const QString id = u"file_size"_s;
    const qint64 max = rule.value("max_bytes"_L1).toInteger();
    const QString expected = tr("≤ %1 bytes").arg(max);
    const QString actual = tr("%1 bytes").arg(f.fileSize);
    if (f.fileSize > max)
        return make(id, Status::Fail, expected, actual, tr("The file is larger than %1 bytes.").arg(max),
                    tr("Export the PDF again with compressed pictures (a smaller picture quality), or split "
                       "the document into parts."));
    return make(id, Status::Pass, expected, actual, tr("The file is small enough."));
}
