// The resource editor driven like a user: real workspace file, real SQLite, widgets found by objectName.
#include "CatalogFieldEditor.h"
#include "CatalogTreeEditor.h"
#include "CategoryPickerDialog.h"
#include "CoverPreview.h"
#include "DateFieldEditor.h"
#include "ResourceEditor.h"
#include "TempWorkspace.h"
#include "TestSupport.h"

#include "common/Clock.h"
#include "metadata/FieldWriter.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/UnitStore.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
// Types text as a user would: ASCII through key events, Chinese as an input method commits it.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QInputMethodEvent event;
            event.setCommitString(QString(c));
            QApplication::sendEvent(widget, &event);
        }
    }
}

// What the workspace file holds, read through a second, independent connection.
QString storedInFile(const QString &path, const Profile &profile, qint64 resourceId, const QString &fieldId)
{
    Workspace other;
    QString error;
    if (!other.open(path, &error))
        return u"<cannot open: %1>"_s.arg(error);
    return FieldWriter(other, profile).read(resourceId, fieldId);
}
} // namespace

class TestResourceEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void formFollowsTheType();
    void listFixIsOneClickAndUndoable();
    void typingSessionIsOneUndoStep();
    void dateFieldOffersFixAndCalendar();
    void integerFieldRejectsNonDigits();
    void coverIsCheckedByContent();
    void catalogXmlAndTree();
    void categoryPicker();
    void screenshot();

private:
    template <typename T> T *field(const QString &name) { return TestSupport::childNamed<T>(m_editor, name); }
    QString stored(const QString &fieldId)
    {
        return storedInFile(m_ws->path(), m_ws->profile(), m_id, fieldId);
    }

    TempWorkspace *m_ws = nullptr;
    QUndoStack *m_stack = nullptr;
    ResourceEditor *m_editor = nullptr;
    FixedClock m_clock{QDateTime(QDate(2022, 4, 1), QTime(9, 0))};
    qint64 m_id = 0;
};

void TestResourceEditor::init()
{
    m_ws = new TempWorkspace;
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    QString error;
    Unit unit = UnitStore(m_ws->workspace()).primary(&error);
    unit.name = u"国家开放大学"_s;
    QVERIFY2(UnitStore(m_ws->workspace()).save(&unit, &error), qPrintable(error));
    Batch batch;
    QVERIFY2(BatchStore(m_ws->workspace()).findOrCreate(u"first"_s, &batch, &error), qPrintable(error));
    m_id = ResourceStore(m_ws->workspace()).create(batch.id, u"A01"_s, &error);
    QVERIFY2(m_id != 0, qPrintable(error));
    m_stack = new QUndoStack;
    m_editor = new ResourceEditor(m_ws->workspace(), m_ws->profile(), m_stack);
    m_editor->setClock(&m_clock);
    m_editor->resize(720, 900);
    m_editor->setResource(m_id);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
}

void TestResourceEditor::cleanup()
{
    delete m_editor;
    delete m_stack;
    delete m_ws;
    m_editor = nullptr;
}

void TestResourceEditor::formFollowsTheType()
{
    QCOMPARE(m_editor->resourceId(), m_id);
    QVERIFY(m_editor->shownFields().contains(u"speakers"_s));
    QVERIFY(!m_editor->shownFields().contains(u"url"_s));
    QVERIFY(field<QLabel>(u"label_title"_s)->text().contains(u'*'));
    QVERIFY(!field<QLabel>(u"label_clicks"_s)->text().contains(u'*'));
    // The standard's example reads as a hint, not as a value.
    QCOMPARE(field<QLineEdit>(u"field_speakers"_s)->placeholderText(), u"e.g. 张建华;朱新;(藏族)班班多杰"_s);
    QVERIFY(!field<QLineEdit>(u"field_title"_s)->toolTip().isEmpty());
    // The header names the resource: by its title once it has one, else as untitled.
    const QString header = field<QLabel>(u"resourceEditorHeader"_s)->text();
    const QString title = field<QLineEdit>(u"field_title"_s)->text();
    QVERIFY2(header.contains(title.isEmpty() ? u"Untitled resource"_s : title), qPrintable(header));
    QVERIFY2(header.contains(u"A01"_s), qPrintable(header));
    // A required empty field says so at once.
    QVERIFY(field<QLabel>(u"message_title"_s)->isVisible());
    m_editor->focusField(u"keywords"_s);
    QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(u"field_keywords"_s));

    auto *type = field<QComboBox>(u"field_type"_s);
    QCOMPARE(type->currentData().toString(), u"A01"_s);
    const int a03 = type->findData(u"A03"_s);
    QVERIFY(a03 > 0);
    type->setCurrentIndex(a03);
    emit type->activated(a03);
    QTRY_VERIFY(m_editor->shownFields().contains(u"url"_s));
    QVERIFY(m_editor->shownFields().contains(u"protection_level"_s));
    QVERIFY(field<QLineEdit>(u"field_url"_s));
    QCOMPARE(stored(u"type"_s), u"A03"_s);
    m_stack->undo();
    QTRY_VERIFY(!m_editor->shownFields().contains(u"url"_s));
    QCOMPARE(stored(u"type"_s), u"A01"_s);

    // Removing the shown resource empties the form.
    QString error;
    QVERIFY2(ResourceStore(m_ws->workspace()).remove(m_id, &error), qPrintable(error));
    QCOMPARE(m_editor->resourceId(), 0);
    QVERIFY(m_editor->shownFields().isEmpty());
}

void TestResourceEditor::listFixIsOneClickAndUndoable()
{
    auto *speakers = field<QLineEdit>(u"field_speakers"_s);
    speakers->setFocus();
    typeText(speakers, u"张三；李四"_s);
    QCOMPARE(speakers->text(), u"张三；李四"_s);
    auto *message = field<QLabel>(u"message_speakers"_s);
    auto *fix = field<QPushButton>(u"fix_speakers"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"；"_s), qPrintable(message->text()));
    QCOMPARE(message->property("severity").toString(), u"error"_s);
    QVERIFY(fix->isVisible());
    // The typing is stored after the debounce, as typed (drafts may be invalid).
    QTRY_COMPARE(stored(u"speakers"_s), u"张三；李四"_s);

    QTest::mouseClick(fix, Qt::LeftButton);
    QCOMPARE(speakers->text(), u"张三;李四"_s);
    QVERIFY(!message->isVisible());
    QVERIFY(message->text().isEmpty());
    QVERIFY(!fix->isVisible());
    QCOMPARE(stored(u"speakers"_s), u"张三;李四"_s);
    QCOMPARE(field<QLabel>(u"items_speakers"_s)->text().count(u"<span"_s), 2);

    m_stack->undo();
    QCOMPARE(stored(u"speakers"_s), u"张三；李四"_s);
    QCOMPARE(speakers->text(), u"张三；李四"_s);
    QVERIFY(message->isVisible());
    m_stack->undo();
    QCOMPARE(stored(u"speakers"_s), QString());
    m_stack->redo();
    m_stack->redo();
    QCOMPARE(stored(u"speakers"_s), u"张三;李四"_s);
}

void TestResourceEditor::typingSessionIsOneUndoStep()
{
    auto *title = field<QLineEdit>(u"field_title"_s);
    title->setFocus();
    QTest::keyClicks(title, u"Jet"_s);
    QTRY_COMPARE(stored(u"title"_s), u"Jet"_s);
    QTest::keyClicks(title, u" engines"_s);
    QTRY_COMPARE(stored(u"title"_s), u"Jet engines"_s);
    QCOMPARE(m_stack->count(), 1); // two stores, one session
    // Leaving the field ends the session; the next edit is a new undo step.
    field<QLineEdit>(u"field_copyright"_s)->setFocus();
    title->setFocus();
    QTest::keyClicks(title, u"!"_s);
    QTest::keyClick(title, Qt::Key_Return); // stores at once, no debounce
    QCOMPARE(stored(u"title"_s), u"Jet engines!"_s);
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QCOMPARE(stored(u"title"_s), u"Jet engines"_s);
    QCOMPARE(title->text(), u"Jet engines"_s);
    m_stack->undo();
    QCOMPARE(stored(u"title"_s), QString());
    QVERIFY(field<QLabel>(u"message_title"_s)->isVisible());
}

void TestResourceEditor::dateFieldOffersFixAndCalendar()
{
    auto *created = field<QLineEdit>(u"field_created"_s);
    created->setFocus();
    QTest::keyClicks(created, u"2022/3/23"_s);
    auto *message = field<QLabel>(u"message_created"_s);
    QVERIFY(message->isVisible());
    QVERIFY(field<QPushButton>(u"fix_created"_s)->isVisible());
    QTest::mouseClick(field<QPushButton>(u"fix_created"_s), Qt::LeftButton);
    QCOMPARE(created->text(), u"2022-03-23"_s);
    QCOMPARE(stored(u"created"_s), u"2022-03-23"_s);
    QVERIFY(!message->isVisible());

    // A date after the (fixed) today is an error.
    created->selectAll();
    QTest::keyClicks(created, u"2022-05-01"_s);
    QVERIFY2(message->text().contains(u"2022-04-01"_s), qPrintable(message->text()));
    // The calendar button opens on the typed date; picking a day writes the text and stores it.
    auto *editor = field<DateFieldEditor>(u"editor_created"_s);
    QTest::mouseClick(field<QToolButton>(u"field_created_calendar"_s), Qt::LeftButton);
    QTRY_VERIFY(editor->calendar() && editor->calendar()->isVisible());
    QCOMPARE(editor->calendar()->selectedDate(), QDate(2022, 5, 1));
    editor->calendar()->setSelectedDate(QDate(2021, 12, 31));
    emit editor->calendar()->clicked(QDate(2021, 12, 31));
    QVERIFY(!editor->calendar()->isVisible());
    QCOMPARE(created->text(), u"2021-12-31"_s);
    QVERIFY(!message->isVisible());
    QCOMPARE(stored(u"created"_s), u"2021-12-31"_s);
}

void TestResourceEditor::integerFieldRejectsNonDigits()
{
    auto *clicks = field<QLineEdit>(u"field_clicks"_s);
    clicks->setFocus();
    QTest::keyClicks(clicks, u"36a5-00"_s);
    QCOMPARE(clicks->text(), u"36500"_s);
    QTRY_COMPARE(stored(u"clicks"_s), u"36500"_s);
    QApplication::clipboard()->setText(u"many"_s);
    QTest::keyClick(clicks, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(clicks->text(), u"36500"_s);
    // A bad value stored elsewhere (CLI, import) shows as it is, with its message.
    QString error;
    QVERIFY(ResourceStore(m_ws->workspace()).setValue(m_id, u"learners"_s, u"12k"_s, &error));
    auto *learners = field<QLineEdit>(u"field_learners"_s);
    QCOMPARE(learners->text(), u"12k"_s);
    QVERIFY(field<QLabel>(u"message_learners"_s)->isVisible());
    QCOMPARE(field<QLabel>(u"message_learners"_s)->property("severity").toString(), u"error"_s);
}

void TestResourceEditor::coverIsCheckedByContent()
{
    QImage image(64, 36, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString fake = m_ws->dir() + u"/fake.jpg"_s;
    const QString real = m_ws->dir() + u"/real.jpg"_s;
    QVERIFY(image.save(fake, "PNG"));
    QVERIFY(image.save(real, "JPEG"));
    auto *cover = field<QLineEdit>(u"field_cover"_s);
    auto *message = field<QLabel>(u"message_cover"_s);
    cover->setFocus();
    QTest::keyClicks(cover, fake);
    QTest::keyClick(cover, Qt::Key_Return);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"PNG"_s), qPrintable(message->text()));
    QCOMPARE(stored(u"cover"_s), fake); // stored as chosen; the message says why it will not pass

    cover->clear();
    QTest::keyClicks(cover, real);
    QTest::keyClick(cover, Qt::Key_Return);
    QVERIFY(!message->isVisible());
    QCOMPARE(stored(u"cover"_s), real);
    QVERIFY(field<CoverPreview>(u"preview_cover"_s)->hasPicture());
    QCOMPARE(field<CoverPreview>(u"preview_cover"_s)->pictureSize(), QSize(64, 36));
    // Its size and format, read from the content, are shown under the thumbnail; the PNG named .jpg says PNG.
    auto *size = field<QLabel>(u"coverSize_cover"_s);
    QVERIFY(size->isVisible());
    QCOMPARE(size->text(), u"64 × 36 pixels, JPEG"_s);
    cover->clear();
    QTest::keyClicks(cover, fake);
    QTest::keyClick(cover, Qt::Key_Return);
    QCOMPARE(size->text(), u"64 × 36 pixels, PNG"_s);
}

void TestResourceEditor::catalogXmlAndTree()
{
    auto *xml = field<QPlainTextEdit>(u"field_catalog"_s);
    auto *editor = field<CatalogFieldEditor>(u"editor_catalog"_s);
    xml->setFocus();
    QTest::keyClicks(xml, u"<catalog><chapter title=\"A\">"_s);
    auto *message = field<QLabel>(u"message_catalog"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"line 1"_s), qPrintable(message->text()));
    QVERIFY(!editor->treeError().isEmpty());
    QTRY_COMPARE(stored(u"catalog"_s), u"<catalog><chapter title=\"A\">"_s); // malformed, stored as typed

    xml->setPlainText(QString());
    editor->tabs()->setCurrentIndex(0);
    QTest::mouseClick(field<QToolButton>(u"catalogAddChapter"_s), Qt::LeftButton);
    QTest::mouseClick(field<QToolButton>(u"catalogAddSection"_s), Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // close the title editor
    QTRY_VERIFY(stored(u"catalog"_s).contains(u"<section title=\"Section 1\" duration=\"00:00:00\"/>"_s));
    QVERIFY(stored(u"catalog"_s).startsWith(u"<catalog><chapter title=\"Chapter 1\">"_s));
    QVERIFY(!message->isVisible());
    QCOMPARE(editor->treeError(), QString());

    // A catalog stored elsewhere (CLI, import) shows as a tree.
    QString error;
    QVERIFY(ResourceStore(m_ws->workspace())
                .setValue(
                    m_id, u"catalog"_s,
                    u"<catalog><chapter title=\"第一章\"><section title=\"1.1 概述\" duration=\"00:12:30\"/>"
                    "</chapter><chapter title=\"第二章\"/></catalog>"_s,
                    &error));
    QVERIFY2(editor->treeError().isEmpty(), qPrintable(editor->treeError()));
    QTreeWidget *tree = editor->treeEditor()->tree();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(1), u"00:12:30"_s);
    QCOMPARE(tree->topLevelItem(0)->text(1), u"00:12:30"_s); // the chapter's total
}

void TestResourceEditor::categoryPicker()
{
    CategoryPickerDialog dialog(m_ws->profile().taxonomy, u"-"_s);
    dialog.setPath(u"科学文化-航空知识-航空发动机"_s);
    QCOMPARE(dialog.path(), u"科学文化-航空知识-航空发动机"_s);
    dialog.setFilter(u"飞行"_s);
    dialog.setPath(u"科学文化-航空知识-飞行原理"_s);
    QCOMPARE(dialog.path(), u"科学文化-航空知识-飞行原理"_s);

    QTimer::singleShot(0, this, [] {
        auto *picker = qobject_cast<CategoryPickerDialog *>(QApplication::activeModalWidget());
        QVERIFY(picker);
        picker->setPath(u"科学文化-航空知识-航空史"_s);
        picker->accept();
    });
    QTest::mouseClick(field<QToolButton>(u"field_category_pick"_s), Qt::LeftButton);
    QCOMPARE(field<QLineEdit>(u"field_category"_s)->text(), u"科学文化-航空知识-航空史"_s);
    QCOMPARE(stored(u"category"_s), u"科学文化-航空知识-航空史"_s);
    QVERIFY(!field<QLabel>(u"message_category"_s)->isVisible());
}

void TestResourceEditor::screenshot()
{
    // SUBMITDESK_SCREENSHOT=docs/resource-editor.png writes the picture for the docs.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QString error;
    ResourceStore store(m_ws->workspace());
    QVERIFY(store.setValues(m_id,
                            {{u"title"_s, u"航空发动机原理"_s},
                             {u"speakers"_s, u"张建华；朱新"_s},
                             {u"created"_s, u"2022/3/23"_s},
                             {u"clicks"_s, u"36500"_s},
                             {u"keywords"_s, u"航空;发动机"_s},
                             {u"category"_s, u"科学文化-航空知识-航空发动机"_s},
                             {u"catalog"_s, u"<catalog><chapter title=\"第一章\"><section title=\"1.1 概述\" "
                                            "duration=\"00:12:30\"/></chapter></catalog>"_s}},
                            &error));
    ResourceEditor editor(m_ws->workspace(), m_ws->profile(), m_stack);
    editor.setClock(&m_clock);
    editor.setResource(m_id);
    editor.resize(760, 1300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const QWidget *legend = editor.findChild<QWidget *>(u"requiredLegend"_s);
    const int bottom = legend->mapTo(&editor, QPoint(0, legend->height())).y() + 10;
    QVERIFY(editor.findChild<QLabel *>(u"label_speakers"_s)->text().startsWith(u"主讲人"_s));
    QVERIFY(editor.findChild<QPushButton *>(u"fix_speakers"_s)->isVisible());
    const QPixmap picture = editor.grab(QRect(0, 0, editor.width(), bottom));
    QLocale::setDefault(previous);
    QVERIFY(!picture.isNull());
    const QString target = qEnvironmentVariable("SUBMITDESK_SCREENSHOT");
    if (!target.isEmpty())
        QVERIFY(picture.save(target));
}

QTEST_MAIN(TestResourceEditor)
#include "TestResourceEditor.moc"
