// The check panel shows a document (PDF) like a media file: one row per rule of the profile's
// technical.document section with its zh/en name, status and fix advice; no deep check is offered.

#include "MediaCheckPanel.h"
#include "PdfFactory.h"
#include "TestSupport.h"

#include "media/MediaCheckService.h"
#include "profile/ProfileLoader.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestDocumentPanel : public QObject
{
    Q_OBJECT
private slots:
    void showsDocumentRules();
};

void TestDocumentPanel::showsDocumentRules()
{
    QTemporaryDir dir;
    const QString file =
        TestSupport::sourceDir() + u"/tests/data/document-profile/profiles/textbook-2026.json"_s;
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    Profile profile;
    QString error;
    QVERIFY2(ProfileLoader::loadJson(f.readAll(), file, u":/taxonomy"_s, &profile, &error),
             qPrintable(error));
    const QString pdf = dir.filePath(u"helvetica.pdf"_s);
    QVERIFY(PdfFactory::save(pdf, PdfFactory::helveticaNotEmbedded()));

    MediaCheckService service(nullptr, profile);
    MediaCheckPanel panel;
    panel.setService(&service);
    QSignalSpy changed(&panel, &MediaCheckPanel::reportChanged);
    panel.showFile(pdf, u"document"_s);
    QVERIFY(changed.wait(30000));
    auto *table = panel.findChild<QTreeWidget *>(u"mediaCheckTable"_s);
    QVERIFY(table);
    QCOMPARE(table->topLevelItemCount(), 6);
    QTreeWidgetItem *fonts = nullptr;
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        if (table->topLevelItem(i)->data(0, Qt::UserRole).toString() == "fonts_embedded"_L1)
            fonts = table->topLevelItem(i);
    }
    QVERIFY(fonts);
    QVERIFY(fonts->text(0) == u"Fonts embedded"_s || fonts->text(0) == u"字体嵌入"_s);
    QCOMPARE(fonts->data(1, Qt::UserRole).toString(), u"fail"_s);
    QVERIFY(fonts->text(3).contains(u"Helvetica"_s));
    QVERIFY(!panel.findChild<QPushButton *>(u"mediaCheckDeep"_s)->isEnabled());
}

QTEST_MAIN(TestDocumentPanel)
#include "TestDocumentPanel.moc"
