// Issue 16, point 2: findings in plain words first, the technical side behind "Details". A video in
// H.264 High 10 at 640×360 fails the resolution and browser rules; what the media check panel shows
// (summary, visible columns, tooltips) and the batch report's message name no codec, pixel format,
// ffmpeg command or path, while their Details do.
#include "DetailsDisclosure.h"
#include "ExportDialog.h"
#include "MainWindow.h"
#include "MediaCheckPanel.h"
#include "MediaFactory.h"
#include "PackageFixture.h"
#include "ProblemBox.h"
#include "ReportModel.h"
#include "TestSupport.h"
#include "Translations.h"
#include "fix/FixDock.h"

#include "fix/FixQueue.h"
#include "media/MediaCheckService.h"
#include "package/TechnicalFindings.h"
#include "profile/Profile.h"
#include "workspace/ResourceStore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestPlainWords : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void mediaCheckPanel_data();
    void mediaCheckPanel();
    void batchReportMessage();
    void exportRefusal();
    void fixQueueError();
    void problemBoxKeepsDetailsBehind();
    void chineseWindowPicture();

private:
    PackageFixture m_fixture;
    QString m_high10;
};

namespace {
// What only the technical layer may say: codec and profile names, pixel formats, commands, the folder.
QRegularExpression technical(const QString &folder)
{
    return QRegularExpression(u"h\\.?264|high 10|yuv|libx264|ffmpeg|10-bit|"_s +
                                  QRegularExpression::escape(folder),
                              QRegularExpression::CaseInsensitiveOption);
}

QString visibleText(const MediaCheckPanel &panel)
{
    QStringList texts{panel.findChild<QLabel *>(u"mediaCheckSummary"_s)->text()};
    const auto *table = panel.findChild<QTreeWidget *>(u"mediaCheckTable"_s);
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        for (int c = 0; c < table->columnCount(); ++c)
            if (!table->isColumnHidden(c))
                texts << table->topLevelItem(i)->text(c) << table->topLevelItem(i)->toolTip(c);
    return texts.join(u'\n');
}
} // namespace

void TestPlainWords::initTestCase()
{
    if (!TestSupport::haveProgram(u"ffmpeg"_s))
        QSKIP("ffmpeg is needed to make the media files");
    QString error;
    QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
    m_high10 = m_fixture.mediaDir() + u"/high10.mp4"_s;
    MediaFactory::Video spec;
    spec.width = 640;
    spec.height = 360;
    spec.pixelFormat = u"yuv420p10le"_s; // libx264 makes it High 10
    spec.bitrate = u"1M"_s;
    QVERIFY2(MediaFactory::makeVideo(m_high10, spec, &error), qPrintable(error));
    QVERIFY2(
        ResourceStore(m_fixture.workspace()).replaceFile(m_fixture.videoId(), u"media"_s, m_high10, &error),
        qPrintable(error));
}

void TestPlainWords::cleanupTestCase()
{
    Translations::install(u"en"_s);
}

void TestPlainWords::mediaCheckPanel_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s;
}

void TestPlainWords::mediaCheckPanel()
{
    QFETCH(QString, language);
    Translations::install(language);
    MediaCheckService service(&m_fixture.workspace(), m_fixture.profile());
    MediaCheckPanel panel;
    panel.setService(&service);
    QSignalSpy changed(&panel, &MediaCheckPanel::reportChanged);
    panel.showFile(m_high10, u"video"_s);
    QVERIFY(changed.wait(30000));
    QCOMPARE(panel.report().status(u"browser"_s), CheckResult::Status::Fail);
    QCOMPARE(panel.report().status(u"resolution"_s), CheckResult::Status::Fail);

    const QRegularExpression tech = technical(m_fixture.mediaDir());
    const QString visible = visibleText(panel);
    const QRegularExpressionMatch leak = tech.match(visible);
    QVERIFY2(!leak.hasMatch(), qPrintable(u"\"%1\" shows in: %2"_s.arg(leak.captured(), visible)));

    // The rules by their names in the UI's language, though the zh_CN row shows what the en row cached.
    QVERIFY2(visible.contains(language == "en"_L1 ? u"Resolution"_s : u"分辨率"_s), qPrintable(visible));
    QVERIFY2(!visible.contains(language == "en"_L1 ? u"分辨率"_s : u"Resolution"_s), qPrintable(visible));

    auto *button = panel.findChild<QToolButton *>(u"mediaCheckDetailsButton"_s);
    auto *details = panel.findChild<QPlainTextEdit *>(u"mediaCheckDetails"_s);
    QVERIFY(button && details);
    QVERIFY(button->isEnabled());
    QVERIFY(!details->isVisibleTo(&panel));
    const QString detail = details->toPlainText();
    QVERIFY2(detail.contains(u"High 10"_s), qPrintable(detail));
    QVERIFY2(detail.contains(u"ffmpeg -i"_s), qPrintable(detail));
    QVERIFY2(detail.contains(u"640×360"_s), qPrintable(detail));
    QVERIFY2(detail.contains(m_high10), qPrintable(detail));
    // SUBMITDESK_SCREENSHOT_DIR=… keeps pictures of the panel, details closed and open, to look at.
    const QString shots = qEnvironmentVariable("SUBMITDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        panel.resize(900, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.grab().save(shots + u"/media-check-"_s + language + u".png"_s);
    }
    // Opening the details shows the text and the measured and required values.
    button->click();
    if (!shots.isEmpty())
        panel.grab().save(shots + u"/media-check-details-"_s + language + u".png"_s);
    QVERIFY(details->isVisibleTo(&panel));
    const auto *table = panel.findChild<QTreeWidget *>(u"mediaCheckTable"_s);
    QVERIFY(!table->isColumnHidden(2) && !table->isColumnHidden(3));
}

void TestPlainWords::batchReportMessage()
{
    Translations::install(u"en"_s);
    QString error;
    Resource video;
    QVERIFY2(ResourceStore(m_fixture.workspace()).load(m_fixture.videoId(), &video, &error),
             qPrintable(error));
    QList<ExportChecks::Item> items = ExportChecks::plan({video}, m_fixture.profile());
    QVERIFY(ExportChecks::run(&items, m_fixture.profile()));
    ValidationReport report;
    for (const ValidationMessage &m : TechnicalFindings::fromItems(items, m_fixture.profile()))
        report.add(m);
    QVERIFY(report.errorCount() >= 2);
    ReportModel model;
    model.setReport(report, {}, m_fixture.profile());
    const QRegularExpression tech = technical(m_fixture.mediaDir());
    bool browserDetail = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex message = model.index(row, ReportModel::MessageColumn);
        const QString shown = message.data().toString() + u'\n' + message.data(Qt::ToolTipRole).toString();
        QVERIFY2(!tech.match(shown).hasMatch(), qPrintable(shown));
        QVERIFY2(shown.contains(u"high10.mp4"_s), qPrintable(shown)); // which file, by its name
        const QString detail = message.data(ReportModel::DetailRole).toString();
        QVERIFY2(detail.contains(m_high10), qPrintable(detail));
        browserDetail |= detail.contains(u"High 10"_s) && detail.contains(u"ffmpeg -i"_s);
    }
    QVERIFY(browserDetail);
}

void TestPlainWords::exportRefusal()
{
    Translations::install(u"en"_s);
    QTemporaryDir out;
    ExportDialog dialog(m_fixture.workspace(), m_fixture.profile(), m_fixture.batch().name);
    dialog.findChild<QLineEdit *>(u"exportOutput"_s)->setText(out.filePath(u"refused.zip"_s));
    dialog.show();
    dialog.findChild<QPushButton *>(u"exportStart"_s)->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = dialog.findChild<QMessageBox *>(u"exportRefusedBox"_s)) != nullptr,
                             60000);
    const QRegularExpression tech = technical(m_fixture.mediaDir());
    const QString shown = box->text() + u'\n' + box->informativeText() + u'\n' +
                          dialog.findChild<QPlainTextEdit *>(u"exportMessages"_s)->toPlainText();
    QVERIFY2(!tech.match(shown).hasMatch(), qPrintable(shown));
    QVERIFY2(shown.contains(u"high10.mp4"_s) && shown.contains(u"Resolution"_s), qPrintable(shown));
    QVERIFY2(box->detailedText().contains(u"High 10"_s), qPrintable(box->detailedText()));
    QVERIFY(!QFileInfo::exists(out.filePath(u"refused.zip"_s)));
    if (const QString shots = qEnvironmentVariable("SUBMITDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QVERIFY(QTest::qWaitForWindowExposed(box));
        box->grab().save(shots + u"/export-refused-en.png"_s);
        dialog.grab().save(shots + u"/export-dialog-refused-en.png"_s);
    }
    box->close();
}

void TestPlainWords::fixQueueError()
{
    Translations::install(u"en"_s);
    FixQueue queue(m_fixture.workspace(), m_fixture.profile().technical);
    FixDock dock;
    dock.setQueue(&queue);
    FixJob job;
    job.id = 7;
    job.input = m_high10;
    FixEngine::Outcome outcome;
    outcome.status = FixEngine::Outcome::Status::Failed;
    outcome.error = u"ffmpeg failed (exit 1): Unknown encoder 'libx264'"_s;
    emit queue.jobFinished(job, outcome);
    const QString notice = dock.findChild<QLabel *>(u"fixNotice"_s)->text();
    QVERIFY2(notice.contains(u"high10.mp4"_s), qPrintable(notice));
    QVERIFY2(!technical(m_fixture.mediaDir()).match(notice).hasMatch(), qPrintable(notice));
    QVERIFY(dock.findChild<QToolButton *>(u"fixDetailsButton"_s)->isEnabled());
    QCOMPARE(dock.findChild<QPlainTextEdit *>(u"fixDetails"_s)->toPlainText(), outcome.error);
}

void TestPlainWords::problemBoxKeepsDetailsBehind()
{
    QString text, details;
    QTimer::singleShot(0, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text() + box->informativeText();
            details = box->detailedText();
            box->accept();
        }
    });
    ProblemBox::warning(nullptr, u"New batch"_s, u"The batch was not created."_s,
                        u"cannot store the batch: UNIQUE constraint failed: batches.name"_s);
    QCOMPARE(text, u"The batch was not created."_s);
    QVERIFY(details.contains(u"UNIQUE constraint failed"_s));
}

// The window in Chinese with the failing video selected: the batch report's message plain, its Details
// technical; with SUBMITDESK_SCREENSHOT_DIR set, a picture of it to look for English fragments.
void TestPlainWords::chineseWindowPicture()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SubmitDeskTest"_s);
    QCoreApplication::setApplicationName(u"SubmitDeskPlainWords"_s);
    QSettings().clear();
    Translations::install(u"zh_CN"_s);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    QVERIFY2(window.openWorkspace(m_fixture.temp().path(), &error), qPrintable(error));
    QVERIFY(window.selectResource(m_fixture.videoId()));
    auto *table = window.findChild<QTreeWidget *>(u"mediaCheckTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(table->topLevelItemCount() > 0, 30000);
    auto *report = window.findChild<QTreeView *>(u"reportList"_s);
    QTRY_VERIFY_WITH_TIMEOUT(report->model()->rowCount() > 0, 30000);
    report->setCurrentIndex(report->model()->index(0, 0));
    if (auto *button = window.findChild<QToolButton *>(u"reportDetailsButton"_s);
        button && button->isEnabled())
        button->click();
    window.findChild<QToolButton *>(u"mediaCheckDetailsButton"_s)->click();
    if (const QString shots = qEnvironmentVariable("SUBMITDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(200);
        window.grab().save(shots + u"/window-zh_CN.png"_s);
    }
}

QTEST_MAIN(TestPlainWords)
#include "TestPlainWords.moc"
