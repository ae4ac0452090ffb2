// The Uploads dock follows a real queue to the end: a row per file with its state and progress, the total
// line, and the notice when the network goes away.

#include "UploadHarness.h"
#include "upload/UploadsDock.h"

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
};

QTEST_MAIN(TestUploadsDock)
#include "TestUploadsDock.moc"
