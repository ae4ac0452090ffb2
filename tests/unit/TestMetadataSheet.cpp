// metadata.xlsx: LibreOffice reads the exported sheet and its cells equal the workspace's values; a sheet
// filled in by hand (CSV, and xlsx saved by LibreOffice) comes back through SheetImporter: errors by row and
// column, nothing stored until applied.

#include "PackageFixture.h"
#include "StoreReads.h"
#include "TestSupport.h"

#include "package/BagWriter.h"
#include "package/CsvReader.h"
#include "package/ExportJob.h"
#include "package/MetadataSheetWriter.h"
#include "package/SheetImporter.h"
#include "workspace/ResourceStore.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestMetadataSheet : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void libreOfficeReadsTheExportedSheet();
    void unchangedSheetChangesNothing();
    void handEditedCsvIsValidatedThenApplied();
    void libreOfficeXlsxComesBack();
    void cliSheetImport();

private:
    QString convert(const QString &file, const QString &format);
    QString writeCsv(const QList<QStringList> &rows, const QString &name);
    PackageFixture m_fixture;
    QTemporaryDir m_out;
    QString m_bag;
    QString m_xlsx;
};

void TestMetadataSheet::initTestCase()
{
    if (!TestSupport::haveProgram(u"ffmpeg"_s))
        QSKIP("ffmpeg is not installed");
    QString error;
    QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
    ExportRequest request;
    ValidationReport report;
    QVERIFY2(ExportJob::prepare(m_fixture.workspace(), m_fixture.profile(), u"spring"_s, false,
                                m_out.filePath(u"bag"_s), &request, &report, &error),
             qPrintable(error));
    ExportResult result;
    QVERIFY2(BagWriter().write(request, &result, &error), qPrintable(error));
    m_bag = result.path;
    m_xlsx = m_bag + u"/data/metadata.xlsx"_s;
}

QString TestMetadataSheet::convert(const QString &file, const QString &format)
{
    // "csv:Text - txt - csv (StarCalc):44,34,76" = comma, double quote, UTF-8.
    const QString filter = format == "csv"_L1 ? u"csv:Text - txt - csv (StarCalc):44,34,76"_s : format;
    const QString outDir = m_out.filePath(u"converted-"_s + format);
    QStringList args{u"-env:UserInstallation=file://"_s + m_out.filePath(u"lo-profile"_s), u"--headless"_s};
    if (file.endsWith(".csv"_L1))
        args.append(u"--infilter=CSV:44,34,76"_s); // UTF-8, comma, double quote
    args << u"--convert-to"_s << filter << u"--outdir"_s << outDir << file;
    const auto r = TestSupport::run(u"soffice"_s, args, 180000);
    const QString out = outDir + u'/' + QFileInfo(file).completeBaseName() + u'.' + format;
    return r.exitCode == 0 && QFileInfo::exists(out) ? out : QString();
}

QString TestMetadataSheet::writeCsv(const QList<QStringList> &rows, const QString &name)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (QString c : row)
            cells.append(u'"' + c.replace(u'"', u"\"\""_s) + u'"');
        text += cells.join(u',') + u"\r\n"_s;
    }
    QFile f(m_out.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text.toUtf8());
    return f.fileName();
}

void TestMetadataSheet::libreOfficeReadsTheExportedSheet()
{
    if (!TestSupport::haveProgram(u"soffice"_s))
        QSKIP("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
    const QString csv = convert(m_xlsx, u"csv"_s);
    QVERIFY(!csv.isEmpty());
    QList<QStringList> rows;
    QString error;
    QVERIFY(CsvReader::read(csv, &rows, &error));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), MetadataSheetWriter::headers(m_fixture.profile()));
    const QList<Resource> resources = m_fixture.resources();
    const QStringList headers = rows.at(0);
    for (int i = 0; i < 2; ++i) {
        const QStringList &row = rows.at(i + 1);
        QCOMPARE(row.at(0), i == 0 ? u"A01-0001"_s : u"A02-0001"_s);
        QCOMPARE(row.at(1), QFileInfo(resources.at(i).filesWithRole(u"media"_s).first().path).fileName());
        for (const FieldSpec &f : m_fixture.profile().fields) {
            const qsizetype col = headers.indexOf(f.label.zh);
            QVERIFY(col >= 0);
            const QString cell = row.value(col);
            if (f.id == "type"_L1)
                QCOMPARE(cell, resources.at(i).type);
            else if (f.id == "unit"_L1)
                QCOMPARE(cell, u"国家开放大学"_s);
            else if (f.id == "cover"_L1)
                QCOMPARE(cell, u"resources/%1/cover.jpg"_s.arg(row.at(0)));
            else
                QCOMPARE(cell, resources.at(i).value(f.id));
        }
    }
}

void TestMetadataSheet::unchangedSheetChangesNothing()
{
    SheetImporter importer(m_fixture.workspace(), m_fixture.profile());
    SheetImporter::Plan plan;
    QString error;
    QVERIFY2(importer.prepare(m_xlsx, m_fixture.batch().id, &plan, &error), qPrintable(error));
    for (const auto &i : plan.issues)
        qWarning() << i.row << i.column << i.text;
    QVERIFY(plan.issues.isEmpty());
    QCOMPARE(plan.rows.size(), 2);
    QCOMPARE(plan.changeCount(), 0);
}

void TestMetadataSheet::handEditedCsvIsValidatedThenApplied()
{
    QList<QStringList> rows;
    QString error;
    SheetImporter importer(m_fixture.workspace(), m_fixture.profile());
    QVERIFY(SheetImporter::readTable(m_xlsx, &rows, &error));
    const QStringList header = rows.at(0);
    const qsizetype title = header.indexOf(u"资源名称"_s), created = header.indexOf(u"创建时间"_s),
                    speakers = header.indexOf(u"主讲人"_s);
    // Row 3 (the audio): a bad date and a full-width separator; row 2 fine; row 4 matches nothing.
    rows[1][title] = u"航空发动机原理（修订）"_s;
    rows[2][created] = u"2022-02-30"_s;
    rows[2][speakers] = u"张建华；朱新"_s;
    rows.append({QString(), u"missing.mp4"_s});
    const QString bad = writeCsv(rows, u"bad.csv"_s);
    SheetImporter::Plan plan;
    QVERIFY2(importer.prepare(bad, m_fixture.batch().id, &plan, &error), qPrintable(error));
    auto hasIssue = [&plan](int row, const QString &column) {
        for (const auto &i : plan.issues)
            if (i.row == row && i.column == column)
                return true;
        return false;
    };
    QVERIFY(hasIssue(3, u"创建时间"_s));
    QVERIFY(hasIssue(3, u"主讲人"_s));
    QVERIFY(hasIssue(4, u"文件名"_s));
    QVERIFY(!hasIssue(2, u"资源名称"_s));
    QVERIFY(!importer.apply(plan, &error));
    QCOMPARE(StoreReads::inBatch(ResourceStore(m_fixture.workspace()), m_fixture.batch().id)
                 .first()
                 .value(u"title"_s),
             u"航空发动机原理"_s); // nothing stored

    rows[2][created] = u"2022-02-28"_s;
    rows[2][speakers] = u"张建华;朱新"_s;
    rows.removeLast();
    const QString good = writeCsv(rows, u"good.csv"_s);
    QVERIFY(importer.prepare(good, m_fixture.batch().id, &plan, &error));
    QVERIFY(plan.issues.isEmpty());
    QCOMPARE(plan.changeCount(), 3);
    QVERIFY2(importer.apply(plan, &error), qPrintable(error));
    const QList<Resource> now = m_fixture.resources();
    QCOMPARE(now.at(0).value(u"title"_s), u"航空发动机原理（修订）"_s);
    QCOMPARE(now.at(1).value(u"created"_s), u"2022-02-28"_s);
    QCOMPARE(now.at(1).value(u"speakers"_s), u"张建华;朱新"_s);
}

void TestMetadataSheet::libreOfficeXlsxComesBack()
{
    if (!TestSupport::haveProgram(u"soffice"_s))
        QSKIP("LibreOffice (soffice) is not installed");
    // A sheet saved by LibreOffice (shared strings, its own styles; numbers as numbers) reads the same.
    QList<QStringList> rows;
    QString error;
    QVERIFY(SheetImporter::readTable(m_xlsx, &rows, &error));
    const QString csv = writeCsv(rows, u"roundtrip.csv"_s);
    const QString xlsx = convert(csv, u"xlsx"_s);
    QVERIFY(!xlsx.isEmpty());
    QList<QStringList> back;
    QVERIFY2(SheetImporter::readTable(xlsx, &back, &error), qPrintable(error));
    QCOMPARE(back.size(), rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList expected = rows.at(r);
        while (!expected.isEmpty() && expected.last().isEmpty())
            expected.removeLast();
        QCOMPARE(back.at(r), expected);
    }
}

void TestMetadataSheet::cliSheetImport()
{
    QList<QStringList> rows;
    QString error;
    QVERIFY(SheetImporter::readTable(m_xlsx, &rows, &error));
    const qsizetype clicks = rows.at(0).indexOf(u"点击量"_s);
    rows[1][clicks] = u"-5"_s;
    const QString bad = writeCsv(rows, u"cli-bad.csv"_s);
    const QString path = m_fixture.temp().path();
    auto r =
        TestSupport::runCli({u"import"_s, path, u"--batch"_s, u"spring"_s, u"--sheet"_s, bad, u"--apply"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("row 2") && r.out.contains("点击量"), r.out.constData());
    rows[1][clicks] = u"40000"_s;
    const QString good = writeCsv(rows, u"cli-good.csv"_s);
    r = TestSupport::runCli({u"import"_s, path, u"--batch"_s, u"spring"_s, u"--sheet"_s, good});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_fixture.resources().first().value(u"clicks"_s), u"36500"_s); // report only
    r = TestSupport::runCli({u"import"_s, path, u"--batch"_s, u"spring"_s, u"--sheet"_s, good, u"--apply"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_fixture.resources().first().value(u"clicks"_s), u"40000"_s);
}

QTEST_MAIN(TestMetadataSheet)
#include "TestMetadataSheet.moc"
