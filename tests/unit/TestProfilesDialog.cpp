// The Profiles dialog, driven by objectName: the list of built-in and imported profiles, a profile's
// campaign status, deadlines and rules, importing (and refusing) a file, and judging a batch under a newer
// version: the change list first, the batch's profile recorded only by "Use this profile for the batch".

#include "PackageFixture.h"
#include "ProfilesDialog.h"
#include "TestSupport.h"

#include "workspace/BatchStore.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

template <typename T> T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1StringView(name));
}
} // namespace

class TestProfilesDialog : public QObject
{
    Q_OBJECT
private slots:
    void listsShowsAndImports()
    {
        QTemporaryDir library;
        ProfilesDialog dialog{ProfileRegistry(library.path())};
        dialog.setToday(QDate(2026, 11, 29));
        auto *list = child<QListWidget>(dialog, "profileList");
        auto *details = child<QTextBrowser>(dialog, "profileDetails");
        auto *message = child<QLabel>(dialog, "profileMessage");
        QVERIFY(list && details && message && child<QPushButton>(dialog, "profileImport"));
        QCOMPARE(list->count(), 1);
        QString text = details->toPlainText();
        QVERIFY2(text.contains(u"closed (last deadline 2022-05-22)"_s) &&
                     text.contains(u"import its profile"_s) && text.contains(u"2022-04-22"_s) &&
                     text.contains(u"Resolution"_s) && !text.contains(u"OVERDUE"_s),
                 qPrintable(text));
        QVERIFY(!text.contains(u"min_long"_s)); // the limits as written only behind the disclosure
        child<QCheckBox>(dialog, "profileShowDetails")->setChecked(true);
        QVERIFY(details->toPlainText().contains(u"\"min_long\":1280"_s));
        dialog.setToday(TestSupport::fixedClock().today());
        QVERIFY(details->toPlainText().contains(u"next deadline 2022-04-22"_s));

        const QString broken = TestSupport::sourceDir() + u"/tests/data/profiles/bad-kind/profile.json"_s;
        QVERIFY(!dialog.importFile(broken));
        QVERIFY2(message->text().contains(u"fields[1] (extra).kind"_s), qPrintable(message->text()));
        QCOMPARE(list->count(), 1);
        QVERIFY(dialog.importFile(TestSupport::sourceDir() +
                                  u"/tests/data/second-profile/profiles/hd-2026.json"_s));
        QCOMPARE(list->count(), 2);
        QVERIFY(list->currentItem()->text().contains(u"hd-2026@2026.1"_s));
        QVERIFY(details->toPlainText().contains(u"Frame rate (HD)"_s));
        QVERIFY(!child<QPushButton>(dialog, "profileJudge")->isEnabled()); // no batch given
    }

    void judgesTheBatchThenApplies()
    {
        PackageFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        BatchStore batches(fixture.workspace());
        QVERIFY2(batches.adoptProfile(u"lifelong-2022"_s, u"2022.1"_s, &error), qPrintable(error));
        Batch batch;
        QVERIFY(batches.find(fixture.batch().id, &batch, &error));
        // A newer version of the call whose titles may have at most 2 characters.
        QJsonObject next = QJsonDocument::fromJson(readAll(u":/profiles/lifelong-2022.json"_s)).object();
        next.insert(u"version"_s, u"2022.2"_s);
        QJsonArray fields = next.value("fields"_L1).toArray();
        QJsonObject title = fields.at(0).toObject();
        QJsonObject rule = title.value("rule"_L1).toObject();
        rule.insert(u"max_length"_s, 2);
        title.insert(u"rule"_s, rule);
        fields.replace(0, title);
        next.insert(u"fields"_s, fields);
        QTemporaryDir library;
        QTemporaryDir source;
        const QString file = source.filePath(u"next.json"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(next).toJson()) > 0);
        out.close();

        ProfilesDialog dialog{ProfileRegistry(library.path())};
        ValidationContext context;
        context.today = TestSupport::fixedClock().today();
        context.unitName = u"国家开放大学"_s;
        dialog.setBatch(&fixture.workspace(), batch, fixture.profile(), context);
        QVERIFY(dialog.importFile(file));
        auto *judge = child<QPushButton>(dialog, "profileJudge");
        auto *apply = child<QPushButton>(dialog, "profileApply");
        auto *changes = child<QTextBrowser>(dialog, "profileChanges");
        QVERIFY(judge->isEnabled());
        QVERIFY(!apply->isEnabled());
        QTest::mouseClick(judge, Qt::LeftButton);
        const QString text = changes->toPlainText();
        QVERIFY2(text.contains(u"now fails"_s) && text.contains(u"Title: "_s) &&
                     text.contains(u"Title: max_length 100 → 2"_s),
                 qPrintable(text));
        QVERIFY(batches.find(batch.id, &batch, &error));
        QCOMPARE(batch.profileVersion, u"2022.1"_s); // nothing recorded before "Use"
        QSignalSpy changed(&dialog, &ProfilesDialog::batchProfileChanged);
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QVERIFY(batches.find(batch.id, &batch, &error));
        QCOMPARE(batch.profileId + u'@' + batch.profileVersion, u"lifelong-2022@2022.2"_s);
        QVERIFY(!apply->isEnabled());
    }
};

QTEST_MAIN(TestProfilesDialog)
#include "TestProfilesDialog.moc"
