// Issue 16, point 5 and item 8's screenshots: the Checklist dock shows every word of its steps at the dock's
// default width (nothing cut to "…"), in English and in Chinese; the editor of a resource with its media
// file, as a clerk sees it (SUBMITDESK_SCREENSHOT_DIR=dir writes the pictures, for looking at).
#include "MainWindowFixture.h"

#include "MediaFactory.h"
#include "Translations.h"
#include "WorkspaceController.h"
#include "package/CampaignChecklist.h"
#include "welcome/ChecklistPanel.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"

#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
// What of the cell's text the view cannot show: "" when all of it fits. Wrapped at the width the text
// gets in its cell, it must need no more height than the row has, and no word may be wider than the cell.
QString cutOff(QTreeWidget *tree, QTreeWidgetItem *item, int column)
{
    const QString text = item->text(column);
    if (text.isEmpty())
        return {};
    const QRect cell = tree->visualRect(tree->indexFromItem(item, column));
    const int margin = tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1;
    const int width = cell.width() - 2 * margin;
    const QFontMetrics metrics(item->font(column));
    // The deadline column is sized to its contents: its date stays on one line.
    const int flags = column == ChecklistPanel::StepColumn ? Qt::TextWordWrap : Qt::TextSingleLine;
    const QRect needed = metrics.boundingRect(QRect(0, 0, width, 100000), flags, text);
    if (needed.width() <= width && needed.height() <= cell.height() &&
        (column == ChecklistPanel::StepColumn || needed.height() <= metrics.height()))
        return {};
    return u"\"%1\" needs %2×%3 px, the cell gives %4×%5"_s.arg(text)
        .arg(needed.width())
        .arg(needed.height())
        .arg(width)
        .arg(cell.height());
}
} // namespace

class TestChecklistPanel : public MainWindowFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { tearDownWindow(); }
    void nothingIsCutAtTheDefaultWidth_data();
    void nothingIsCutAtTheDefaultWidth();
    void editorFormFitsTheWindow_data() { nothingIsCutAtTheDefaultWidth_data(); }
    void editorFormFitsTheWindow();
    void editorButtonsDoWhatTheMenusDo();
    void editorScreenshots();

private:
    void shoot(QWidget *widget, const QString &name);
    qint64 m_resource = 0;
};

void TestChecklistPanel::initTestCase()
{
    setUpWindow();
    QString error;
    QVERIFY2(m_window->openWorkspace(m_workspacePath, &error), qPrintable(error));
    // A batch that went through every step, exported to a long path: the longest lines the dock shows.
    Workspace &w = m_window->controller().workspace();
    Batch batch;
    batch.name = u"2022年第一批终身教育资源"_s;
    QVERIFY2(BatchStore(w).create(&batch, &error), qPrintable(error));
    m_resource = ResourceStore(w).create(batch.id, u"A01"_s, &error);
    QVERIFY2(m_resource, qPrintable(error));
    CampaignChecklist::markRegistrationPrinted(w);
    CampaignChecklist::markExported(w, batch.id, m_dir.filePath(u"exports/2022年第一批终身教育资源.zip"_s));
    m_window->findChild<ChecklistPanel *>(u"checklistPanel"_s)->setBatch(batch.id);
}

void TestChecklistPanel::nothingIsCutAtTheDefaultWidth_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s;
}

void TestChecklistPanel::nothingIsCutAtTheDefaultWidth()
{
    QFETCH(QString, language);
    m_window->setLanguage(language);
    auto *dock = find<QDockWidget>("checklistDock");
    QVERIFY(dock->isVisible());
    auto *panel = find<ChecklistPanel>("checklistPanel");
    panel->refresh();
    auto *tree = find<QTreeWidget>("checklistSteps");
    QCOMPARE(tree->topLevelItemCount(), 4);
    QCoreApplication::processEvents(); // the rows are measured again after the columns settle
    QStringList cut;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *step = tree->topLevelItem(i);
        for (int column = 0; column < tree->columnCount(); ++column)
            if (const QString c = cutOff(tree, step, column); !c.isEmpty())
                cut.append(c);
        for (int k = 0; k < step->childCount(); ++k)
            if (const QString c = cutOff(tree, step->child(k), 0); !c.isEmpty())
                cut.append(c);
    }
    shoot(dock, u"checklist-dock-%1.png"_s.arg(language));
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"\n"_s)));
    // Every step says where the batch stands, under its name.
    QCOMPARE(tree->topLevelItem(3)->childCount(), 1);
    QVERIFY(tree->topLevelItem(3)->child(0)->text(0).contains(u".zip"_s));
}

void TestChecklistPanel::editorFormFitsTheWindow()
{
    // In the window's default size the form needs no sideways scrolling, in either language.
    QFETCH(QString, language);
    m_window->setLanguage(language);
    QVERIFY(selectResource(m_resource));
    auto *scroll = find<QScrollArea>("resourceEditorScroll");
    QVERIFY(scroll && scroll->isVisible());
    QCoreApplication::processEvents();
    QWidget *form = scroll->widget();
    QVERIFY2(form->minimumSizeHint().width() <= scroll->viewport()->width(),
             qPrintable(u"the form needs %1 px, it has %2"_s.arg(form->minimumSizeHint().width())
                            .arg(scroll->viewport()->width())));
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
}

void TestChecklistPanel::editorButtonsDoWhatTheMenusDo()
{
    m_window->setLanguage(u"en"_s);
    Workspace &w = m_window->controller().workspace();
    const QString media = m_dir.filePath(u"lecture.mp4"_s);
    QFile file(media);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(QByteArray(2048, 'x')) == 2048);
    file.close();
    QString error;
    QVERIFY2(ResourceStore(w).replaceFile(m_resource, u"media"_s, media, &error), qPrintable(error));
    QVERIFY(selectResource(m_resource));

    // No unit yet: the unit's note opens Unit ▸ Registration Form.
    QSignalSpy registration(find<QAction>("actionRegistration"), &QAction::triggered);
    QTest::mouseClick(find<QPushButton>("link_unit"), Qt::LeftButton);
    QCOMPARE(registration.count(), 1);
    QTRY_VERIFY(QApplication::activeModalWidget());
    QApplication::activeModalWidget()->close();

    // Replace… is the Media menu's Replace Media File (its file dialog is cancelled here).
    QSignalSpy replace(find<QAction>("actionReplaceMedia"), &QAction::triggered);
    QTimer::singleShot(200, this, [] {
        if (QWidget *dialog = QApplication::activeModalWidget())
            dialog->close();
    });
    QTest::mouseClick(find<QPushButton>("mediaFileReplace"), Qt::LeftButton);
    QCOMPARE(replace.count(), 1);

    // A missing file: Locate… is Edit ▸ Locate Missing Files.
    QVERIFY(QFile::remove(media));
    m_window->setLanguage(u"zh_CN"_s); // the editor is built anew and reads the file's state
    QVERIFY(selectResource(m_resource));
    QTRY_VERIFY(find<QPushButton>("mediaFileLocate")->isVisible());
    QSignalSpy locate(find<QAction>("actionLocateMissingFiles"), &QAction::triggered);
    QTest::mouseClick(find<QPushButton>("mediaFileLocate"), Qt::LeftButton);
    QCOMPARE(locate.count(), 1);
    QTRY_VERIFY(QApplication::activeModalWidget());
    QApplication::activeModalWidget()->close();
    m_window->setLanguage(u"en"_s);
}

void TestChecklistPanel::editorScreenshots()
{
    if (qEnvironmentVariable("SUBMITDESK_SCREENSHOT_DIR").isEmpty())
        QSKIP("pictures only: set SUBMITDESK_SCREENSHOT_DIR");
    if (!MediaFactory::haveFfmpeg())
        QSKIP("ffmpeg is not installed");
    const QString media = m_dir.filePath(u"航空发动机原理.mp4"_s);
    MediaFactory::Video spec;
    spec.width = 320;
    spec.height = 180;
    spec.bitrate = u"200k"_s;
    QString error;
    QVERIFY2(MediaFactory::makeVideo(media, spec, &error), qPrintable(error));
    Workspace &w = m_window->controller().workspace();
    QVERIFY2(ResourceStore(w).replaceFile(m_resource, u"media"_s, media, &error), qPrintable(error));
    QVERIFY(ResourceStore(w).setValues(
        m_resource, {{u"title"_s, u"航空发动机原理"_s}, {u"speakers"_s, u"张建华；朱新"_s}}, &error));
    for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
        m_window->setLanguage(language);
        QVERIFY(selectResource(m_resource));
        QTest::qWait(300);
        shoot(m_window, u"editor-%1.png"_s.arg(language));
    }
}

void TestChecklistPanel::shoot(QWidget *widget, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("SUBMITDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(widget->grab().save(dir + u'/' + name));
}

QTEST_MAIN(TestChecklistPanel)
#include "TestChecklistPanel.moc"
