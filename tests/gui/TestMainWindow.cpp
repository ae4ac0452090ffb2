// The real MainWindow, driven by objectName under QT_QPA_PLATFORM=offscreen: open a workspace, create a
// batch, drop media files and a folder, edit a title in the resource editor, watch the table, the filters,
// the batch report and undo follow, and find the edit in the file after reopening it.
#include "AppSettings.h"
#include "MainWindow.h"
#include "MediaCheckPanel.h"
#include "ReportDock.h"
#include "ReportModel.h"
#include "ResourceEditor.h"
#include "ResourceTableModel.h"
#include "TestSupport.h"
#include "Translations.h"
#include "WorkspaceController.h"
#include "metadata/DraftCreator.h"
#include "profile/ProfileLoader.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/UnitStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
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
    void reportMessageSelectsResourceAndField();
    void languageSwitchRelabels();
    void reopenedWorkspaceHoldsTheEdit();
    void screenshots();
    void toolDialogsOpen();
    void unitMenuToolBarAndFind();
    void largeBatchLoads();
    void largeBatchStatusesArriveWhileBrowsing();

private:
    template <typename T> T *find(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QLatin1StringView(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    QAbstractItemModel *table() const { return find<QTableView>("resourceTable")->model(); }
    int rowWithTitle(const QString &title) const;
    bool selectResource(qint64 id) const { return m_window->selectResource(id); }
    QString cell(int row, int column) const { return table()->index(row, column).data().toString(); }
    void answerNextInputDialog(const QString &text);
    void makeMedia();
    // Idempotent set-ups: each test function makes the state it needs when an earlier one has not, so
    // that any of them runs alone (`test_main_window searchAndStatusFilter`).
    void ensureWorkspaceWithBatch(); // the test workspace (or its copy) open, a batch selected
    void ensureDrafts();             // ... holding the three drafts of the media folder
    void selectEditedResource();     // ... the alpha draft selected and shown in the editor
    void typeTitle(const QString &title);
    void ensureEditedTitle(bool undoable); // ... its title m_editedTitle, by an edit undo can take back
    QString largeWorkspace();              // the 10,000-resource workspace, created when missing
    QString showcaseWorkspace();           // a filled workspace for the screenshots

    QTemporaryDir m_dir;
    QString m_workspacePath;
    QString m_mediaDir;
    QString m_strayFile;
    MainWindow *m_window = nullptr;
    qint64 m_editedId = 0;
    QString m_editedTitle = u"航空发动机原理 turbine"_s;
    QString m_largePath;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QCoreApplication::setOrganizationName(u"SubmitDeskTest"_s);
    QCoreApplication::setApplicationName(u"SubmitDeskTest"_s);
    QSettings().clear();
    Translations::install(u"en"_s);
    QVERIFY(m_dir.isValid());
    if (!TestSupport::haveProgram(u"ffmpeg"_s))
        QSKIP("ffmpeg is needed to make the media files");
    makeMedia();
    m_workspacePath = m_dir.filePath(u"gui.submitdesk"_s);
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanupTestCase()
{
    delete m_window;
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
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            dialog->setTextValue(text);
            dialog->accept();
            timer->deleteLater();
        }
    });
    timer->start();
}

int TestMainWindow::rowWithTitle(const QString &title) const
{
    for (int row = 0; row < table()->rowCount(); ++row)
        if (cell(row, ResourceTableModel::TitleColumn) == title)
            return row;
    return -1;
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
    QVERIFY(m_window->windowTitle().contains(u"gui.submitdesk"_s));
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
    QVERIFY(m_window->windowTitle().contains(u"copy.submitdesk"_s));
    QTRY_COMPARE(table()->rowCount(), 3);
    QVERIFY(rowWithTitle(m_editedTitle) >= 0);
}

// A workspace as a unit fills it: the unit and its responsible person, one batch of seven resources of the
// three types, four complete and three with fields missing. Empty on failure (with a warning).
QString TestMainWindow::showcaseWorkspace()
{
    const QString media = m_dir.filePath(u"showcase"_s);
    const QString path = m_dir.filePath(u"showcase.submitdesk"_s);
    QDir().mkpath(media);
    const QList<std::pair<QString, QString>> files{
        {u"航空发动机原理.mp4"_s, u"testsrc2=size=320x180:rate=25"_s},
        {u"人工智能通识第一讲.mp4"_s, u"testsrc=size=320x180:rate=25"_s},
        {u"中国书画鉴赏.mp4"_s, u"smptebars=size=320x180:rate=25"_s},
        {u"家庭教育漫谈.mp3"_s, u"sine=frequency=220"_s},
        {u"老年营养膳食讲座.mp3"_s, u"sine=frequency=550"_s},
        {u"cover.jpg"_s, u"testsrc2=size=320x180"_s},
    };
    QStringList sources;
    for (const auto &[name, source] : files) {
        const QString file = media + u'/' + name;
        QStringList args{u"-y"_s, u"-v"_s, u"error"_s, u"-f"_s, u"lavfi"_s, u"-i"_s, source};
        args += name.endsWith(".jpg"_L1) ? QStringList{u"-frames:v"_s, u"1"_s}
                                         : QStringList{u"-t"_s, u"1"_s, u"-pix_fmt"_s, u"yuv420p"_s};
        if (TestSupport::run(u"ffmpeg"_s, args + QStringList{file}).exitCode != 0)
            return QString();
        if (!name.endsWith(".jpg"_L1))
            sources.append(file);
    }
    sources += {u"https://le.example.edu.cn/course/10086"_s, u"https://le.example.edu.cn/course/20031"_s};
    Workspace workspace;
    Profile profile;
    QString error;
    Batch batch;
    if (!workspace.open(path, &error) ||
        !ProfileLoader::loadBuiltin(workspace.profileId(), &profile, &error) ||
        !BatchStore(workspace).findOrCreate(u"2022年第一批"_s, &batch, &error)) {
        qWarning("%s", qPrintable(error));
        return QString();
    }
    UnitStore units(workspace);
    Unit unit = units.primary();
    unit.name = u"北京市东城区社区教育学院"_s;
    unit.person = u"王丽华"_s;
    unit.title = u"教务处主任"_s;
    unit.phone = u"010-64012345"_s;
    unit.mobile = u"13800138000"_s;
    unit.email = u"wanglh@example.edu.cn"_s;
    if (!units.save(&unit, &error))
        qWarning("%s", qPrintable(error));
    const QList<DraftCreator::Outcome> drafts = DraftCreator(workspace, profile).create(batch.id, sources);
    const QString holder = unit.name;
    const QList<QMap<QString, QString>> values{
        {{u"title"_s, u"航空发动机原理"_s},
         {u"summary"_s, u"本课程系统介绍航空发动机的基本原理、主要部件与发展趋势，适合社区学员学习。"_s},
         {u"created"_s, u"2022-03-23"_s},
         {u"speakers"_s, u"张建华;朱新"_s},
         {u"category"_s, u"科学文化-航空知识-航空发动机"_s},
         {u"keywords"_s, u"航空;发动机"_s},
         {u"clicks"_s, u"36500"_s},
         {u"learners"_s, u"23500"_s}},
        {{u"title"_s, u"人工智能通识第一讲"_s},
         {u"summary"_s, u"从日常生活中的例子出发，讲解人工智能的基本概念、发展历史与伦理问题。"_s},
         {u"created"_s, u"2022-04-08"_s},
         {u"speakers"_s, u"李明"_s},
         {u"category"_s, u"职业技能-信息技术-人工智能"_s}},
        {{u"title"_s, u"中国书画鉴赏"_s},
         {u"summary"_s, u"书画鉴赏入门"_s},
         {u"category"_s, u"生活休闲-艺术修养-书画"_s}},
        {{u"title"_s, u"家庭教育漫谈"_s},
         {u"summary"_s, u"围绕亲子沟通、习惯养成与家校合作，分享家庭教育中的常见问题与应对方法。"_s},
         {u"created"_s, u"2022-02-15"_s},
         {u"speakers"_s, u"(藏族)班班多杰"_s},
         {u"category"_s, u"生活休闲-家庭教育-亲子教育"_s}},
        {{u"title"_s, u"老年营养膳食讲座"_s}, {u"created"_s, u"2022-05-20"_s}},
        {{u"title"_s, u"社区治理网络课程"_s},
         {u"summary"_s, u"面向社区工作者的网络课程，涵盖社区治理的政策、方法与典型案例。"_s},
         {u"created"_s, u"2021-11-30"_s},
         {u"speakers"_s, u"赵强;孙悦"_s},
         {u"category"_s, u"职业技能-现代服务-养老服务"_s},
         {u"protection_level"_s, u"3"_s},
         {u"filing_number"_s, u"11010813001-20001"_s}},
        {{u"title"_s, u"摄影入门"_s}, {u"protection_level"_s, u"2"_s}},
    };
    ResourceStore store(workspace);
    for (qsizetype i = 0; i < drafts.size() && i < values.size(); ++i) {
        QMap<QString, QString> v = values.at(i);
        const bool complete = v.contains(u"speakers"_s);
        if (complete)
            v.insert(u"copyright"_s, holder);
        if (!store.setValues(drafts.at(i).resourceId, v, &error) ||
            (complete &&
             store.replaceFile(drafts.at(i).resourceId, u"cover"_s, media + u"/cover.jpg"_s, &error) == 0))
            qWarning("%s", qPrintable(error));
    }
    return path;
}

// Not a check: with SUBMITDESK_SCREENSHOT_DIR set (run under xvfb-run with QT_QPA_PLATFORM=xcb), saves
// screenshot-main-zh.png, screenshot-main-en.png and screenshot-export-zh.png of a filled workspace, and
// opens the window's dialogs for a look (screenshot-<dialog>-<language>.png, not for docs/).
void TestMainWindow::screenshots()
{
    const QString dir = qEnvironmentVariable("SUBMITDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("SUBMITDESK_SCREENSHOT_DIR is not set");
    const QString path = showcaseWorkspace();
    QVERIFY(!path.isEmpty());
    QString error;
    const QString before = m_window->controller().path();
    QVERIFY2(m_window->openWorkspace(path, &error), qPrintable(error));
    m_window->resize(1280, 800);
    QTRY_VERIFY(find<ReportDock>("reportDock")->isUpToDate());
    const int incomplete = rowWithTitle(u"中国书画鉴赏"_s);
    QVERIFY(incomplete >= 0);
    QVERIFY(
        selectResource(table()->index(incomplete, 0).data(ResourceTableModel::ResourceIdRole).toLongLong()));
    const qint64 shown = m_window->currentResourceId();
    m_window->statusBar()->clearMessage(); // "Opened a batch…" was said in the language before
    auto save = [&dir](QWidget *widget, const QString &name) {
        const QString file = dir + u'/' + name + u".png"_s;
        QVERIFY(widget->grab().save(file));
        qInfo("saved %s", qPrintable(file));
    };
    for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
        const QString suffix = language == "en"_L1 ? u"en"_s : u"zh"_s;
        m_window->setLanguage(language);
        QTest::qWait(400); // the editor is rebuilt, the report refreshed
        QVERIFY(m_window->editor());
        QTRY_COMPARE(m_window->editor()->resourceId(), shown);
        QTRY_VERIFY(find<ReportDock>("reportDock")->isUpToDate());
        QTest::qWait(200);
        save(m_window, u"screenshot-main-"_s + suffix);
        for (const char *name : {"actionExportPackage", "actionRegistration", "actionImportSheet",
                                 "actionOpenPackage", "actionVerifyPackage"}) {
            find<QAction>(name)->trigger();
            QDialog *dialog = nullptr;
            QTRY_VERIFY2((dialog = m_window->findChild<QDialog *>()) && dialog->isVisible(), name);
            QTest::qWait(200);
            if (qstrcmp(name, "actionExportPackage") == 0) { // the refusal lists what stops the export
                if (auto *start = dialog->findChild<QPushButton *>(u"exportStart"_s))
                    start->click();
                QTest::qWait(300);
                save(dialog, u"screenshot-export-"_s + suffix);
            } else {
                save(dialog, u"screenshot-"_s + QString::fromLatin1(name + 6).toLower() + u'-' + suffix);
            }
            dialog->close();
            QTRY_VERIFY(!m_window->findChild<QDialog *>());
        }
    }
    QVERIFY2(m_window->openWorkspace(before.isEmpty() ? m_workspacePath : before, &error), qPrintable(error));
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

QString TestMainWindow::largeWorkspace()
{
    if (!m_largePath.isEmpty())
        return m_largePath;
    // 10,000 resources (online-course links: no media files needed), created in one transaction.
    const QString path = m_dir.filePath(u"large.submitdesk"_s);
    {
        Workspace workspace;
        Profile profile;
        QString error;
        Batch batch;
        if (!workspace.open(path, &error) ||
            !ProfileLoader::loadBuiltin(workspace.profileId(), &profile, &error) ||
            !BatchStore(workspace).findOrCreate(u"Large"_s, &batch, &error)) {
            qWarning("%s", qPrintable(error));
            return QString();
        }
        QStringList links;
        for (int i = 0; i < 10000; ++i)
            links.append(u"https://course%1.example.org/lesson/%2"_s.arg(i % 97).arg(i));
        const QList<DraftCreator::Outcome> outcomes =
            DraftCreator(workspace, profile).create(batch.id, links);
        [&] { QCOMPARE(outcomes.size(), 10000); }();
        if (QTest::currentTestFailed())
            return QString();
    }
    m_largePath = path;
    return path;
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

void TestMainWindow::largeBatchLoads()
{
    const QString path = largeWorkspace();
    if (QTest::currentTestFailed())
        return;
    // What the user waits for: the window shows the first screen of the list at once; the rest of the
    // rows and the statuses follow from the event loop and the background check.
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(m_window->openWorkspace(path, &error), qPrintable(error));
    const qint64 openMs = timer.elapsed();
    ResourceTableModel *model = m_window->resourceModel();
    QVERIFY(table()->rowCount() > 0);
    QVERIFY2(model->rowCount() <= ResourceTableModel::FirstPageRows,
             "the whole list was read before showing");
    QTRY_COMPARE_WITH_TIMEOUT(table()->rowCount(), 10000, 20000);
    const qint64 rowsMs = timer.elapsed();
    auto *report = find<ReportDock>("reportDock");
    QTRY_VERIFY_WITH_TIMEOUT(report->isUpToDate(), 60000);
    const qint64 checkedMs = timer.elapsed();
    QVERIFY(model->statusesKnown());
    QVERIFY(report->errorCount() >= 10000); // every draft lacks its summary at least
    for (int row : {0, 4999, 9999})
        QVERIFY(table()->index(row, 0).data(ResourceTableModel::ErrorCountRole).toInt() > 0);
    auto *status = find<QComboBox>("statusFilter");
    status->setCurrentIndex(1); // with errors: every draft
    QCOMPARE(table()->rowCount(), 10000);
    status->setCurrentIndex(0);
    timer.restart();
    find<QTableView>("resourceTable")->sortByColumn(ResourceTableModel::TitleColumn, Qt::AscendingOrder);
    const qint64 sortMs = timer.elapsed();
    timer.restart();
    find<QLineEdit>("searchEdit")->setText(u"lesson/9999"_s);
    QCOMPARE(table()->rowCount(), 1);
    const qint64 searchMs = timer.elapsed();
    find<QLineEdit>("searchEdit")->clear();
    find<QTableView>("resourceTable")->sortByColumn(ResourceTableModel::PositionColumn, Qt::AscendingOrder);
    qInfo("10,000 resources: open until the first page shows %lld ms (model %lld ms), all rows %lld ms, "
          "all statuses and the report %lld ms; sort by title %lld ms, search %lld ms",
          openMs, model->lastLoadMs(), rowsMs, checkedMs, sortMs, searchMs);
}

void TestMainWindow::largeBatchStatusesArriveWhileBrowsing()
{
    // The large workspace is open (largeBatchLoads). Opened again, the statuses are unknown at first:
    // sorting by status puts them last, the status filters leave them out, and all arrive later.
    QString error;
    const QString path = largeWorkspace();
    QVERIFY(!path.isEmpty());
    m_window->controller().close();
    QVERIFY2(m_window->openWorkspace(path, &error), qPrintable(error));
    ResourceTableModel *model = m_window->resourceModel();
    QVERIFY(!model->statusesKnown());
    QCOMPARE(model->index(0, ResourceTableModel::StatusColumn).data().toString(), u"checking…"_s);
    QVERIFY(!model->index(0, 0).data(ResourceTableModel::StatusKnownRole).toBool());
    QVERIFY(!model->index(0, 0).data(ResourceTableModel::ErrorCountRole).isValid());
    auto *status = find<QComboBox>("statusFilter");
    status->setCurrentIndex(2); // complete: none known yet, and none will be
    QCOMPARE(table()->rowCount(), 0);
    status->setCurrentIndex(1); // with errors: grows as results arrive
    QTRY_COMPARE_WITH_TIMEOUT(table()->rowCount(), 10000, 60000);
    status->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(find<ReportDock>("reportDock")->isUpToDate(), 60000);
    // A report message about the last resource selects it (its row is found even if not read before).
    QVERIFY(selectResource(model->resourceIdAt(9999)));
    QCOMPARE(m_window->currentResourceId(), model->resourceIdAt(9999));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
