// ParallelJobs and the parallel reading pass of BagReader (a verified bag's payload is hashed on one thread
// per core): every job and every file exactly once, the first failure stops the rest, cancel is honoured,
// and the bytes each file's reader sees are the file's own.

#include "common/ParallelJobs.h"
#include "package/BagReader.h"
#include "package/Sha256.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

class TestParallelReading : public QObject
{
    Q_OBJECT
private slots:
    void everyJobRunsOnce();
    void firstFailureStopsTheRest();
    void cancelIsHonoured();
    void folderFilesAreReadInParallel();
    void aFailingFileStopsTheReading();

private:
    QString makeBag(QTemporaryDir &dir, int files, QMap<QString, QByteArray> *digests);
};

void TestParallelReading::everyJobRunsOnce()
{
    std::mutex lock;
    QList<int> ran;
    const bool ok = ParallelJobs::run(
        200, 4,
        [&](int index, const std::atomic_bool &, QString *) {
            std::lock_guard guard(lock);
            ran.append(index);
            return true;
        },
        nullptr, u"cancelled"_s, nullptr);
    QVERIFY(ok);
    std::sort(ran.begin(), ran.end());
    QCOMPARE(ran.size(), 200);
    for (int i = 0; i < 200; ++i)
        QCOMPARE(ran.at(i), i);
}

void TestParallelReading::firstFailureStopsTheRest()
{
    std::atomic_int started = 0;
    QString error;
    const bool ok = ParallelJobs::run(
        1000, 2,
        [&](int index, const std::atomic_bool &stop, QString *jobError) {
            ++started;
            if (index == 3 || index == 5) {
                *jobError = u"job %1 failed"_s.arg(index);
                return false;
            }
            for (int i = 0; i < 20 && !stop.load(); ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            return true;
        },
        nullptr, u"cancelled"_s, &error);
    QVERIFY(!ok);
    QVERIFY2(error == "job 3 failed"_L1 || error == "job 5 failed"_L1, qPrintable(error));
    QVERIFY2(started.load() < 20, qPrintable(u"%1 jobs started after a failure"_s.arg(started.load())));
}

void TestParallelReading::cancelIsHonoured()
{
    std::atomic_bool cancel = false;
    std::atomic_int started = 0;
    QString error;
    const bool ok = ParallelJobs::run(
        1000, 2,
        [&](int index, const std::atomic_bool &, QString *) {
            ++started;
            if (index == 10)
                cancel = true;
            return true;
        },
        &cancel, u"cancelled"_s, &error);
    QVERIFY(!ok);
    QCOMPARE(error, u"cancelled"_s);
    QVERIFY(started.load() < 20);
}

QString TestParallelReading::makeBag(QTemporaryDir &dir, int files, QMap<QString, QByteArray> *digests)
{
    const QString root = dir.filePath(u"bag"_s);
    QDir().mkpath(root + u"/data"_s);
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < files; ++i) {
        // Some files span several of the reader's 4 MiB blocks, most are small.
        const qint64 size = i % 7 == 0 ? (9 << 20) + i : 1000 + i * 37;
        QByteArray bytes(size, Qt::Uninitialized);
        random->fillRange(reinterpret_cast<quint32 *>(bytes.data()), int(size / 4));
        const QString path = u"data/f%1.bin"_s.arg(i);
        QFile f(root + u'/' + path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != size)
            return {};
        digests->insert(path, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
    return root;
}

void TestParallelReading::folderFilesAreReadInParallel()
{
    QTemporaryDir dir;
    QMap<QString, QByteArray> expected;
    const QString root = makeBag(dir, 30, &expected);
    QVERIFY(!root.isEmpty());
    BagReader reader;
    QString error;
    QVERIFY2(reader.open(root, &error), qPrintable(error));

    std::mutex lock;
    QMap<QString, QByteArray> seen;
    QSet<std::thread::id> threads;
    struct Hashed
    {
        QString path;
        Sha256 hash;
    };
    std::list<Hashed> hashes;
    const auto visit = [&](const BagReader::Entry &e) -> BagReader::BlockFn {
        Hashed &h = hashes.emplace_back();
        h.path = e.path;
        return [&, hp = &h.hash](const char *data, qint64 size) {
            hp->update(data, size);
            std::lock_guard guard(lock);
            threads.insert(std::this_thread::get_id());
            return true;
        };
    };
    QVERIFY2(reader.readAllParallel(visit, &error, nullptr, 3), qPrintable(error));
    for (Hashed &h : hashes)
        seen.insert(h.path, h.hash.hex().toLatin1());
    QCOMPARE(seen, expected);
    QVERIFY2(threads.size() > 1, "every file was read on one thread");
}

void TestParallelReading::aFailingFileStopsTheReading()
{
    QTemporaryDir dir;
    QMap<QString, QByteArray> expected;
    const QString root = makeBag(dir, 60, &expected);
    BagReader reader;
    QString error;
    QVERIFY(reader.open(root, &error));
    std::atomic_int visited = 0;
    // The third file visited fails, whichever it is (the reader takes the largest first).
    const auto visit = [&](const BagReader::Entry &) -> BagReader::BlockFn {
        const bool bad = ++visited == 3;
        return [bad](const char *, qint64) { return !bad; };
    };
    QVERIFY(!reader.readAllParallel(visit, &error, nullptr, 2));
    QVERIFY2(visited.load() < 60, "the reading went on after a file failed");
}

QTEST_GUILESS_MAIN(TestParallelReading)
#include "TestParallelReading.moc"
