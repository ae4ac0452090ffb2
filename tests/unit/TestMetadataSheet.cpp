// metadata.xlsx: LibreOffice reads the exported sheet and its cells equal the workspace's values; a sheet
// filled in by hand (CSV, and xlsx saved by LibreOffice) comes back through SheetImporter: errors by row and
// column, nothing stored until applied. Issue 12: long values and carriage returns come back unchanged; rows
// find their own resource after resources were deleted and added; a file name that disagrees is reported.

#include "PackageFixture.h"
#include "StoreReads.h"
#include "TestSupport.h"

#include "common/TextEncoding.h"
#include "package/BagWriter.h"
#include "package/CsvReader.h"
#include "package/ExportJob.h"
#include "package/MetadataSheetWriter.h"
#include "package/ReportHtml.h"
#include "package/SheetImporter.h"
#include "workspace/ResourceStore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

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
    void gb18030CsvFromChineseWindows();
    void reportIsInTheProfilesLanguage();
    // Issue 12, item 2: a value longer than an xlsx cell holds (32,767 characters) comes back unchanged.
    void longCatalogSurvivesTheRoundTrip();
    // Issue 12, item 3: rows land on the resource they were exported from, whatever changed since.
    void rowsFollowTheirResourceAfterDeleteAndInsert();
    void fileNameThatDisagreesIsReported();
    // Hostile sizes: a catalog of a million characters comes back; one beyond the sheet's limit refuses
    // the export naming resource and field. Time and peak memory are printed.
    void megabyteCatalogComesBackAndLargerIsRefused();
    // libxlsxwriter writes a carriage return as "_x000D_": it must come back as one.
    void carriageReturnsComeBack();

private:
    static QString exportSheet(PackageFixture &fixture, const QString &dir, QString *error);
    static QString longCatalog(int minimumLength);
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

QString TestMetadataSheet::exportSheet(PackageFixture &fixture, const QString &dir, QString *error)
{
    ExportRequest request;
    ValidationReport report;
    if (!ExportJob::prepare(fixture.workspace(), fixture.profile(), fixture.batch().name, false, dir,
                            &request, &report, error))
        return {};
    ExportResult result;
    if (!BagWriter().write(request, &result, error))
        return {};
    return result.path + u"/data/metadata.xlsx"_s;
}

QString TestMetadataSheet::longCatalog(int minimumLength)
{
    // Chinese titles, attributes and line breaks, as the catalog editor writes them.
    QString xml = u"<catalog>\n"_s;
    for (int chapter = 1; xml.size() < minimumLength; ++chapter) {
        xml += u"  <chapter title=\"第%1章 航空发动机的结构、原理与维护\">\n"_s.arg(chapter);
        for (int section = 1; section <= 3; ++section)
            xml += u"    <section title=\"%1.%2 概述与要点\" duration=\"00:12:30\"/>\n"_s.arg(chapter).arg(
                section);
        xml += u"  </chapter>\n"_s;
    }
    return xml + u"</catalog>"_s;
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

    // A sheet without the key column (an older export): matched by number, with a warning on the header.
    const qsizetype key = rows.at(0).indexOf(MetadataSheetWriter::keyHeader());
    QVERIFY(key >= 0);
    for (QStringList &row : rows)
        row.removeAt(key);
    const QString old = writeCsv(rows, u"cli-old.csv"_s);
    r = TestSupport::runCli({u"import"_s, path, u"--batch"_s, u"spring"_s, u"--sheet"_s, old});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("row 1") && r.out.contains("warning") && r.out.contains("资源键"),
             r.out.constData());
    r = TestSupport::runCli({u"import"_s, path, u"--batch"_s, u"spring"_s, u"--sheet"_s, old, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(u"warnings"_s).toArray().size(), 1);
    QCOMPARE(json.value(u"warnings"_s).toArray().first().toObject().value(u"row"_s).toInt(), 1);
}

void TestMetadataSheet::gb18030CsvFromChineseWindows()
{
    // Excel and WPS on a Chinese Windows save "CSV" in the system code page, GB18030: the headers and
    // values must come back as Chinese text (not refused for missing columns), and the encoding is named.
    if (!TestSupport::haveProgram(u"python3"_s))
        QSKIP("python3 is not installed");
    QList<QStringList> rows;
    QString error;
    QVERIFY(SheetImporter::readTable(m_xlsx, &rows, &error));
    const qsizetype title = rows.at(0).indexOf(u"资源名称"_s);
    rows[1][title] = u"航空发动机原理（第二版·修订）"_s;
    const QString utf8 = writeCsv(rows, u"windows-utf8.csv"_s);
    const QString gb = m_out.filePath(u"windows-gb18030.csv"_s);
    const auto encoded = TestSupport::run(
        u"python3"_s, {u"-c"_s,
                       u"import sys; open(sys.argv[2], 'wb').write(open(sys.argv[1], encoding='utf-8')"
                       ".read().encode('gb18030'))"_s,
                       utf8, gb});
    QCOMPARE(encoded.exitCode, 0);
    QFile file(gb);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("资源名称") && !TextEncoding::isValidUtf8(bytes)); // really not UTF-8

    SheetImporter importer(m_fixture.workspace(), m_fixture.profile());
    SheetImporter::Plan plan;
    QVERIFY2(importer.prepare(gb, m_fixture.batch().id, &plan, &error), qPrintable(error));
    QCOMPARE(plan.encoding, u"GB18030"_s);
    QVERIFY2(plan.issues.isEmpty(), qPrintable(plan.issues.value(0).text));
    QCOMPARE(plan.rows.value(0).changes.value(u"title"_s), u"航空发动机原理（第二版·修订）"_s);
    SheetImporter::Plan fromUtf8;
    QVERIFY(importer.prepare(utf8, m_fixture.batch().id, &fromUtf8, &error));
    QCOMPARE(fromUtf8.encoding, u"UTF-8"_s);

    const QString path = m_fixture.temp().path();
    auto r = TestSupport::runCli({u"import"_s, path, u"--batch"_s, u"spring"_s, u"--sheet"_s, gb});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("GB18030"), r.out.constData());
    r = TestSupport::runCli({u"import"_s, path, u"--batch"_s, u"spring"_s, u"--sheet"_s, gb, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"encoding"_s).toString(), u"GB18030"_s);
}

void TestMetadataSheet::reportIsInTheProfilesLanguage()
{
    // The test runs without a translator, as the UI in English: report.html still speaks the profile's
    // language (zh_CN for 2022), field labels and rule names included.
    QCOMPARE(m_fixture.profile().language, u"zh_CN"_s);
    QCOMPARE(QCoreApplication::translate("ReportHtml", "Check report"), u"Check report"_s);
    QFile file(m_bag + u"/data/report.html"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    for (const QString &chinese : {u"lang=\"zh-CN\""_s, u"<h1>检查报告</h1>"_s, u"报送单位"_s, u"负责人"_s,
                                   u"资源名称"_s, u">文件<"_s})
        QVERIFY2(html.contains(chinese), qPrintable(chinese));
    for (const QString &english : {u"Check report"_s, u"Responsible person"_s, u">Title<"_s, u">File<"_s})
        QVERIFY2(!html.contains(english), qPrintable(english));

    // A technical check in the report: rule names and statuses in the profile's language too.
    PackageContent content;
    content.batchName = u"spring"_s;
    PackageResource resource;
    resource.id = u"A01-0001"_s;
    resource.type = u"A01"_s;
    const QJsonObject check{{u"verdict"_s, u"fail"_s},
                            {u"checks"_s, QJsonArray{QJsonObject{{u"id"_s, u"frame_rate"_s},
                                                                 {u"status"_s, u"fail"_s},
                                                                 {u"expected"_s, u">= 25"_s},
                                                                 {u"actual"_s, u"15"_s}}}}};
    resource.files.append({u"media"_s, u"resources/A01-0001/a.mp4"_s, 10, QString(), check});
    content.resources.append(resource);
    const QString technical =
        QString::fromUtf8(ReportHtml::write(content, m_fixture.profile(), ValidationReport(), {}));
    for (const QString &chinese : {u">规则<"_s, u">帧率<"_s, u">不通过<"_s, u"的技术检测"_s})
        QVERIFY2(technical.contains(chinese), qPrintable(chinese));
    QVERIFY(!technical.contains(u">frame_rate<"_s) && !technical.contains(u">fail<"_s));
}

void TestMetadataSheet::longCatalogSurvivesTheRoundTrip()
{
    PackageFixture fixture;
    QString error;
    QVERIFY2(fixture.setUp(&error), qPrintable(error));
    const QString catalog = longCatalog(40000);
    QVERIFY(catalog.size() > 40000);
    QVERIFY2(ResourceStore(fixture.workspace()).setValue(fixture.videoId(), u"catalog"_s, catalog, &error),
             qPrintable(error));
    QTemporaryDir out;
    const QString xlsx = exportSheet(fixture, out.filePath(u"bag"_s), &error);
    QVERIFY2(!xlsx.isEmpty(), qPrintable(error));
    QList<QStringList> rows;
    QVERIFY2(SheetImporter::readTable(xlsx, &rows, &error), qPrintable(error));
    QVERIFY(rows.at(0).contains(MetadataSheetWriter::continuationHeader(u"资源目录"_s, 2)));

    // Unchanged sheet: nothing to change, nothing wrong.
    SheetImporter importer(fixture.workspace(), fixture.profile());
    SheetImporter::Plan plan;
    QVERIFY2(importer.prepare(xlsx, fixture.batch().id, &plan, &error), qPrintable(error));
    for (const auto &i : plan.issues)
        qWarning() << i.row << i.column << i.text;
    QVERIFY(plan.issues.isEmpty());
    QCOMPARE(plan.rows.size(), 2);
    QCOMPARE(plan.changeCount(), 0);

    // The CLI's import --apply stores the sheet and the catalog is still the one typed, to the character.
    const auto r = TestSupport::runCli(
        {u"import"_s, fixture.temp().path(), u"--batch"_s, u"spring"_s, u"--sheet"_s, xlsx, u"--apply"_s});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    Resource video;
    QVERIFY(ResourceStore(fixture.workspace()).load(fixture.videoId(), &video));
    QCOMPARE(video.value(u"catalog"_s).size(), catalog.size());
    QVERIFY(video.value(u"catalog"_s) == catalog);
}

void TestMetadataSheet::rowsFollowTheirResourceAfterDeleteAndInsert()
{
    PackageFixture fixture;
    QString error;
    QVERIFY2(fixture.setUp(&error), qPrintable(error));
    ResourceStore store(fixture.workspace());
    Resource video;
    QVERIFY(store.load(fixture.videoId(), &video));
    // Two more videos (A01-0002, A01-0003), each with its own media file.
    auto addVideo = [&](const QString &title, const QString &fileName) -> qint64 {
        const QString media = fixture.mediaDir() + u'/' + fileName;
        if (!QFile::copy(fixture.videoPath(), media))
            return 0;
        const qint64 id = store.create(fixture.batch().id, u"A01"_s, &error);
        QMap<QString, QString> values = video.values;
        values.insert(u"title"_s, title);
        if (!id || !store.setValues(id, values, &error) || !store.addFile(id, u"media"_s, media, &error) ||
            !store.replaceFile(id, u"cover"_s, fixture.mediaDir() + u"/cover1.jpg"_s, &error))
            return 0;
        return id;
    };
    const qint64 second = addVideo(u"第二讲"_s, u"第二讲.mp4"_s);
    const qint64 third = addVideo(u"第三讲"_s, u"第三讲.mp4"_s);
    QVERIFY2(second && third, qPrintable(error));
    QTemporaryDir out;
    const QString xlsx = exportSheet(fixture, out.filePath(u"bag"_s), &error);
    QVERIFY2(!xlsx.isEmpty(), qPrintable(error));

    // The user edits every title in the sheet: row 2 the first video, 3 the audio, 4 and 5 the new videos.
    QList<QStringList> rows;
    QVERIFY2(SheetImporter::readTable(xlsx, &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), 5);
    const qsizetype title = rows.at(0).indexOf(u"资源名称"_s);
    QVERIFY(title >= 0);
    for (qsizetype r = 1; r < rows.size(); ++r)
        rows[r][title] += u" 改"_s;
    // Meanwhile the first and the last video are deleted and a new video added: it takes the last one's
    // database id (SQLite reuses the highest rowid), the second video is now A01-0001, the new one A01-0002.
    QVERIFY2(store.remove(fixture.videoId(), &error), qPrintable(error));
    QVERIFY2(store.remove(third, &error), qPrintable(error));
    const qint64 added = addVideo(u"新加的一讲"_s, u"新加的一讲.mp4"_s);
    QVERIFY2(added, qPrintable(error));

    SheetImporter importer(fixture.workspace(), fixture.profile());
    SheetImporter::Plan plan;
    QVERIFY2(importer.prepare(writeCsv(rows, u"moved.csv"_s), fixture.batch().id, &plan, &error),
             qPrintable(error));
    QMap<int, qint64> landed;
    for (const SheetImporter::Row &r : plan.rows)
        landed.insert(r.row, r.resourceId);
    QSet<int> reported;
    for (const SheetImporter::Issue &i : plan.issues)
        reported.insert(i.row);
    QCOMPARE(landed.value(3), fixture.audioId());
    QCOMPARE(landed.value(4), second);
    QVERIFY2(!landed.contains(2) && reported.contains(2), "the deleted first video's row is reported");
    QVERIFY2(!landed.contains(5) && reported.contains(5), "the deleted third video's row is reported");
    QVERIFY(!landed.values().contains(added));
    QVERIFY(!importer.apply(plan, &error));

    // Without the two rows of deleted resources the rest is stored, each on its own resource.
    rows.removeAt(4);
    rows.removeAt(1);
    QVERIFY(importer.prepare(writeCsv(rows, u"moved-fixed.csv"_s), fixture.batch().id, &plan, &error));
    QVERIFY(plan.issues.isEmpty());
    QVERIFY2(importer.apply(plan, &error), qPrintable(error));
    Resource now;
    QVERIFY(store.load(fixture.audioId(), &now));
    QCOMPARE(now.value(u"title"_s), u"飞行原理讲座（音频） 改"_s);
    QVERIFY(store.load(second, &now));
    QCOMPARE(now.value(u"title"_s), u"第二讲 改"_s);
    QVERIFY(store.load(added, &now));
    QCOMPARE(now.value(u"title"_s), u"新加的一讲"_s);
}

void TestMetadataSheet::fileNameThatDisagreesIsReported()
{
    // The video's row names the audio's file (a sort of some columns only, a paste into the wrong row).
    QList<QStringList> rows;
    QString error;
    QVERIFY(SheetImporter::readTable(m_xlsx, &rows, &error));
    const qsizetype files = rows.at(0).indexOf(MetadataSheetWriter::filesHeader());
    const qsizetype title = rows.at(0).indexOf(u"资源名称"_s);
    QVERIFY(files >= 0 && title >= 0);
    rows[1][files] = rows.at(2).at(files);
    rows[1][title] = u"不该写到这里"_s;
    SheetImporter importer(m_fixture.workspace(), m_fixture.profile());
    SheetImporter::Plan plan;
    QVERIFY2(importer.prepare(writeCsv(rows, u"wrong-file.csv"_s), m_fixture.batch().id, &plan, &error),
             qPrintable(error));
    bool reported = false;
    for (const SheetImporter::Issue &i : plan.issues)
        reported = reported || (i.row == 2 && i.column == MetadataSheetWriter::filesHeader());
    QVERIFY(reported);
    for (const SheetImporter::Row &r : plan.rows)
        QVERIFY(r.row != 2);
    QVERIFY(!importer.apply(plan, &error));
    QVERIFY(m_fixture.resources().first().value(u"title"_s) != u"不该写到这里"_s);
}

namespace {
long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
} // namespace

void TestMetadataSheet::megabyteCatalogComesBackAndLargerIsRefused()
{
    PackageFixture fixture;
    QString error;
    QVERIFY2(fixture.setUp(&error), qPrintable(error));
    ResourceStore store(fixture.workspace());
    const QString catalog = longCatalog(1000000);
    QVERIFY2(store.setValue(fixture.videoId(), u"catalog"_s, catalog, &error), qPrintable(error));
    QTemporaryDir out;
    QElapsedTimer timer;
    timer.start();
    const QString xlsx = exportSheet(fixture, out.filePath(u"bag"_s), &error);
    QVERIFY2(!xlsx.isEmpty(), qPrintable(error));
    const qint64 exportMs = timer.restart();
    SheetImporter importer(fixture.workspace(), fixture.profile());
    SheetImporter::Plan plan;
    QVERIFY2(importer.prepare(xlsx, fixture.batch().id, &plan, &error), qPrintable(error));
    const qint64 importMs = timer.elapsed();
    qInfo("1,000,000-character catalog (%lld chars): export %lld ms, import check %lld ms, peak RSS %ld kB",
          qlonglong(catalog.size()), exportMs, importMs, peakRssKb());
    QVERIFY(plan.issues.isEmpty());
    QCOMPARE(plan.changeCount(), 0);
    QVERIFY(exportMs < 120000 && importMs < 120000); // generous: only a hang fails

    const QString tooLong =
        longCatalog(MetadataSheetWriter::MaxCellChars * MetadataSheetWriter::MaxCellParts + 1);
    QVERIFY2(store.setValue(fixture.videoId(), u"catalog"_s, tooLong, &error), qPrintable(error));
    timer.restart();
    QVERIFY(exportSheet(fixture, out.filePath(u"bag2"_s), &error).isEmpty());
    qInfo("%lld-character catalog: refused in %lld ms: %s", qlonglong(tooLong.size()), timer.elapsed(),
          qPrintable(error));
    QVERIFY2(error.contains(u"A01-0001"_s) && error.contains(u"资源目录"_s), qPrintable(error));
    QVERIFY(!QFileInfo::exists(out.filePath(u"bag2"_s)));
}

void TestMetadataSheet::carriageReturnsComeBack()
{
    PackageFixture fixture;
    QString error;
    QVERIFY2(fixture.setUp(&error), qPrintable(error));
    const QString summary =
        u"第一行：本课程系统介绍航空发动机的基本原理。\r\n第二行：主要部件\t与发展趋势。"_s;
    QVERIFY2(ResourceStore(fixture.workspace()).setValue(fixture.videoId(), u"summary"_s, summary, &error),
             qPrintable(error));
    QTemporaryDir out;
    const QString xlsx = exportSheet(fixture, out.filePath(u"bag"_s), &error);
    QVERIFY2(!xlsx.isEmpty(), qPrintable(error));
    SheetImporter importer(fixture.workspace(), fixture.profile());
    SheetImporter::Plan plan;
    QVERIFY2(importer.prepare(xlsx, fixture.batch().id, &plan, &error), qPrintable(error));
    QVERIFY(plan.issues.isEmpty());
    for (const SheetImporter::Row &r : plan.rows)
        QVERIFY2(r.changes.isEmpty(), qPrintable(r.changes.value(u"summary"_s)));
    QVERIFY2(importer.apply(plan, &error), qPrintable(error));
    Resource video;
    QVERIFY(ResourceStore(fixture.workspace()).load(fixture.videoId(), &video));
    QCOMPARE(video.value(u"summary"_s), summary);
}

QTEST_MAIN(TestMetadataSheet)
#include "TestMetadataSheet.moc"
