// BatchValidationJob: the whole-batch check on a worker thread with its own connection to the file.

#include "StoreReads.h"
#include "TempWorkspace.h"
#include "metadata/BatchValidationJob.h"
#include "metadata/BatchValidator.h"
#include "metadata/ResourceValidator.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class TestBatchValidationJob : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_tw = std::make_unique<TempWorkspace>();
        QVERIFY2(m_tw->isValid(), qPrintable(m_tw->error()));
        Batch batch;
        batch.name = u"b"_s;
        QString error;
        QVERIFY2(BatchStore(m_tw->workspace()).create(&batch, &error), qPrintable(error));
        m_batch = batch.id;
        ResourceStore store(m_tw->workspace());
        for (int i = 0; i < 7; ++i) {
            const qint64 id = store.create(m_batch, i % 2 ? u"A03"_s : u"A01"_s, &error);
            QVERIFY2(id, qPrintable(error));
            if (i % 3 == 0) // some with a too long title: an error that is not "missing"
                QVERIFY(store.setValue(id, u"title"_s, QString(i == 3 ? 101 : 10, QLatin1Char('t')), &error));
            if (i % 2)
                QVERIFY(store.setValue(id, u"url"_s, u"https://example.org/%1"_s.arg(i), &error));
        }
        m_context.taxonomy = &m_tw->profile().taxonomy;
    }

    void chunksFollowTheListAndMatchTheValidators()
    {
        BatchValidationJob job(m_tw->path(), m_batch, m_tw->profile(), m_context, 3);
        QList<QList<BatchValidationJob::Status>> chunks;
        ValidationReport report;
        QString error;
        // On another thread, as the window runs it, while this thread's connection stays open. The worker
        // only collects; the assertions run here, on the test thread.
        bool ran = false;
        QThread *thread = QThread::create([&] {
            ran = job.run([&](const QList<BatchValidationJob::Status> &c) { chunks.append(c); }, &report,
                          &error);
        });
        thread->start();
        QVERIFY(thread->wait(30000));
        delete thread;
        QVERIFY2(ran, qPrintable(error));

        QCOMPARE(chunks.size(), 3);
        QCOMPARE(chunks.at(0).size(), 3);
        QCOMPARE(chunks.at(2).size(), 1);
        const QList<Resource> resources = StoreReads::inBatch(ResourceStore(m_tw->workspace()), m_batch);
        const ResourceValidator validator(m_tw->profile(), m_context);
        int row = 0;
        int missingOnly = 0, other = 0;
        for (const auto &chunk : chunks) {
            for (const BatchValidationJob::Status &status : chunk) {
                const Resource &r = resources.at(row++);
                QCOMPARE(status.resourceId, r.id);
                const ValidationReport own = validator.validate(r);
                QCOMPARE(status.errors, own.errorCount());
                QCOMPARE(status.warnings, own.warningCount());
                QVERIFY(status.errors > 0); // drafts
                (status.missing == status.errors ? missingOnly : other)++;
            }
        }
        QVERIFY(other > 0); // the 101-character title
        QVERIFY(missingOnly > 0);
        const ValidationReport expected =
            BatchValidator(m_tw->profile(), m_context).validate(resources, Unit());
        QCOMPARE(report.messages().size(), expected.messages().size());
        QCOMPARE(report.errorCount(), expected.errorCount());
        QCOMPARE(report.warningCount(), expected.warningCount()); // unit_incomplete among them
    }

    void cancelStops()
    {
        BatchValidationJob job(m_tw->path(), m_batch, m_tw->profile(), m_context, 2);
        int chunks = 0;
        ValidationReport report;
        QString error;
        QVERIFY(!job.run(
            [&](const QList<BatchValidationJob::Status> &) {
                ++chunks;
                job.cancel();
            },
            &report, &error));
        QCOMPARE(chunks, 1);
        QVERIFY(report.isEmpty());
        BatchValidationJob early(m_tw->path(), m_batch, m_tw->profile(), m_context);
        early.cancel();
        QVERIFY(!early.run({}, &report, &error));
    }

    void unreadableWorkspaceFails()
    {
        const QString notSqlite = m_tw->dir() + u"/not.submitdesk"_s;
        QFile f(notSqlite);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database at all");
        f.close();
        BatchValidationJob job(notSqlite, m_batch, m_tw->profile(), m_context);
        ValidationReport report;
        QString error;
        QVERIFY(!job.run({}, &report, &error));
        QVERIFY2(error.contains(u"not.submitdesk"_s), qPrintable(error));
    }

    // The background check only reads: opened read-only, it writes nothing into the file (not the journal
    // mode, not the application id, not a default profile id), so neither its bytes nor its mtime change.
    void runWritesNothing()
    {
        const QString path = m_tw->path();
        m_tw->workspace().close(); // the file alone, checkpointed, as after the window closed it
        const QDateTime old(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
        }
        const QFile::Permissions permissions = QFile::permissions(path);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = sha256Of(path);

        BatchValidationJob job(path, m_batch, m_tw->profile(), m_context);
        ValidationReport report;
        QString error;
        int statuses = 0;
        const bool ok = job.run([&](const QList<BatchValidationJob::Status> &s) { statuses += s.size(); },
                                &report, &error);
        const QByteArray after = sha256Of(path);
        const QDateTime mtime = QFileInfo(path).lastModified().toUTC();
        QFile::setPermissions(path, permissions);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(statuses, 7);
        QCOMPARE(after, before);
        QCOMPARE(mtime, old);
    }

private:
    static QByteArray sha256Of(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&f);
        return hash.result().toHex();
    }

    std::unique_ptr<TempWorkspace> m_tw;
    qint64 m_batch = 0;
    ValidationContext m_context;
};

QTEST_GUILESS_MAIN(TestBatchValidationJob)
#include "TestBatchValidationJob.moc"
