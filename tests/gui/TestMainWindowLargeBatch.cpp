// The real MainWindow with a batch of 10,000 resources (online-course links, no media files): the first
// page of the list shows at once, the rest of the rows and the statuses follow from the event loop and the
// background check, and filters, sorting, search and selection work on the whole batch meanwhile.
#include "MainWindowFixture.h"
#include "ReportDock.h"
#include "WorkspaceController.h"
#include "metadata/DraftCreator.h"
#include "profile/ProfileLoader.h"
#include "workspace/BatchStore.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestMainWindowLargeBatch : public MainWindowFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { setUpWindow(); }
    void cleanupTestCase() { tearDownWindow(); }
    void largeBatchLoads();
    void largeBatchStatusesArriveWhileBrowsing();

private:
    QString largeWorkspace(); // the 10,000-resource workspace, created when missing

    QString m_largePath;
};

QString TestMainWindowLargeBatch::largeWorkspace()
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

void TestMainWindowLargeBatch::largeBatchLoads()
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

void TestMainWindowLargeBatch::largeBatchStatusesArriveWhileBrowsing()
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

QTEST_MAIN(TestMainWindowLargeBatch)
#include "TestMainWindowLargeBatch.moc"
