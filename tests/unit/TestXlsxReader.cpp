// XlsxReader: reads what MetadataSheetWriter (libxlsxwriter) writes, and hand-made sheets with inline
// strings, numbers, booleans, date-formatted numbers, gaps and rich text; refuses what is not an xlsx.

#include "TestSupport.h"

#include "package/CsvReader.h"
#include "package/XlsxReader.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <xlsxwriter.h>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

class TestXlsxReader : public QObject
{
    Q_OBJECT
private slots:
    // First, so that the peak RSS it measures is not hidden by an earlier test's.
    void entityBombIsRefused_data();
    void entityBombIsRefused();
    void deepNestingIsRefused();
    void hugeTextIsRefused();
    void crowdedTagIsRefused();
    void repeatedPartIsRefused();
    void outOfRangeDatesStayNumbers();
    void columnIndex();
    void readsLibxlsxwriterOutput();
    void readsHandMadeParts();
    void refusesNonXlsx();
    void farCellsAreBounded();
    void csvQuotingAndBom();
};

namespace {
// Writes a zip with the given parts (name, text) via python3's zipfile (deflated).
bool writeXlsx(const QString &path, const QString &pythonParts, QString *error)
{
    const QString script = u"import sys, zipfile\n"
                           "z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)\n"
                           "for name, text in PARTS:\n"
                           "    z.writestr(name, text)\n"
                           "z.close()\n"_s;
    const auto r = TestSupport::run(u"python3"_s, {u"-c"_s, pythonParts + u'\n' + script, path});
    if (r.exitCode != 0)
        *error = QString::fromUtf8(r.err);
    return r.exitCode == 0;
}

const QString Sheet =
    u"'<?xml version=\"1.0\"?><worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>'"_s;

qint64 peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
} // namespace

// Issue 12 item 4: QXmlStreamReader bounds each entity's expansion (4096 characters), not their sum, so
// a 10 KB xlsx whose part declares a 4000-character entity and references it three million times expands
// to 24 GB of text (a million references already ran out of a 3 GB address space after 70 s in
// sharedStrings, and passed 60 s and 1.9 GB in sheet1). A part with a DTD is refused at its DOCTYPE, quickly
// and in little memory, whichever part holds it.
void TestXlsxReader::entityBombIsRefused_data()
{
    QTest::addColumn<QString>("part");
    QTest::newRow("sharedStrings") << u"xl/sharedStrings.xml"_s;
    QTest::newRow("sheet1") << u"xl/worksheets/sheet1.xml"_s;
    QTest::newRow("styles") << u"xl/styles.xml"_s;
}

void TestXlsxReader::entityBombIsRefused()
{
    if (!TestSupport::haveProgram(u"python3"_s))
        QSKIP("python3 is not installed");
    QFETCH(QString, part);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bomb.xlsx"_s);
    // a = 10, b = 100, c = 1000, d = 4000 characters: each under Qt's per-entity limit.
    const QString parts =
        u"dtd = '<?xml version=\"1.0\"?>\\n<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"' + '&a;' * 10 + '\">"
        "<!ENTITY c \"' + '&b;' * 10 + '\"><!ENTITY d \"' + '&c;' * 4 + '\">]>'\n"
        "refs = '&d;' * 3000000\n"
        "bomb = {'xl/sharedStrings.xml': dtd + '<sst><si><t>' + refs + '</t></si></sst>',\n"
        "        'xl/worksheets/sheet1.xml': dtd + '<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>' + refs + '</t></is></c></row></sheetData></worksheet>',\n"
        "        'xl/styles.xml': dtd + '<styleSheet><numFmts><numFmt numFmtId=\"1\" formatCode=\"' + refs + '\"/></numFmts></styleSheet>'}\n"
        "PARTS = list(dict([('xl/worksheets/sheet1.xml', "_s +
        Sheet + u"), ('"_s + part + u"', bomb['"_s + part + u"'])]).items())\n"_s;
    QString error;
    QVERIFY2(writeXlsx(path, parts, &error), qPrintable(error));
    const qint64 size = QFileInfo(path).size();
    QVERIFY2(size < 16 * 1024, qPrintable(QString::number(size)));

    const qint64 rssBefore = peakRssKb();
    QElapsedTimer timer;
    timer.start();
    QList<QStringList> rows;
    QVERIFY(!XlsxReader::read(path, &rows, &error));
    const qint64 ms = timer.elapsed();
    const qint64 growthKb = peakRssKb() - rssBefore;
    qInfo("%s: %lld-byte xlsx refused in %lld ms, peak RSS grew by %lld KB (peak %lld KB)", qPrintable(part),
          size, ms, growthKb, peakRssKb());
    QVERIFY2(error.contains(u"DTDs are not allowed"_s) && error.contains(part) && error.contains(u"line 2"_s),
             qPrintable(error));
    QVERIFY(rows.isEmpty());
    QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
    QVERIFY2(growthKb < 100 * 1024, qPrintable(QString::number(growthKb)));
}

// 10,000 nested elements in a cell were read (any element inside <c> was skipped); nesting is bounded.
void TestXlsxReader::deepNestingIsRefused()
{
    if (!TestSupport::haveProgram(u"python3"_s))
        QSKIP("python3 is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"deep.xlsx"_s);
    const QString parts =
        u"PARTS = [('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r=\"1\"><c r=\"A1\">'"
        " + '<x>' * 10000 + '</x>' * 10000 + '<v>1</v></c></row></sheetData></worksheet>')]\n"_s;
    QString error;
    QVERIFY2(writeXlsx(path, parts, &error), qPrintable(error));
    QList<QStringList> rows;
    QVERIFY(!XlsxReader::read(path, &rows, &error));
    QVERIFY2(error.contains(u"xl/worksheets/sheet1.xml"_s) && error.contains(u"nested deeper"_s) &&
                 error.contains(u"line 1"_s),
             qPrintable(error));
    QVERIFY(rows.isEmpty());
}

// 40 million characters of shared string (a 40 KB xlsx) were read into memory; text per part is bounded.
void TestXlsxReader::hugeTextIsRefused()
{
    if (!TestSupport::haveProgram(u"python3"_s))
        QSKIP("python3 is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"text.xlsx"_s);
    const QString parts =
        u"PARTS = [('xl/worksheets/sheet1.xml', "_s + Sheet +
        u"), ('xl/sharedStrings.xml', '<sst><si><t>' + 'a' * 40000000 + '</t></si></sst>')]\n"_s;
    QString error;
    QVERIFY2(writeXlsx(path, parts, &error), qPrintable(error));
    QList<QStringList> rows;
    QVERIFY(!XlsxReader::read(path, &rows, &error));
    QVERIFY2(error.contains(u"xl/sharedStrings.xml"_s) && error.contains(u"characters of text"_s),
             qPrintable(error));
    QVERIFY(rows.isEmpty());
}

// A cell with a million attributes (a 3 MB xlsx): QXmlStreamReader's duplicate-attribute check is
// quadratic, so reading it took most of an hour. Refused before the XML reader parses the tag.
void TestXlsxReader::crowdedTagIsRefused()
{
    if (!TestSupport::haveProgram(u"python3"_s))
        QSKIP("python3 is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crowded.xlsx"_s);
    const QString parts =
        u"PARTS = [('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r=\"1\">\\n<c r=\"A1\"'"
        " + ''.join(' a%d=\"\"' % i for i in range(1000000)) + '><v>1</v></c></row></sheetData></worksheet>')]\n"_s;
    QString error;
    QVERIFY2(writeXlsx(path, parts, &error), qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    QList<QStringList> rows;
    QVERIFY(!XlsxReader::read(path, &rows, &error));
    qInfo("%lld-byte xlsx refused in %lld ms", QFileInfo(path).size(), timer.elapsed());
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(error.contains(u"line 2, column 1: an element has more than"_s), qPrintable(error));
}

// A zip may hold one name many times; each copy of a 64 MB part was read and parsed again (the last
// one won). A repeated part is refused.
void TestXlsxReader::repeatedPartIsRefused()
{
    if (!TestSupport::haveProgram(u"python3"_s))
        QSKIP("python3 is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"twice.xlsx"_s);
    const QString parts =
        u"import warnings\nwarnings.simplefilter('ignore')\nPARTS = [('xl/worksheets/sheet1.xml', "_s +
        Sheet +
        u"), ('xl/sharedStrings.xml', '<sst><si><t>a</t></si></sst>'),"
        " ('xl/sharedStrings.xml', '<sst><si><t>b</t></si></sst>')]\n"_s;
    QString error;
    QVERIFY2(writeXlsx(path, parts, &error), qPrintable(error));
    QList<QStringList> rows;
    QVERIFY(!XlsxReader::read(path, &rows, &error));
    QVERIFY2(error.contains(u"xl/sharedStrings.xml appears more than once"_s), qPrintable(error));
}

// Seen while fixing the overflow fuzz_xlsx_reader found: a date-formatted 1e300 was converted to qint64
// days (undefined behaviour: the cell came out empty on x86). Only days Excel can show become dates;
// other numbers stay numbers.
void TestXlsxReader::outOfRangeDatesStayNumbers()
{
    if (!TestSupport::haveProgram(u"python3"_s))
        QSKIP("python3 is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"dates.xlsx"_s);
    const QString parts =
        u"PARTS = [('xl/styles.xml', '<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
        "</numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>'),"
        " ('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"><v>1e300</v></c>"
        "<c r=\"B1\" s=\"1\"><v>-5</v></c><c r=\"C1\" s=\"1\"><v>nan</v></c><c r=\"D1\" s=\"1\"><v>44643</v></c>"
        "</row></sheetData></worksheet>')]\n"_s;
    QString error;
    QVERIFY2(writeXlsx(path, parts, &error), qPrintable(error));
    QList<QStringList> rows;
    QVERIFY2(XlsxReader::read(path, &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0), (QStringList{u"1e+300"_s, u"-5"_s, u"nan"_s, u"2022-03-23"_s}));
}

void TestXlsxReader::columnIndex()
{
    QCOMPARE(XlsxReader::columnIndex(u"A1"_s), 0);
    QCOMPARE(XlsxReader::columnIndex(u"Z9"_s), 25);
    QCOMPARE(XlsxReader::columnIndex(u"AB12"_s), 27);
    QCOMPARE(XlsxReader::columnIndex(u"12"_s), -1);
    QCOMPARE(XlsxReader::columnIndex(u"XFD1"_s), 16383);
    // Found by fuzz_xlsx_reader: long references overflowed int; these 32 letters wrapped round to B.
    QVERIFY(XlsxReader::columnIndex(u"BABABBBBBABAABABABAABABBAAABAABB2"_s) > 16383);
    QVERIFY(XlsxReader::columnIndex(u"ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ1"_s) > 16383);
}

void TestXlsxReader::readsLibxlsxwriterOutput()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.xlsx"_s);
    lxw_workbook *wb = workbook_new(path.toUtf8().constData());
    lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    worksheet_write_string(ws, 0, 0, "资源名称", nullptr);
    worksheet_write_string(ws, 0, 2, "点击量", nullptr);
    worksheet_write_string(ws, 1, 0, "航空发动机原理 <&> \"q\"", nullptr);
    worksheet_write_number(ws, 1, 2, 36500, nullptr);
    worksheet_write_number(ws, 1, 3, 2.5, nullptr);
    worksheet_write_boolean(ws, 1, 4, 1, nullptr);
    lxw_datetime dt = {2022, 3, 23, 0, 0, 0};
    worksheet_write_datetime(ws, 3, 1, &dt, date);
    worksheet_write_string(ws, 3, 0, "第二行\n换行", nullptr);
    QCOMPARE(workbook_close(wb), LXW_NO_ERROR);

    QList<QStringList> rows;
    QString error;
    QVERIFY2(XlsxReader::read(path, &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), (QStringList{u"资源名称"_s, QString(), u"点击量"_s}));
    QCOMPARE(rows.at(1),
             (QStringList{u"航空发动机原理 <&> \"q\""_s, QString(), u"36500"_s, u"2.5"_s, u"TRUE"_s}));
    QCOMPARE(rows.at(2), QStringList());
    QCOMPARE(rows.at(3), (QStringList{u"第二行\n换行"_s, u"2022-03-23"_s}));
}

void TestXlsxReader::readsHandMadeParts()
{
    if (!TestSupport::haveProgram(u"python3"_s))
        QSKIP("python3 is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"hand.xlsx"_s);
    const QString script = uR"(
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)
z.writestr('[Content_Types].xml', '<Types/>')
z.writestr('xl/sharedStrings.xml', '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
  '<si><t>plain</t></si><si><r><t>ri</t></r><r><t xml:space="preserve">ch </t></r><rPh><t>PHONETIC</t></rPh></si></sst>')
z.writestr('xl/worksheets/sheet1.xml', '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
  '<row r="2"><c r="B2" t="s"><v>1</v></c><c r="C2" t="inlineStr"><is><t>inline</t></is></c><c r="D2" t="str"><f>A1</f><v>formula</v></c></row>'
  '<row r="3"><c t="s"><v>0</v></c><c><v>7</v></c></row></sheetData></worksheet>')
z.close()
)"_s;
    const auto r = TestSupport::run(u"python3"_s, {u"-c"_s, script, path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QList<QStringList> rows;
    QString error;
    QVERIFY2(XlsxReader::read(path, &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), QStringList());
    QCOMPARE(rows.at(1), (QStringList{QString(), u"rich "_s, u"inline"_s, u"formula"_s}));
    QCOMPARE(rows.at(2), (QStringList{u"plain"_s, u"7"_s}));
}

// A 10 KB file with 2000 rows of one XFD cell each once took 818 MB (every row padded to 16384 cells), and
// 20000 such rows aborted with std::bad_alloc. Empty cells add nothing; values far right of the header are an
// error naming the row; memory stays small.
void TestXlsxReader::farCellsAreBounded()
{
    if (!TestSupport::haveProgram(u"python3"_s))
        QSKIP("python3 is not installed");
    QTemporaryDir dir;
    const QString script = uR"(
import sys, zipfile
def sheet(path, rows):
    z = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
    z.writestr('xl/worksheets/sheet1.xml', '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
      + ''.join(rows) + '</sheetData></worksheet>')
    z.close()
head = '<row r="1"><c r="A1" t="inlineStr"><is><t>编号</t></is></c><c r="B1" t="inlineStr"><is><t>资源名称</t></is></c></row>'
sheet(sys.argv[1], [head] + ['<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c><c r="XFD%d" s="1"/></row>' % (i, i, i) for i in range(2, 20002)])
sheet(sys.argv[2], [head] + ['<row r="%d"><c r="XFD%d"><v>1</v></c></row>' % (i, i) for i in range(2, 20002)])
sheet(sys.argv[3], ['<row r="%d"><c r="XFD%d"><v>1</v></c></row>' % (i, i) for i in range(1, 20001)])
sheet(sys.argv[4], [head, '<row r="900000"><c r="A900000"><v>1</v></c></row>'])
)"_s;
    const QString empty = dir.filePath(u"empty-far.xlsx"_s), far = dir.filePath(u"far.xlsx"_s),
                  noHeader = dir.filePath(u"noheader.xlsx"_s), deep = dir.filePath(u"deep.xlsx"_s);
    const auto r = TestSupport::run(u"python3"_s, {u"-c"_s, script, empty, far, noHeader, deep});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    QList<QStringList> rows;
    QString error;
    QVERIFY2(XlsxReader::read(empty, &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), 20001);
    qint64 cells = 0;
    for (const QStringList &row : std::as_const(rows))
        cells += row.size();
    QCOMPARE(cells, 2 + 20000); // the empty XFD cells cost nothing

    QVERIFY(!XlsxReader::read(far, &rows, &error));
    QVERIFY2(error.contains("row 2"_L1) && error.contains("XFD"_L1) && error.contains("sheet1"_L1),
             qPrintable(error));
    QVERIFY(rows.isEmpty());
    QVERIFY(!XlsxReader::read(noHeader, &rows, &error));
    QVERIFY2(error.contains("row 1"_L1) && error.contains("XFD"_L1), qPrintable(error));
    QVERIFY(!XlsxReader::read(deep, &rows, &error));
    QVERIFY2(error.contains("900000"_L1), qPrintable(error));
}

void TestXlsxReader::refusesNonXlsx()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"no.xlsx"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a zip");
    f.close();
    QList<QStringList> rows;
    QString error;
    QVERIFY(!XlsxReader::read(f.fileName(), &rows, &error));
    QVERIFY(error.contains(f.fileName()));
}

void TestXlsxReader::csvQuotingAndBom()
{
    const QList<QStringList> rows =
        CsvReader::parse(u"a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",,x\n"_s);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), (QStringList{u"a"_s, u"b,c"_s, u"say \"hi\""_s}));
    QCOMPARE(rows.at(1), (QStringList{u"multi\nline"_s, QString(), u"x"_s}));
    QTemporaryDir dir;
    QFile f(dir.filePath(u"t.csv"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBF\xE7\xBC\x96\xE5\x8F\xB7\tb\n1\t2\n");
    f.close();
    QList<QStringList> read;
    QString error;
    QVERIFY(CsvReader::read(f.fileName(), &read, &error));
    QCOMPARE(read.at(0), (QStringList{u"编号"_s, u"b"_s}));
    QCOMPARE(read.at(1), (QStringList{u"1"_s, u"2"_s}));
}

QTEST_MAIN(TestXlsxReader)
#include "TestXlsxReader.moc"
