// The technical check of "document" media (issue 13 item 6): the profile's technical.document section
// read strictly, and PDFs made at test time judged by DocumentCheck through MediaCheck: a good PDF with
// an embedded CJK font, Kangxi radicals in place of 工人, a font that is not embedded, a password, no
// pages, a non-PDF and a truncated file.

#include "PdfFactory.h"
#include "TestSupport.h"

#include "media/DocumentCheck.h"
#include "media/DocumentProbe.h"
#include "media/MediaCheck.h"
#include "media/MediaCheckService.h"
#include "profile/ProfileLoader.h"
#include "profile/TechnicalSpec.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestDocumentCheck : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void profileSectionIsStrict_data();
    void profileSectionIsStrict();
    void builtInProfileHasNoDocuments();
    void textPagesAreBounded();
    void goodPdfPasses();
    void kangxiRadicalsAreGarbled();
    void qtWithNotoCjkWritesRadicals();
    void unembeddedFontFails();
    void passwordFails();
    void noPagesFails();
    void notPdfAndTruncatedFail();
    void oversizedIsNotOpened();
    void missingFileIsUnreadable();
    void longDocumentIsSampled();
    void timeLimitAndCancelStopTheReading();
    void serviceChecksDocuments();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    CheckReport check(const QString &file, const QString &kind = u"document"_s) const;
    // "id=status (actual)" of every rule, for failure messages.
    static QByteArray summary(const CheckReport &r)
    {
        QStringList parts;
        for (const CheckResult &c : r.checks)
            parts.append(u"%1=%2 (%3)"_s.arg(c.id, CheckResult::statusName(c.status), c.actual));
        return (parts.join(u"; "_s) + u' ' + r.error).toUtf8();
    }
    static QString status(const CheckReport &r, const QString &id)
    {
        return CheckResult::statusName(r.status(id));
    }
    QTemporaryDir m_dir;
    Profile m_profile;
};

void TestDocumentCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QString file =
        TestSupport::sourceDir() + u"/tests/data/document-profile/profiles/textbook-2026.json"_s;
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY2(ProfileLoader::loadJson(f.readAll(), file, u":/taxonomy"_s, &m_profile, &error),
             qPrintable(error));
    QVERIFY(m_profile.technical.contains("document"_L1));
}

CheckReport TestDocumentCheck::check(const QString &file, const QString &kind) const
{
    MediaCheck::Options options;
    options.kind = kind;
    return MediaCheck::checkFile(file, m_profile.technical, options);
}

void TestDocumentCheck::profileSectionIsStrict_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("where");
    QTest::newRow("unknown key") << u"page_count"_s << u"mni"_s << QJsonValue(1)
                                 << u"technical.document.page_count.mni"_s;
    QTest::newRow("missing min") << u"page_count"_s << u"min"_s << QJsonValue(QJsonValue::Undefined)
                                 << u"technical.document.page_count.min"_s;
    QTest::newRow("max below min") << u"page_count"_s << u"max"_s << QJsonValue(0.5)
                                   << u"technical.document.page_count.max"_s;
    QTest::newRow("share above 1") << u"not_garbled"_s << u"max_share"_s << QJsonValue(2)
                                   << u"technical.document.not_garbled.max_share"_s;
    QTest::newRow("share as text") << u"not_garbled"_s << u"max_share"_s << QJsonValue(u"0.1"_s)
                                   << u"technical.document.not_garbled.max_share"_s;
    QTest::newRow("chars missing") << u"text_extractable"_s << u"min_chars_per_page"_s
                                   << QJsonValue(QJsonValue::Undefined)
                                   << u"technical.document.text_extractable.min_chars_per_page"_s;
}

void TestDocumentCheck::profileSectionIsStrict()
{
    QFETCH(QString, rule);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, where);
    QJsonObject technical = m_profile.technical;
    QJsonObject section = technical.value("document"_L1).toObject();
    TechnicalSpec::Problem problem;
    QVERIFY2(TechnicalSpec::check(technical, {u"document"_s}, &problem), qPrintable(problem.where));
    QJsonObject object = section.value(rule).toObject();
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    section.insert(rule, object);
    technical.insert(u"document"_s, section);
    QVERIFY(!TechnicalSpec::check(technical, {u"document"_s}, &problem));
    QCOMPARE(problem.where, where);
    QVERIFY(!problem.what.isEmpty());
    // A document type without its section is refused too.
    technical.remove(u"document"_s);
    QVERIFY(!TechnicalSpec::check(technical, {u"document"_s}, &problem));
    QCOMPARE(problem.where, u"technical.document"_s);
}

void TestDocumentCheck::builtInProfileHasNoDocuments()
{
    Profile builtin;
    QString error;
    QVERIFY2(ProfileLoader::loadBuiltin(u"lifelong-2022"_s, &builtin, &error), qPrintable(error));
    QVERIFY(!builtin.technical.contains("document"_L1));
    for (const ResourceTypeSpec &t : builtin.resourceTypes)
        QVERIFY(t.media != "document"_L1);
    const ResourceTypeSpec *b01 = m_profile.resourceType(u"B01"_s);
    QVERIFY(b01 && b01->media == "document"_L1 && b01->extensions.contains(u"pdf"_s));
}

void TestDocumentCheck::textPagesAreBounded()
{
    QCOMPARE(DocumentProbe::textPages(3, 20, 10), (QList<int>{0, 1, 2}));
    const QList<int> many = DocumentProbe::textPages(100000, 20, 10);
    QCOMPARE(many.size(), 30);
    QCOMPARE(many.at(19), 19);
    QCOMPARE(many.at(20), 20);
    QVERIFY(many.last() < 100000 && many.last() > 80000);
    QVERIFY(DocumentProbe::textPages(0, 20, 10).isEmpty());
}

void TestDocumentCheck::goodPdfPasses()
{
    const QString file = path(u"good.pdf"_s);
    QVERIFY(PdfFactory::writeText(file, u"终身教育数字教材：工人与学习。Lifelong learning 2026."_s));
    for (const QString &kind : {u"document"_s, QString()}) { // typed, and guessed from "%PDF-"
        const CheckReport r = check(file, kind);
        QVERIFY2(r.verdict() == CheckReport::Verdict::Pass, summary(r).constData());
        QCOMPARE(r.type, u"document"_s);
        QCOMPARE(r.checks.size(), 6);
        QCOMPARE(r.facts.value("pages"_L1).toInt(), 2);
        QVERIFY(r.facts.value("characters"_L1).toInt() > 100);
        QCOMPARE(r.facts.value("garbled"_L1).toInt(), 0);
        QVERIFY(!r.facts.value("fonts"_L1).toArray().isEmpty());
        QVERIFY(!r.find(u"fonts_embedded"_s)->name.isEmpty()); // the profile's zh/en name
    }
}

void TestDocumentCheck::qtWithNotoCjkWritesRadicals()
{
    // Found while writing these tests: QPdfWriter with Noto Sans CJK maps the glyph of 工 (shared with
    // the radical ⼯) back to U+2F2F, so text that was typed right comes out garbled. The check sees it.
    if (!QFontDatabase::families().contains(u"Noto Sans CJK SC"_s))
        QSKIP("fonts-noto-cjk is not installed");
    const QString file = path(u"noto.pdf"_s);
    QVERIFY(PdfFactory::writeText(file, u"终身教育数字教材：工人与学习。"_s, 1, 12, u"Noto Sans CJK SC"_s));
    const CheckReport r = check(file);
    QCOMPARE(status(r, u"not_garbled"_s), u"fail"_s);
    QVERIFY2(r.find(u"not_garbled"_s)->actual.contains(u"U+2F2F"_s), summary(r).constData());
}

void TestDocumentCheck::kangxiRadicalsAreGarbled()
{
    const QString file = path(u"kangxi.pdf"_s);
    // ⼯ U+2F2F and ⼈ U+2F08 look like 工 and 人 but are radicals: search and screen readers miss them.
    QVERIFY(PdfFactory::writeText(file, u"Lifelong learning for every \u2F08: \u2F2F\u2F08 \u2F2F\u2F08."_s));
    const CheckReport r = check(file);
    QCOMPARE(r.verdict(), CheckReport::Verdict::Fail);
    QCOMPARE(status(r, u"not_garbled"_s), u"fail"_s);
    QCOMPARE(status(r, u"fonts_embedded"_s), u"pass"_s);
    QVERIFY2(r.find(u"not_garbled"_s)->actual.contains(u"U+2F2F"_s),
             qPrintable(r.find(u"not_garbled"_s)->actual));
    QVERIFY(!r.find(u"not_garbled"_s)->hint.isEmpty());
    QVERIFY(r.facts.value("garbled_sample"_L1).toArray().contains(u"\u2F08 U+2F08"_s));
}

void TestDocumentCheck::unembeddedFontFails()
{
    const QString file = path(u"helvetica.pdf"_s);
    QVERIFY(PdfFactory::save(file, PdfFactory::helveticaNotEmbedded()));
    const CheckReport r = check(file);
    QCOMPARE(r.verdict(), CheckReport::Verdict::Fail);
    QCOMPARE(status(r, u"opens"_s), u"pass"_s);
    QCOMPARE(status(r, u"fonts_embedded"_s), u"fail"_s);
    QCOMPARE(status(r, u"text_extractable"_s), u"pass"_s);
    QVERIFY(r.find(u"fonts_embedded"_s)->actual.contains(u"Helvetica"_s));
    QVERIFY(r.find(u"fonts_embedded"_s)->hint.contains(u"PDF/A"_s));
}

void TestDocumentCheck::passwordFails()
{
    const QString file = path(u"locked.pdf"_s);
    QVERIFY(PdfFactory::save(file, PdfFactory::passwordProtected()));
    const CheckReport r = check(file);
    QCOMPARE(r.verdict(), CheckReport::Verdict::Fail);
    QCOMPARE(status(r, u"opens"_s), u"fail"_s);
    QVERIFY2(r.find(u"opens"_s)->message.contains(u"password"_s), qPrintable(r.find(u"opens"_s)->message));
    QVERIFY(!r.find(u"page_count"_s)); // nothing else to judge in a file that does not open
}

void TestDocumentCheck::noPagesFails()
{
    const QString file = path(u"empty.pdf"_s);
    QVERIFY(PdfFactory::save(file, PdfFactory::noPages()));
    const CheckReport r = check(file);
    QCOMPARE(r.verdict(), CheckReport::Verdict::Fail);
    // poppler either refuses the file or opens it with no page: both fail.
    QVERIFY2(r.status(u"opens"_s) == CheckResult::Status::Fail ||
                 r.status(u"page_count"_s) == CheckResult::Status::Fail,
             summary(r).constData());
}

void TestDocumentCheck::notPdfAndTruncatedFail()
{
    const QString text = path(u"notes.pdf"_s);
    QVERIFY(PdfFactory::save(text, "just some words, renamed to .pdf\n"));
    CheckReport r = check(text);
    QCOMPARE(r.verdict(), CheckReport::Verdict::Fail);
    QCOMPARE(r.find(u"opens"_s)->actual, u"not a PDF"_s);

    QVERIFY(PdfFactory::writeText(path(u"whole.pdf"_s), u"终身教育"_s));
    QFile whole(path(u"whole.pdf"_s));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QString cut = path(u"cut.pdf"_s);
    QVERIFY(PdfFactory::save(cut, whole.read(300)));
    r = check(cut);
    QCOMPARE(r.verdict(), CheckReport::Verdict::Fail);
    QCOMPARE(status(r, u"opens"_s), u"fail"_s);

    QByteArray garbage = "%PDF-1.7\n";
    for (int i = 0; i < 5000; ++i)
        garbage += char((i * 7919) % 251);
    QVERIFY(PdfFactory::save(path(u"garbage.pdf"_s), garbage));
    r = check(path(u"garbage.pdf"_s));
    QCOMPARE(r.verdict(), CheckReport::Verdict::Fail);
}

void TestDocumentCheck::oversizedIsNotOpened()
{
    const QString file = path(u"helvetica.pdf"_s);
    QVERIFY(PdfFactory::save(file, PdfFactory::helveticaNotEmbedded()));
    DocumentFacts facts;
    QString error;
    DocumentProbe::Options options;
    options.maxBytes = 100; // the cap is checked before poppler reads a byte
    QVERIFY(DocumentProbe::probe(file, &facts, &error, options));
    QVERIFY(!facts.opened);
    QVERIFY(!facts.tooLarge.isEmpty());
}

void TestDocumentCheck::missingFileIsUnreadable()
{
    const CheckReport r = check(path(u"nowhere.pdf"_s));
    QCOMPARE(r.verdict(), CheckReport::Verdict::Error);
    QVERIFY(r.error.contains(u"nowhere.pdf"_s));
}

void TestDocumentCheck::longDocumentIsSampled()
{
    // 3000 pages: every page is counted and its fonts listed, but text is read from 30 of them only.
    const QString file = path(u"long.pdf"_s);
    QVERIFY(PdfFactory::save(file, PdfFactory::manyPages(3000)));
    const CheckReport r = check(file);
    QCOMPARE(r.facts.value("pages"_L1).toInt(), 3000);
    QCOMPARE(r.facts.value("text_pages_read"_L1).toInt(), 30);
    QCOMPARE(r.facts.value("font_pages_scanned"_L1).toInt(), 3000);
    QCOMPARE(status(r, u"page_count"_s), u"fail"_s); // the test profile allows 2000
    QCOMPARE(status(r, u"text_extractable"_s), u"pass"_s);
}

void TestDocumentCheck::timeLimitAndCancelStopTheReading()
{
    const QString file = path(u"long.pdf"_s);
    QVERIFY(PdfFactory::save(file, PdfFactory::manyPages(300)));
    DocumentProbe::Options options;
    options.timeLimitMs = -1; // already over: nothing beyond opening is read
    DocumentFacts facts;
    QString error;
    QVERIFY(DocumentProbe::probe(file, &facts, &error, options));
    QVERIFY(facts.timedOut);
    QCOMPARE(facts.fontPagesScanned, 0);
    QCOMPARE(facts.textPagesRead, 0);
    CheckReport r = DocumentCheck::evaluate(facts, m_profile.technical);
    QCOMPARE(status(r, u"fonts_embedded"_s), u"warning"_s); // not judged as embedded, not as missing
    QVERIFY(r.facts.value("timed_out"_L1).toBool());
    QCOMPARE(status(r, u"text_extractable"_s), u"error"_s); // not read is not "no text"

    std::atomic_bool cancel{true};
    DocumentProbe::Options cancelled;
    cancelled.cancel = &cancel;
    r = DocumentCheck::checkFile(file, m_profile.technical, cancelled);
    QCOMPARE(r.verdict(), CheckReport::Verdict::Error);
    QVERIFY(r.error.contains(u"cancelled"_s));
}

void TestDocumentCheck::serviceChecksDocuments()
{
    // The check panel's service (off the GUI thread) takes documents the same way as media.
    const QString file = path(u"helvetica.pdf"_s);
    QVERIFY(PdfFactory::save(file, PdfFactory::helveticaNotEmbedded()));
    MediaCheckService service(nullptr, m_profile);
    QSignalSpy finished(&service, &MediaCheckService::finished);
    service.check(file, u"document"_s, false);
    QVERIFY(finished.wait(30000));
    const CheckReport r = finished.first().at(1).value<CheckReport>();
    QCOMPARE(r.type, u"document"_s);
    QCOMPARE(status(r, u"fonts_embedded"_s), u"fail"_s);
}

QTEST_MAIN(TestDocumentCheck)
#include "TestDocumentCheck.moc"
