// Issue 16, point 1: what the window calls complete and ready is what an export accepts. A batch of two
// valid resources (PackageFixture: metadata complete, media passing) is complete and ready once its media
// has been checked by itself; its video replaced by one that fails the standard (1280x700) makes the
// resource "1 error" with the rule named, the batch "not ready", and the "Complete" filter drops it.
#include "MainWindow.h"
#include "MediaFactory.h"
#include "PackageFixture.h"
#include "ReportDock.h"
#include "ResourceTableModel.h"
#include "TestSupport.h"
#include "Translations.h"
#include "WorkspaceController.h"
#include "workspace/ResourceStore.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestHonestStatus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void checkedBatchIsReady();
    void failingVideoIsNotComplete();

private:
    template <typename T> T *find(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1StringView(name));
    }
    QString statusOf(qint64 resourceId) const;

    PackageFixture m_fixture;
    QString m_small;
    MainWindow *m_window = nullptr;
};

void TestHonestStatus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SubmitDeskTest"_s);
    QCoreApplication::setApplicationName(u"SubmitDeskHonestStatus"_s);
    QSettings().clear();
    Translations::install(u"en"_s);
    if (!TestSupport::haveProgram(u"ffmpeg"_s))
        QSKIP("ffmpeg is needed to make the media files");
    QString error;
    QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
    m_small = m_fixture.mediaDir() + u"/small.mp4"_s;
    MediaFactory::Video spec; // the fixture's passing video, but 700 lines high
    spec.height = 700;
    spec.audioRate = 44100;
    QVERIFY2(MediaFactory::makeVideo(m_small, spec, &error), qPrintable(error));
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY2(m_window->openWorkspace(m_fixture.temp().path(), &error), qPrintable(error));
    QCOMPARE(m_window->currentBatchId(), m_fixture.batch().id);
}

void TestHonestStatus::cleanupTestCase()
{
    delete m_window;
}

QString TestHonestStatus::statusOf(qint64 resourceId) const
{
    const ResourceTableModel *model = m_window->resourceModel();
    return model->index(model->rowOf(resourceId), ResourceTableModel::StatusColumn).data().toString();
}

void TestHonestStatus::checkedBatchIsReady()
{
    // Nothing was checked when the workspace opened: the media checks start by themselves, and until
    // they are done the batch is not called ready.
    auto *report = find<ReportDock>("reportDock");
    QTRY_VERIFY_WITH_TIMEOUT(report->isBatchReady(), 60000);
    QCOMPARE(statusOf(m_fixture.videoId()), u"complete"_s);
    QCOMPARE(statusOf(m_fixture.audioId()), u"complete"_s);
    QCOMPARE(find<QLabel>("reportSummary")->text(), u"The batch is ready: no errors, no warnings."_s);
}

void TestHonestStatus::failingVideoIsNotComplete()
{
    QString error;
    QVERIFY2(ResourceStore(m_window->controller().workspace())
                 .replaceFile(m_fixture.videoId(), u"media"_s, m_small, &error),
             qPrintable(error));
    auto *report = find<ReportDock>("reportDock");
    // Checked by itself, then counted as an error of the resource and of the batch.
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_fixture.videoId()), u"1 error"_s, 60000);
    QTRY_VERIFY(report->isUpToDate());
    QVERIFY(!report->isBatchReady());
    QCOMPARE(report->errorCount(), 1);
    const QString summary = find<QLabel>("reportSummary")->text();
    QVERIFY2(summary.startsWith(u"Not ready"_s), qPrintable(summary));
    QTRY_COMPARE(find<QLabel>("countLabel")->text(), u"2 resources, 1 with errors"_s);
    // The message names the file and the rule in plain words (the profile's name), not its id.
    bool named = false;
    for (const ValidationMessage &m : m_window->resourceModel()->batchReport().messages())
        named = named || (m.resourceId == m_fixture.videoId() && m.text.contains(u"small.mp4"_s) &&
                          m.text.contains(u"Resolution"_s) && !m.text.contains(u"resolution:"_s));
    QVERIFY(named);
    // "Complete" shows only what an export accepts.
    find<QComboBox>("statusFilter")->setCurrentIndex(2);
    const QAbstractItemModel *shown = find<QTableView>("resourceTable")->model();
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(ResourceTableModel::ResourceIdRole).toLongLong(), m_fixture.audioId());
    find<QComboBox>("statusFilter")->setCurrentIndex(0);
}

QTEST_MAIN(TestHonestStatus)
#include "TestHonestStatus.moc"
