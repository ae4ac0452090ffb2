// Preparing a batch's package for upload (export or re-verify, hashing) runs off the GUI thread: the window
// keeps processing events (a timer keeps ticking, and the batch's online course is served by a small HTTP
// server on this very thread, which the export's link check must reach), the Uploads dock shows the
// progress and a Cancel button; cancel stops it, leaves no package behind and queues nothing; a normal run
// queues every file of the bag; an error names the batch in plain words.

#include "LocalHttpServer.h"
#include "PackageFixture.h"
#include "TestSupport.h"
#include "TusServerProcess.h"

#include "WorkspaceController.h"
#include "upload/UploadController.h"
#include "upload/UploadQueue.h"
#include "upload/UploadsDock.h"
#include "workspace/ResourceStore.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestUploadPreparation : public QObject
{
    Q_OBJECT

    // The fixture's batch plus an online course (A03) whose address is served by `server`.
    static bool addCourse(PackageFixture &f, const QString &url, QString *error)
    {
        ResourceStore store(f.workspace());
        const qint64 id = store.create(f.batch().id, u"A03"_s, error);
        return id &&
               store.setValues(id,
                               {{u"title"_s, u"网络课程：航空概论"_s},
                                {u"summary"_s, u"本课程介绍航空的基本知识与发展历史，适合初学者学习。"_s},
                                {u"url"_s, url},
                                {u"protection_level"_s, u"3"_s},
                                {u"filing_number"_s, u"11010843001-20001"_s},
                                {u"created"_s, u"2022-03-23"_s},
                                {u"copyright"_s, u"国家开放大学"_s},
                                {u"speakers"_s, u"张建华"_s},
                                {u"category"_s, u"科学文化-航空知识-航空发动机"_s}},
                               error) &&
               store.replaceFile(id, u"cover"_s, f.mediaDir() + u"/cover1.jpg"_s, error);
    }

    // Every file under the uploads folder of the workspace (<workspace>.uploads).
    static QStringList filesUnder(const QString &folder)
    {
        QStringList out;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            out.append(it.next());
        return out;
    }

    struct Window
    {
        WorkspaceController workspace;
        QMainWindow main;
        UploadController *uploads = nullptr;
        bool open(PackageFixture &f, QString *error)
        {
            if (!workspace.open(f.temp().path(), error))
                return false;
            uploads = new UploadController(workspace, &main, [] { return qint64(0); });
            main.resize(900, 600);
            main.show();
            return true;
        }
        template <typename T> T *find(const QString &name) const { return main.findChild<T *>(name); }
        int queued() const { return uploads->queue() ? uploads->queue()->count() : 0; }
    };

private slots:
    void initTestCase()
    {
        if (const QString why = TusServerProcess::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        if (!TestSupport::haveProgram(u"ffmpeg"_s))
            QSKIP("ffmpeg is not installed");
    }

    void preparesOffTheGuiThreadAndQueuesEveryFile()
    {
        PackageFixture f;
        QString error;
        QVERIFY2(f.setUp(&error), qPrintable(error));
        LocalHttpServer course; // answers on this thread: only while the window processes events
        QVERIFY(course.start());
        QVERIFY2(addCourse(f, course.url(u"/course"_s), &error), qPrintable(error));
        TusServerProcess server;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        Window w;
        QVERIFY2(w.open(f, &error), qPrintable(error));

        // Ticks while the package is prepared, after uploadBatch() returned: a nested event loop inside
        // the call (a blocking link check spinning one) does not count.
        bool inCall = true;
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] {
            if (!inCall && w.queued() == 0)
                ++ticks;
        });
        timer.start(10);
        QList<int> progressValues;
        TusAccount account;
        account.endpoint = QUrl(server.endpoint());
        w.uploads->uploadBatch(f.batch().name, account);
        inCall = false;
        auto *bar = w.find<QProgressBar>(u"uploadPrepareProgress"_s);
        QVERIFY2(bar, "the dock shows the preparation's progress");
        QVERIFY(bar->isVisibleTo(&w.main));
        QVERIFY(w.find<QPushButton>(u"uploadPrepareCancel"_s)->isVisibleTo(&w.main));
        connect(bar, &QProgressBar::valueChanged, this,
                [&progressValues](int v) { progressValues.append(v); });
        QTRY_VERIFY_WITH_TIMEOUT(w.queued() > 0, 60000);
        qInfo("the timer ticked %d times while the package was prepared", ticks);
        QVERIFY2(ticks >= 3, qPrintable(u"the timer ticked %1 times while preparing"_s.arg(ticks)));
        QVERIFY(course.requests() >= 1); // the link check reached the server on the GUI thread
        QVERIFY2(!progressValues.isEmpty() && progressValues.last() > progressValues.first(),
                 "the progress bar moved");
        QVERIFY(!bar->isVisibleTo(&w.main));

        // Every file of the bag is queued (submission.json follows once the others are received).
        const QString uploads = f.temp().path() + u".uploads"_s;
        QStringList bagFiles;
        for (const QString &path : filesUnder(uploads))
            if (path.contains(u"/bag/"_s))
                bagFiles.append(path);
        QVERIFY(bagFiles.size() >= 8);
        QCOMPARE(w.queued(), bagFiles.size());
        QTRY_VERIFY_WITH_TIMEOUT(w.uploads->queue()->isFinished(), 60000);
        QCOMPARE(server.storedFiles().size(), bagFiles.size() + 1);
        QTRY_VERIFY(w.find<QLabel>(u"uploadsNotice"_s)->text().contains(u"received completely"_s));

        // Uploading it again (as after an interruption): the unchanged package is checked, not written, each
        // file is listed once, and nothing is sent again.
        const int sentBefore = server.uploadCount();
        w.uploads->uploadBatch(f.batch().name, account);
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisibleTo(&w.main) && w.queued() > 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(w.uploads->queue()->isFinished() && w.queued() == bagFiles.size() + 1,
                                 60000);
        QCOMPARE(server.uploadCount(), sentBefore);
    }

    void cancelStopsAndQueuesNothing()
    {
        PackageFixture f;
        QString error;
        QVERIFY2(f.setUp(&error), qPrintable(error));
        LocalHttpServer course([](const QByteArray &, const QByteArray &) {
            LocalHttpServer::Reply hang;
            hang.answer = false; // the link check waits until cancelled
            return hang;
        });
        QVERIFY(course.start());
        QVERIFY2(addCourse(f, course.url(u"/course"_s), &error), qPrintable(error));
        TusServerProcess server;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        Window w;
        QVERIFY2(w.open(f, &error), qPrintable(error));
        TusAccount account;
        account.endpoint = QUrl(server.endpoint());
        w.uploads->uploadBatch(f.batch().name, account);
        auto *label = w.find<QLabel>(u"uploadPrepareLabel"_s);
        QVERIFY(label);
        QTRY_VERIFY_WITH_TIMEOUT(course.requests() >= 1, 30000); // the link check is waiting
        QVERIFY2(label->text().contains(u"checking file"_s) && label->text().contains(u" of 3"_s),
                 qPrintable(label->text()));
        QTest::mouseClick(w.find<QPushButton>(u"uploadPrepareCancel"_s), Qt::LeftButton);
        auto *bar = w.find<QProgressBar>(u"uploadPrepareProgress"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisibleTo(&w.main), 10000);
        QCOMPARE(w.queued(), 0);
        const QString notice = w.find<QLabel>(u"uploadsNotice"_s)->text();
        QVERIFY2(notice.contains(f.batch().name) && notice.contains(u"cancel"_s, Qt::CaseInsensitive),
                 qPrintable(notice));
        const QStringList left = filesUnder(f.temp().path() + u".uploads"_s);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
        QCOMPARE(server.uploadCount(), 0);
    }

    void theTargetsButtonOpensTheEditor()
    {
        QStandardPaths::setTestModeEnabled(true); // the targets live in the settings
        PackageFixture f;
        QString error;
        QVERIFY2(f.setUp(&error), qPrintable(error));
        Window w;
        QVERIFY2(w.open(f, &error), qPrintable(error));
        w.uploads->dock()->show();
        QString seen;
        QTimer::singleShot(0, this, [&seen] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog)
                return;
            seen = dialog->objectName();
            for (const char *name : {"targetName", "targetEndpoint", "targetUser", "targetToken"})
                if (!dialog->findChild<QLineEdit *>(QLatin1String(name)))
                    seen += u" without "_s + QLatin1String(name);
            if (dialog->findChild<QLineEdit *>(u"targetToken"_s)->echoMode() != QLineEdit::Password)
                seen += u" showing the token"_s;
            dialog->close();
        });
        w.find<QPushButton>(u"uploadTargetsButton"_s)->click();
        QCOMPARE(seen, u"uploadTargetDialog"_s);
    }

    void anErrorNamesTheBatchInPlainWords()
    {
        PackageFixture f;
        QString error;
        QVERIFY2(f.setUp(&error), qPrintable(error));
        QVERIFY(QFile::remove(f.videoPath())); // the video went missing since it was attached
        TusServerProcess server;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        Window w;
        QVERIFY2(w.open(f, &error), qPrintable(error));
        TusAccount account;
        account.endpoint = QUrl(server.endpoint());
        w.uploads->uploadBatch(f.batch().name, account);
        auto *notice = w.find<QLabel>(u"uploadsNotice"_s);
        QTRY_VERIFY_WITH_TIMEOUT(notice->text().contains(f.batch().name), 30000);
        QVERIFY2(notice->text().contains(u"cannot be uploaded"_s), qPrintable(notice->text()));
        QCOMPARE(w.queued(), 0);
    }
};

QTEST_MAIN(TestUploadPreparation)
#include "TestUploadPreparation.moc"
