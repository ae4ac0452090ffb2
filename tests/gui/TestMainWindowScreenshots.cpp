// Not a check of its own: the screenshots of a filled workspace for the README, taken from the real
// MainWindow, and of the registration dialog. The `screenshots` CTest test (-DSUBMITDESK_SCREENSHOTS=ON,
// label screenshots, outside the default run) sets SUBMITDESK_SCREENSHOT_DIR; without it this fails.
#include "MainWindowFixture.h"
#include "RegistrationDialog.h"
#include "ReportDock.h"
#include "ResourceEditor.h"
#include "TempWorkspace.h"
#include "TestSupport.h"
#include "WorkspaceController.h"
#include "metadata/DraftCreator.h"
#include "profile/ProfileLoader.h"
#include "registration/RegistrationUnit.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/UnitStore.h"

#include <QAction>
#include <QDialog>
#include <QImage>
#include <QPushButton>
#include <QStatusBar>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestMainWindowScreenshots : public MainWindowFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { tearDownWindow(); }
    void screenshots();
    void registrationDialog();

private:
    QString showcaseWorkspace(); // a filled workspace for the screenshots
    QString m_out;               // SUBMITDESK_SCREENSHOT_DIR
};

namespace {
// Saves the widget as <dir>/<name>.png; true when a picture of the widget's size is there.
bool saveShot(QWidget *widget, const QString &dir, const QString &name)
{
    const QString file = dir + u'/' + name + u".png"_s;
    if (!widget->grab().save(file))
        return false;
    qInfo("saved %s", qPrintable(file));
    const QImage written(file);
    return !written.isNull() && written.size() == widget->grab().size();
}
} // namespace

void TestMainWindowScreenshots::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_out = qEnvironmentVariable("SUBMITDESK_SCREENSHOT_DIR");
    if (m_out.isEmpty())
        QFAIL("SUBMITDESK_SCREENSHOT_DIR is not set: run the screenshots test (ctest -L screenshots)");
    QVERIFY2(QDir().mkpath(m_out), qPrintable(m_out));
    if (!TestSupport::haveProgram(u"ffmpeg"_s))
        QFAIL("ffmpeg is needed to make the media files");
    setUpWindow();
}

// A workspace as a unit fills it: the unit and its responsible person, one batch of seven resources of the
// three types, four complete and three with fields missing. Empty on failure (with a warning).
QString TestMainWindowScreenshots::showcaseWorkspace()
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

// Saves screenshot-main-zh.png, screenshot-main-en.png and screenshot-export-zh.png of a filled workspace,
// and opens the window's dialogs for a look (screenshot-<dialog>-<language>.png, not for docs/).
void TestMainWindowScreenshots::screenshots()
{
    const QString &dir = m_out;
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
    for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
        const QString suffix = language == "en"_L1 ? u"en"_s : u"zh"_s;
        m_window->setLanguage(language);
        QTest::qWait(400); // the editor is rebuilt, the report refreshed
        QVERIFY(m_window->editor());
        QTRY_COMPARE(m_window->editor()->resourceId(), shown);
        QTRY_VERIFY(find<ReportDock>("reportDock")->isUpToDate());
        QTest::qWait(200);
        QVERIFY(saveShot(m_window, dir, u"screenshot-main-"_s + suffix));
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
                QVERIFY(saveShot(dialog, dir, u"screenshot-export-"_s + suffix));
            } else {
                QVERIFY2(saveShot(dialog, dir,
                                  u"screenshot-"_s + QString::fromLatin1(name + 6).toLower() + u'-' + suffix),
                         name);
            }
            dialog->close();
            QTRY_VERIFY(!m_window->findChild<QDialog *>());
        }
    }
    QVERIFY2(m_window->openWorkspace(before.isEmpty() ? m_workspacePath : before, &error), qPrintable(error));
}

// The registration dialog with a unit whose mobile number is one digit short: registration-dialog.png.
void TestMainWindowScreenshots::registrationDialog()
{
    TempWorkspace tw;
    QVERIFY2(tw.isValid(), qPrintable(tw.error()));
    Unit unit;
    UnitStore store(tw.workspace());
    QString error;
    QVERIFY(RegistrationUnit::load(store, &unit, &error));
    unit.name = u"北京市教育委员会"_s;
    unit.person = u"张三"_s;
    unit.title = u"处长"_s;
    unit.phone = u"010-66096459"_s;
    unit.mobile = u"138 0013 800"_s; // one digit short: shows the inline message
    unit.email = u"zhangsan@jw.beijing.gov.cn"_s;
    QVERIFY(store.save(&unit, &error));
    RegistrationDialog dialog(tw.workspace(), tw.profile(), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(saveShot(&dialog, m_out, u"registration-dialog"_s));
}

QTEST_MAIN(TestMainWindowScreenshots)
#include "TestMainWindowScreenshots.moc"
