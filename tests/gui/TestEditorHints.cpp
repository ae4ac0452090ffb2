// What a clerk sees while filling a resource (issue 16, item 8): hints that read as hints, the unit's name
// before there is a unit, a form that does not jump, one date editor, the media file with its buttons.
// Real workspace file, real SQLite, real media made with ffmpeg; widgets found by objectName.
#include "DateFieldEditor.h"
#include "EditorActions.h"
#include "MediaFactory.h"
#include "MediaFileRow.h"
#include "MessageLabel.h"
#include "ResourceEditor.h"
#include "TempWorkspace.h"
#include "TestSupport.h"

#include "common/Clock.h"
#include "media/CheckReport.h"
#include "media/MediaFacts.h"
#include "media/MediaProbe.h"
#include "metadata/FieldWriter.h"
#include "workspace/BatchStore.h"
#include "workspace/CheckResultStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/UnitStore.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestEditorHints : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void unitNameBeforeTheUnitExists();
    void messagesDoNotMoveTheForm();
    void dateIsOneEditorWithACalendar();
    void monthOnlyDateTakesTheProfilesFormat();
    void headerNamesTheResource();
    void placeholdersAreHintsNotValues();
    void mediaFileIsShownWithItsButtons();

private:
    template <typename T> T *field(const QString &name) { return TestSupport::childNamed<T>(m_editor, name); }
    QString stored(const QString &fieldId)
    {
        return FieldWriter(m_ws->workspace(), m_ws->profile()).read(m_id, fieldId);
    }
    int rowTop(const QString &rowName)
    {
        QWidget *row = field<QWidget>(rowName);
        QWidget *form = field<QWidget>(u"resourceForm"_s);
        QCoreApplication::sendPostedEvents(); // pending layout requests
        return row->mapTo(form, QPoint(0, 0)).y();
    }

    TempWorkspace *m_ws = nullptr;
    QUndoStack *m_stack = nullptr;
    ResourceEditor *m_editor = nullptr;
    QAction *m_setUpUnit = nullptr, *m_replace = nullptr, *m_locate = nullptr;
    FixedClock m_clock{QDateTime(QDate(2022, 4, 1), QTime(9, 0))};
    qint64 m_batch = 0;
    qint64 m_id = 0;
};

void TestEditorHints::init()
{
    // The workspace has no unit yet: its name is empty, as after "skip" on the welcome.
    m_ws = new TempWorkspace;
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    QString error;
    Batch batch;
    QVERIFY2(BatchStore(m_ws->workspace()).findOrCreate(u"first"_s, &batch, &error), qPrintable(error));
    m_batch = batch.id;
    m_id = ResourceStore(m_ws->workspace()).create(batch.id, u"A01"_s, &error);
    QVERIFY2(m_id != 0, qPrintable(error));
    m_stack = new QUndoStack;
    m_editor = new ResourceEditor(m_ws->workspace(), m_ws->profile(), m_stack);
    m_setUpUnit = new QAction(m_editor);
    m_replace = new QAction(m_editor);
    m_locate = new QAction(m_editor);
    m_editor->setActions({m_setUpUnit, m_replace, m_locate});
    m_editor->setClock(&m_clock);
    m_editor->resize(720, 900);
    m_editor->setResource(m_id);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
}

void TestEditorHints::cleanup()
{
    delete m_editor;
    delete m_stack;
    delete m_ws;
    m_editor = nullptr;
}

void TestEditorHints::unitNameBeforeTheUnitExists()
{
    QVERIFY(UnitStore(m_ws->workspace()).primary().name.isEmpty());
    auto *message = field<QLabel>(u"message_unit"_s);
    QVERIFY(message->isVisible());
    // A calm note, not a red error: the clerk did nothing wrong, there is just no unit yet.
    QCOMPARE(message->property("severity").toString(), u"note"_s);
    QVERIFY2(message->text().contains(u"Set your unit first"_s), qPrintable(message->text()));
    auto *link = field<QPushButton>(u"link_unit"_s);
    QVERIFY(link->isVisible());
    QSignalSpy opened(m_setUpUnit, &QAction::triggered);
    QTest::mouseClick(link, Qt::LeftButton);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(stored(u"unit"_s), QString()); // nothing was written for the clerk

    // The unit is set up (the registration form saves it): the field shows its name at once.
    QString error;
    Unit unit = UnitStore(m_ws->workspace()).primary(&error);
    unit.name = u"国家开放大学"_s;
    QVERIFY2(UnitStore(m_ws->workspace()).save(&unit, &error), qPrintable(error));
    auto *input = field<QLineEdit>(u"field_unit"_s);
    QVERIFY2(input->placeholderText().contains(u"国家开放大学"_s), qPrintable(input->placeholderText()));
    QVERIFY(!message->isVisible());
    QVERIFY(!link->isVisible());
}

void TestEditorHints::messagesDoNotMoveTheForm()
{
    auto *created = field<QLineEdit>(u"field_created"_s);
    created->setFocus();
    QTest::keyClicks(created, u"2022-03-23"_s);
    QVERIFY(!field<QLabel>(u"message_created"_s)->isVisible());
    const int before = rowTop(u"row_copyright"_s);
    const int formHeight = field<QWidget>(u"resourceForm"_s)->sizeHint().height();

    // A near-miss brings a message and its Fix button; the rows below stay where they were.
    created->selectAll();
    QTest::keyClicks(created, u"2022/3/23"_s);
    QVERIFY(field<QLabel>(u"message_created"_s)->isVisible());
    QVERIFY(field<QPushButton>(u"fix_created"_s)->isVisible());
    QCOMPARE(rowTop(u"row_copyright"_s), before);
    QCOMPARE(field<QWidget>(u"resourceForm"_s)->sizeHint().height(), formHeight);

    // The first item of a list, and a message on it: still no jump.
    auto *keywords = field<QLineEdit>(u"field_keywords"_s);
    const int belowKeywords = rowTop(u"row_category"_s);
    keywords->setFocus();
    QTest::keyClicks(keywords, QString(30, u'k'));
    auto *message = field<QLabel>(u"message_keywords"_s);
    QVERIFY(message->isVisible());
    QCOMPARE(rowTop(u"row_category"_s), belowKeywords);

    // In a narrow window a message longer than its line ends in "…", and is whole in the tooltip.
    m_editor->resize(420, 900);
    QTRY_VERIFY(qobject_cast<MessageLabel *>(message)->shownText().endsWith(u"…"_s));
    QCOMPARE(message->toolTip(), message->text());
    QVERIFY(message->height() <= message->fontMetrics().height() + 2);
}

void TestEditorHints::dateIsOneEditorWithACalendar()
{
    auto *editor = field<DateFieldEditor>(u"editor_created"_s);
    // One place to type the date: no second, spin-box editor showing it again ("not set" read as a value).
    QCOMPARE(editor->findChildren<QLineEdit *>().size(), 1);
    QVERIFY(editor->findChildren<QAbstractSpinBox *>().isEmpty());
    auto *button = field<QToolButton>(u"field_created_calendar"_s);
    QVERIFY(button->isVisible());

    // Typed, it is stored as typed; the calendar opens on it and Return on a day picks it.
    auto *created = field<QLineEdit>(u"field_created"_s);
    created->setFocus();
    QTest::keyClicks(created, u"2021-06-15"_s);
    QTest::keyClick(created, Qt::Key_Return);
    QCOMPARE(stored(u"created"_s), u"2021-06-15"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QCalendarWidget *calendar = editor->calendar();
    QVERIFY(calendar && calendar->isVisible());
    QCOMPARE(calendar->selectedDate(), QDate(2021, 6, 15));
    calendar->setSelectedDate(QDate(2021, 6, 1));
    QTest::keyClick(calendar->findChild<QTableView *>(), Qt::Key_Return);
    QVERIFY(!calendar->isVisible());
    QCOMPARE(created->text(), u"2021-06-01"_s);
    QCOMPARE(stored(u"created"_s), u"2021-06-01"_s);
    QCOMPARE(m_stack->count(), 2); // typed, then picked: two undo steps
    QVERIFY(!field<QLabel>(u"message_created"_s)->isVisible());
}

void TestEditorHints::monthOnlyDateTakesTheProfilesFormat()
{
    FieldSpec spec = *m_ws->profile().field(u"created"_s);
    spec.rule.insert(u"format"_s, u"yyyy-MM"_s);
    DateFieldEditor editor(spec);
    editor.show();
    QSignalSpy committed(&editor, &FieldEditor::committed);
    editor.setValue(u"2020-11"_s);
    editor.showCalendar();
    QCOMPARE(editor.calendar()->selectedDate(), QDate(2020, 11, 1));
    editor.calendar()->setSelectedDate(QDate(2021, 2, 17));
    QTest::keyClick(editor.calendar()->findChild<QTableView *>(), Qt::Key_Return);
    QCOMPARE(editor.value(), u"2021-02"_s);
    QVERIFY(committed.count() >= 1);
}

void TestEditorHints::headerNamesTheResource()
{
    auto *header = field<QLabel>(u"resourceEditorHeader"_s);
    QVERIFY2(header->text().startsWith(u"Untitled resource #%1"_s.arg(m_id)), qPrintable(header->text()));
    auto *title = field<QLineEdit>(u"field_title"_s);
    title->setFocus();
    QTest::keyClicks(title, u"Jet engines"_s);
    QTest::keyClick(title, Qt::Key_Return);
    QTRY_VERIFY2(header->text().startsWith(u"Jet engines"_s), qPrintable(header->text()));
    QVERIFY(!header->text().contains(u"Untitled"_s));
}

void TestEditorHints::placeholdersAreHintsNotValues()
{
    auto *title = field<QLineEdit>(u"field_title"_s);
    // The standard's example, marked as an example (例如：… in Chinese), grey, never the value.
    QCOMPARE(title->placeholderText(), u"e.g. 航空发动机原理"_s);
    QCOMPARE(title->text(), QString());
    const QPalette palette = title->palette();
    QVERIFY(palette.color(QPalette::PlaceholderText) != palette.color(QPalette::Text));
    QCOMPARE(field<QLineEdit>(u"field_created"_s)->placeholderText(), u"e.g. 2022-03-23"_s);
    // Visiting the fields writes nothing.
    title->setFocus();
    field<QLineEdit>(u"field_created"_s)->setFocus();
    field<QLineEdit>(u"field_copyright"_s)->setFocus();
    QCOMPARE(stored(u"title"_s), QString());
    QCOMPARE(stored(u"created"_s), QString());
    QCOMPARE(m_stack->count(), 0);
}

void TestEditorHints::mediaFileIsShownWithItsButtons()
{
    if (!MediaFactory::haveFfmpeg())
        QSKIP("ffmpeg is not installed");
    const QString path = m_ws->dir() + u"/lecture.mp4"_s;
    QString error;
    MediaFactory::Video spec;
    spec.width = 160;
    spec.height = 120;
    spec.bitrate = u"100k"_s;
    QVERIFY2(MediaFactory::makeVideo(path, spec, &error), qPrintable(error));
    QVERIFY(!field<QWidget>(u"mediaFileRow"_s)->isVisible()); // no file yet
    QVERIFY2(ResourceStore(m_ws->workspace()).addFile(m_id, u"media"_s, path, &error), qPrintable(error));
    auto *row = field<QWidget>(u"mediaFileRow"_s);
    QTRY_VERIFY(row->isVisible());
    QCOMPARE(field<QLabel>(u"mediaFileName"_s)->text(), u"lecture.mp4"_s);
    const QString size =
        QLocale().formattedDataSize(QFileInfo(path).size(), 1, QLocale::DataSizeTraditionalFormat);
    QCOMPARE(field<QLabel>(u"mediaFileFacts"_s)->text(), size); // not checked yet: its size only

    // The check (it runs by itself in the window) measures the file and caches its facts: they appear.
    MediaFacts facts;
    QVERIFY2(MediaProbe::probe(path, &facts, &error), qPrintable(error));
    CheckReport report;
    report.path = path;
    report.type = u"video"_s;
    report.facts = facts.toJson();
    const auto key = CheckResultStore::Key::forFile(path, m_ws->profile().idAndVersion(), u"probe"_s);
    QVERIFY2(CheckResultStore(m_ws->workspace()).store(key, report.toJson(), &error), qPrintable(error));
    QTRY_VERIFY(field<QLabel>(u"mediaFileFacts"_s)->text() != size);
    const QString facts1 = field<QLabel>(u"mediaFileFacts"_s)->text();
    QVERIFY2(facts1.contains(u"0:01"_s) && facts1.contains(u"160 × 120"_s), qPrintable(facts1));
    QVERIFY2(facts1.startsWith(size), qPrintable(facts1));

    QList<QUrl> opened;
    m_editor->findChild<MediaFileRow *>()->setUrlOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    QTest::mouseClick(field<QPushButton>(u"mediaFileOpen"_s), Qt::LeftButton);
    QTest::mouseClick(field<QPushButton>(u"mediaFileShowFolder"_s), Qt::LeftButton);
    QCOMPARE(opened, (QList<QUrl>{QUrl::fromLocalFile(path), QUrl::fromLocalFile(m_ws->dir())}));
    QSignalSpy replaced(m_replace, &QAction::triggered);
    QTest::mouseClick(field<QPushButton>(u"mediaFileReplace"_s), Qt::LeftButton);
    QCOMPARE(replaced.count(), 1);
    QVERIFY(!field<QPushButton>(u"mediaFileLocate"_s)->isVisible());

    // The folder was renamed: the row says the file is missing and offers Locate instead of Open.
    QVERIFY(QFile::rename(path, m_ws->dir() + u"/moved.mp4"_s));
    m_editor->setResource(0);
    m_editor->setResource(m_id);
    QVERIFY2(field<QLabel>(u"mediaFileFacts"_s)->text().contains(u"missing"_s),
             qPrintable(field<QLabel>(u"mediaFileFacts"_s)->text()));
    QVERIFY(!field<QPushButton>(u"mediaFileOpen"_s)->isVisible());
    QVERIFY(field<QPushButton>(u"mediaFileReplace"_s)->isVisible());
    QSignalSpy located(m_locate, &QAction::triggered);
    QTest::mouseClick(field<QPushButton>(u"mediaFileLocate"_s), Qt::LeftButton);
    QCOMPARE(located.count(), 1);
}

QTEST_MAIN(TestEditorHints)
#include "TestEditorHints.moc"
