// submitdesk-cli upload against the real @tus/server: a whole batch's package arrives byte-identical with
// its submission.json, a second run sends nothing, a client killed with SIGKILL mid-file resumes the same
// upload from the server's offset, and a wrong token fails fast with its message.

#include "PackageFixture.h"
#include "TestSupport.h"
#include "TusServerProcess.h"

#include "package/BagLayout.h"
#include "package/ContentFingerprint.h"
#include "package/Sha256.h"
#include "upload/BagSnapshot.h"
#include "upload/BatchPackage.h"
#include "upload/UploadStore.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUploadCli : public QObject
{
    Q_OBJECT

    static QStringList uploadArgs(PackageFixture &f, const TusServerProcess &server)
    {
        return {u"upload"_s,     f.temp().path(),   u"--batch"_s, f.batch().name,
                u"--endpoint"_s, server.endpoint(), u"--json"_s};
    }

    static QStringList prepareOnlyArgs(PackageFixture &f)
    {
        return {u"upload"_s, f.temp().path(), u"--batch"_s, f.batch().name, u"--prepare-only"_s, u"--json"_s};
    }

    // Every file of the exported bag (and submission.json) by its name in the upload, with its sha256.
    static QMap<QString, QString> localFiles(const QString &packagePath)
    {
        QMap<QString, QString> out;
        QDirIterator it(packagePath, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QString hex, error;
            Sha256::hashFile(path, &hex, &error);
            out.insert(QDir(packagePath).relativeFilePath(path), hex);
        }
        QString hex, error;
        Sha256::hashFile(packagePath + u"/../submission.json"_s, &hex, &error);
        out.insert(u"submission.json"_s, hex);
        return out;
    }

    static QString fingerprintOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? ContentFingerprint::hexOf(file.readAll()) : QString();
    }

    bool setUp(PackageFixture &f, TusServerProcess &server, const TusServerProcess::Options &options = {})
    {
        QString error;
        if (!f.setUp(&error) || !server.start(options, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        if (const QString why = TusServerProcess::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        if (!TestSupport::haveProgram(u"ffmpeg"_s))
            QSKIP("ffmpeg is not installed");
    }

    void uploadsTheWholePackageThenNothingMore()
    {
        PackageFixture f;
        TusServerProcess server;
        QVERIFY(setUp(f, server));
        const auto r = TestSupport::runCli(uploadArgs(f, server));
        QVERIFY2(r.exitCode == 0, qPrintable(TestSupport::describe(r)));
        const QJsonObject json = TestSupport::jsonOf(r);
        QVERIFY(json.value(u"complete"_s).toBool());
        const QString bag = json.value(u"package"_s).toString();
        const QMap<QString, QString> local = localFiles(bag);
        QVERIFY(local.contains(u"bag-info.txt"_s) && local.contains(u"data/metadata.json"_s));
        QCOMPARE(server.storedFiles(), local);
        // submission.json lists every other upload with its URL, size and sha256.
        QFile submission(bag + u"/../submission.json"_s);
        QVERIFY(submission.open(QIODevice::ReadOnly));
        const QJsonArray files =
            QJsonDocument::fromJson(submission.readAll()).object().value(u"files"_s).toArray();
        QCOMPARE(files.size(), local.size() - 1);
        for (const QJsonValue &v : files) {
            QVERIFY(v.toObject().value(u"url"_s).toString().startsWith(server.endpoint()));
            QCOMPARE(v.toObject().value(u"sha256"_s).toString(),
                     local.value(v.toObject().value(u"path"_s).toString()));
        }
        // Sent in this order: the payload, largest file first, then the tag files, the tag manifest last.
        QList<UploadRecord> rows;
        QString error;
        QVERIFY2(UploadStore(f.workspace()).forBatch(f.batch().id, &rows, &error), qPrintable(error));
        std::sort(rows.begin(), rows.end(),
                  [](const UploadRecord &a, const UploadRecord &b) { return a.position < b.position; });
        QStringList order;
        for (const UploadRecord &r : std::as_const(rows))
            order.append(r.bagPath);
        const qsizetype firstTag = order.indexOf(u"bag-info.txt"_s);
        for (qsizetype i = 0; i < order.size(); ++i)
            QVERIFY2(order[i].startsWith(u"data/"_s) == (i < firstTag) || order[i] == u"submission.json"_s,
                     qPrintable(order.join(u' ')));
        for (qsizetype i = 1; i < firstTag; ++i)
            QVERIFY2(rows[i - 1].size >= rows[i].size, qPrintable(order.join(u' ')));
        order.removeAll(u"submission.json"_s);
        QCOMPARE(order.last(), u"tagmanifest-sha256.txt"_s);
        const int uploads = server.uploadCount();
        const auto again = TestSupport::runCli(uploadArgs(f, server));
        QVERIFY2(again.exitCode == 0, qPrintable(TestSupport::describe(again)));
        QVERIFY(TestSupport::jsonOf(again).value(u"reused_export"_s).toBool());
        QCOMPARE(server.uploadCount(), uploads);
    }

    void killedClientResumesTheSameUpload()
    {
        PackageFixture f;
        TusServerProcess server;
        QVERIFY(setUp(f, server));
        QProcess client;
        client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        client.start(TestSupport::cliPath(),
                     uploadArgs(f, server) + QStringList{u"--limit-rate"_s, u"64"_s, u"--chunk-size"_s,
                                                         u"16"_s, u"--jobs"_s, u"1"_s});
        QVERIFY(client.waitForStarted());
        // Wait until the first file is partly on the server, then kill the client without warning.
        QList<UploadRecord> rows;
        UploadStore store(f.workspace());
        QString error;
        const auto partly = [&](UploadRecord *found) {
            if (!store.forBatch(f.batch().id, &rows, &error))
                return false;
            for (const UploadRecord &r : std::as_const(rows))
                if (r.offset > 32 * 1024 && r.state != "done"_L1)
                    return *found = r, true;
            return false;
        };
        UploadRecord cut;
        QTRY_VERIFY_WITH_TIMEOUT(partly(&cut), 60000);
        client.kill();
        QVERIFY(client.waitForFinished());
        QVERIFY(store.forBatch(f.batch().id, &rows, &error));
        for (const UploadRecord &r : std::as_const(rows))
            if (r.id == cut.id)
                cut = r; // what the store holds after the kill
        QVERIFY(cut.state != "done"_L1);
        QVERIFY(cut.offset < cut.size);
        const QString file = cut.bagPath;
        QVERIFY(server.storedBytes(file) >= cut.offset);

        const auto r = TestSupport::runCli(uploadArgs(f, server));
        QVERIFY2(r.exitCode == 0, qPrintable(TestSupport::describe(r)));
        QVERIFY(store.forBatch(f.batch().id, &rows, &error));
        UploadRecord resumed;
        for (const UploadRecord &r : std::as_const(rows))
            if (r.id == cut.id)
                resumed = r;
        QCOMPARE(resumed.url, cut.url); // the same upload, resumed
        QCOMPARE(resumed.state, u"done"_s);
        const QJsonObject json = TestSupport::jsonOf(r);
        QCOMPARE(server.uploadCount(), json.value(u"files"_s).toArray().size()); // no second upload
        QCOMPARE(server.storedFiles(), localFiles(json.value(u"package"_s).toString()));
        // The resumed file was not sent from its start again.
        for (const QJsonValue &v : json.value(u"files"_s).toArray())
            if (v.toObject().value(u"path"_s).toString() == file)
                QVERIFY(v.toObject().value(u"bytes_sent"_s).toDouble() <= double(cut.size - cut.offset));
    }

    // A package made earlier and unchanged since is not hashed again before sending: each file is checked
    // while it goes out, against the fingerprint the export took with its sha256. A file that differs (here
    // one bit, with the bag's record written again as if its times had been kept) is never completed on the
    // server, and the next run makes the package again.
    void changedPackageFileIsNeverCompletedAndTheNextRunMakesItAgain()
    {
        PackageFixture f;
        TusServerProcess server;
        QVERIFY(setUp(f, server));
        const QStringList prepareOnly = prepareOnlyArgs(f);
        const auto first = TestSupport::runCli(prepareOnly);
        QVERIFY2(first.exitCode == 0, qPrintable(TestSupport::describe(first)));
        QVERIFY(!TestSupport::jsonOf(first).value(u"reused_export"_s).toBool());
        QCOMPARE(server.uploadCount(), 0); // nothing sent
        const auto second = TestSupport::runCli(prepareOnly);
        QVERIFY(TestSupport::jsonOf(second).value(u"reused_export"_s).toBool());
        QVERIFY(TestSupport::jsonOf(second).value(u"verify_in_stream"_s).toBool());

        const QString bag = TestSupport::jsonOf(first).value(u"package"_s).toString();
        QString video;
        for (const QJsonValue &v : TestSupport::jsonOf(first).value(u"files"_s).toArray())
            if (v.toObject().value(u"path"_s).toString().endsWith(u".mp4"_s))
                video = v.toObject().value(u"path"_s).toString();
        QVERIFY(!video.isEmpty());
        QHash<QString, QString> fingerprints;
        QVERIFY(BagSnapshot::matches(bag, bag + u"/../export.files"_s, &fingerprints));
        QCOMPARE(fingerprints.value(video), fingerprintOf(bag + u'/' + video)); // the export recorded it
        QFile file(bag + u'/' + video);
        QVERIFY(file.open(QIODevice::ReadWrite) && file.seek(file.size() / 2));
        const char byte = file.peek(1).at(0);
        QVERIFY(file.write(QByteArray(1, char(byte ^ 0x10))) == 1);
        file.close();
        QString error;
        QVERIFY(BagSnapshot::write(bag, bag + u"/../export.files"_s, fingerprints, &error));

        const auto changed = TestSupport::runCli(uploadArgs(f, server));
        QCOMPARE(changed.exitCode, 1);
        const QJsonObject report = TestSupport::jsonOf(changed);
        QVERIFY(report.value(u"reused_export"_s).toBool());
        QJsonObject entry;
        for (const QJsonValue &v : report.value(u"files"_s).toArray())
            if (v.toObject().value(u"path"_s).toString() == video)
                entry = v.toObject();
        QVERIFY2(
            entry.value(u"error"_s)
                    .toObject()
                    .value(u"text"_s)
                    .toString()
                    .contains(u"changed after the package was made"_s) &&
                entry.value(u"error"_s).toObject().value(u"detail"_s).toString().contains(u"fingerprint"_s),
            QJsonDocument(entry).toJson().constData());
        QVERIFY(!server.storedFiles().contains(video)); // never completed
        QVERIFY(!QFile::exists(bag + u"/../export.stamp"_s));

        const auto again = TestSupport::runCli(uploadArgs(f, server));
        QVERIFY2(again.exitCode == 0, qPrintable(TestSupport::describe(again)));
        QVERIFY(!TestSupport::jsonOf(again).value(u"reused_export"_s).toBool()); // made again
        // (The first run's tag files are on the server too: storedFiles() may show either by name.)
        QCOMPARE(server.storedFiles().value(video), localFiles(bag).value(video));
    }

    // An upload of an unchanged batch does not render the registration form again (its earlier export holds
    // it). When that export then turns out to have been altered, the package is made again, form included.
    void theFormIsRenderedOnlyForAPackageThatIsWritten()
    {
        PackageFixture f;
        QString error;
        QVERIFY2(f.setUp(&error), qPrintable(error));
        const QStringList prepareOnly = prepareOnlyArgs(f);
        BatchPackage::Plan fresh;
        QVERIFY2(BatchPackage::plan(f.workspace(), f.profile(), f.batch().name, &fresh, &error),
                 qPrintable(error));
        QVERIFY(fresh.request.registrationPdf.startsWith("%PDF")); // no export yet: rendered at once

        const auto first = TestSupport::runCli(prepareOnly);
        QVERIFY2(first.exitCode == 0, qPrintable(TestSupport::describe(first)));
        BatchPackage::Plan unchanged;
        QVERIFY2(BatchPackage::plan(f.workspace(), f.profile(), f.batch().name, &unchanged, &error),
                 qPrintable(error));
        QVERIFY(unchanged.request.registrationPdf.isEmpty()); // the earlier export holds it

        // The form removed from the export behind its back: the export's record no longer matches, its
        // verification fails, and the package is written again, with a form rendered then.
        const QString bag = TestSupport::jsonOf(first).value(u"package"_s).toString();
        const QString form = bag + u'/' + QLatin1String(BagLayout::RegistrationForm);
        QVERIFY(QFile::remove(form));
        const auto again = TestSupport::runCli(prepareOnly);
        QVERIFY2(again.exitCode == 0, qPrintable(TestSupport::describe(again)));
        QVERIFY(!TestSupport::jsonOf(again).value(u"reused_export"_s).toBool()); // made again
        QFile pdf(form);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(4) == "%PDF");
        const auto verify = TestSupport::runCli({u"verify"_s, bag, u"--no-metadata"_s, u"--no-technical"_s});
        QVERIFY2(verify.exitCode == 0, qPrintable(TestSupport::describe(verify)));
        if (TestSupport::haveProgram(u"pdftotext"_s)) {
            const auto text = TestSupport::run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, form, u"-"_s});
            QVERIFY2(text.exitCode == 0 && QString::fromUtf8(text.out).contains(u"国家开放大学"_s),
                     qPrintable(TestSupport::describe(text)));
        }
    }

    // An export that had to be verified in full (its files were touched, here one file's times set anew
    // without a change of content) takes each file's fingerprint in the same pass as its sha256, so that the
    // next upload checks it while sending at the fingerprint's cost. An export made before fingerprints (a
    // record without them) is still checked, against the manifest's sha256.
    void aFullVerificationRecordsTheFingerprints()
    {
        PackageFixture f;
        QString error;
        QVERIFY2(f.setUp(&error), qPrintable(error));
        const QStringList prepareOnly = prepareOnlyArgs(f);
        const auto first = TestSupport::runCli(prepareOnly);
        QVERIFY2(first.exitCode == 0, qPrintable(TestSupport::describe(first)));
        const QString bag = TestSupport::jsonOf(first).value(u"package"_s).toString();
        const QString record = bag + u"/../export.files"_s;
        const QMap<QString, QString> files = localFiles(bag);
        QVERIFY(files.size() > 3);

        // Written again without fingerprints, as an export made before them left it.
        QHash<QString, QString> none;
        QVERIFY(BagSnapshot::write(bag, record, none, &error));
        BatchPackage::Prepared prepared;
        QVERIFY2(BatchPackage::prepare(f.workspace(), f.profile(), f.batch().name, &prepared, &error),
                 qPrintable(error));
        QVERIFY(prepared.verifyInStream);
        for (const QueueEntry &e : std::as_const(prepared.entries))
            QVERIFY2(e.contentFingerprint.isEmpty() && (e.verifyWhileSending || e.group > 0),
                     qPrintable(e.record.bagPath)); // checked against the sha256

        // One file touched: its status-change time moves, the record no longer matches, and the bag is
        // verified in full before the upload, which records every file's fingerprint.
        QString video;
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            if (it.key().endsWith(u".mp4"_s))
                video = it.key();
        QVERIFY(!video.isEmpty());
        QFile touched(bag + u'/' + video);
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600),
                                    QFileDevice::FileModificationTime));
        touched.close();
        const auto verified = TestSupport::runCli(prepareOnly);
        QVERIFY2(verified.exitCode == 0, qPrintable(TestSupport::describe(verified)));
        QVERIFY(TestSupport::jsonOf(verified).value(u"reused_export"_s).toBool());
        QVERIFY(!TestSupport::jsonOf(verified).value(u"verify_in_stream"_s).toBool()); // verified before
        QHash<QString, QString> fingerprints;
        QVERIFY(BagSnapshot::matches(bag, record, &fingerprints));
        QCOMPARE(fingerprints.value(video), fingerprintOf(bag + u'/' + video));

        QVERIFY2(BatchPackage::prepare(f.workspace(), f.profile(), f.batch().name, &prepared, &error),
                 qPrintable(error));
        QVERIFY(prepared.verifyInStream);
        for (const QueueEntry &e : std::as_const(prepared.entries))
            if (e.verifyWhileSending)
                QCOMPARE(e.contentFingerprint, fingerprintOf(e.record.localPath));
    }

    void wrongTokenFailsFastWithItsMessage()
    {
        PackageFixture f;
        TusServerProcess server;
        TusServerProcess::Options options;
        options.token = u"the-right-one"_s;
        QVERIFY(setUp(f, server, options));
        QProcess client;
        client.start(TestSupport::cliPath(), {u"upload"_s, f.temp().path(), u"--batch"_s, f.batch().name,
                                              u"--endpoint"_s, server.endpoint(), u"--token-stdin"_s});
        QVERIFY(client.waitForStarted());
        client.write("a-wrong-one\n");
        client.closeWriteChannel();
        const bool ended = client.waitForFinished(60000);
        const QString err = QString::fromUtf8(client.readAllStandardError());
        QVERIFY2(ended, qPrintable(err));
        QCOMPARE(client.exitCode(), 1);
        QVERIFY2(err.contains(u"token"_s), qPrintable(err));
        QVERIFY(!err.contains(u"a-wrong-one"_s));
        QCOMPARE(server.uploadCount(), 0);
    }
};

QTEST_MAIN(TestUploadCli)
#include "TestUploadCli.moc"
