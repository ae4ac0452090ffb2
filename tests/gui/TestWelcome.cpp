// Issue 16, point 5: the first-run welcome appears once, can be skipped, creates the unit with the
// registration form's checks; the checklist shows where the batch stands; the default workspace is in a
// visible folder unless one exists in the old place.

#include "MainWindowFixture.h"

#include "WorkspaceController.h"
#include "common/AppPaths.h"
#include "package/CampaignChecklist.h"
#include "welcome/ChecklistPanel.h"
#include "welcome/WelcomeController.h"
#include "welcome/WelcomeDialog.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/UnitStore.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestWelcome : public MainWindowFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { tearDownWindow(); }
    void appearsOnceAndCreatesTheUnit();
    void skipWorks();
    void checklistFollowsTheBatch();
    void defaultWorkspaceIsVisibleUnlessAnOldOneExists();

private:
    WelcomeController *controller() const { return find<WelcomeController>("welcomeController"); }
    Unit unit() const;
};

void TestWelcome::initTestCase()
{
    setUpWindow();
    QString error;
    QVERIFY2(m_window->openWorkspace(m_workspacePath, &error), qPrintable(error));
}

Unit TestWelcome::unit() const
{
    QList<Unit> units;
    UnitStore(m_window->controller().workspace()).all(&units, nullptr);
    return units.value(0);
}

void TestWelcome::appearsOnceAndCreatesTheUnit()
{
    QVERIFY(controller());
    QVERIFY(m_window->findChild<QAction *>(u"actionLocateMissingFiles"_s)); // Edit ▸ Locate Missing Files…
    QVERIFY(!WelcomeController::welcomeDone());
    QPointer<WelcomeDialog> dialog = controller()->showIfFirstRun();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(u"welcomeSteps"_s)->text().contains(u"Registration form"_s));
    auto *next = dialog->findChild<QPushButton *>(u"welcomeNext"_s);
    next->click();
    QCOMPARE(dialog->currentPage()->objectName(), u"welcomeUnitPage"_s);
    const QMap<QString, QString> values{
        {u"name"_s, u"北京开放大学"_s},         {u"person"_s, u"王芳"_s},       {u"title"_s, u"教务处处长"_s},
        {u"phone"_s, u"010-66668888"_s},        {u"mobile"_s, u"1380013800"_s}, // one digit short
        {u"email"_s, u"wangfang@bjou.edu.cn"_s}};
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        dialog->findChild<QLineEdit *>(u"welcomeUnit_"_s + it.key())->setText(it.value());
    next->click();
    QCOMPARE(dialog->currentPage()->objectName(), u"welcomeUnitPage"_s); // the mobile number stops it
    QVERIFY(dialog->findChild<QLabel *>(u"welcomeUnitError_mobile"_s)->isVisibleTo(dialog));
    if (const QString dir = qEnvironmentVariable("SUBMITDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog->grab().save(dir + u"/welcome-unit.png"_s); // for looking at, not a check
    QVERIFY(unit().name.isEmpty());                        // nothing stored yet
    dialog->findChild<QLineEdit *>(u"welcomeUnit_mobile"_s)->setText(u"13800138000"_s);
    next->click();
    QCOMPARE(dialog->currentPage()->objectName(), u"welcomeWorkspacePage"_s);
    QCOMPARE(unit().name, u"北京开放大学"_s);
    QCOMPARE(unit().mobile, u"13800138000"_s);
    dialog->findChild<QPushButton *>(u"welcomeFinish"_s)->click();
    QTRY_VERIFY(!dialog);
    QVERIFY(WelcomeController::welcomeDone());
    QVERIFY(QSettings().value(u"welcome/done"_s).toBool()); // a new QSettings: the next start
    QVERIFY(!controller()->showIfFirstRun());               // never again by itself
}

void TestWelcome::skipWorks()
{
    QSettings().remove(u"welcome/done"_s);
    const Unit before = unit();
    QPointer<WelcomeDialog> dialog = controller()->showIfFirstRun();
    QVERIFY(dialog);
    dialog->findChild<QPushButton *>(u"welcomeSkip"_s)->click();
    QTRY_VERIFY(!dialog);
    QVERIFY(WelcomeController::welcomeDone());
    QVERIFY(!controller()->showIfFirstRun());
    QCOMPARE(unit().name, before.name);
    // Help ▸ Welcome shows it again on demand.
    QAction *again = m_window->findChild<QAction *>(u"actionWelcome"_s);
    QVERIFY(again);
    again->trigger();
    auto *shown = m_window->findChild<WelcomeDialog *>(u"welcomeDialog"_s);
    QVERIFY(shown && shown->isVisible());
    shown->reject();
}

void TestWelcome::checklistFollowsTheBatch()
{
    auto *panel = m_window->findChild<ChecklistPanel *>(u"checklistPanel"_s);
    QVERIFY(panel);
    panel->refresh();
    QCOMPARE(panel->stepState(u"registration"_s), u"open"_s); // filled in, not printed
    QCOMPARE(panel->stepState(u"drafts"_s), u"open"_s);
    Workspace &w = m_window->controller().workspace();
    CampaignChecklist::markRegistrationPrinted(w);
    Batch batch;
    batch.name = u"第一批"_s;
    QString error;
    QVERIFY(BatchStore(w).create(&batch, &error));
    QVERIFY(ResourceStore(w).create(batch.id, u"A03"_s, &error));
    panel->setBatch(batch.id);
    panel->refresh();
    QCOMPARE(panel->stepState(u"registration"_s), u"done"_s);
    QCOMPARE(panel->stepState(u"drafts"_s), u"done"_s);
    QCOMPARE(panel->stepState(u"check"_s), u"open"_s); // an empty draft has errors
    QCOMPARE(panel->stepState(u"export"_s), u"open"_s);
    CampaignChecklist::markExported(w, batch.id, m_dir.filePath(u"第一批.zip"_s));
    panel->refresh();
    QCOMPARE(panel->stepState(u"export"_s), u"done"_s);
}

void TestWelcome::defaultWorkspaceIsVisibleUnlessAnOldOneExists()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QVERIFY(AppPaths::visibleWorkspace().startsWith(documents.isEmpty() ? QDir::homePath() : documents));
    QVERIFY(!AppPaths::visibleWorkspace().contains(u"/."_s)); // no hidden folder on the way
    const QString legacy = AppPaths::legacyWorkspace();
    QFile::remove(legacy);
    QCOMPARE(AppPaths::defaultWorkspace(), AppPaths::visibleWorkspace());
    QVERIFY(QDir().mkpath(QFileInfo(legacy).absolutePath()));
    QFile old(legacy);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.close();
    QCOMPARE(AppPaths::defaultWorkspace(), legacy); // an existing workspace keeps being opened
    QVERIFY(QFile::remove(legacy));
}

QTEST_MAIN(TestWelcome)
#include "TestWelcome.moc"
