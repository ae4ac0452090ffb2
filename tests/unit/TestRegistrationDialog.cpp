// RegistrationDialog: fields are checked as typed and stored at once; buttons' work (PDF, scan, draft)
// goes through the core. Its screenshot (registration-dialog.png) is TestMainWindowScreenshots'.

#include "FileDialogs.h"
#include "RegistrationDialog.h"

#include "registration/RegistrationUnit.h"
#include "workspace/UnitStore.h"

#include "TempWorkspace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRegistrationDialog : public QObject
{
    Q_OBJECT
private slots:
    void everyFieldHasItsEditor()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        RegistrationDialog dialog(tw.workspace(), tw.profile(), nullptr);
        for (const QString &name :
             {u"regName"_s, u"regPerson"_s, u"regTitle"_s, u"regPhone"_s, u"regMobile"_s, u"regEmail"_s})
            QVERIFY2(dialog.findChild<QLineEdit *>(name), qPrintable(name));
        QVERIFY(dialog.unitId() != 0);
        auto *deadline = dialog.findChild<QLabel *>(u"regDeadline"_s);
        QVERIFY(deadline);
        // The dialog runs on the machine's clock, after the 2022 call: its campaign is named and closed, with
        // the hint to import the current call's profile, and no overdue count.
        const QString text = deadline->text();
        QVERIFY2(text.contains(u"2022 lifelong-education"_s) &&
                     text.contains(u"closed (last deadline 2022-05-22)"_s) &&
                     text.contains(u"import its profile"_s) && !text.contains(u"OVERDUE"_s),
                 qPrintable(text));
        QCOMPARE(dialog.problems().size(), 6);
    }

    void typedValuesAreCheckedAndStoredAtOnce()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        RegistrationDialog dialog(tw.workspace(), tw.profile(), nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *mobile = dialog.findChild<QLineEdit *>(u"regMobile"_s);
        auto *error = dialog.findChild<QLabel *>(u"regMobileError"_s);
        QVERIFY(mobile && error);

        QTest::keyClicks(mobile, u"12345"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"Mobile"_s), qPrintable(error->text()));
        Unit unit;
        QVERIFY(UnitStore(tw.workspace()).find(dialog.unitId(), &unit));
        QCOMPARE(unit.mobile, u"12345"_s); // kept as typed, flagged

        mobile->clear();
        QTest::keyClicks(mobile, u"+86 138 0013 8000"_s);
        QVERIFY(!error->isVisible());
        QVERIFY(UnitStore(tw.workspace()).find(dialog.unitId(), &unit));
        QCOMPARE(unit.mobile, u"+86 138 0013 8000"_s);

        auto *email = dialog.findChild<QLineEdit *>(u"regEmail"_s);
        QTest::keyClicks(email, u"wang@"_s);
        QVERIFY(dialog.findChild<QLabel *>(u"regEmailError"_s)->isVisible());
        // Chinese arrives through the input method, as a commit string.
        QInputMethodEvent ime;
        ime.setCommitString(u"教育.中国"_s);
        QApplication::sendEvent(email, &ime);
        QVERIFY(!dialog.findChild<QLabel *>(u"regEmailError"_s)->isVisible());

        // A second dialog on the same workspace reads what the first stored.
        RegistrationDialog again(tw.workspace(), tw.profile(), nullptr);
        QCOMPARE(again.findChild<QLineEdit *>(u"regEmail"_s)->text(), u"wang@教育.中国"_s);
    }

    void buttonsWorkThroughTheCore()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        RegistrationDialog dialog(tw.workspace(), tw.profile(), nullptr);
        QString error;
        const QString pdf = tw.dir() + u"/form.pdf"_s;
        QVERIFY2(dialog.exportPdf(pdf, &error), qPrintable(error));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        // The written path is shown, with a button that opens its folder.
        QVERIFY(dialog.findChild<QLabel *>(u"regStatus"_s)->text().contains(QDir::toNativeSeparators(pdf)));
        QVERIFY(dialog.findChild<QPushButton *>(u"regOpenFolder"_s)->isVisibleTo(&dialog));

        QVERIFY(!dialog.attachScan(tw.dir() + u"/missing.png"_s, &error));
        QVERIFY2(dialog.attachScan(pdf, &error), qPrintable(error));
        QVERIFY(dialog.findChild<QLabel *>(u"regScan"_s)->text().contains(u"form.pdf"_s));

        // The draft goes where the PDF was saved last (Documents before that), not beside a hidden workspace.
        QCoreApplication::setOrganizationName(u"SubmitDeskTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, tw.dir() + u"/settings"_s);
        FileDialogs::remember(FileDialogs::Pdf, pdf);
        QVERIFY(dialog.draftPath().startsWith(tw.dir()));
        QVERIFY(dialog.draftPath().endsWith(u".eml"_s));
        QVERIFY2(dialog.writeDraft(dialog.draftPath(), &error), qPrintable(error));
        QVERIFY(QFile::exists(dialog.draftPath()));
    }
};

QTEST_MAIN(TestRegistrationDialog)
#include "TestRegistrationDialog.moc"
