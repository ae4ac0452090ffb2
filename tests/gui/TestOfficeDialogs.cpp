// Issue 16, points 7 and 10 in the window: "Locate Missing Files…" re-links a moved folder's files and
// undoes it; file dialogs remember their folder per purpose across restarts.

#include "FileDialogs.h"
#include "relink/RelinkDialog.h"

#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestOfficeDialogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void relinkDialogRelinksAndUndoes();
    void fileDialogsRememberTheFolderPerPurpose();

private:
    QTemporaryDir m_dir;
};

void TestOfficeDialogs::initTestCase()
{
    QCoreApplication::setOrganizationName(u"SubmitDeskTest"_s);
    QCoreApplication::setApplicationName(u"SubmitDeskOfficeTest"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QSettings().clear();
}

namespace {
QString mediaPath(Workspace &w, qint64 resourceId)
{
    Resource r;
    ResourceStore(w).load(resourceId, &r);
    return r.filesWithRole(u"media"_s).value(0).path;
}
} // namespace

void TestOfficeDialogs::relinkDialogRelinksAndUndoes()
{
    Workspace w;
    QString error;
    QVERIFY2(w.open(m_dir.filePath(u"relink.submitdesk"_s), &error), qPrintable(error));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"U盘/课程"_s)));
    QFile media(m_dir.filePath(u"U盘/课程/第一讲.mp4"_s));
    QVERIFY(media.open(QIODevice::WriteOnly) && media.write(QByteArray(4000, 'v')) == 4000);
    media.close();
    Batch batch;
    batch.name = u"spring"_s;
    QVERIFY(BatchStore(w).create(&batch, &error));
    const qint64 id = ResourceStore(w).create(batch.id, u"A01"_s, &error);
    QVERIFY(ResourceStore(w).addFile(id, u"media"_s, media.fileName(), &error));
    QVERIFY(QDir().rename(m_dir.filePath(u"U盘"_s), m_dir.filePath(u"D盘备份"_s)));

    RelinkDialog dialog(w);
    dialog.show();
    auto *status = dialog.findChild<QLabel *>(u"relinkStatus"_s);
    QVERIFY2(status->text().startsWith(u"1 attached file"_s), qPrintable(status->text()));
    dialog.findChild<QLineEdit *>(u"relinkFolder"_s)->setText(m_dir.filePath(u"D盘备份"_s));
    QSignalSpy done(&dialog, &RelinkDialog::finished_);
    dialog.findChild<QPushButton *>(u"relinkSearch"_s)->click();
    QVERIFY(done.wait(30000));
    const QString moved = m_dir.filePath(u"D盘备份/课程/第一讲.mp4"_s);
    QCOMPARE(mediaPath(w, id), moved);
    auto *result = dialog.findChild<QTreeWidget *>(u"relinkResult"_s);
    QCOMPARE(result->topLevelItemCount(), 1);
    QCOMPARE(result->topLevelItem(0)->text(2), QDir::toNativeSeparators(moved));
    if (const QString dir = qEnvironmentVariable("SUBMITDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog.grab().save(dir + u"/relink.png"_s); // for looking at, not a check
    QVERIFY2(status->text().contains(u"re-linked"_s) && status->text().startsWith(u"1 "_s),
             qPrintable(status->text()));

    auto *undo = dialog.findChild<QPushButton *>(u"relinkUndo"_s);
    QVERIFY(undo->isEnabled());
    undo->click();
    QCOMPARE(mediaPath(w, id), m_dir.filePath(u"U盘/课程/第一讲.mp4"_s));
    QVERIFY(!undo->isEnabled());
}

void TestOfficeDialogs::fileDialogsRememberTheFolderPerPurpose()
{
    const QString videos = m_dir.filePath(u"视频"_s), pdfs = m_dir.filePath(u"表格"_s);
    QVERIFY(QDir().mkpath(videos) && QDir().mkpath(pdfs));
    FileDialogs::remember(FileDialogs::Media, videos + u"/lesson.mp4"_s); // a file: its folder
    FileDialogs::remember(FileDialogs::Pdf, pdfs);                        // a folder: itself
    QSettings().sync();
    // A new QSettings reads the file again, as the next start of the program does.
    QSettings settings;
    settings.sync();
    QCOMPARE(settings.value(u"fileDialogs/media"_s).toString(), videos);
    QCOMPARE(FileDialogs::lastFolder(FileDialogs::Media), videos);
    QCOMPARE(FileDialogs::lastFolder(FileDialogs::Pdf), pdfs);
    QVERIFY(FileDialogs::lastFolder(FileDialogs::Cover) != videos); // another purpose keeps its own
    QVERIFY(QFileInfo(FileDialogs::lastFolder(FileDialogs::Export)).isDir());
    // A remembered folder that has gone: back to the default, never a folder that does not exist.
    QVERIFY(QDir(pdfs).removeRecursively());
    QVERIFY(FileDialogs::lastFolder(FileDialogs::Pdf) != pdfs);
    QVERIFY(QFileInfo(FileDialogs::lastFolder(FileDialogs::Pdf)).isDir());
}

QTEST_MAIN(TestOfficeDialogs)
#include "TestOfficeDialogs.moc"
