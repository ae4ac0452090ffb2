// The technical check in the real MainWindow (offscreen, driven by objectName): files added to a batch
// are checked by themselves in the service's thread pool and cached; the media dock shows every rule;
// "Check all media of the batch" fills the cache with a progress dialog; "Deep check" decodes the
// selected file; an online course is fetched only when "Check link" is pressed.
#include "LocalHttpServer.h"
#include "MainWindow.h"
#include "MediaCheckController.h"
#include "MediaCheckPanel.h"
#include "MediaFactory.h"
#include "TestSupport.h"
#include "Translations.h"
#include "WorkspaceController.h"
#include "media/MediaCheckService.h"
#include "workspace/CheckResultStore.h"
#include "workspace/ResourceStore.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestMediaMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void addedFilesAreCheckedByThemselves();
    void reselectingUsesTheCache();
    void checkAllFillsTheCache();
    void deepCheckOfTheSelectedFile();
    void linkIsCheckedOnlyOnRequest();
    void doubleClickOpensTheResource(); // last: it leaves the small video selected
private:
    template <typename T> T *find(const char *name) const
    {
        T *child = m_window->findChild<T *>(QLatin1StringView(name));
        if (!child)
            qWarning("no child %s", name);
        return child;
    }
    bool makeVideo(const QString &path, const QString &size);
    bool isCached(const QString &path);
    QStringList rules() const;
    QString statusOf(const QString &rule) const;

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    QString m_good;
    QString m_small;
    QString m_later;
    qint64 m_goodId = 0;
    qint64 m_smallId = 0;
};

bool TestMediaMainWindow::makeVideo(const QString &path, const QString &size)
{
    const QStringList wh = size.split(u'x');
    MediaFactory::Video spec; // as the package fixture's passing video, at this size
    spec.width = wh.value(0).toInt();
    spec.height = wh.value(1).toInt();
    spec.audioRate = 44100;
    QString error;
    if (!MediaFactory::makeVideo(path, spec, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

bool TestMediaMainWindow::isCached(const QString &path)
{
    QJsonObject json;
    const QString version = m_window->controller().profile().idAndVersion();
    return CheckResultStore(m_window->controller().workspace())
        .find(CheckResultStore::Key::forFile(path, version, u"probe"_s), &json);
}

QStringList TestMediaMainWindow::rules() const
{
    QStringList out;
    auto *table = find<QTreeWidget>("mediaCheckTable");
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        out.append(table->topLevelItem(i)->data(0, Qt::UserRole).toString()); // the rule's id
    return out;
}

QString TestMediaMainWindow::statusOf(const QString &rule) const
{
    auto *table = find<QTreeWidget>("mediaCheckTable");
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        if (table->topLevelItem(i)->data(0, Qt::UserRole).toString() == rule)
            return table->topLevelItem(i)->data(1, Qt::UserRole).toString();
    return {};
}

void TestMediaMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SubmitDeskTest"_s);
    QCoreApplication::setApplicationName(u"SubmitDeskMediaTest"_s);
    QSettings().clear();
    Translations::install(u"en"_s);
    QVERIFY(m_dir.isValid());
    if (!TestSupport::haveProgram(u"ffmpeg"_s))
        QSKIP("ffmpeg is needed to make the media files");
    m_good = m_dir.filePath(u"good.mp4"_s);
    m_small = m_dir.filePath(u"small.mp4"_s);
    m_later = m_dir.filePath(u"later.mp4"_s);
    QVERIFY(makeVideo(m_good, u"1280x720"_s));
    QVERIFY(makeVideo(m_small, u"1280x700"_s));
    QVERIFY(makeVideo(m_later, u"1280x720"_s));
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QString error;
    QVERIFY2(m_window->openWorkspace(m_dir.filePath(u"media.submitdesk"_s), &error), qPrintable(error));
}

void TestMediaMainWindow::cleanupTestCase()
{
    delete m_window;
}

void TestMediaMainWindow::addedFilesAreCheckedByThemselves()
{
    auto *service = m_window->findChild<MediaCheckService *>();
    QVERIFY(service);
    QSignalSpy started(service, &MediaCheckService::started);
    const QList<DraftCreator::Outcome> outcomes = m_window->addSources({m_good, m_small});
    QCOMPARE(outcomes.size(), 2);
    m_goodId = outcomes.at(0).resourceId;
    m_smallId = outcomes.at(1).resourceId;
    QVERIFY(m_goodId && m_smallId);
    QVERIFY(started.count() >= 2); // both, not only the one the dock shows
    QTRY_VERIFY_WITH_TIMEOUT(isCached(m_good) && isCached(m_small), 60000);

    // The dock shows the selected resource's file: every rule of A01 with its result.
    QVERIFY(m_window->selectResource(m_smallId));
    QTRY_COMPARE_WITH_TIMEOUT(rules().size(), 8, 30000);
    QCOMPARE(rules().first(), u"resolution"_s); // what fails comes first
    QCOMPARE(statusOf(u"resolution"_s), u"fail"_s);
    auto *table = find<QTreeWidget>("mediaCheckTable");
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        QVERIFY(!table->topLevelItem(i)->icon(1).isNull());
        QVERIFY(!table->topLevelItem(i)->text(2).isEmpty()); // expected
        QVERIFY(!table->topLevelItem(i)->text(3).isEmpty()); // actual
    }
    QVERIFY(table->topLevelItem(rules().indexOf(u"resolution"_s))->text(3).contains(u"700"_s));
    // Plain words: the rule by the profile's name; the summary names the file and what fails.
    QCOMPARE(table->topLevelItem(0)->text(0), u"Resolution"_s);
    const QString summary = find<QLabel>("mediaCheckSummary")->text();
    QVERIFY2(summary.startsWith(u"small.mp4:"_s) && summary.contains(u"Resolution"_s), qPrintable(summary));
}

void TestMediaMainWindow::doubleClickOpensTheResource()
{
    // The list shows one resource, the panel another's file (as after a batch check): a double-click on
    // a result brings that resource up.
    QVERIFY(m_window->selectResource(m_goodId));
    m_window->mediaChecks()->showMediaFor(m_smallId);
    QTRY_COMPARE(statusOf(u"resolution"_s), u"fail"_s);
    auto *table = find<QTreeWidget>("mediaCheckTable");
    emit table->itemDoubleClicked(table->topLevelItem(0), 0);
    QCOMPARE(m_window->currentResourceId(), m_smallId);
}

void TestMediaMainWindow::reselectingUsesTheCache()
{
    auto *service = m_window->findChild<MediaCheckService *>();
    QSignalSpy started(service, &MediaCheckService::started);
    QSignalSpy finished(service, &MediaCheckService::finished);
    QVERIFY(m_window->selectResource(m_goodId));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(2).toBool(), true); // from the cache
    QCOMPARE(started.count(), 0);                    // nothing probed again
    QCOMPARE(statusOf(u"resolution"_s), u"pass"_s);
}

void TestMediaMainWindow::checkAllFillsTheCache()
{
    // A file attached without going through Add Files: not checked yet.
    QString error;
    ResourceStore store(m_window->controller().workspace());
    const qint64 id = store.create(m_window->currentBatchId(), u"A01"_s, &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY2(store.addFile(id, u"media"_s, m_later, &error), qPrintable(error));
    QVERIFY(!isCached(m_later));

    find<QAction>("actionCheckAllMedia")->trigger();
    auto *dialog = find<QProgressDialog>("mediaBatchProgress");
    QVERIFY(dialog);
    QCOMPARE(dialog->maximum(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->value(), 3, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(isCached(m_later), 5000); // results reach the cache together, a moment later
    QVERIFY2(dialog->labelText().contains(u"1 do not"_s), qPrintable(dialog->labelText()));
    auto *close = dialog->findChild<QPushButton *>();
    QVERIFY(close);
    QCOMPARE(close->text(), u"Close"_s);
    close->click();
    QTRY_VERIFY(!m_window->findChild<QProgressDialog *>(u"mediaBatchProgress"_s));
}

void TestMediaMainWindow::deepCheckOfTheSelectedFile()
{
    QVERIFY(m_window->selectResource(m_goodId));
    auto *panel = find<MediaCheckPanel>("mediaCheckPanel");
    QTRY_VERIFY(!panel->report().checks.isEmpty());
    QVERIFY(!panel->report().deep);
    find<QAction>("actionDeepCheck")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(panel->report().deep, 60000);
    QCOMPARE(panel->currentPath(), m_good);
    QCOMPARE(statusOf(u"integrity"_s), u"pass"_s);
}

void TestMediaMainWindow::linkIsCheckedOnlyOnRequest()
{
    LocalHttpServer server; // 200 to every request
    QVERIFY(server.start());
    const QString url = server.url(u"/course"_s);
    auto *service = m_window->findChild<MediaCheckService *>();
    QVERIFY(service);
    QSignalSpy started(service, &MediaCheckService::started); // from before the draft exists
    QSignalSpy finished(service, &MediaCheckService::finished);
    const auto ofTheLink = [&url](const QSignalSpy &spy) {
        return std::count_if(spy.cbegin(), spy.cend(),
                             [&url](const QList<QVariant> &args) { return args.at(0).toString() == url; });
    };
    const QList<DraftCreator::Outcome> outcomes = m_window->addSources({url});
    QCOMPARE(outcomes.size(), 1);
    QVERIFY2(outcomes.first().resourceId, qPrintable(outcomes.first().error));
    QVERIFY(m_window->selectResource(outcomes.first().resourceId));
    auto *button = find<QPushButton>("mediaCheckLink");
    QTRY_VERIFY(button->isVisible());
    QCOMPARE(server.requests(), 0); // never fetched by itself
    QCOMPARE(ofTheLink(started), 0);
    QVERIFY(rules().isEmpty());

    // The one check is the requested one: when its result has come, no other check of the link was started
    // (a fetch started by the selection, or queued by it, would count here).
    QVERIFY(button->isEnabled());
    button->click();
    QTRY_VERIFY_WITH_TIMEOUT(ofTheLink(finished) > 0, 20000);
    QCOMPARE(ofTheLink(started), 1);
    QTRY_VERIFY(rules().contains(u"link"_s));
    QVERIFY(server.requests() >= 1);
    QCOMPARE(statusOf(u"link"_s), u"pass"_s);
    QCOMPARE(statusOf(u"https"_s), u"warning"_s); // plain http

    // Shown again from the cache, with its time, without fetching.
    const int before = server.requests();
    QVERIFY(m_window->selectResource(m_goodId));
    QVERIFY(m_window->selectResource(outcomes.first().resourceId));
    QTRY_VERIFY(rules().contains(u"link"_s));
    QVERIFY(find<QLabel>("mediaCheckSummary")->text().contains(u"Checked"_s));
    QCOMPARE(server.requests(), before);
    QCOMPARE(ofTheLink(started), 1);
}

QTEST_MAIN(TestMediaMainWindow)
#include "TestMediaMainWindow.moc"
