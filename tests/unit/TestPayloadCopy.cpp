// Issue 17 item 3: an export's payload is copied by the kernel into a folder (copy_file_range) and hashed as
// read back from the copy; where the kernel cannot copy (a pipe) the sink reads and writes instead. A file
// that grows or shrinks while it is copied is refused, and one that keeps growing is not copied forever.
// Files are copied and verified the largest first, so that no large file is left alone at the end. A zip's
// stored entries are filled the same way, several at once, each at its own offset (ZipSink).

#include "package/ArchiveSink.h"
#include "package/BagReader.h"
#include "package/ContentFingerprint.h"
#include "package/FolderSink.h"
#include "package/HashingCopier.h"
#include "package/PayloadCopier.h"
#include "package/Sha256.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <utility>

using namespace Qt::StringLiterals;

class TestPayloadCopy : public QObject
{
    Q_OBJECT
private slots:
    void kernelCopyHashesWhatWasWritten();
    void fingerprintIsXxh3Of128BitsAsXxhsumPrintsIt();
    void aPipeIsCopiedByReadAndWrite();
    void aFileThatGrowsIsRefused();
    void aFileThatKeepsGrowingIsNotCopiedForever_data();
    void aFileThatKeepsGrowingIsNotCopiedForever();
    void aFileThatShrinksIsRefused();
    void largestFilesAreCopiedFirst();
    void largestFilesAreReadFirst();
    void zipEntriesAreCopiedInParallel();
    void aZipEntryNeverTakesMoreThanItsRoom();

private:
    static QByteArray randomBytes(qint64 size);
    static bool writeFile(const QString &path, const QByteArray &bytes);
    static QString sha256(const QByteArray &bytes);
    static QByteArray readFile(const QString &path);
};

QByteArray TestPayloadCopy::randomBytes(qint64 size)
{
    QByteArray bytes((size + 3) / 4 * 4, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    bytes.truncate(size);
    return bytes;
}

bool TestPayloadCopy::writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString TestPayloadCopy::sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray TestPayloadCopy::readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestPayloadCopy::kernelCopyHashesWhatWasWritten()
{
    QTemporaryDir dir;
    // Several blocks and a partial one.
    const QByteArray bytes = randomBytes(3 * HashingCopier::CopyBlock + 12345);
    QVERIFY(writeFile(dir.filePath(u"source.mp4"_s), bytes));
    FolderSink sink;
    QString error;
    QVERIFY2(sink.open(dir.filePath(u"bag"_s), u"bag"_s, &error), qPrintable(error));
    HashingCopier::Copied copied;
    HashingCopier copier;
    copier.setFingerprinting(true);
    QVERIFY2(copier.copy(dir.filePath(u"source.mp4"_s), sink, u"data/a/source.mp4"_s, &copied, &error),
             qPrintable(error));
    QVERIFY(sink.close(&error));
    QCOMPARE(copied.size, bytes.size());
    QCOMPARE(copied.sha256, sha256(bytes));
    QCOMPARE(copied.fingerprint, ContentFingerprint::hexOf(bytes));
    QCOMPARE(readFile(dir.filePath(u"bag/data/a/source.mp4"_s)), bytes);

    // An export that is not for an upload takes no fingerprint (it would not be used).
    FolderSink plainSink;
    QVERIFY2(plainSink.open(dir.filePath(u"plain"_s), u"plain"_s, &error), qPrintable(error));
    HashingCopier::Copied plain;
    QVERIFY2(HashingCopier().copy(dir.filePath(u"source.mp4"_s), plainSink, u"data/a/source.mp4"_s, &plain,
                                  &error),
             qPrintable(error));
    QVERIFY(plainSink.close(&error));
    QCOMPARE(plain.sha256, sha256(bytes));
    QVERIFY(plain.fingerprint.isEmpty());
}

// The fingerprint the export records is XXH3-128 in its canonical form, as the xxhsum tool (Debian's xxhash)
// prints it for the same file: bytes fed in pieces of any size give the same digits.
void TestPayloadCopy::fingerprintIsXxh3Of128BitsAsXxhsumPrintsIt()
{
    QTemporaryDir dir;
    const QByteArray bytes = randomBytes(2 * HashingCopier::CopyBlock + 777);
    const QString path = dir.filePath(u"lecture.mp4"_s);
    QVERIFY(writeFile(path, bytes));
    if (QStandardPaths::findExecutable(u"xxhsum"_s).isEmpty())
        QSKIP("xxhsum (Debian package xxhash, in .ci/packages.txt) is not installed");
    QProcess xxhsum;
    xxhsum.start(u"xxhsum"_s, {u"-H2"_s, path});
    QVERIFY2(xxhsum.waitForFinished(30000) && xxhsum.exitCode() == 0,
             qPrintable(u"xxhsum (package xxhash) did not run: "_s + xxhsum.errorString()));
    const QString expected = QString::fromLatin1(xxhsum.readAllStandardOutput().split(' ').first());
    QVERIFY(ContentFingerprint::isWellFormed(expected));
    ContentFingerprint inPieces;
    for (qsizetype at = 0; at < bytes.size(); at += 100003)
        inPieces.update(bytes.constData() + at, std::min<qsizetype>(100003, bytes.size() - at));
    QCOMPARE(inPieces.hex(), expected);
    QCOMPARE(ContentFingerprint::hexOf(bytes), expected);
    QVERIFY(ContentFingerprint::hexOf(bytes.left(bytes.size() - 1)) != expected);
}

void TestPayloadCopy::aPipeIsCopiedByReadAndWrite()
{
    QTemporaryDir dir;
    const QByteArray bytes = randomBytes(40000); // less than a pipe holds: written at once, no thread
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    QCOMPARE(::write(fds[1], bytes.constData(), size_t(bytes.size())), ssize_t(bytes.size()));
    ::close(fds[1]);
    FolderSink sink;
    QString error;
    QVERIFY2(sink.open(dir.filePath(u"bag"_s), u"bag"_s, &error), qPrintable(error));
    QVERIFY(sink.beginFile(u"data/piped.bin"_s, bytes.size(), false, &error));
    QByteArray readBack(HashingCopier::CopyBlock, Qt::Uninitialized);
    Sha256 hash;
    qint64 total = 0;
    for (;;) {
        const qint64 n = sink.copyFromFile(fds[0], readBack.data(), readBack.size(), &error);
        QVERIFY2(n >= 0, qPrintable(error));
        if (n == 0)
            break;
        hash.update(readBack.constData(), n);
        total += n;
    }
    ::close(fds[0]);
    QVERIFY2(sink.endFile(&error), qPrintable(error));
    QCOMPARE(total, bytes.size());
    QCOMPARE(hash.hex(), sha256(bytes));
    QCOMPARE(readFile(dir.filePath(u"bag/data/piped.bin"_s)), bytes);
}

void TestPayloadCopy::aFileThatGrowsIsRefused()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"growing.mp4"_s);
    QVERIFY(writeFile(source, randomBytes(3 * HashingCopier::CopyBlock)));
    FolderSink sink;
    QString error;
    QVERIFY(sink.open(dir.filePath(u"bag"_s), u"bag"_s, &error));
    bool grown = false;
    HashingCopier copier(nullptr, [&](qint64) {
        if (grown)
            return;
        grown = true;
        QFile f(source);
        QVERIFY(f.open(QIODevice::Append) && f.write(QByteArray(1000, 'x')) == 1000);
    });
    HashingCopier::Copied copied;
    QVERIFY(!copier.copy(source, sink, u"data/growing.mp4"_s, &copied, &error));
    QVERIFY2(error.contains("changed while it was copied"_L1), qPrintable(error));
}

void TestPayloadCopy::aFileThatKeepsGrowingIsNotCopiedForever_data()
{
    QTest::addColumn<bool>("zip");
    QTest::newRow("folder") << false;
    QTest::newRow("zip") << true;
}

void TestPayloadCopy::aFileThatKeepsGrowingIsNotCopiedForever()
{
    QFETCH(bool, zip);
    QTemporaryDir dir;
    const QString source = dir.filePath(u"log.mp4"_s);
    QVERIFY(writeFile(source, randomBytes(HashingCopier::CopyBlock)));
    const auto sink = zip ? ArchiveSink::createZip() : ArchiveSink::createFolder();
    QString error;
    QVERIFY(sink->open(dir.filePath(zip ? u"bag.zip"_s : u"bag"_s), u"bag"_s, &error));
    // Each block copied adds two: read to its end, the file would never end. The cap ends a broken copier.
    int blocks = 0;
    const QByteArray more(2 * HashingCopier::CopyBlock, 'x');
    HashingCopier copier(nullptr, [&](qint64) {
        if (++blocks > 50)
            return;
        QFile f(source);
        QVERIFY(f.open(QIODevice::Append) && f.write(more) == more.size());
    });
    HashingCopier::Copied copied;
    QVERIFY(!copier.copy(source, *sink, u"data/log.mp4"_s, &copied, &error));
    sink->abort();
    QVERIFY2(error.contains("changed while it was copied"_L1), qPrintable(error));
    // One byte past the size it started with, and no further.
    QVERIFY2(blocks <= 2, qPrintable(u"%1 blocks copied of a file of one block"_s.arg(blocks)));
}

void TestPayloadCopy::aFileThatShrinksIsRefused()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"shrinking.mp4"_s);
    QVERIFY(writeFile(source, randomBytes(3 * HashingCopier::CopyBlock)));
    FolderSink sink;
    QString error;
    QVERIFY(sink.open(dir.filePath(u"bag"_s), u"bag"_s, &error));
    HashingCopier copier(nullptr, [&](qint64) { QFile::resize(source, HashingCopier::CopyBlock + 10); });
    HashingCopier::Copied copied;
    QVERIFY(!copier.copy(source, sink, u"data/shrinking.mp4"_s, &copied, &error));
    QVERIFY2(error.contains("changed while it was copied"_L1), qPrintable(error));
}

// The smallest file is listed first; copied the largest first, it starts only once a large one is done.
void TestPayloadCopy::largestFilesAreCopiedFirst()
{
    QTemporaryDir dir;
    const QList<qint64> sizes{1000, 6 * HashingCopier::CopyBlock, 4 * HashingCopier::CopyBlock};
    QList<PayloadCopier::Source> sources;
    for (int i = 0; i < sizes.size(); ++i) {
        const QString path = dir.filePath(u"f%1.mp4"_s.arg(i));
        QVERIFY(writeFile(path, randomBytes(sizes.at(i))));
        sources.append({path, u"data/f%1.mp4"_s.arg(i)});
    }
    QStringList events; // "start data/f0.mp4", "end data/f1.mp4": the copier reports one call at a time
    QHash<QString, qint64> done;
    PayloadCopier copier(
        nullptr,
        [&](const QString &bagPath, qint64 bytes) {
            if (bytes == 0)
                events.append(u"start "_s + bagPath);
            done[bagPath] += bytes;
            if (bytes > 0 && done.value(bagPath) == sizes.at(bagPath.mid(6, 1).toInt()))
                events.append(u"end "_s + bagPath);
        },
        2);
    auto sink = ArchiveSink::createFolder();
    QString error;
    QVERIFY(sink->open(dir.filePath(u"bag"_s), u"bag"_s, &error));
    QList<PayloadCopier::Copied> copied;
    QVERIFY2(copier.copy(sources, *sink, &copied, &error), qPrintable(error));
    for (int i = 0; i < sizes.size(); ++i) // results in the order of the sources
        QCOMPARE(copied.at(i).size, sizes.at(i));
    const qsizetype smallStarts = events.indexOf(u"start data/f0.mp4"_s);
    QVERIFY2(events.size() == 6, qPrintable(events.join(u", "_s))); // each file started and ended once
    const qsizetype firstEnd =
        std::min(events.indexOf(u"end data/f1.mp4"_s), events.indexOf(u"end data/f2.mp4"_s));
    QVERIFY2(smallStarts > firstEnd, qPrintable(events.join(u", "_s)));
}

// The same for verify: the smallest file (first by name) is read once a large one has been read.
void TestPayloadCopy::largestFilesAreReadFirst()
{
    QTemporaryDir dir;
    const QList<qint64> sizes{1000, 6 * BagReader::BlockSize, 4 * BagReader::BlockSize};
    QVERIFY(QDir().mkpath(dir.filePath(u"bag/data"_s)));
    for (int i = 0; i < sizes.size(); ++i)
        QVERIFY(writeFile(dir.filePath(u"bag/data/f%1.bin"_s.arg(i)), randomBytes(sizes.at(i))));
    BagReader reader;
    QString error;
    QVERIFY2(reader.open(dir.filePath(u"bag"_s), &error), qPrintable(error));
    std::mutex lock;
    QStringList events;
    std::list<qint64> done;
    const auto visit = [&](const BagReader::Entry &e) -> BagReader::BlockFn {
        std::lock_guard guard(lock);
        events.append(u"start "_s + e.path);
        qint64 *read = &done.emplace_back(0);
        return [&, read, path = e.path, size = e.size](const char *, qint64 n) {
            std::lock_guard guard(lock);
            *read += n;
            if (*read == size)
                events.append(u"end "_s + path);
            return true;
        };
    };
    QVERIFY2(reader.readAllParallel(visit, &error, nullptr, 2), qPrintable(error));
    const qsizetype smallStarts = events.indexOf(u"start data/f0.bin"_s);
    QVERIFY2(events.size() == 6, qPrintable(events.join(u", "_s))); // each file started and ended once
    const qsizetype firstEnd =
        std::min(events.indexOf(u"end data/f1.bin"_s), events.indexOf(u"end data/f2.bin"_s));
    QVERIFY2(smallStarts > firstEnd, qPrintable(events.join(u", "_s)));
}

// Two writers fill a zip at once (the largest file first); another reader (libarchive, which checks each
// entry's CRC-32) finds every entry whole, with the digest the copier reported, and the text deflated.
void TestPayloadCopy::zipEntriesAreCopiedInParallel()
{
    QTemporaryDir dir;
    const QList<qint64> sizes{1000, 5 * HashingCopier::CopyBlock + 77, 3 * HashingCopier::CopyBlock, 0};
    QList<PayloadCopier::Source> sources;
    QList<QByteArray> contents;
    for (int i = 0; i < sizes.size(); ++i) {
        contents.append(randomBytes(sizes.at(i)));
        const QString path = dir.filePath(u"f%1.mp4"_s.arg(i));
        QVERIFY(writeFile(path, contents.last()));
        sources.append({path, u"data/f%1.mp4"_s.arg(i)});
    }
    const QString zip = dir.filePath(u"bag.zip"_s);
    auto sink = ArchiveSink::createZip();
    QString error;
    QVERIFY2(sink->open(zip, u"bag"_s, &error), qPrintable(error));
    QVERIFY(sink->parallelWriter());
    QList<PayloadCopier::Copied> copied;
    QVERIFY2(PayloadCopier(nullptr, {}, 2).copy(sources, *sink, &copied, &error), qPrintable(error));
    const QByteArray text = QByteArray("BagIt-Version: 1.0\n").repeated(100);
    QVERIFY2(sink->addFile(u"bagit.txt"_s, text, &error), qPrintable(error));
    QVERIFY2(sink->close(&error), qPrintable(error));
    for (int i = 0; i < sizes.size(); ++i)
        QCOMPARE(copied.at(i).sha256, sha256(contents.at(i)));

    BagReader reader;
    QVERIFY2(reader.open(zip, &error), qPrintable(error));
    QVERIFY(reader.isZip());
    QHash<QString, QByteArray> read;
    const auto visit = [&read](const BagReader::Entry &e) -> BagReader::BlockFn {
        read.insert(e.path, QByteArray());
        return [&read, path = e.path](const char *data, qint64 n) {
            read[path].append(data, n);
            return true;
        };
    };
    QVERIFY2(reader.readAll(visit, &error), qPrintable(error));
    QCOMPARE(read.size(), sizes.size() + 1);
    for (int i = 0; i < sizes.size(); ++i)
        QVERIFY2(read.value(sources.at(i).bagPath) == contents.at(i), qPrintable(sources.at(i).bagPath));
    QCOMPARE(read.value(u"bagit.txt"_s), text);
}

// An entry's room is its announced size: more bytes are refused, and a file that grew while it was copied is
// refused without a byte written into the room of the entry after it.
void TestPayloadCopy::aZipEntryNeverTakesMoreThanItsRoom()
{
    QTemporaryDir dir;
    auto sink = ArchiveSink::createZip();
    QString error;
    QVERIFY(sink->open(dir.filePath(u"bag.zip"_s), u"bag"_s, &error));
    QVERIFY(sink->beginFile(u"data/small.bin"_s, 100, false, &error));
    const QByteArray tooMuch(101, 'x');
    QVERIFY(!sink->write(tooMuch.constData(), tooMuch.size(), &error));
    QVERIFY2(error.contains("100"_L1), qPrintable(error));
    sink->abort();

    const QString source = dir.filePath(u"growing.mp4"_s);
    QVERIFY(writeFile(source, randomBytes(HashingCopier::CopyBlock + 10)));
    sink = ArchiveSink::createZip();
    QVERIFY(sink->open(dir.filePath(u"bag2.zip"_s), u"bag"_s, &error));
    bool grown = false;
    HashingCopier copier(nullptr, [&](qint64) {
        if (std::exchange(grown, true))
            return;
        QFile f(source);
        QVERIFY(f.open(QIODevice::Append) && f.write(QByteArray(1000, 'x')) == 1000);
    });
    HashingCopier::Copied copied;
    QVERIFY(!copier.copy(source, *sink, u"data/growing.mp4"_s, &copied, &error));
    QVERIFY2(error.contains("changed while it was copied"_L1), qPrintable(error));
    sink->abort();
    QCOMPARE(QFileInfo(dir.filePath(u"bag2.zip"_s)).size(), // nothing past its room: header and data only
             qint64(30 + 20 + qsizetype(strlen("bag/data/growing.mp4")) + HashingCopier::CopyBlock + 10));
}

QTEST_GUILESS_MAIN(TestPayloadCopy)
#include "TestPayloadCopy.moc"
