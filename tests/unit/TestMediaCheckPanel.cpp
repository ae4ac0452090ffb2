// MediaCheckPanel (widget) with a real MediaCheckService: attaching a file starts the check by itself,
// the table shows one row per rule with its status, expected and actual; deep check and cancel.

#include "MediaCheckPanel.h"
#include "MediaFactory.h"
#include "TempWorkspace.h"

#include "media/MediaCheckService.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestMediaCheckPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsRulesOfAttachedFile();
    void deepCheckAndCancelButtons();

private:
    QTemporaryDir m_dir;
    TempWorkspace m_ws;
};

void TestMediaCheckPanel::initTestCase()
{
    if (!MediaFactory::haveFfmpeg())
        QSKIP("ffmpeg is not installed");
    QVERIFY2(m_ws.isValid(), qPrintable(m_ws.error()));
    QString e;
    MediaFactory::Video v;
    v.rate = u"24"_s;
    QVERIFY2(MediaFactory::makeVideo(m_dir.filePath(u"24fps.mp4"_s), v, &e), qPrintable(e));
}

void TestMediaCheckPanel::showsRulesOfAttachedFile()
{
    MediaCheckService service(&m_ws.workspace(), m_ws.profile());
    MediaCheckPanel panel;
    panel.setService(&service);
    QSignalSpy changed(&panel, &MediaCheckPanel::reportChanged);
    panel.showFile(m_dir.filePath(u"24fps.mp4"_s), u"video"_s);
    QVERIFY(changed.wait(10000));
    auto *table = panel.findChild<QTreeWidget *>(u"mediaCheckTable"_s);
    QVERIFY(table);
    QCOMPARE(table->topLevelItemCount(), 8);
    QTreeWidgetItem *frameRate = nullptr;
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        if (table->topLevelItem(i)->data(0, Qt::UserRole).toString() == "frame_rate"_L1)
            frameRate = table->topLevelItem(i);
    }
    QVERIFY(frameRate);
    QCOMPARE(frameRate->data(1, Qt::UserRole).toString(), u"fail"_s);
    QVERIFY(!frameRate->icon(1).isNull());
    QVERIFY(frameRate->text(2).contains(u"25.00"_s));
    QCOMPARE(frameRate->text(3), u"24.00 fps"_s);
    QVERIFY(!frameRate->toolTip(4).isEmpty());
    QVERIFY(panel.findChild<QLabel *>(u"mediaCheckSummary"_s)->text().contains(u"1 rule"_s));
    QVERIFY(!panel.findChild<QProgressBar *>(u"mediaCheckProgress"_s)->isVisibleTo(&panel));
}

void TestMediaCheckPanel::deepCheckAndCancelButtons()
{
    MediaCheckService service(nullptr, m_ws.profile());
    MediaCheckPanel panel;
    panel.setService(&service);
    QSignalSpy changed(&panel, &MediaCheckPanel::reportChanged);
    panel.showFile(m_dir.filePath(u"24fps.mp4"_s), u"video"_s);
    QVERIFY(changed.wait(10000));
    auto *deep = panel.findChild<QPushButton *>(u"mediaCheckDeep"_s);
    auto *cancel = panel.findChild<QPushButton *>(u"mediaCheckCancel"_s);
    QVERIFY(deep->isEnabled());
    QVERIFY(!cancel->isEnabled());
    deep->click();
    QVERIFY(cancel->isEnabled());
    QVERIFY(panel.findChild<QProgressBar *>(u"mediaCheckProgress"_s)->isVisibleTo(&panel));
    QVERIFY(changed.wait(10000));
    QVERIFY(panel.report().deep);
    deep->click();
    cancel->click();
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!service.isRunning(m_dir.filePath(u"24fps.mp4"_s)));
}

QTEST_MAIN(TestMediaCheckPanel)
#include "TestMediaCheckPanel.moc"
