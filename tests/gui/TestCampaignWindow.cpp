// The window and several campaigns: each batch is shown and judged under the profile it records (an imported
// one from the profile library, or the workspace's own), a batch whose profile is not installed says so, the
// status bar names the campaign ("closed" for the 2022 call), and Batch > Campaign Profiles… opens the
// dialog.

#include "MainWindowFixture.h"
#include "ProfilesDialog.h"
#include "WorkspaceController.h"

#include "profile/ProfileRegistry.h"
#include "workspace/BatchStore.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestCampaignWindow : public MainWindowFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { tearDownWindow(); }
    void eachBatchUsesItsProfile();
    void statusBarNamesTheCampaign();
    void menuOpensTheProfilesDialog();

private:
    void selectBatch(const QString &name);
};

void TestCampaignWindow::initTestCase()
{
    setUpWindow();
    const QString library = m_dir.filePath(u"library"_s);
    m_window->controller().setProfileLibrary(library);
    // Version 2022.2 of the call, imported into the library.
    QFile builtin(u":/profiles/lifelong-2022.json"_s);
    QVERIFY(builtin.open(QIODevice::ReadOnly));
    QJsonObject next = QJsonDocument::fromJson(builtin.readAll()).object();
    next.insert(u"version"_s, u"2022.2"_s);
    const QString file = m_dir.filePath(u"next.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(next).toJson()) > 0);
    out.close();
    ProfileRegistry::ImportResult imported;
    QString error;
    QVERIFY2(ProfileRegistry(library).importFile(file, &imported, &error), qPrintable(error));
    {
        Workspace w;
        QVERIFY2(w.open(m_workspacePath, &error), qPrintable(error));
        for (const auto &[name, version] :
             {std::pair{u"a-old"_s, u"2022.1"_s}, std::pair{u"b-new"_s, u"2022.2"_s},
              std::pair{u"c-missing"_s, u"2099.1"_s}}) {
            Batch b;
            b.name = name;
            b.profileId = u"lifelong-2022"_s;
            b.profileVersion = version;
            QVERIFY2(BatchStore(w).create(&b, &error), qPrintable(error));
        }
    }
    QVERIFY2(m_window->openWorkspace(m_workspacePath, &error), qPrintable(error));
}

void TestCampaignWindow::selectBatch(const QString &name)
{
    auto *combo = find<QComboBox>("batchCombo");
    QVERIFY(combo);
    const int index = combo->findText(name);
    QVERIFY2(index >= 0, qPrintable(name));
    combo->setCurrentIndex(index);
    QCoreApplication::processEvents();
}

void TestCampaignWindow::eachBatchUsesItsProfile()
{
    selectBatch(u"b-new"_s);
    QCOMPARE(m_window->controller().profile().version, u"2022.2"_s);
    selectBatch(u"a-old"_s);
    QCOMPARE(m_window->controller().profile().version, u"2022.1"_s);
    selectBatch(u"c-missing"_s);
    QCOMPARE(m_window->controller().profile().version, u"2022.1"_s); // the workspace's, and it says so:
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"2099.1"_s) && message.contains(u"not installed"_s), qPrintable(message));
}

void TestCampaignWindow::statusBarNamesTheCampaign()
{
    selectBatch(u"a-old"_s);
    auto *label = find<QLabel>("campaignStatus");
    QVERIFY(label);
    // The machine's clock: long after the 2022 call.
    QVERIFY2(label->text().startsWith(u"2022 lifelong-education digital learning resources call: closed"_s),
             qPrintable(label->text()));
    QVERIFY(!label->text().contains(u"OVERDUE"_s));
    QVERIFY(label->toolTip().contains(u"import"_s));
}

void TestCampaignWindow::menuOpensTheProfilesDialog()
{
    selectBatch(u"b-new"_s);
    QAction *action = m_window->findChild<QAction *>(u"actionProfiles"_s);
    QVERIFY(action);
    QVERIFY(find<QMenu>("menuBatch")->actions().contains(action));
    action->trigger();
    auto *dialog = m_window->findChild<ProfilesDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QListWidget *>(u"profileList"_s)->count(), 2);
    QVERIFY(dialog->findChild<QListWidget *>(u"profileList"_s)->currentItem()->text().contains(u"2022.2"_s));
    QVERIFY(dialog->findChild<QPushButton *>(u"profileJudge"_s)->isEnabled());
    dialog->close();
}

QTEST_MAIN(TestCampaignWindow)
#include "TestCampaignWindow.moc"
