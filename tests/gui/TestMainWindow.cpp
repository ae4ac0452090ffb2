// The real MainWindow, driven by objectName under QT_QPA_PLATFORM=offscreen: open a workspace, create a
// batch, drop media files and a folder, edit a title in the resource editor, watch the table, the filters,
// the batch report and undo follow, and find the edit in the file after reopening it. The 10,000-resource
// batch is TestMainWindowLargeBatch's, the screenshots TestMainWindowScreenshots'.
#include "AppSettings.h"
#include "MainWindowFixture.h"
#include "MediaCheckPanel.h"
#include "ReportDock.h"
#include "ReportModel.h"
#include "ResourceEditor.h"
#include "TestSupport.h"
#include "WorkspaceController.h"
#include "workspace/ResourceStore.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QAudioOutput>
#include <QComboBox>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMediaPlayer>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVideoSink>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public MainWindowFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensWorkspaceAndCreatesBatch();
    void droppedFilesAndFoldersBecomeDrafts();
    void selectingShowsResourceInEditor();
    void editingTitleUpdatesStatusAndReport();
    void searchAndStatusFilter();
    void undoAndRedo();
    void failedUndoIsShown();
    void reportMessageSelectsResourceAndField();
    void languageSwitchRelabels();
    void reopenedWorkspaceHoldsTheEdit();
    void toolDialogsOpen();
    void unitMenuToolBarAndFind();
    void lastTypingIsStoredBeforeSwitchingWorkspace();
    void closesWithUndoHistory(); // last: it deletes the window

private:
    void answerNextInputDialog(const QString &text);
    void makeMedia();
    // Idempotent set-ups: each test function makes the state it needs when an earlier one has not, so
    // that any of them runs alone (`test_main_window searchAndStatusFilter`).
    void ensureWorkspaceWithBatch(); // the test workspace (or its copy) open, a batch selected
    void ensureDrafts();             // ... holding the three drafts of the media folder
    void selectEditedResource();     // ... the alpha draft selected and shown in the editor
    void typeTitle(const QString &title);
    void ensureEditedTitle(bool undoable); // ... its title m_editedTitle, by an edit undo can take back

    QString m_mediaDir;
    QString m_strayFile;
    qint64 m_editedId = 0;
    QString m_editedTitle = u"航空发动机原理 turbine"_s;
    QSet<QString> m_threadsBeforeWindow; // thread ids, as in /proc/self/task
};

namespace {
// The ids of this process's threads.
QSet<QString> threadsOfThisProcess()
{
    const QStringList ids = QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    return QSet<QString>(ids.cbegin(), ids.cend());
}

// "id (name)" of these threads, for a failure message.
QString threadNames(const QSet<QString> &ids)
{
    QStringList out;
    for (const QString &id : ids) {
        QFile comm(u"/proc/self/task/%1/comm"_s.arg(id));
        out.append(u"%1 (%2)"_s.arg(
            id, comm.open(QIODevice::ReadOnly) ? QString::fromUtf8(comm.readAll().trimmed()) : u"gone"_s));
    }
    return out.join(u", "_s);
}

// Qt Multimedia's backend (GStreamer, PulseAudio) starts threads of its own, once per process, when the first
// player loads a file (the resource editor's preview does): started before the count, they are not the
// window's.
void warmUpMultimedia(const QString &mediaFile)
{
    QMediaPlayer player;
    QAudioOutput output;
    QVideoSink sink;
    player.setAudioOutput(&output);
    player.setVideoSink(&sink);
    player.setSource(QUrl::fromLocalFile(mediaFile));
    if (!QTest::qWaitFor([&] { return player.mediaStatus() == QMediaPlayer::LoadedMedia || player.error(); },
                         10000))
        qWarning("the multimedia backend did not load %s", qPrintable(mediaFile));
}
} // namespace

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!TestSupport::haveProgram(u"ffmpeg"_s))
        QSKIP("ffmpeg is needed to make the media files");
    makeMedia();
    warmUpMultimedia(m_mediaDir + u"/alpha-lecture.mp4"_s);
    m_threadsBeforeWindow = threadsOfThisProcess();
    setUpWindow();
}

void TestMainWindow::cleanupTestCase()
{
    tearDownWindow();
}

void TestMainWindow::makeMedia()
{
    m_mediaDir = m_dir.filePath(u"media"_s);
    QVERIFY(QDir().mkpath(m_mediaDir + u"/lesson2"_s));
    const QList<QStringList> jobs{
        {u"-f"_s, u"lavfi"_s, u"-i"_s, u"testsrc=size=160x120:rate=25"_s, u"-t"_s, u"1"_s, u"-c:v"_s,
         u"libx264"_s, u"-pix_fmt"_s, u"yuv420p"_s, m_mediaDir + u"/alpha-lecture.mp4"_s},
        {u"-f"_s, u"lavfi"_s, u"-i"_s, u"sine=frequency=440:duration=1"_s, u"-c:a"_s, u"libmp3lame"_s,
         m_mediaDir + u"/beta-talk.mp3"_s},
        {u"-f"_s, u"lavfi"_s, u"-i"_s, u"testsrc=size=160x120:rate=25"_s, u"-t"_s, u"1"_s, u"-c:v"_s,
         u"libx264"_s, u"-pix_fmt"_s, u"yuv420p"_s, m_mediaDir + u"/lesson2/gamma-workshop.mp4"_s},
    };
    for (const QStringList &job : jobs) {
        const auto result = TestSupport::run(u"ffmpeg"_s, QStringList{u"-y"_s, u"-v"_s, u"error"_s} + job);
        QVERIFY2(result.exitCode == 0, result.err.constData());
    }
    QFile notes(m_mediaDir + u"/lesson2/notes.txt"_s); // inside a folder: ignored
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not media\n");
    m_strayFile = m_dir.filePath(u"readme.txt"_s); // dropped on its own: reported as skipped
    QFile stray(m_strayFile);
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.write("not media either\n");
}

void TestMainWindow::answerNextInputDialog(const QString &text)
{
    // The dialog runs its own event loop; answer it from a timer once it shows.
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, text] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (auto *input = qobject_cast<QInputDialog *>(dialog)) {
            input->setTextValue(text);
            input->accept();
            timer->deleteLater();
        } else if (dialog && dialog->objectName() == "batchNameDialog"_L1) {
            dialog->findChild<QLineEdit *>(u"batchNameEdit"_s)->setText(text);
            dialog->accept();
            timer->deleteLater();
        }
    });
    timer->start();
}

void TestMainWindow::ensureWorkspaceWithBatch()
{
    QString error;
    if (!m_window->controller().isOpen())
        QVERIFY2(m_window->openWorkspace(m_workspacePath, &error), qPrintable(error));
    if (m_window->currentBatchId() == 0) {
        answerNextInputDialog(u"Spring batch"_s);
        find<QAction>("actionNewBatch")->trigger();
        QTRY_VERIFY(m_window->currentBatchId() != 0);
    }
}

void TestMainWindow::ensureDrafts()
{
    ensureWorkspaceWithBatch();
    find<QLineEdit>("searchEdit")->clear();
    find<QComboBox>("statusFilter")->setCurrentIndex(0);
    if (m_window->resourceModel()->rowCount() == 0) {
        m_window->addSources({m_mediaDir});
        QTRY_COMPARE(table()->rowCount(), 3);
    }
    QTRY_VERIFY(find<ReportDock>("reportDock")->isUpToDate());
}

void TestMainWindow::selectEditedResource()
{
    ensureDrafts();
    if (m_editedId == 0) {
        const int row = rowWithTitle(u"alpha-lecture"_s);
        QVERIFY(row >= 0);
        m_editedId = table()->index(row, 0).data(ResourceTableModel::ResourceIdRole).toLongLong();
    }
    QVERIFY(selectResource(m_editedId));
    QTRY_VERIFY(m_window->editor() && m_window->editor()->resourceId() == m_editedId);
}

void TestMainWindow::typeTitle(const QString &title)
{
    auto *edit = m_window->editor()->findChild<QLineEdit *>(u"field_title"_s);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QInputMethodEvent input;
    input.setCommitString(title);
    QApplication::sendEvent(edit, &input);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(rowWithTitle(title) >= 0);
}

void TestMainWindow::ensureEditedTitle(bool undoable)
{
    selectEditedResource();
    if (rowWithTitle(m_editedTitle) >= 0 && (!undoable || m_window->undoStack()->canUndo()))
        return;
    if (rowWithTitle(m_editedTitle) >= 0)
        typeTitle(u"alpha-lecture"_s); // a change first, so that the edit below is one
    typeTitle(m_editedTitle);
    QTRY_VERIFY(find<ReportDock>("reportDock")->isUpToDate());
}

void TestMainWindow::opensWorkspaceAndCreatesBatch()
{
    QString error;
    QVERIFY2(m_window->openWorkspace(m_workspacePath, &error), qPrintable(error));
    // The workspace's name, not a path the user never chose to see.
    QCOMPARE(m_window->windowTitle(), u"gui — SubmitDesk"_s);
    QCOMPARE(AppSettings::recentWorkspaces().value(0), m_workspacePath);
    QCOMPARE(find<QLabel>("savedLabel")->text(), u"All changes saved"_s);
    auto *combo = find<QComboBox>("batchCombo");
    QCOMPARE(combo->count(), 0);

    answerNextInputDialog(u"Spring batch"_s);
    find<QAction>("actionNewBatch")->trigger();
    QTRY_COMPARE(combo->count(), 1);
    QCOMPARE(combo->currentText(), u"Spring batch"_s);
    QVERIFY(m_window->currentBatchId() != 0);
}

void TestMainWindow::droppedFilesAndFoldersBecomeDrafts()
{
    ensureWorkspaceWithBatch();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_mediaDir), QUrl::fromLocalFile(m_strayFile)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &drop);
    QVERIFY(drop.isAccepted());

    QTRY_COMPARE(table()->rowCount(), 3);
    QVERIFY(rowWithTitle(u"alpha-lecture"_s) >= 0);
    QVERIFY(rowWithTitle(u"gamma-workshop"_s) >= 0);
    const int audio = rowWithTitle(u"beta-talk"_s);
    QVERIFY(audio >= 0);
    QCOMPARE(cell(audio, ResourceTableModel::FileColumn), u"beta-talk.mp3"_s);
    QCOMPARE(cell(audio, ResourceTableModel::TypeColumn), u"Audio"_s);
    QCOMPARE(cell(rowWithTitle(u"alpha-lecture"_s), ResourceTableModel::TypeColumn), u"Video"_s);
    // Drafts lack the required fields: incomplete, with errors counted (by the background check).
    for (int row = 0; row < 3; ++row) {
        QTRY_VERIFY(table()->index(row, 0).data(ResourceTableModel::ErrorCountRole).toInt() > 0);
        QVERIFY(table()->index(row, 0).data(ResourceTableModel::StatusKnownRole).toBool());
        QVERIFY2(cell(row, ResourceTableModel::StatusColumn).startsWith(u"incomplete"_s),
                 qPrintable(cell(row, ResourceTableModel::StatusColumn)));
    }
    // The stray text file was reported, not added.
    QMessageBox *skipped = nullptr;
    QTRY_VERIFY((skipped = m_window->findChild<QMessageBox *>(u"skippedMessage"_s)) != nullptr);
    QVERIFY(skipped->detailedText().contains(u"readme.txt"_s));
    skipped->close();
}

void TestMainWindow::selectingShowsResourceInEditor()
{
    ensureDrafts();
    auto *view = find<QTableView>("resourceTable");
    const int row = rowWithTitle(u"alpha-lecture"_s);
    view->selectRow(row);
    m_editedId = table()->index(row, 0).data(ResourceTableModel::ResourceIdRole).toLongLong();
    QCOMPARE(m_window->currentResourceId(), m_editedId);
    QTRY_COMPARE(m_window->editor()->resourceId(), m_editedId);
    QTRY_VERIFY(m_window->editor()->isVisible());
    auto *title = m_window->editor()->findChild<QLineEdit *>(u"field_title"_s);
    QVERIFY(title);
    QTRY_COMPARE(title->text(), u"alpha-lecture"_s);
    // The media check dock follows the selection.
    QCOMPARE(find<MediaCheckPanel>("mediaCheckPanel")->currentPath(), m_mediaDir + u"/alpha-lecture.mp4"_s);
}

void TestMainWindow::editingTitleUpdatesStatusAndReport()
{
    selectEditedResource();
    auto *report = find<ReportDock>("reportDock");
    QTRY_VERIFY(report->isUpToDate());
    QVERIFY(report->errorCount() > 0);
    const int reportErrorsBefore = report->errorCount();
    const int row = rowWithTitle(u"alpha-lecture"_s);
    const int errorsBefore = table()->index(row, 0).data(ResourceTableModel::ErrorCountRole).toInt();
    auto *title = m_window->editor()->findChild<QLineEdit *>(u"field_title"_s);

    // Too long (the profile allows 100 characters): one more error, and not merely "incomplete" any more.
    const QString tooLong = QString(101, QLatin1Char('x'));
    title->selectAll();
    QTest::keyClicks(title, tooLong);
    QTest::keyClick(title, Qt::Key_Return);
    QTRY_COMPARE(rowWithTitle(tooLong) >= 0, true);
    const int tooLongRow = rowWithTitle(tooLong);
    QTRY_COMPARE(table()->index(tooLongRow, 0).data(ResourceTableModel::ErrorCountRole).toInt(),
                 errorsBefore + 1);
    QVERIFY2(cell(tooLongRow, ResourceTableModel::StatusColumn).contains(u"error"_s),
             qPrintable(cell(tooLongRow, ResourceTableModel::StatusColumn)));
    QTRY_COMPARE(report->errorCount(), reportErrorsBefore + 1);

    // A good title: back to the count before, the new title shown.
    // Typed through an input method, as Chinese is.
    m_editedTitle = u"航空发动机原理 turbine"_s;
    title->selectAll();
    QInputMethodEvent input;
    input.setCommitString(m_editedTitle);
    QApplication::sendEvent(title, &input);
    QCOMPARE(title->text(), m_editedTitle);
    QTest::keyClick(title, Qt::Key_Return);
    QTRY_VERIFY(rowWithTitle(m_editedTitle) >= 0);
    const int editedRow = rowWithTitle(m_editedTitle);
    QTRY_COMPARE(table()->index(editedRow, 0).data(ResourceTableModel::ErrorCountRole).toInt(), errorsBefore);
    QTRY_COMPARE(report->errorCount(), reportErrorsBefore);
    Resource stored;
    QVERIFY(ResourceStore(m_window->controller().workspace()).load(m_editedId, &stored));
    QCOMPARE(stored.value(u"title"_s), m_editedTitle);
}

void TestMainWindow::searchAndStatusFilter()
{
    ensureEditedTitle(false);
    auto *search = find<QLineEdit>("searchEdit");
    QTest::keyClicks(search, u"TURBINE"_s);
    QTRY_COMPARE(table()->rowCount(), 1);
    QCOMPARE(cell(0, ResourceTableModel::TitleColumn), m_editedTitle);
    search->clear();
    QTest::keyClicks(search, u".mp3"_s); // the media file name is searched too
    QTRY_COMPARE(table()->rowCount(), 1);
    QCOMPARE(cell(0, ResourceTableModel::TitleColumn), u"beta-talk"_s);
    search->clear();
    QTRY_COMPARE(table()->rowCount(), 3);

    auto *status = find<QComboBox>("statusFilter");
    status->setCurrentIndex(2); // complete
    QTRY_COMPARE(table()->rowCount(), 0);
    status->setCurrentIndex(1); // with errors
    QTRY_COMPARE(table()->rowCount(), 3);
    status->setCurrentIndex(0);
    QTRY_COMPARE(table()->rowCount(), 3);

    // Sorting by title through the header.
    auto *view = find<QTableView>("resourceTable");
    view->sortByColumn(ResourceTableModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(cell(0, ResourceTableModel::TitleColumn), u"beta-talk"_s);
    view->sortByColumn(ResourceTableModel::TitleColumn, Qt::DescendingOrder);
    QCOMPARE(cell(2, ResourceTableModel::TitleColumn), u"beta-talk"_s);
    view->sortByColumn(ResourceTableModel::PositionColumn, Qt::AscendingOrder);
}

void TestMainWindow::undoAndRedo()
{
    ensureEditedTitle(true);
    auto *undo = find<QAction>("actionUndo");
    auto *redo = find<QAction>("actionRedo");
    QVERIFY(undo->isEnabled());
    undo->trigger();
    // One undo step takes the title back to what it was before the last edit session.
    QTRY_VERIFY(rowWithTitle(m_editedTitle) < 0);
    Resource stored;
    QVERIFY(ResourceStore(m_window->controller().workspace()).load(m_editedId, &stored));
    QVERIFY(stored.value(u"title"_s) != m_editedTitle);
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QTRY_VERIFY(rowWithTitle(m_editedTitle) >= 0);
    QVERIFY(ResourceStore(m_window->controller().workspace()).load(m_editedId, &stored));
    QCOMPARE(stored.value(u"title"_s), m_editedTitle);
}

// An undo whose write fails (here: a trigger refuses every change of field values) is shown to the user,
// and the window keeps showing what the workspace holds; the step that could not be undone leaves the
// history instead of pretending to be undone.
void TestMainWindow::failedUndoIsShown()
{
    ensureEditedTitle(true);
    Workspace &workspace = m_window->controller().workspace();
    QSqlQuery q(workspace.database());
    for (const char *event : {"INSERT", "UPDATE", "DELETE"})
        QVERIFY2(q.exec(u"CREATE TEMP TRIGGER refuse_%1 BEFORE %1 ON field_values BEGIN "
                        "SELECT RAISE(ABORT, 'injected write failure'); END"_s.arg(QLatin1StringView(event))),
                 qPrintable(q.lastError().text()));
    const int steps = m_window->undoStack()->count();
    find<QAction>("actionUndo")->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"storeFailedMessage"_s)) && box->isVisible());
    // Plain words in front, the database's words in the Details (issue 16 item 2).
    QVERIFY2(!box->text().contains(u"injected write failure"_s), qPrintable(box->text()));
    QVERIFY2(box->detailedText().contains(u"injected write failure"_s), qPrintable(box->detailedText()));
    for (const char *event : {"INSERT", "UPDATE", "DELETE"})
        QVERIFY(q.exec(u"DROP TRIGGER refuse_%1"_s.arg(QLatin1StringView(event))));
    box->close();

    Resource stored;
    QVERIFY(ResourceStore(workspace).load(m_editedId, &stored));
    QCOMPARE(stored.value(u"title"_s), m_editedTitle);
    QVERIFY(rowWithTitle(m_editedTitle) >= 0);
    QCOMPARE(m_window->undoStack()->count(), steps - 1);
    QCOMPARE(m_window->undoStack()->index(), m_window->undoStack()->count());
}

void TestMainWindow::reportMessageSelectsResourceAndField()
{
    ensureDrafts();
    QTRY_VERIFY(find<ReportDock>("reportDock")->isUpToDate());
    auto *list = find<QTreeView>("reportList");
    const qint64 target =
        table()->index(rowWithTitle(u"beta-talk"_s), 0).data(ResourceTableModel::ResourceIdRole).toLongLong();
    QModelIndex message;
    for (int row = 0; row < list->model()->rowCount() && !message.isValid(); ++row) {
        const QModelIndex index = list->model()->index(row, ReportModel::MessageColumn);
        if (index.data(ReportModel::ResourceIdRole).toLongLong() == target &&
            index.data(ReportModel::FieldIdRole).toString() == "summary"_L1)
            message = index;
    }
    QVERIFY2(message.isValid(), "the report has no message about the audio draft's empty summary");
    list->scrollTo(message);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(message).center());
    QTRY_COMPARE(m_window->currentResourceId(), target);
    QTRY_COMPARE(m_window->editor()->resourceId(), target);
    QTRY_VERIFY(m_window->focusWidget() && m_window->focusWidget()->objectName() == "field_summary"_L1);
}

void TestMainWindow::languageSwitchRelabels()
{
    ensureDrafts();
    const int row = rowWithTitle(u"beta-talk"_s);
    m_window->setLanguage(u"zh_CN"_s);
    QTRY_COMPARE(cell(row, ResourceTableModel::TypeColumn), u"音频资源"_s);
    QCOMPARE(AppSettings::language(), u"zh_CN"_s);
    QVERIFY(find<QAction>("actionLanguageZh")->isChecked());
    QTRY_VERIFY(m_window->editor() != nullptr); // rebuilt for the new language
    m_window->setLanguage(u"en"_s);
    QTRY_COMPARE(cell(row, ResourceTableModel::TypeColumn), u"Audio"_s);
    QTRY_VERIFY(m_window->editor() != nullptr);
}

void TestMainWindow::reopenedWorkspaceHoldsTheEdit()
{
    ensureEditedTitle(false);
    m_window->controller().close();
    QCOMPARE(table()->rowCount(), 0);
    QVERIFY(!find<QAction>("actionAddFiles")->isEnabled());
    QString error;
    QVERIFY2(m_window->openWorkspace(m_workspacePath, &error), qPrintable(error));
    QTRY_COMPARE(find<QComboBox>("batchCombo")->currentText(), u"Spring batch"_s);
    QTRY_COMPARE(table()->rowCount(), 3);
    QVERIFY(rowWithTitle(m_editedTitle) >= 0);
    QVERIFY(!m_window->undoStack()->canUndo()); // a workspace change starts a new history

    // And read by the core alone, as another program would.
    Workspace workspace;
    QVERIFY2(workspace.open(m_workspacePath, &error), qPrintable(error));
    Resource stored;
    QVERIFY(ResourceStore(workspace).load(m_editedId, &stored));
    QCOMPARE(stored.value(u"title"_s), m_editedTitle);

    // File > Save a Copy As: the window goes on in the copy, which holds everything.
    const QString copy = m_dir.filePath(u"copy.submitdesk"_s);
    QVERIFY2(m_window->controller().saveCopyAs(copy, &error), qPrintable(error));
    QCOMPARE(m_window->controller().path(), copy);
    QCOMPARE(m_window->windowTitle(), u"copy — SubmitDesk"_s);
    QTRY_COMPARE(table()->rowCount(), 3);
    QVERIFY(rowWithTitle(m_editedTitle) >= 0);
}

void TestMainWindow::toolDialogsOpen()
{
    ensureDrafts();
    for (const char *name :
         {"actionRegistration", "actionExportPackage", "actionImportSheet", "actionVerifyPackage"}) {
        auto *action = find<QAction>(name);
        QVERIFY(action);
        QVERIFY2(action->isEnabled(), name);
        action->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY2((dialog = m_window->findChild<QDialog *>()) && dialog->isVisible(), name);
        dialog->close(); // deletes itself
        QTRY_VERIFY(!m_window->findChild<QDialog *>());
    }
}

void TestMainWindow::unitMenuToolBarAndFind()
{
    ensureDrafts();
    // The registration form is the unit's, in its own menu, as the batch report's hint says.
    auto *registration = find<QAction>("actionRegistration");
    QVERIFY(find<QMenu>("menuUnit")->actions().contains(registration));
    QVERIFY(!find<QMenu>("menuBatch")->actions().contains(registration));
    // The toolbar's buttons say what they do, with their shortcut.
    auto *toolBar = find<QToolBar>("mainToolBar");
    for (const char *name : {"actionAddFiles", "actionUndo", "actionValidateBatch", "actionExportPackage"}) {
        auto *action = find<QAction>(name);
        QVERIFY2(toolBar->actions().contains(action), name);
        QVERIFY2(!action->shortcut().isEmpty(), name);
        QVERIFY2(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)), name);
    }
    // Find puts the cursor in the search box with its text selected.
    auto *search = find<QLineEdit>("searchEdit");
    search->setText(u"beta"_s);
    find<QTableView>("resourceTable")->setFocus();
    find<QAction>("actionFind")->trigger();
    QTRY_COMPARE(m_window->focusWidget(), search);
    QCOMPARE(search->selectedText(), u"beta"_s);
    search->clear();
    // Validate checks the batch again; the report says so until done, then holds the same findings.
    const int errors = find<ReportDock>("reportDock")->errorCount();
    find<QAction>("actionValidateBatch")->trigger();
    QVERIFY(!find<ReportDock>("reportDock")->isUpToDate());
    QTRY_VERIFY(find<ReportDock>("reportDock")->isUpToDate());
    QCOMPARE(find<ReportDock>("reportDock")->errorCount(), errors);
    // The counts name the whole batch in one sentence.
    QTRY_COMPARE(find<QLabel>("countLabel")->text(), u"3 resources, 3 with errors"_s);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"

// Typing and, before the store delay has passed, opening another workspace: the value goes into the file
// it was typed for, and nothing of it into the other one.
void TestMainWindow::lastTypingIsStoredBeforeSwitchingWorkspace()
{
    selectEditedResource();
    const QString first = m_window->controller().path();
    auto *edit = m_window->editor()->findChild<QLineEdit *>(u"field_title"_s);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QInputMethodEvent input;
    input.setCommitString(u"切换前的最后输入"_s); // no Return: the store is still only scheduled
    QApplication::sendEvent(edit, &input);
    QString error;
    const QString other = m_dir.filePath(u"other.submitdesk"_s);
    QVERIFY2(m_window->openWorkspace(other, &error), qPrintable(error));
    {
        Workspace w;
        QVERIFY2(w.open(first, &error), qPrintable(error));
        Resource stored;
        QVERIFY(ResourceStore(w).load(m_editedId, &stored));
        QCOMPARE(stored.value(u"title"_s), u"切换前的最后输入"_s);
        Workspace o;
        QVERIFY2(o.open(other, &error), qPrintable(error));
        QVERIFY(!ResourceStore(o).load(m_editedId, &stored));
    }
    QVERIFY2(m_window->openWorkspace(first, &error), qPrintable(error));
    m_editedTitle = u"切换前的最后输入"_s;
}

// Closing the window while edits can still be undone must not touch the window's parts after they are
// gone (the undo stack, deleted last, announces its clearing). What was typed last, not yet stored, is in
// the file afterwards, and no thread the window started is left running.
void TestMainWindow::closesWithUndoHistory()
{
    ensureEditedTitle(true);
    QVERIFY(m_window->undoStack()->canUndo());
    const QString path = m_window->controller().path();
    auto *edit = m_window->editor()->findChild<QLineEdit *>(u"field_title"_s);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QInputMethodEvent input;
    input.setCommitString(u"关闭前的最后输入"_s); // no Return: the store is still only scheduled
    QApplication::sendEvent(edit, &input);
    find<QAction>("actionValidateBatch")->trigger(); // and the batch check is busy in the background
    QVERIFY(!find<ReportDock>("reportDock")->isUpToDate());

    tearDownWindow(); // crashed before MainWindow's destructor cut the undo stack's connections
    QVERIFY(!m_window);

    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(path, &error), qPrintable(error));
    Resource stored;
    QVERIFY(ResourceStore(workspace).load(m_editedId, &stored));
    QCOMPARE(stored.value(u"title"_s), u"关闭前的最后输入"_s);
    // Nothing of the window runs on Qt's shared pool; its idle workers (Qt scales images with it) are ended
    // so that they do not count below.
    QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    // Every thread now running ran before the window was made (the kernel drops a joined thread a moment
    // after the join; a worker left running would stay). The preview's GStreamer pipeline ran on GLib's
    // thread pool, which ends an idle worker 15 s after its last job: hence the 20 s.
    QTRY_VERIFY2_WITH_TIMEOUT(
        threadsOfThisProcess().subtract(m_threadsBeforeWindow).isEmpty(),
        qPrintable(u"threads left: "_s + threadNames(threadsOfThisProcess().subtract(m_threadsBeforeWindow))),
        20000);
}
