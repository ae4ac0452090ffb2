// Hostile package zips (issue 12, items 5 and 9), made at test time by hostile_zip.py from a real exported
// package: tag files that inflate to gigabytes (truthful or lying headers), payload larger than it declares,
// extraction budget and free space, and entry names that collide (exact, after NFC, after case folding) or
// are not UTF-8. Verify and open refuse each with a message naming the entries; memory and disk stay bounded.

#include "PackageFixture.h"
#include "StoreReads.h"
#include "TestSupport.h"

#include "package/BagReader.h"
#include "package/BagVerifier.h"
#include "package/BagWriter.h"
#include "package/ExportJob.h"
#include "package/PackageOpener.h"
#include "workspace/BatchStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

#include <limits>

using namespace Qt::StringLiterals;

namespace {
qint64 maxRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Bytes of every file under `dir`.
qint64 bytesUnder(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

// Sets TMPDIR for its lifetime, so that the temporary files verify makes can be watched.
class TempDirOverride
{
public:
    explicit TempDirOverride(const QString &dir) : m_old(qgetenv("TMPDIR"))
    {
        qputenv("TMPDIR", dir.toUtf8());
    }
    ~TempDirOverride() { m_old.isEmpty() ? qunsetenv("TMPDIR") : qputenv("TMPDIR", m_old); }

private:
    QByteArray m_old;
};
} // namespace

class TestBagReader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tagFileBombIsRefused_data();
    void tagFileBombIsRefused();
    void payloadLargerThanDeclaredIsRefused();
    void openWritesNoMoreThanDeclared();
    void extractionBudgetIsEnforced();
    void freeSpaceIsCheckedFirst();
    void collidingNamesAreInvalid_data();
    void collidingNamesAreInvalid();
    void collidingNamesInAFolder();

private:
    // A hostile copy of the exported zip; empty on failure (the reason in *error).
    QString hostile(const QString &name, const QStringList &change, QString *error);
    PackageFixture m_fixture;
    QTemporaryDir m_out;
    QString m_zip;
    QString m_folder;
};

void TestBagReader::initTestCase()
{
    if (!TestSupport::haveProgram(u"ffmpeg"_s) || !TestSupport::haveProgram(u"python3"_s))
        QSKIP("ffmpeg or python3 is not installed");
    QString error;
    QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
    ExportRequest request;
    ValidationReport report;
    QVERIFY2(ExportJob::prepare(m_fixture.workspace(), m_fixture.profile(), u"spring"_s, false,
                                m_out.filePath(u"bag.zip"_s), &request, &report, &error),
             qPrintable(error));
    ExportResult result;
    QVERIFY2(BagWriter().write(request, &result, &error), qPrintable(error));
    m_zip = result.path;
    QVERIFY(BagVerifier::verify(m_zip).isValid());
    QVERIFY2(ExportJob::prepare(m_fixture.workspace(), m_fixture.profile(), u"spring"_s, false,
                                m_out.filePath(u"bag"_s), &request, &report, &error),
             qPrintable(error));
    QVERIFY2(BagWriter().write(request, &result, &error), qPrintable(error));
    m_folder = result.path;
}

QString TestBagReader::hostile(const QString &name, const QStringList &change, QString *error)
{
    const QString target = m_out.filePath(name);
    const QString script = TestSupport::sourceDir() + u"/tests/unit/hostile_zip.py"_s;
    const auto r = TestSupport::run(u"python3"_s, QStringList{script, m_zip, target} + change);
    if (r.exitCode != 0) {
        *error = QString::fromUtf8(r.err);
        return {};
    }
    return target;
}

void TestBagReader::tagFileBombIsRefused_data()
{
    QTest::addColumn<QStringList>("change");
    // Ten root .txt entries of 2 GiB each: a 20 MB zip that inflates to 20 GiB.
    QTest::newRow("20 MB zip of 20 GiB") << QStringList{u"bomb"_s, u"10"_s, QString::number(qint64(2) << 30)};
    // Forty of 60 MiB each, every one below a per-file limit of 64 MiB: 2.4 GiB from a 2.5 MB zip.
    QTest::newRow("many root tag files")
        << QStringList{u"bomb"_s, u"40"_s, QString::number(qint64(60) << 20)};
    // Ten of 256 MiB each whose headers say 1000 bytes.
    QTest::newRow("lying header") << QStringList{u"lie"_s, u"10"_s, QString::number(qint64(256) << 20),
                                                 u"1000"_s};
}

// Root tag files are bounded one by one and in total: the open and the verify are refused naming the entry,
// without buffering gigabytes.
void TestBagReader::tagFileBombIsRefused()
{
    QFETCH(QStringList, change);
    QString error;
    const QString bomb = hostile(u"bomb.zip"_s, change, &error);
    QVERIFY2(!bomb.isEmpty(), qPrintable(error));

    const qint64 rssBefore = maxRssKiB();
    QElapsedTimer timer;
    timer.start();
    TempWorkspace reviewer;
    PackageOpener opener(reviewer.workspace(), reviewer.profile());
    PackageOpener::Result result;
    const bool opened = opener.open(bomb, QString(), &result, &error);
    const qint64 openMs = timer.elapsed();
    const qint64 openGrowth = maxRssKiB() - rssBefore;
    timer.restart();
    const BagVerifier::Result verified = BagVerifier::verify(bomb);
    const qint64 verifyMs = timer.elapsed();
    const qint64 growth = maxRssKiB() - rssBefore;
    qInfo("zip of %lld bytes; open: %lld ms, peak RSS growth %lld KiB; verify: %lld ms, peak RSS growth %lld "
          "KiB in all",
          QFileInfo(bomb).size(), openMs, openGrowth, verifyMs, growth);
    qInfo("open: %s", qPrintable(error));
    qInfo("verify: %s", qPrintable(verified.error));

    QVERIFY(!opened);
    QVERIFY2(error.contains("notes-0"_L1), qPrintable(error));
    QVERIFY(StoreReads::batches(BatchStore(reviewer.workspace())).isEmpty());
    QVERIFY(!verified.isValid());
    QVERIFY2(!verified.ran && verified.error.contains("notes-0"_L1), qPrintable(verified.error));
    QVERIFY2(growth < 200 * 1024, qPrintable(QString::number(growth)));
    QVERIFY2(openMs + verifyMs < 60000, "finishes within 60 s");
}

// A payload entry that inflates past its declared size: verify refuses it naming the entry, and the copy
// made for the technical check never holds more than the declared bytes.
void TestBagReader::payloadLargerThanDeclaredIsRefused()
{
    const QString entry = u"data/resources/A01-0001/extra.mp4"_s;
    QString error;
    const QString zip =
        hostile(u"payload-lie.zip"_s,
                {u"payload-lie"_s, entry, QString::number(qint64(512) << 20), u"1000"_s}, &error);
    QVERIFY2(!zip.isEmpty(), qPrintable(error));
    // What the honest media and covers take when copied out.
    BagReader reader;
    QVERIFY2(reader.open(m_zip, &error), qPrintable(error));
    qint64 honest = 0;
    for (const BagReader::Entry &e : reader.entries())
        if (e.path.startsWith("data/resources/"_L1) && !e.path.endsWith("/catalog.xml"_L1))
            honest += e.size;
    QTemporaryDir tmp(m_out.filePath(u"tmp-XXXXXX"_s));
    QVERIFY(tmp.isValid());
    qint64 mostOnDisk = 0;
    BagVerifier::Result verified;
    {
        const TempDirOverride override(tmp.path());
        verified = BagVerifier::verify(zip, BagVerifier::Options(), nullptr, [&](qint64, qint64) {
            mostOnDisk = std::max(mostOnDisk, bytesUnder(tmp.path()));
        });
    }
    qInfo("most bytes copied out at once: %lld (the honest media and covers: %lld)", mostOnDisk, honest);
    QVERIFY(!verified.isValid());
    QVERIFY2(verified.error.contains(entry), qPrintable(verified.error));
    QVERIFY2(mostOnDisk <= honest + 1000, qPrintable(QString::number(mostOnDisk)));
    QCOMPARE(bytesUnder(tmp.path()), 0);
}

// A media file of the package whose header declares fewer bytes than it holds: open refuses it naming the
// entry and leaves nothing behind; verify too.
void TestBagReader::openWritesNoMoreThanDeclared()
{
    const QString entry = u"data/resources/A02-0001/lecture-audio.mp3"_s;
    QString error;
    const QString zip = hostile(u"shrink.zip"_s, {u"shrink"_s, entry, u"1000"_s}, &error);
    QVERIFY2(!zip.isEmpty(), qPrintable(error));
    TempWorkspace reviewer;
    PackageOpener opener(reviewer.workspace(), reviewer.profile());
    PackageOpener::Result result;
    qint64 mostWritten = 0; // of the audio's copy, watched while the open writes
    const QString files = PackageOpener::filesFolder(reviewer.workspace());
    auto watch = [&](qint64, qint64) {
        QDirIterator it(files, {u"lecture-audio.mp3"_s}, QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            mostWritten = std::max(mostWritten, QFileInfo(it.next()).size());
    };
    QVERIFY(!opener.open(zip, QString(), &result, &error, nullptr, watch));
    qInfo("most bytes of the audio written: %lld", mostWritten);
    QVERIFY(mostWritten <= 1000);
    QVERIFY2(error.contains(entry), qPrintable(error));
    QVERIFY(StoreReads::batches(BatchStore(reviewer.workspace())).isEmpty());
    QCOMPARE(bytesUnder(files), 0);
    const BagVerifier::Result verified = BagVerifier::verify(zip);
    QVERIFY(!verified.isValid());
    QVERIFY2(verified.error.contains(entry), qPrintable(verified.error));
}

// The media copied out for the technical check are bounded by a total budget: over it, a clear problem.
void TestBagReader::extractionBudgetIsEnforced()
{
    BagVerifier::Options options;
    options.maxExtractBytes = 1000;
    const BagVerifier::Result verified = BagVerifier::verify(m_zip, options);
    QVERIFY(verified.ran);
    QVERIFY(!verified.isValid());
    bool named = false;
    for (const BagVerifier::Problem &p : verified.problems)
        named |= p.code == "technical"_L1 && p.text.contains("1000"_L1) && !p.warning;
    QVERIFY2(named, verified.problems.isEmpty() ? "no problem" : qPrintable(verified.problems.first().text));
}

// Entries declaring more bytes than the temporary folder has free: refused before anything is written.
void TestBagReader::freeSpaceIsCheckedFirst()
{
    QTemporaryDir tmp(m_out.filePath(u"tmp-XXXXXX"_s));
    QVERIFY(tmp.isValid());
    const qint64 free = QStorageInfo(tmp.path()).bytesAvailable();
    QVERIFY(free > 0);
    const qint64 each = 4000000000; // below 4 GiB: no zip64 needed
    const qint64 count = free / each + 2;
    QString error;
    const QString zip = hostile(
        u"declare.zip"_s,
        {u"declare"_s, u"data/resources/A01-0001/huge"_s, QString::number(count), QString::number(each)},
        &error);
    QVERIFY2(!zip.isEmpty(), qPrintable(error));
    BagVerifier::Options options;
    options.maxExtractBytes = std::numeric_limits<qint64>::max();
    BagVerifier::Result verified;
    {
        const TempDirOverride override(tmp.path());
        verified = BagVerifier::verify(zip, options);
    }
    QVERIFY(!verified.isValid());
    bool named = false;
    for (const BagVerifier::Problem &p : verified.problems)
        named |= p.code == "technical"_L1 && p.text.contains("free"_L1);
    QVERIFY2(named, verified.ran ? "no free-space problem" : qPrintable(verified.error));
    QCOMPARE(bytesUnder(tmp.path()), 0);
}

void TestBagReader::collidingNamesAreInvalid_data()
{
    QTest::addColumn<QStringList>("change");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("named");
    const QString dir = u"data/resources/A01-0001/"_s;
    const QString media = u"data/resources/A02-0001/lecture-audio.mp3"_s;
    QTest::newRow("duplicate") << QStringList{u"duplicate"_s, media} << u"name_clash"_s << QStringList{media};
    const QString nfc = dir + u"caf\u00e9.txt"_s;
    const QString nfd = dir + u"cafe\u0301.txt"_s;
    // libarchive hands UTF-8 names over in NFC, so both arrive as the same name (a folder keeps them
    // apart: collidingNamesInAFolder).
    QTest::newRow("equal after NFC") << QStringList{u"add"_s, nfc, nfd} << u"name_clash"_s
                                     << QStringList{nfc};
    QTest::newRow("equal after case folding")
        << QStringList{u"add"_s, dir + u"Notes.txt"_s, dir + u"NOTES.txt"_s} << u"name_clash"_s
        << QStringList{dir + u"Notes.txt"_s, dir + u"NOTES.txt"_s};
    QTest::newRow("not UTF-8") << QStringList{u"add"_s, dir + u"\\xff\\xfe.txt"_s} << u"entry_name"_s
                               << QStringList{dir + u"\\xff\\xfe.txt"_s};
}

// Names that collide (the readers would disagree on which copy counts) or cannot be read as UTF-8: the
// package is invalid, and the open refused, naming every entry concerned.
void TestBagReader::collidingNamesAreInvalid()
{
    QFETCH(QStringList, change);
    QFETCH(QString, code);
    QFETCH(QStringList, named);
    QString error;
    const QString zip = hostile(u"names.zip"_s, change, &error);
    QVERIFY2(!zip.isEmpty(), qPrintable(error));

    const BagVerifier::Result verified = BagVerifier::verify(zip);
    QVERIFY(verified.ran);
    QVERIFY(!verified.isValid());
    bool found = false;
    for (const BagVerifier::Problem &p : verified.problems) {
        bool all = p.code == code;
        for (const QString &n : named)
            all = all && p.text.contains(n);
        found |= all;
    }
    QStringList texts;
    for (const BagVerifier::Problem &p : verified.problems)
        texts.append(p.code + u": "_s + p.text);
    QVERIFY2(found, qPrintable(texts.join(u"\n"_s)));

    TempWorkspace reviewer;
    PackageOpener opener(reviewer.workspace(), reviewer.profile());
    PackageOpener::Result result;
    QVERIFY(!opener.open(zip, QString(), &result, &error));
    for (const QString &n : named)
        QVERIFY2(error.contains(n), qPrintable(error));
    QVERIFY(StoreReads::batches(BatchStore(reviewer.workspace())).isEmpty());
}

// In a folder bag the names arrive as stored: both spellings are named.
void TestBagReader::collidingNamesInAFolder()
{
    const QString bag = m_out.filePath(u"names-folder"_s);
    QVERIFY(TestSupport::run(u"cp"_s, {u"-a"_s, m_folder, bag}).exitCode == 0);
    const QString dir = u"data/resources/A01-0001/"_s;
    const QStringList nfc{dir + u"caf\u00e9.txt"_s, dir + u"cafe\u0301.txt"_s};
    const QStringList cased{dir + u"Notes.txt"_s, dir + u"NOTES.txt"_s};
    for (const QString &name : nfc + cased) {
        QFile f(bag + u'/' + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("extra");
    }
    const BagVerifier::Result verified = BagVerifier::verify(bag);
    QVERIFY(verified.ran);
    QVERIFY(!verified.isValid());
    int clashes = 0;
    for (const BagVerifier::Problem &p : verified.problems) {
        if (p.code != "name_clash"_L1)
            continue;
        ++clashes;
        const QStringList &pair = p.text.contains(nfc.first()) ? nfc : cased;
        for (const QString &n : pair)
            QVERIFY2(p.text.contains(n), qPrintable(p.text));
        QVERIFY2(p.text.contains(&pair == &nfc ? u"normalisation"_s : u"case"_s), qPrintable(p.text));
    }
    QCOMPARE(clashes, 2);
    TempWorkspace reviewer;
    PackageOpener opener(reviewer.workspace(), reviewer.profile());
    PackageOpener::Result result;
    QString error;
    QVERIFY(!opener.open(bag, QString(), &result, &error));
    for (const QString &n : nfc + cased)
        QVERIFY2(error.contains(n), qPrintable(error));
}

QTEST_MAIN(TestBagReader)
#include "TestBagReader.moc"
