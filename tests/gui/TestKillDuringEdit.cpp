// A program killed (SIGKILL) in the middle of editing loses nothing it reported as stored, and the
// workspace opens cleanly afterwards.
#include "workspace/ResourceStore.h"
#include "workspace/Workspace.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestKillDuringEdit : public QObject
{
    Q_OBJECT
private slots:
    void killedChildLosesNothingReported();
};

void TestKillDuringEdit::killedChildLosesNothingReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"kill.submitdesk"_s);

    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QStringLiteral(EDIT_LOOP_HELPER), {path, u"1000000"_s});
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));

    // Let it commit a good number of edits, then kill it without warning.
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (output.count("\nstored ") < 400 && timer.elapsed() < 60000) {
        QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
        child.waitForReadyRead(1000);
        output += child.readAllStandardOutput();
    }
    child.kill(); // SIGKILL on Unix
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    output += child.readAllStandardOutput();

    // What the child reported: created rows, and per (resource, field) the last sequence number stored.
    QSet<qint64> created;
    QHash<QPair<qint64, QString>, int> lastStored;
    int reportedWrites = 0;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw);
        const QStringList parts = line.split(QLatin1Char(' '));
        if (parts.size() >= 2 && parts.at(0) == "created"_L1) {
            created.insert(parts.at(1).toLongLong());
        } else if (parts.size() >= 4 && parts.at(0) == "stored"_L1) {
            lastStored[{parts.at(1).toLongLong(), parts.at(2)}] = parts.at(3).toInt();
            ++reportedWrites;
        }
    }
    QVERIFY2(reportedWrites >= 400, qPrintable(u"only %1 writes reported"_s.arg(reportedWrites)));

    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(path, &error), qPrintable(error));
    {
        QSqlQuery q(workspace.database());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
    }
    ResourceStore store(workspace);
    for (qint64 id : std::as_const(created)) {
        Resource r;
        QVERIFY2(store.load(id, &r), qPrintable(u"resource %1 was reported created but is gone"_s.arg(id)));
    }
    for (auto it = lastStored.cbegin(); it != lastStored.cend(); ++it) {
        Resource r;
        QVERIFY(store.load(it.key().first, &r));
        const QString value = r.value(it.key().second);
        // The write in flight when the child died may have been committed too, never less than reported.
        const QString prefix = u"值 "_s;
        QVERIFY2(value.startsWith(prefix),
                 qPrintable(u"resource %1 field %2 is empty"_s.arg(it.key().first).arg(it.key().second)));
        const int sequence = value.mid(prefix.size()).section(QLatin1Char(' '), 0, 0).toInt();
        QVERIFY2(sequence >= it.value(),
                 qPrintable(u"resource %1 field %2 holds #%3, #%4 was reported stored"_s.arg(it.key().first)
                                .arg(it.key().second)
                                .arg(sequence)
                                .arg(it.value())));
        QCOMPARE(value, u"值 %1 · value %1"_s.arg(sequence));
    }
    qInfo("child killed after %d reported writes; %lld resources, %lld fields checked", reportedWrites,
          qint64(created.size()), qint64(lastStored.size()));
}

QTEST_GUILESS_MAIN(TestKillDuringEdit)
#include "TestKillDuringEdit.moc"
