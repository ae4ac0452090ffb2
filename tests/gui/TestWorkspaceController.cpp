// WorkspaceController::saveCopyAs (File > Save a Copy As) over an existing copy (issue 12): the old copy
// stays as it was when the new one cannot be written, and is replaced when it can.

#include "WorkspaceController.h"
#include "common/SafeOutput.h"
#include "workspace/BatchStore.h"
#include "workspace/SavePoint.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestWorkspaceController : public QObject
{
    Q_OBJECT
private slots:
    void saveCopyAsKeepsTheOldCopyWhenItFails()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(u"original.submitdesk"_s);
        const QString copy = dir.filePath(u"copy.submitdesk"_s);
        WorkspaceController controller;
        QString error;
        QVERIFY2(controller.open(original, &error), qPrintable(error));
        QVERIFY2(controller.saveCopyAs(copy, &error), qPrintable(error));
        QVERIFY2(controller.open(original, &error), qPrintable(error)); // closes the copy
        const QByteArray old = readAll(copy);
        QVERIFY(!old.isEmpty());

        {
            SavePoint busy(controller.workspace().database()); // VACUUM INTO cannot run now
            QVERIFY(busy.isActive());
            QVERIFY(!controller.saveCopyAs(copy, &error));
            QVERIFY(!error.isEmpty());
        }
        QVERIFY2(readAll(copy) == old, "the old copy was deleted before the new one existed");
        QCOMPARE(controller.path(), original);

        Batch b;
        b.name = u"after"_s;
        QVERIFY(BatchStore(controller.workspace()).create(&b, &error));
        QVERIFY2(controller.saveCopyAs(copy, &error), qPrintable(error));
        QCOMPARE(controller.path(), copy);
        Batch found;
        QVERIFY(BatchStore(controller.workspace()).findByName(u"after"_s, &found));
        QVERIFY(SafeOutput::partialsOf(copy).isEmpty());
    }
};

QTEST_MAIN(TestWorkspaceController)
#include "TestWorkspaceController.moc"
