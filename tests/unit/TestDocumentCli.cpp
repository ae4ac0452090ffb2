// "document" media through submitdesk-cli (issue 13 item 6): `check --json` verdicts of PDFs made at
// test time under the test profile tests/data/document-profile/profiles/textbook-2026.json, and a
// batch with a B01 digital textbook exported (refused with a garbled PDF, packed with a good one, its
// check summary in metadata.json) and verified.

#include "PackageFixture.h"
#include "PdfFactory.h"
#include "TestSupport.h"

#include "workspace/ResourceStore.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
using TestSupport::describe;

// The report of one file in `check --json` output.
QJsonObject fileOf(const QJsonObject &output, const QString &fileName)
{
    for (const QJsonValue &f : output.value("files"_L1).toArray()) {
        if (f.toObject().value("path"_L1).toString().endsWith(fileName))
            return f.toObject();
    }
    return {};
}

QString statusOf(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &c : report.value("checks"_L1).toArray()) {
        if (c.toObject().value("id"_L1).toString() == id)
            return c.toObject().value("status"_L1).toString();
    }
    return u"absent"_s;
}
} // namespace

class TestDocumentCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void checkJudgesPdfs();
    void builtInProfileRefusesDocumentType();
    void exportCarriesTheDocument();

private:
    QString pdf(const QString &name) const { return m_dir.filePath(u"pdf/"_s + name); }
    PackageFixture m_fixture;
    QTemporaryDir m_dir;
    QString m_profilePath;
};

void TestDocumentCli::initTestCase()
{
    QVERIFY2(QFileInfo(TestSupport::cliPath()).isExecutable(), "SUBMITDESK_CLI must point at submitdesk-cli");
    QString error;
    QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"profiles"_s)) && QDir().mkpath(m_dir.filePath(u"taxonomy"_s)) &&
            QDir().mkpath(m_dir.filePath(u"pdf"_s)));
    m_profilePath = m_dir.filePath(u"profiles/textbook-2026.json"_s);
    QVERIFY(
        QFile::copy(TestSupport::sourceDir() + u"/tests/data/document-profile/profiles/textbook-2026.json"_s,
                    m_profilePath));
    QVERIFY(
        QFile::copy(u":/taxonomy/lifelong-2022.json"_s, m_dir.filePath(u"taxonomy/lifelong-2022.json"_s)));
    QVERIFY(PdfFactory::writeText(pdf(u"教材.pdf"_s), u"终身教育数字教材：工人与学习。Lifelong learning."_s));
    QVERIFY(PdfFactory::writeText(pdf(u"kangxi.pdf"_s), u"Learning for every \u2F08: \u2F2F\u2F08."_s));
    QVERIFY(PdfFactory::save(pdf(u"helvetica.pdf"_s), PdfFactory::helveticaNotEmbedded()));
    QVERIFY(PdfFactory::save(pdf(u"locked.pdf"_s), PdfFactory::passwordProtected()));
    const auto r = TestSupport::runCli({u"init"_s, m_fixture.temp().path(), u"--profile"_s, m_profilePath});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

void TestDocumentCli::checkJudgesPdfs()
{
    auto r = TestSupport::runCli({u"check"_s, u"--profile"_s, m_profilePath, u"--json"_s, pdf(u"教材.pdf"_s),
                                  pdf(u"kangxi.pdf"_s), pdf(u"helvetica.pdf"_s), pdf(u"locked.pdf"_s)});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject out = TestSupport::jsonOf(r);
    QCOMPARE(out.value("profile"_L1).toString(), u"textbook-2026/2026.1"_s);
    const QJsonObject good = fileOf(out, u"教材.pdf"_s);
    QCOMPARE(good.value("type"_L1).toString(), u"document"_s);
    QVERIFY2(good.value("verdict"_L1).toString() == "pass"_L1, qPrintable(describe(r)));
    QCOMPARE(statusOf(fileOf(out, u"kangxi.pdf"_s), u"not_garbled"_s), u"fail"_s);
    QCOMPARE(statusOf(fileOf(out, u"helvetica.pdf"_s), u"fonts_embedded"_s), u"fail"_s);
    QCOMPARE(statusOf(fileOf(out, u"locked.pdf"_s), u"opens"_s), u"fail"_s);
    QCOMPARE(out.value("summary"_L1).toObject().value("fail"_L1).toInt(), 3);

    // --type document is accepted; the text output names the rule and the fix.
    r = TestSupport::runCli(
        {u"check"_s, u"--profile"_s, m_profilePath, u"--type"_s, u"document"_s, pdf(u"helvetica.pdf"_s)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("fonts_embedded") || r.out.contains("Fonts embedded") ||
                 r.out.contains("字体嵌入"),
             qPrintable(describe(r)));
    QVERIFY2(r.out.contains("PDF/A"), qPrintable(describe(r)));
}

void TestDocumentCli::builtInProfileRefusesDocumentType()
{
    // The 2022 profile has no document section: a PDF cannot be judged by it (could not run, not pass).
    const auto r = TestSupport::runCli({u"check"_s, u"--json"_s, pdf(u"教材.pdf"_s)});
    QCOMPARE(r.exitCode, 2);
}

void TestDocumentCli::exportCarriesTheDocument()
{
    ResourceStore store(m_fixture.workspace());
    QString error;
    const qint64 id = store.create(m_fixture.batch().id, u"B01"_s, &error);
    QVERIFY2(id, qPrintable(error));
    const QMap<QString, QString> values{
        {u"title"_s, u"终身学习数字教材"_s},
        {u"summary"_s, u"本教材系统介绍终身学习的方法与资源，适合社区学院的学习者与教师使用。"_s},
        {u"created"_s, u"2026-03-23"_s},
        {u"copyright"_s, u"国家开放大学"_s},
        {u"speakers"_s, u"张建华;朱新"_s},
        {u"category"_s, u"科学文化-航空知识-航空发动机"_s}};
    QVERIFY2(store.setValues(id, values, &error), qPrintable(error));
    QVERIFY2(store.addFile(id, u"media"_s, pdf(u"kangxi.pdf"_s), &error), qPrintable(error));
    QVERIFY2(store.replaceFile(id, u"cover"_s, m_fixture.mediaDir() + u"/cover1.jpg"_s, &error),
             qPrintable(error));

    // A garbled textbook refuses the batch, naming the rule.
    const QString refused = m_dir.filePath(u"refused"_s);
    auto r = TestSupport::runCli(
        {u"export"_s, m_fixture.temp().path(), u"--batch"_s, u"spring"_s, u"-o"_s, refused, u"--json"_s});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QStringList failed;
    for (const QJsonValue &f : TestSupport::jsonOf(r).value("technical"_L1).toArray())
        failed.append(f.toObject().value("rule"_L1).toString());
    QVERIFY2(failed.contains(u"not_garbled"_s), qPrintable(describe(r)));
    QVERIFY(!QFileInfo::exists(refused));

    // With a good textbook the batch exports: the PDF is in the package with its check summary.
    QVERIFY2(store.replaceFile(id, u"media"_s, pdf(u"教材.pdf"_s), &error), qPrintable(error));
    const QString out = m_dir.filePath(u"bag"_s);
    r = TestSupport::runCli(
        {u"export"_s, m_fixture.temp().path(), u"--batch"_s, u"spring"_s, u"-o"_s, out, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString bag = TestSupport::jsonOf(r).value("path"_L1).toString(out);
    const QJsonObject metadata =
        QJsonDocument::fromJson(PackageFixture::readAll(bag + u"/data/metadata.json"_s)).object();
    QJsonObject documentCheck;
    QString documentPath;
    for (const QJsonValue &res : metadata.value("resources"_L1).toArray()) {
        for (const QJsonValue &f : res.toObject().value("files"_L1).toArray()) {
            const QJsonObject check = f.toObject().value("check"_L1).toObject();
            if (check.value("type"_L1).toString() == "document"_L1) {
                documentCheck = check;
                documentPath = f.toObject().value("path"_L1).toString();
            }
        }
    }
    QVERIFY2(!documentCheck.isEmpty(), PackageFixture::readAll(bag + u"/data/metadata.json"_s).constData());
    QCOMPARE(documentCheck.value("verdict"_L1).toString(), u"pass"_s);
    QCOMPARE(statusOf(documentCheck, u"fonts_embedded"_s), u"pass"_s);
    QVERIFY2(documentPath.endsWith(".pdf"_L1) && QFileInfo(bag + u"/data/"_s + documentPath).isFile(),
             qPrintable(documentPath));
    r = TestSupport::runCli({u"verify"_s, bag, u"--profile"_s, m_profilePath, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

QTEST_MAIN(TestDocumentCli)
#include "TestDocumentCli.moc"
