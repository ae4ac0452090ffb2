// Help (issue 16, point 6), driven by objectName: F1 shows the bundled user guide with its screenshots in
// the interface's language, its find box finds and highlights words, and About lists the versions in use.
#include "MainWindowFixture.h"
#include "help/GuideBrowser.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

extern "C" {
#include <libavformat/avformat.h>
}

using namespace Qt::StringLiterals;

class TestHelp : public MainWindowFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { tearDownWindow(); }
    void f1ShowsTheGuideWithScreenshots();
    void findBoxFindsAndHighlights();
    void guideFollowsTheLanguage();
    void aboutListsTheVersions();

private:
    GuideBrowser *pressF1();
    QTextBrowser *guideText() const { return m_window->findChild<QTextBrowser *>(u"guideText"_s); }
};

void TestHelp::initTestCase()
{
    setUpWindow();
    QString error;
    QVERIFY2(m_window->openWorkspace(m_workspacePath, &error), qPrintable(error));
}

GuideBrowser *TestHelp::pressF1()
{
    // F1 belongs to the main window (the guide's window may be the active one)
    m_window->activateWindow();
    if (!QTest::qWaitFor([this] { return QApplication::activeWindow() == m_window; }))
        return nullptr;
    QTest::keyClick(m_window, Qt::Key_F1);
    auto *guide = m_window->findChild<GuideBrowser *>(u"guideBrowser"_s);
    if (guide && !QTest::qWaitForWindowExposed(guide))
        return nullptr;
    return guide;
}

void TestHelp::f1ShowsTheGuideWithScreenshots()
{
    GuideBrowser *guide = pressF1();
    QVERIFY2(guide, "F1 did not open the guide");
    QVERIFY(guide->isVisible());
    QCOMPARE(guideText()->source(), QUrl(u"qrc:/guide/guide-en.md"_s));
    const QString text = guideText()->toPlainText();
    QVERIFY2(text.startsWith(u"SubmitDesk user guide"_s), qPrintable(text.left(200)));
    QVERIFY(text.contains(u"First start: the workspace"_s)); // a heading, rendered from Markdown
    QVERIFY(!text.contains(u"## "_s));

    // Every picture the guide shows is found in the bundle, and the wide ones fit the reading width.
    int images = 0;
    QTextDocument *document = guideText()->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QString name = format.toImageFormat().name();
            const QImage image = document->resource(QTextDocument::ImageResource, QUrl(name)).value<QImage>();
            QVERIFY2(!image.isNull(), qPrintable(u"not found: "_s + name));
            QVERIFY2(format.toImageFormat().width() <= 760, qPrintable(name));
            ++images;
        }
    }
    QVERIFY2(images >= 4, qPrintable(QString::number(images)));
}

void TestHelp::findBoxFindsAndHighlights()
{
    GuideBrowser *guide = pressF1();
    QVERIFY(guide);
    auto *find = guide->findChild<QLineEdit *>(u"guideFind"_s);
    auto *status = guide->findChild<QLabel *>(u"guideFindStatus"_s);
    QVERIFY(find && status);
    find->clear();
    QTest::keyClicks(find, u"registration"_s);
    QCOMPARE(guideText()->textCursor().selectedText().toLower(), u"registration"_s);
    const int matches = guide->matchCount();
    QVERIFY2(matches > 2, qPrintable(QString::number(matches)));
    QCOMPARE(guideText()->extraSelections().size(), matches);
    QVERIFY2(status->text().contains(QString::number(matches)), qPrintable(status->text()));

    // Enter and the arrows move between matches; "previous" comes back to where "next" left.
    const int first = guideText()->textCursor().selectionStart();
    QTest::keyClick(find, Qt::Key_Return);
    const int second = guideText()->textCursor().selectionStart();
    QVERIFY(second > first);
    QTest::mouseClick(guide->findChild<QToolButton *>(u"guideFindNext"_s), Qt::LeftButton);
    QVERIFY(guideText()->textCursor().selectionStart() > second);
    QTest::mouseClick(guide->findChild<QToolButton *>(u"guideFindPrevious"_s), Qt::LeftButton);
    QCOMPARE(guideText()->textCursor().selectionStart(), second);
    QTest::keyClick(find, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(guideText()->textCursor().selectionStart(), first);

    // A word the guide does not have.
    find->setText(u"xylophone"_s);
    QCOMPARE(guide->matchCount(), 0);
    QVERIFY(guideText()->extraSelections().isEmpty());
    QCOMPARE(status->text(), u"Not found"_s);
}

void TestHelp::guideFollowsTheLanguage()
{
    m_window->setLanguage(u"zh_CN"_s);
    GuideBrowser *guide = pressF1();
    QVERIFY(guide);
    QCOMPARE(guideText()->source(), QUrl(u"qrc:/guide/guide-zh_CN.md"_s));
    QVERIFY2(guideText()->toPlainText().startsWith(u"SubmitDesk 使用指南"_s),
             qPrintable(guideText()->toPlainText().left(100)));
    auto *find = guide->findChild<QLineEdit *>(u"guideFind"_s);
    find->setText(u"工作区"_s);
    QVERIFY(guide->matchCount() > 0);
    m_window->setLanguage(u"en"_s);
    QTRY_COMPARE(guideText()->source(), QUrl(u"qrc:/guide/guide-en.md"_s)); // the open guide follows at once
    guide->close();
}

void TestHelp::aboutListsTheVersions()
{
    auto *about = m_window->findChild<QAction *>(u"actionAbout"_s);
    QVERIFY(about);
    about->trigger();
    auto *dialog = m_window->findChild<QDialog *>(u"aboutDialog"_s);
    QVERIFY2(dialog, "About did not open");
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *list = dialog->findChild<QTreeWidget *>(u"aboutVersions"_s);
    QVERIFY(list);
    QMap<QString, QString> rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        rows.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1));

    QVERIFY2(rows.size() >= 7, qPrintable(QStringList(rows.keys()).join(u", "_s)));
    QCOMPARE(rows.value(u"SubmitDesk"_s), QStringLiteral(SUBMITDESK_VERSION));
    QVERIFY2(rows.value(u"Qt"_s).startsWith(QString::fromLatin1(qVersion())),
             qPrintable(rows.value(u"Qt"_s)));
    QCOMPARE(rows.value(u"FFmpeg"_s), QString::fromUtf8(av_version_info()));
    const unsigned format = avformat_version();
    QVERIFY2(rows.value(u"libavformat"_s)
                 .startsWith(u"%1.%2.%3"_s.arg(AV_VERSION_MAJOR(format))
                                 .arg(AV_VERSION_MINOR(format))
                                 .arg(AV_VERSION_MICRO(format))),
             qPrintable(rows.value(u"libavformat"_s)));
    QVERIFY(rows.contains(u"libavcodec"_s) && rows.contains(u"libavutil"_s));
    QVERIFY2(QRegularExpression(u"^3\\.\\d+\\.\\d+$"_s).match(rows.value(u"SQLite"_s)).hasMatch(),
             qPrintable(rows.value(u"SQLite"_s)));
    QVERIFY2(rows.value(u"Profile"_s).contains(u"lifelong-2022"_s) &&
                 rows.value(u"Profile"_s).contains(u"2022.1"_s),
             qPrintable(rows.value(u"Profile"_s)));

    QCOMPARE(rows.value(u"Workspace file"_s), QDir::toNativeSeparators(m_workspacePath));

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"aboutCopy"_s), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(u"SQLite: "_s + rows.value(u"SQLite"_s)), qPrintable(copied));
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<QDialog *>(u"aboutDialog"_s)); // deleted on close
}

QTEST_MAIN(TestHelp)
#include "TestHelp.moc"
