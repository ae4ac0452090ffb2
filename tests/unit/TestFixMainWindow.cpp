// Replace media file and Make compliant in the real MainWindow (offscreen, by objectName): a replacement
// keeps the metadata and is one undo step; a fixed file replaces the failing one (undoable, the original
// in the history); the plan dialog shows the plan in plain words with the details hidden; the queue dock
// shows the job with its progress and a notice when done.

#include "MainWindow.h"
#include "MediaFactory.h"
#include "TestSupport.h"
#include "Translations.h"
#include "WorkspaceController.h"
#include "fix/FixController.h"
#include "fix/FixPlanDialog.h"
#include "fix/FixQueue.h"
#include "workspace/MediaReplacement.h"
#include "workspace/ResourceStore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestFixMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void menuHasTheActions();
    void replaceKeepsMetadataAndUndoes();
    void planDialogShowsPlainWords();
    void fixedFileReplacesTheFailingOne();
    void chineseScreenshots();

private:
    QString mediaOf(qint64 id) const
    {
        Resource r;
        ResourceStore(m_window->controller().workspace()).load(id, &r);
        const auto media = r.filesWithRole(u"media"_s);
        return media.isEmpty() ? QString() : media.first().path;
    }
    QString titleOf(qint64 id) const
    {
        Resource r;
        ResourceStore(m_window->controller().workspace()).load(id, &r);
        return r.value(u"title"_s);
    }
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    qint64 m_id = 0;
};

void TestFixMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SubmitDeskTest"_s);
    QCoreApplication::setApplicationName(u"SubmitDeskFixTest"_s);
    QSettings().clear();
    Translations::install(u"en"_s);
    QVERIFY(m_dir.isValid());
    if (!MediaFactory::haveFfmpeg())
        QSKIP("ffmpeg is needed to make the media files");
    QString error;
    MediaFactory::Video v;
    v.rate = u"24"_s; // fails the frame-rate rule: the fix transcodes
    v.seconds = 1;
    QVERIFY2(MediaFactory::makeVideo(m_dir.filePath(u"lecture.mp4"_s), v, &error), qPrintable(error));
    v.rate = u"25"_s;
    QVERIFY2(MediaFactory::makeVideo(m_dir.filePath(u"other.mp4"_s), v, &error), qPrintable(error));
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY2(m_window->openWorkspace(m_dir.filePath(u"fix.submitdesk"_s), &error), qPrintable(error));
    const auto added = m_window->addSources({m_dir.filePath(u"lecture.mp4"_s)});
    QCOMPARE(added.size(), 1);
    m_id = added.first().resourceId;
    QVERIFY(m_id != 0);
    QVERIFY(m_window->selectResource(m_id));
    QVERIFY(
        ResourceStore(m_window->controller().workspace()).setValue(m_id, u"title"_s, u"第一讲"_s, &error));
}

void TestFixMainWindow::cleanupTestCase()
{
    delete m_window;
}

void TestFixMainWindow::menuHasTheActions()
{
    for (const char *name : {"actionReplaceMedia", "actionMakeCompliant", "actionShowFixQueue"})
        QVERIFY2(m_window->findChild<QAction *>(QLatin1StringView(name)), name);
    QCOMPARE(m_window->findChild<QAction *>(u"actionMakeCompliant"_s)->text(), u"Make &compliant…"_s);
}

void TestFixMainWindow::replaceKeepsMetadataAndUndoes()
{
    const QString before = mediaOf(m_id);
    const int steps = m_window->undoStack()->count();
    QString error;
    QVERIFY2(m_window->fixController()->replaceMedia(m_id, m_dir.filePath(u"other.mp4"_s), &error),
             qPrintable(error));
    QCOMPARE(mediaOf(m_id), m_dir.filePath(u"other.mp4"_s));
    QCOMPARE(titleOf(m_id), u"第一讲"_s);
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    m_window->undoStack()->undo();
    QCOMPARE(mediaOf(m_id), before);
    QCOMPARE(titleOf(m_id), u"第一讲"_s);
    m_window->undoStack()->redo();
    QCOMPARE(mediaOf(m_id), m_dir.filePath(u"other.mp4"_s));
    m_window->undoStack()->undo();
    QCOMPARE(mediaOf(m_id), before);
    // a file that is not there changes nothing and pushes nothing
    QVERIFY(!m_window->fixController()->replaceMedia(m_id, m_dir.filePath(u"gone.mp4"_s), &error));
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    QCOMPARE(m_window->undoStack()->index(), steps);
}

void TestFixMainWindow::planDialogShowsPlainWords()
{
    FixPlanDialog dialog(mediaOf(m_id), u"video"_s, m_window->controller().profile().technical, m_window);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 20000);
    const QString changes = dialog.findChild<QLabel *>(u"fixPlanChanges"_s)->text();
    QVERIFY2(changes.contains("25.00 fps"_L1), qPrintable(changes));
    QVERIFY2(changes.contains("Estimated size"_L1), qPrintable(changes));
    auto *details = dialog.findChild<QPlainTextEdit *>(u"fixPlanDetails"_s);
    QVERIFY(!details->isVisibleTo(&dialog)); // ffmpeg only behind "Details"
    QVERIFY(details->toPlainText().contains("libx264"_L1));
}

void TestFixMainWindow::fixedFileReplacesTheFailingOne()
{
    const QString original = mediaOf(m_id);
    FixController *fix = m_window->fixController();
    QSignalSpy replaced(fix, &FixController::mediaReplaced);
    QString error;
    QVERIFY2(fix->enqueue(m_id, {}, &error) != 0, qPrintable(error));
    auto *jobs = m_window->findChild<QTreeWidget *>(u"fixJobs"_s);
    QCOMPARE(jobs->topLevelItemCount(), 1);
    QVERIFY(jobs->itemWidget(jobs->topLevelItem(0), 1)->inherits("QProgressBar"));
    QVERIFY(replaced.wait(120000));
    const QString fixed = mediaOf(m_id);
    QVERIFY(fixed.startsWith(fix->mediaFolder()));
    QCOMPARE(titleOf(m_id), u"第一讲"_s);
    QVERIFY(m_window->findChild<QLabel *>(u"fixNotice"_s)->text().contains("now meets the standard"_L1));
    QCOMPARE(qobject_cast<QProgressBar *>(jobs->itemWidget(jobs->topLevelItem(0), 1))->value(), 1000);
    QList<FileHistoryEntry> history;
    QVERIFY(MediaReplacement(m_window->controller().workspace()).history(m_id, &history, &error));
    QCOMPARE(history.last().path, original);
    QCOMPARE(history.last().reason, u"fix"_s);
    m_window->undoStack()->undo();
    QCOMPARE(mediaOf(m_id), original);
    QVERIFY(QFile::exists(fixed)); // undo never deletes a file
}

// With SUBMITDESK_SCREENSHOT_DIR set: the plan dialog and the queue at work, in Chinese, for docs/ and the
// guide.
void TestFixMainWindow::chineseScreenshots()
{
    const QString dir = qEnvironmentVariable("SUBMITDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("SUBMITDESK_SCREENSHOT_DIR is not set");
    m_window->setLanguage(u"zh_CN"_s);
    {
        FixPlanDialog dialog(mediaOf(m_id), u"video"_s, m_window->controller().profile().technical, m_window);
        dialog.QDialog::show();
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 20000);
        QVERIFY(dialog.grab().save(dir + u"/fix-plan-zh_CN.png"_s));
    }
    FixController *fix = m_window->fixController();
    QSignalSpy replaced(fix, &FixController::mediaReplaced);
    QString error;
    QVERIFY2(fix->enqueue(m_id, {}, &error) != 0, qPrintable(error));
    auto *jobs = m_window->findChild<QTreeWidget *>(u"fixJobs"_s);
    const int last = jobs->topLevelItemCount() - 1;
    QTRY_VERIFY_WITH_TIMEOUT(
        qobject_cast<QProgressBar *>(jobs->itemWidget(jobs->topLevelItem(last), 1))->value() > 50, 60000);
    QVERIFY(m_window->grab().save(dir + u"/fix-queue-zh_CN.png"_s));
    QVERIFY(replaced.wait(120000));
    m_window->setLanguage(QString());
}

QTEST_MAIN(TestFixMainWindow)
#include "TestFixMainWindow.moc"
