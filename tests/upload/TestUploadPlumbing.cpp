// The parts of the upload engine that make it fast, each on its own: LowDelaySockets (TCP_NODELAY on the
// upload connections, so that the server's delayed ACK does not hold each body's tail) and GroupedCommit
// (the upload-state writes of a short while in one transaction).

#include "TempWorkspace.h"

#include "upload/GroupedCommit.h"
#include "upload/LowDelaySockets.h"
#include "workspace/SavePoint.h"

#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {
int noDelay(const QTcpSocket &socket)
{
    int on = -1;
    socklen_t length = sizeof on;
    getsockopt(int(socket.socketDescriptor()), IPPROTO_TCP, TCP_NODELAY, &on, &length);
    return on;
}

int rowsSeenBy(const QString &path, const QString &connection)
{
    int rows = -1;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        other.setDatabaseName(path);
        QSqlQuery q(other);
        if (other.open() && q.exec(u"SELECT count(*) FROM plumbing"_s) && q.next())
            rows = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(connection);
    return rows;
}
} // namespace

class TestUploadPlumbing : public QObject
{
    Q_OBJECT

private slots:
    void lowDelayReachesTheSocketsToThatPortOnly()
    {
#ifndef Q_OS_LINUX
        QSKIP("LowDelaySockets works on Linux only");
#endif
        QTcpServer upload, other;
        QVERIFY(upload.listen(QHostAddress::LocalHost) && other.listen(QHostAddress::LocalHost));
        QTcpSocket toUpload, toOther;
        toUpload.connectToHost(QHostAddress::LocalHost, upload.serverPort());
        toOther.connectToHost(QHostAddress::LocalHost, other.serverPort());
        QVERIFY(toUpload.waitForConnected(5000) && toOther.waitForConnected(5000));
        QCOMPARE(noDelay(toUpload), 0); // Qt's default: Nagle on
        LowDelaySockets::apply(upload.serverPort());
        QCOMPARE(noDelay(toUpload), 1);
        QCOMPARE(noDelay(toOther), 0);
    }

    void writesCommitTogetherAfterTheDelay()
    {
        TempWorkspace temp;
        QVERIFY2(temp.isValid(), qPrintable(temp.error()));
        QSqlDatabase db = temp.workspace().database();
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE plumbing (x INTEGER)"_s));
        GroupedCommit writes(db, 200);
        for (int i = 0; i < 3; ++i) {
            writes.open();
            QVERIFY(QSqlQuery(db).exec(u"INSERT INTO plumbing VALUES (%1)"_s.arg(i)));
        }
        QCOMPARE(rowsSeenBy(temp.workspace().path(), u"early"_s), 0); // not committed yet
        QTRY_COMPARE_WITH_TIMEOUT(rowsSeenBy(temp.workspace().path(), u"late"_s), 3, 5000);
        writes.open();
        QVERIFY(QSqlQuery(db).exec(u"INSERT INTO plumbing VALUES (9)"_s));
        QString error;
        QVERIFY2(writes.flush(&error), qPrintable(error)); // at once, e.g. before the queue says finished
        QCOMPARE(rowsSeenBy(temp.workspace().path(), u"flushed"_s), 4);
    }

    void aWriteInsideTheCallersTransactionFollowsIt()
    {
        TempWorkspace temp;
        QVERIFY2(temp.isValid(), qPrintable(temp.error()));
        QSqlDatabase db = temp.workspace().database();
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE plumbing (x INTEGER)"_s));
        GroupedCommit writes(db, 0);
        {
            SavePoint caller(db);
            QVERIFY(caller.isActive());
            writes.open(); // joins the caller's transaction
            QVERIFY(QSqlQuery(db).exec(u"INSERT INTO plumbing VALUES (1)"_s));
            caller.rollback();
        }
        QString error;
        QVERIFY2(writes.flush(&error), qPrintable(error));
        QTest::qWait(20);
        QCOMPARE(rowsSeenBy(temp.workspace().path(), u"after"_s), 0);
    }
};

QTEST_MAIN(TestUploadPlumbing)
#include "TestUploadPlumbing.moc"
