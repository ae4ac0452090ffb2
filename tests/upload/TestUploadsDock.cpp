// The Uploads dock follows a real queue to the end: a row per file with its state and progress, speed and
// time left while a file moves, the total line, the notice when a batch is received or needs attention,
// and problems in plain words with the technical detail (HTTP status) only in the tooltip.

#include "UploadHarness.h"
#include "upload/UploadsDock.h"

#include <QPushButton>

#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUploadsDock : public QObject
{
    Q_OBJECT
private slots:
    void followsTheQueueToTheEnd()
    {
        if (const QString why = TusServerProcess::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        UploadHarness h;
        QString error;
        QVERIFY2(h.setUp({}, &error), qPrintable(error));
        QVERIFY(h.makeFile(u"a.bin"_s, 300 * 1024, &error));
        QVERIFY(h.makeFile(u"b.bin"_s, 10, &error));
        TransferTuning tuning;
        tuning.fixedChunk = 64 * 1024;
        auto queue = h.queue(tuning);
        UploadsDock dock;
        dock.setQueue(queue.get());
        auto *table = dock.findChild<QTableWidget *>(u"uploadsTable"_s);
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), u"Waiting"_s);
        QVERIFY(UploadHarness::runUntilFinished(*queue, 30000));
        QTRY_VERIFY(
            dock.findChild<QLabel *>(u"uploadsTotal"_s)->text().startsWith(u"2 of 2 files received"_s));
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(table->item(row, 1)->text(), u"Received"_s);
            QCOMPARE(qobject_cast<QProgressBar *>(table->cellWidget(row, 2))->value(), 1000);
        }
    }
    void showsSpeedAndTimeLeftWhileAFileMoves()
    {
        if (const QString why = TusServerProcess::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        UploadHarness h;
        QString error;
        QVERIFY2(h.setUp({}, &error), qPrintable(error));
        QVERIFY(h.makeFile(u"lecture.bin"_s, 3 * 1024 * 1024, &error));
        TransferTuning tuning;
        tuning.fixedChunk = 256 * 1024;
        auto queue = h.queue(tuning);
        queue->setRateLimit(1024 * 1024); // about three seconds
        UploadsDock dock;
        dock.setQueue(queue.get());
        auto *table = dock.findChild<QTableWidget *>(u"uploadsTable"_s);
        queue->start();
        auto *bar = qobject_cast<QProgressBar *>(table->cellWidget(0, 2));
        QTRY_VERIFY_WITH_TIMEOUT(!table->item(0, 3)->text().isEmpty() && !table->item(0, 4)->text().isEmpty(),
                                 20000);
        QCOMPARE(table->item(0, 1)->text(), u"Uploading"_s);
        QVERIFY2(table->item(0, 3)->text().endsWith(u"/s"_s), qPrintable(table->item(0, 3)->text()));
        QVERIFY2(table->item(0, 4)->text().endsWith(u" s"_s), qPrintable(table->item(0, 4)->text()));
        QVERIFY(bar->value() < 1000);
        QVERIFY(UploadHarness::runUntilFinished(*queue, 60000));
        QTRY_COMPARE(table->item(0, 1)->text(), u"Received"_s);
        QVERIFY(table->item(0, 3)->text().isEmpty() && table->item(0, 4)->text().isEmpty());
        const QString notice = dock.findChild<QLabel *>(u"uploadsNotice"_s)->text();
        QVERIFY2(notice.contains(u"\"spring\" was received completely"_s), qPrintable(notice));
    }

    void aRefusedFileSaysWhyInPlainWords()
    {
        if (const QString why = TusServerProcess::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        UploadHarness h;
        QString error;
        TusServerProcess::Options options;
        options.token = u"right-token"_s;
        QVERIFY2(h.setUp(options, &error), qPrintable(error));
        QVERIFY(h.makeFile(u"a.bin"_s, 1000, &error));
        auto queue = h.queue({}, {}, u"wrong-token"_s);
        UploadsDock dock;
        dock.setQueue(queue.get());
        auto *table = dock.findChild<QTableWidget *>(u"uploadsTable"_s);
        queue->start();
        QVERIFY(UploadHarness::runUntilFinished(*queue, 30000));
        QTRY_COMPARE(table->item(0, 1)->text(), u"Needs attention"_s);
        const QTableWidgetItem *problem = table->item(0, 5);
        QVERIFY2(problem->text().contains(u"token"_s), qPrintable(problem->text()));
        QVERIFY2(!problem->text().contains(u"HTTP"_s) && !problem->text().contains(u"401"_s),
                 qPrintable(problem->text()));
        QVERIFY2(problem->toolTip().contains(u"401"_s), qPrintable(problem->toolTip()));
        const QString notice = dock.findChild<QLabel *>(u"uploadsNotice"_s)->text();
        QVERIFY2(notice.contains(u"\"spring\" needs attention"_s), qPrintable(notice));
    }

    void aNoticeKeepsItsTechnicalSideBehindDetails()
    {
        UploadsDock dock;
        dock.show();
        auto *details = dock.findChild<QPushButton *>(u"uploadsNoticeDetails"_s);
        auto *detail = dock.findChild<QLabel *>(u"uploadsNoticeDetail"_s);
        dock.showNotice(u"plain words"_s, true, u"HTTP 500 from http://127.0.0.1/files/"_s);
        QVERIFY(details->isVisible());
        QVERIFY(!detail->isVisible());
        details->click();
        QVERIFY(detail->isVisible());
        QVERIFY(detail->text().contains(u"HTTP 500"_s));
        dock.showNotice(u"no detail"_s, false);
        QVERIFY(!details->isVisible() && !detail->isVisible());
    }
};

QTEST_MAIN(TestUploadsDock)
#include "TestUploadsDock.moc"
