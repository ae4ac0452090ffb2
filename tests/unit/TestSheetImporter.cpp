// The spreadsheet round trip's matching: rows go to resources by 资源键 (id and random uid) first, else by
// 编号, else by media file name; a name two resources share (第1讲/视频.mp4 and 第2讲/视频.mp4) or no
// resource has, an unknown key, is an issue on that row, never a guess, and nothing is stored. A sheet
// without the key warns. Long values come back from continuation columns; an empty cell never clears one.

#include "TempWorkspace.h"

#include "package/MetadataSheetWriter.h"
#include "package/SheetImporter.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestSheetImporter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void numberWinsOverFileName();
    void sharedFileNameIsAnIssue();
    void unknownNameOrNumberIsAnIssue();
    void uniqueFileNameMatches();
    // Issue 12, item 2: a sheet from an export that could not write a long value has an empty cell there;
    // the import keeps the value.
    void emptyCellNeverClearsAValueTooLongForACell();
    // Issue 12, items 2 and 3: the key export writes, continuation columns, and the cut of long values.
    void keyMatchesWhateverTheNumberSays();
    void sheetWithoutKeyWarnsAndMatchesByNumber();
    void continuationColumnsAreJoined();
    void splitKeepsSurrogatePairsAndSpaces();
    void spaceAroundAStoredValueIsNoChange();
    void retypedResourceIsReportedNotShifted();

private:
    QString title(qint64 id);
    std::unique_ptr<TempWorkspace> m_temp;
    qint64 m_batch = 0;
    qint64 m_first = 0;
    qint64 m_second = 0;
    qint64 m_third = 0;
};

void TestSheetImporter::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    QVERIFY2(m_temp->isValid(), qPrintable(m_temp->error()));
    QString error;
    Batch batch;
    QVERIFY2(BatchStore(m_temp->workspace()).findOrCreate(u"dup"_s, &batch, &error), qPrintable(error));
    m_batch = batch.id;
    ResourceStore store(m_temp->workspace());
    auto make = [&](const QString &folder, const QString &name, const QString &title) -> qint64 {
        QDir().mkpath(m_temp->dir() + u'/' + folder);
        QFile f(m_temp->dir() + u'/' + folder + u'/' + name);
        if (!f.open(QIODevice::WriteOnly) || f.write("x") != 1)
            return 0;
        f.close();
        const qint64 id = store.create(m_batch, u"A01"_s, &error);
        if (!id || !store.addFile(id, u"media"_s, f.fileName(), &error) ||
            !store.setValues(id, {{u"title"_s, title}}, &error))
            return 0;
        return id;
    };
    m_first = make(u"第1讲"_s, u"视频.mp4"_s, u"第1讲"_s);
    m_second = make(u"第2讲"_s, u"视频.mp4"_s, u"第2讲"_s);
    QVERIFY2(m_first && m_second, qPrintable(error));
    m_third = make(u"第3讲"_s, u"独有.mp4"_s, u"第3讲"_s);
    QVERIFY(m_third);
}

QString TestSheetImporter::title(qint64 id)
{
    Resource r;
    return ResourceStore(m_temp->workspace()).load(id, &r) ? r.value(u"title"_s) : u"(missing)"_s;
}

void TestSheetImporter::numberWinsOverFileName()
{
    // The reviewer's dup.csv: the number says resource 1, the (shared) file name would have picked
    // resource 2.
    const QList<QStringList> table{
        {MetadataSheetWriter::idHeader(), MetadataSheetWriter::filesHeader(), u"资源名称"_s},
        {u"A01-0001"_s, u"视频.mp4"_s, u"第一讲 改"_s}};
    SheetImporter importer(m_temp->workspace(), m_temp->profile());
    SheetImporter::Plan plan;
    QString error;
    QVERIFY2(importer.prepare(table, m_batch, &plan, &error), qPrintable(error));
    QVERIFY(plan.issues.isEmpty());
    QCOMPARE(plan.rows.size(), 1);
    QCOMPARE(plan.rows.first().resourceId, m_first);
    QVERIFY2(importer.apply(plan, &error), qPrintable(error));
    QCOMPARE(title(m_first), u"第一讲 改"_s);
    QCOMPARE(title(m_second), u"第2讲"_s);
}

void TestSheetImporter::sharedFileNameIsAnIssue()
{
    const QList<QStringList> table{
        {MetadataSheetWriter::idHeader(), MetadataSheetWriter::filesHeader(), u"资源名称"_s},
        {QString(), u"视频.mp4"_s, u"guess"_s}};
    SheetImporter importer(m_temp->workspace(), m_temp->profile());
    SheetImporter::Plan plan;
    QString error;
    QVERIFY2(importer.prepare(table, m_batch, &plan, &error), qPrintable(error));
    QVERIFY(plan.rows.isEmpty());
    QCOMPARE(plan.issues.size(), 1);
    QCOMPARE(plan.issues.first().row, 2);
    QCOMPARE(plan.issues.first().column, MetadataSheetWriter::filesHeader());
    QVERIFY2(plan.issues.first().text.contains(u"视频.mp4"_s), qPrintable(plan.issues.first().text));
    QVERIFY(!importer.apply(plan, &error));
    QCOMPARE(title(m_first), u"第1讲"_s);
    QCOMPARE(title(m_second), u"第2讲"_s);
}

void TestSheetImporter::unknownNameOrNumberIsAnIssue()
{
    const QList<QStringList> table{
        {MetadataSheetWriter::idHeader(), MetadataSheetWriter::filesHeader(), u"资源名称"_s},
        {u"A01-0099"_s, QString(), u"x"_s},
        {QString(), u"没有.mp4"_s, u"y"_s}};
    SheetImporter importer(m_temp->workspace(), m_temp->profile());
    SheetImporter::Plan plan;
    QString error;
    QVERIFY2(importer.prepare(table, m_batch, &plan, &error), qPrintable(error));
    QVERIFY(plan.rows.isEmpty());
    QCOMPARE(plan.issues.size(), 2);
    QCOMPARE(plan.issues.at(0).row, 2);
    QCOMPARE(plan.issues.at(0).column, MetadataSheetWriter::idHeader());
    QCOMPARE(plan.issues.at(1).row, 3);
    QCOMPARE(plan.issues.at(1).column, MetadataSheetWriter::filesHeader());
}

void TestSheetImporter::uniqueFileNameMatches()
{
    const QList<QStringList> table{{MetadataSheetWriter::filesHeader(), u"资源名称"_s},
                                   {u"独有.mp4"_s, u"改名"_s}};
    SheetImporter importer(m_temp->workspace(), m_temp->profile());
    SheetImporter::Plan plan;
    QString error;
    QVERIFY2(importer.prepare(table, m_batch, &plan, &error), qPrintable(error));
    QVERIFY(plan.issues.isEmpty());
    QCOMPARE(plan.rows.size(), 1);
    QCOMPARE(plan.rows.first().changes.value(u"title"_s), u"改名"_s);
}

void TestSheetImporter::emptyCellNeverClearsAValueTooLongForACell()
{
    QString catalog = u"<catalog>"_s;
    while (catalog.size() < 40000)
        catalog += u"<chapter title=\"第%1章 概述\"/>"_s.arg(catalog.size());
    catalog += u"</catalog>"_s;
    QString error;
    QVERIFY2(ResourceStore(m_temp->workspace()).setValue(m_third, u"catalog"_s, catalog, &error),
             qPrintable(error));
    const QList<QStringList> table{
        {MetadataSheetWriter::idHeader(), MetadataSheetWriter::filesHeader(), u"资源名称"_s, u"资源目录"_s},
        {u"A01-0003"_s, u"独有.mp4"_s, u"第3讲 改"_s, QString()}};
    SheetImporter importer(m_temp->workspace(), m_temp->profile());
    SheetImporter::Plan plan;
    QVERIFY2(importer.prepare(table, m_batch, &plan, &error), qPrintable(error));
    QCOMPARE(plan.rows.size(), 1);
    QVERIFY(!plan.rows.first().changes.contains(u"catalog"_s));
    if (plan.issues.isEmpty())
        QVERIFY2(importer.apply(plan, &error), qPrintable(error));
    Resource r;
    QVERIFY(ResourceStore(m_temp->workspace()).load(m_third, &r));
    QVERIFY(r.value(u"catalog"_s) == catalog);
}

void TestSheetImporter::keyMatchesWhateverTheNumberSays()
{
    ResourceStore store(m_temp->workspace());
    Resource first, second, third;
    QVERIFY(store.load(m_first, &first) && store.load(m_second, &second) && store.load(m_third, &third));
    // Random, distinct, and the same on every load.
    static const QRegularExpression hex16(u"^[0-9a-f]{16}$"_s);
    QVERIFY(hex16.match(third.uid).hasMatch());
    QVERIFY(first.uid != second.uid && second.uid != third.uid && first.uid != third.uid);
    Resource again;
    QVERIFY(store.load(m_third, &again));
    QCOMPARE(again.uid, third.uid);

    const QString key = MetadataSheetWriter::resourceKey(m_third, third.uid);
    const QList<QStringList> table{{MetadataSheetWriter::keyHeader(), MetadataSheetWriter::idHeader(),
                                    MetadataSheetWriter::filesHeader(), u"资源名称"_s},
                                   {key, u"A01-0001"_s, u"独有.mp4"_s, u"按键"_s},
                                   {u"999-0123456789abcdef"_s, u"A01-0002"_s, QString(), u"x"_s},
                                   {u"not a key"_s, u"A01-0002"_s, QString(), u"y"_s}};
    SheetImporter importer(m_temp->workspace(), m_temp->profile());
    SheetImporter::Plan plan;
    QString error;
    QVERIFY2(importer.prepare(table, m_batch, &plan, &error), qPrintable(error));
    QVERIFY(plan.warnings.isEmpty());
    QCOMPARE(plan.rows.size(), 1);
    QCOMPARE(plan.rows.first().resourceId, m_third);
    QCOMPARE(plan.issues.size(), 2);
    QCOMPARE(plan.issues.at(0).row, 3);
    QCOMPARE(plan.issues.at(0).column, MetadataSheetWriter::keyHeader());
    QCOMPARE(plan.issues.at(1).row, 4);
    QCOMPARE(plan.issues.at(1).column, MetadataSheetWriter::keyHeader());
}

void TestSheetImporter::sheetWithoutKeyWarnsAndMatchesByNumber()
{
    const QList<QStringList> table{{MetadataSheetWriter::idHeader(), u"资源名称"_s},
                                   {u"A01-0003"_s, u"老表"_s}};
    SheetImporter importer(m_temp->workspace(), m_temp->profile());
    SheetImporter::Plan plan;
    QString error;
    QVERIFY2(importer.prepare(table, m_batch, &plan, &error), qPrintable(error));
    QVERIFY(plan.issues.isEmpty());
    QCOMPARE(plan.warnings.size(), 1);
    QCOMPARE(plan.warnings.first().row, 1);
    QVERIFY2(plan.warnings.first().text.contains(MetadataSheetWriter::keyHeader()),
             qPrintable(plan.warnings.first().text));
    QVERIFY(plan.toJson().value(u"warnings"_s).toArray().size() == 1);
    QVERIFY2(importer.apply(plan, &error), qPrintable(error)); // a warning does not stop it
    QCOMPARE(title(m_third), u"老表"_s);
}

void TestSheetImporter::continuationColumnsAreJoined()
{
    QString catalog = u"<catalog>\n"_s;
    while (catalog.size() < 70000)
        catalog += u"  <chapter title=\"第%1章 概述 与 要点\"/>\n"_s.arg(catalog.size());
    catalog += u"</catalog>"_s;
    const QStringList parts = MetadataSheetWriter::splitForCells(catalog);
    QCOMPARE(parts.size(), 3);
    Resource third;
    QVERIFY(ResourceStore(m_temp->workspace()).load(m_third, &third));
    const QString key = MetadataSheetWriter::resourceKey(m_third, third.uid);
    const QString label = u"资源目录"_s;
    SheetImporter importer(m_temp->workspace(), m_temp->profile());
    SheetImporter::Plan plan;
    QString error;

    // Part 3 without part 2: reported on the header row, nothing stored.
    QVERIFY(importer.prepare(
        {{MetadataSheetWriter::keyHeader(), label, MetadataSheetWriter::continuationHeader(label, 3)},
         {key, parts.at(0), parts.at(2)}},
        m_batch, &plan, &error));
    QVERIFY(!plan.issues.isEmpty());
    QCOMPARE(plan.issues.first().row, 1);
    QCOMPARE(plan.issues.first().column, MetadataSheetWriter::continuationHeader(label, 3));
    QVERIFY(!importer.apply(plan, &error));
    // The first part emptied, the rest left: reported, never stored as the tail alone.
    QVERIFY(importer.prepare(
        {{MetadataSheetWriter::keyHeader(), label, MetadataSheetWriter::continuationHeader(label, 2)},
         {key, QString(), parts.at(1)}},
        m_batch, &plan, &error));
    QCOMPARE(plan.issues.size(), 1);
    QCOMPARE(plan.issues.first().row, 2);
    QCOMPARE(plan.issues.first().column, label);

    // All three parts, in any column order: the value, to the character.
    QVERIFY2(importer.prepare(
                 {{MetadataSheetWriter::continuationHeader(label, 3), MetadataSheetWriter::keyHeader(), label,
                   MetadataSheetWriter::continuationHeader(label, 2)},
                  {parts.at(2), key, parts.at(0), parts.at(1)}},
                 m_batch, &plan, &error),
             qPrintable(error));
    QVERIFY(plan.issues.isEmpty());
    QVERIFY(plan.ignoredColumns.isEmpty());
    QVERIFY(plan.rows.first().changes.value(u"catalog"_s) == catalog);
    QVERIFY2(importer.apply(plan, &error), qPrintable(error));
    QVERIFY(ResourceStore(m_temp->workspace()).load(m_third, &third));
    QVERIFY(third.value(u"catalog"_s) == catalog);
}

void TestSheetImporter::splitKeepsSurrogatePairsAndSpaces()
{
    const qsizetype max = MetadataSheetWriter::MaxCellChars;
    // A cut at the limit would fall inside the emoji's surrogate pair.
    const QString emoji = QString(max - 1, u'a') + u"😀"_s + QString(10, u'b');
    QStringList parts = MetadataSheetWriter::splitForCells(emoji);
    QCOMPARE(parts.join(QString()), emoji);
    for (const QString &p : std::as_const(parts)) {
        QVERIFY(p.size() <= max);
        QVERIFY(!p.isEmpty() && !p.back().isHighSurrogate() && !p.front().isLowSurrogate());
    }
    // A cut at the limit would fall among spaces a spreadsheet might trim.
    const QString spaces = QString(max - 7, u'a') + QString(20, u' ') + QString(100, u'b');
    parts = MetadataSheetWriter::splitForCells(spaces);
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.join(QString()), spaces);
    for (const QString &p : std::as_const(parts))
        QVERIFY(!p.front().isSpace() && !p.back().isSpace());
    QCOMPARE(MetadataSheetWriter::splitForCells(QString()), QStringList{QString()});
    QCOMPARE(MetadataSheetWriter::splitForCells(QString(max, u'x')).size(), 1);
}

void TestSheetImporter::spaceAroundAStoredValueIsNoChange()
{
    // The cell reads "第3讲"; the stored value keeps its line break: nothing to change, nothing lost.
    QString error;
    QVERIFY2(ResourceStore(m_temp->workspace()).setValue(m_third, u"title"_s, u"第3讲\n"_s, &error),
             qPrintable(error));
    const QList<QStringList> table{{MetadataSheetWriter::idHeader(), u"资源名称"_s},
                                   {u"A01-0003"_s, u"第3讲"_s}};
    SheetImporter importer(m_temp->workspace(), m_temp->profile());
    SheetImporter::Plan plan;
    QVERIFY2(importer.prepare(table, m_batch, &plan, &error), qPrintable(error));
    QCOMPARE(plan.changeCount(), 0);
}

void TestSheetImporter::retypedResourceIsReportedNotShifted()
{
    // Exported as A01-0001 … A01-0003; then the first is retyped to A02, so the second is now A01-0001.
    ResourceStore store(m_temp->workspace());
    Resource first, second;
    QVERIFY(store.load(m_first, &first) && store.load(m_second, &second));
    QString error;
    QVERIFY2(store.setType(m_first, u"A02"_s, &error), qPrintable(error));
    const QList<QStringList> table{{MetadataSheetWriter::idHeader(), MetadataSheetWriter::filesHeader(),
                                    MetadataSheetWriter::keyHeader(), u"资源类型"_s, u"资源名称"_s},
                                   {u"A01-0001"_s, u"视频.mp4"_s,
                                    MetadataSheetWriter::resourceKey(m_first, first.uid), u"A01"_s, u"一"_s},
                                   {u"A01-0002"_s, u"视频.mp4"_s,
                                    MetadataSheetWriter::resourceKey(m_second, second.uid), u"A01"_s,
                                    u"二"_s}};
    SheetImporter importer(m_temp->workspace(), m_temp->profile());
    SheetImporter::Plan plan;
    QVERIFY2(importer.prepare(table, m_batch, &plan, &error), qPrintable(error));
    // Row 2 is the retyped resource's own row: its type is reported; row 3 still lands on the second.
    QCOMPARE(plan.issues.size(), 1);
    QCOMPARE(plan.issues.first().row, 2);
    QCOMPARE(plan.issues.first().column, u"资源类型"_s);
    QCOMPARE(plan.rows.size(), 2);
    QCOMPARE(plan.rows.at(0).resourceId, m_first);
    QCOMPARE(plan.rows.at(1).resourceId, m_second);
    QVERIFY(!importer.apply(plan, &error));
    QCOMPARE(title(m_second), u"第2讲"_s);
}

QTEST_MAIN(TestSheetImporter)
#include "TestSheetImporter.moc"
