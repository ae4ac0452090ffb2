// The Uploads dock follows a real queue to the end: a row per file with its state and progress, speed and
// time left while a file moves, the total line, the notice when a batch is received or needs attention,
// and problems in plain words with the technical detail (HTTP status) only in the tooltip.

#include "UploadHarness.h"
#include "upload/UploadsDock.h"

#include "Translations.h"
#include "package/Sha256.h"
#include "upload/BatchPackage.h"
#include "upload/UploadTargetDialog.h"
#include "workspace/BatchStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUploadsDock : public QObject
{
    Q_OBJECT

    // A queue entry for a harness file, sent under a bag path of its own.
    static QueueEntry entryFor(UploadHarness &h, const QString &file, qint64 batchId,
                               const QString &batchName, const QString &bagPath, int group = 0)
    {
        const QFileInfo info(h.fileDir() + u'/' + file);
        QueueEntry e;
        e.group = group;
        e.record.batchId = batchId;
        e.record.bagPath = bagPath;
        e.record.localPath = info.absoluteFilePath();
        e.record.size = info.size();
        e.record.mtime = info.lastModified().toUTC();
        QString error;
        Sha256::hashFile(e.record.localPath, &e.record.sha256, &error);
        e.metadata = BatchPackage::metadataFor(batchName, bagPath, e.record.sha256);
        return e;
    }

    // The dock at work for the guide: a batch with one file uploading, one received, one waiting, and a
    // second batch whose target has an old token (its file needs attention); then the target editor.
    void takeScreenshots(const QString &language, const QString &dir)
    {
        Translations::install(language);
        UploadHarness h;
        QString error;
        TusServerProcess::Options options;
        options.token = u"right-token"_s;
        QVERIFY2(h.setUp(options, &error), qPrintable(error));
        for (const auto &[name, size] : {std::pair{u"lecture1.mp4"_s, 12 << 20},
                                         {u"cover1.jpg"_s, 40 << 10},
                                         {u"lecture2.mp3"_s, 3 << 20},
                                         {u"lecture3.mp4"_s, 2 << 20},
                                         {u"bag-info.txt"_s, 600}})
            QVERIFY(h.makeFile(name, size, &error));
        Batch autumn;
        autumn.name = u"autumn"_s;
        QVERIFY(BatchStore(h.workspace()).create(&autumn, &error));
        UploadQueue queue(h.workspace());
        queue.setConcurrency(3);
        queue.setRateLimit(2 << 20);
        TusAccount good, old;
        good.endpoint = old.endpoint = QUrl(h.server().endpoint());
        good.token = u"right-token"_s;
        old.token = u"old-token"_s;
        const QString a01 = u"data/resources/A01-0001/"_s;
        QVERIFY(queue.addBatch(
            good,
            {entryFor(h, u"lecture1.mp4"_s, h.batchId(), u"spring"_s, a01 + u"第一讲.mp4"_s),
             entryFor(h, u"cover1.jpg"_s, h.batchId(), u"spring"_s, a01 + u"cover.jpg"_s),
             entryFor(h, u"lecture2.mp3"_s, h.batchId(), u"spring"_s, u"data/resources/A02-0002/讲座.mp3"_s),
             entryFor(h, u"bag-info.txt"_s, h.batchId(), u"spring"_s, u"bag-info.txt"_s, 1)},
            {}, &error));
        QVERIFY(queue.addBatch(
            old,
            {entryFor(h, u"lecture3.mp4"_s, autumn.id, u"autumn"_s, u"data/resources/A01-0003/第三讲.mp4"_s)},
            {}, &error));
        UploadsDock dock;
        dock.setQueue(&queue);
        dock.resize(1100, 290);
        dock.show();
        queue.start();
        auto *table = dock.findChild<QTableWidget *>(u"uploadsTable"_s);
        auto *big = qobject_cast<QProgressBar *>(table->cellWidget(0, 2));
        QTRY_VERIFY_WITH_TIMEOUT(big->value() > 450 && queue.entry(1).record.state == u"done"_s &&
                                     queue.entry(4).record.state == u"failed"_s &&
                                     !table->item(0, 4)->text().isEmpty(),
                                 30000);
        QVERIFY(dock.grab().save(dir + u"/uploads-dock-"_s + language + u".png"_s));

        UploadTargetDialog targets;
        targets.findChild<QLineEdit *>(u"targetName"_s)->setText(u"省级平台"_s);
        targets.findChild<QLineEdit *>(u"targetEndpoint"_s)
            ->setText(u"https://upload.example.edu.cn/files/"_s);
        targets.findChild<QLineEdit *>(u"targetUser"_s)->setText(u"zhangsan"_s);
        targets.findChild<QLineEdit *>(u"targetToken"_s)->setText(u"not-a-real-token"_s);
        targets.resize(680, targets.sizeHint().height()); // the address in full
        targets.show();
        QTest::qWait(50);
        QVERIFY(targets.grab().save(dir + u"/upload-targets-"_s + language + u".png"_s));
        Translations::install(u"en"_s);
    }

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
        // The server holds nothing of it: neither the bar nor the total count the refused request's bytes.
        QCOMPARE(qobject_cast<QProgressBar *>(table->cellWidget(0, 2))->value(), 0);
        const QString total = dock.findChild<QLabel *>(u"uploadsTotal"_s)->text();
        QVERIFY2(total.startsWith(u"0 of 1 files received, 0 bytes of"_s), qPrintable(total));
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
    // With SUBMITDESK_SCREENSHOT_DIR set: the pictures of the guide's "Uploading a batch", in both languages.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SUBMITDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("SUBMITDESK_SCREENSHOT_DIR is not set");
        if (const QString why = TusServerProcess::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY(QDir().mkpath(dir));
        QStandardPaths::setTestModeEnabled(true); // the target editor reads the settings
        takeScreenshots(u"en"_s, dir);
        takeScreenshots(u"zh_CN"_s, dir);
    }
};

QTEST_MAIN(TestUploadsDock)
#include "TestUploadsDock.moc"
