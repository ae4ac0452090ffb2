// Issue 16, point 11: the dialogs with a fixed layout are built from their Qt Designer forms (forms/*.ui):
// each has its form's layout, the form's tab order, and Alt mnemonics that do not clash among the widgets
// shown together, in English and in Chinese. With SUBMITDESK_SCREENSHOT_DIR set, each dialog is saved as
// form-<dialog>-<language>.png for looking at (not a check).

#include "ExportDialog.h"
#include "ImportDialog.h"
#include "RegistrationDialog.h"
#include "TempWorkspace.h"
#include "Translations.h"
#include "VerifyDialog.h"
#include "upload/UploadTargetDialog.h"
#include "welcome/WelcomeDialog.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLayout>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The names of `names` in the order Tab visits them, starting at the first.
QStringList tabOrder(QWidget *root, const QStringList &names)
{
    QWidget *first = root->findChild<QWidget *>(names.value(0));
    if (!first)
        return {};
    QStringList seen{first->objectName()};
    for (QWidget *w = first->nextInFocusChain(); w && w != first; w = w->nextInFocusChain())
        if (names.contains(w->objectName()) && !seen.contains(w->objectName()))
            seen.append(w->objectName());
    return seen;
}

// The Alt mnemonic of a text ("&Name" -> 'N', "名称(&N)" -> 'N'), or a null character.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2))
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toUpper();
    return {};
}

// Mnemonics of the labels with a buddy and of the buttons visible in `root`, as "N: &Name" lines; a clash
// is a letter used twice.
QStringList mnemonicClashes(QWidget *root)
{
    QMap<QChar, QString> used;
    QStringList clashes;
    auto note = [&](QWidget *w, const QString &text) {
        const QChar m = mnemonic(text);
        if (m.isNull() || !w->isVisibleTo(root->window()))
            return;
        if (used.contains(m))
            clashes.append(u"%1: %2 / %3"_s.arg(m, used.value(m), text));
        used.insert(m, text);
    };
    for (QLabel *label : root->findChildren<QLabel *>())
        if (label->buddy())
            note(label, label->text());
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        note(button, button->text());
    return clashes;
}
} // namespace

class TestDialogForms : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void registrationDialog_data() { languages(); }
    void registrationDialog();
    void welcomeDialog_data() { languages(); }
    void welcomeDialog();
    void exportDialog_data() { languages(); }
    void exportDialog();
    void verifyDialog_data() { languages(); }
    void verifyDialog();
    void importDialog_data() { languages(); }
    void importDialog();
    void uploadTargetDialog_data() { languages(); }
    void uploadTargetDialog();

private:
    void languages();
    void screenshot(QWidget *dialog, const QString &name);
    // The dialog's layout is the form's, Tab visits `order`, each label of `buddies` leads to its field
    // with a mnemonic, and no two shown widgets share a mnemonic.
    void checkForm(QWidget *dialog, const QString &layoutName, const QStringList &order,
                   const QMap<QString, QString> &buddies);
    QTemporaryDir m_dir;
};

void TestDialogForms::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SubmitDeskTest"_s);
    QCoreApplication::setApplicationName(u"SubmitDeskFormsTest"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QSettings().clear();
}

void TestDialogForms::languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("zh") << u"zh_CN"_s;
}

void TestDialogForms::init()
{
    if (QTest::currentDataTag())
        Translations::install(QString::fromLatin1(QTest::currentDataTag()) == "zh"_L1 ? u"zh_CN"_s : u"en"_s);
}

void TestDialogForms::screenshot(QWidget *dialog, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("SUBMITDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog->grab().save(
            u"%1/form-%2-%3.png"_s.arg(dir, name, QString::fromLatin1(QTest::currentDataTag())));
}

void TestDialogForms::registrationDialog()
{
    TempWorkspace tw;
    QVERIFY2(tw.isValid(), qPrintable(tw.error()));
    RegistrationDialog dialog(tw.workspace(), tw.profile(), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    screenshot(&dialog, u"registration"_s);
    QVERIFY(dialog.layout());
    QCOMPARE(dialog.layout()->objectName(), u"registrationLayout"_s);
    const QStringList order{u"regName"_s,   u"regPerson"_s,    u"regTitle"_s,      u"regPhone"_s,
                            u"regMobile"_s, u"regEmail"_s,     u"regOpenFolder"_s, u"regPreview"_s,
                            u"regPrint"_s,  u"regExportPdf"_s, u"regAttachScan"_s, u"regSend"_s};
    QCOMPARE(tabOrder(&dialog, order), order);
    // Every field's label takes the user to its field with Alt and its letter.
    for (const QString &name :
         {u"regName"_s, u"regPerson"_s, u"regTitle"_s, u"regPhone"_s, u"regMobile"_s, u"regEmail"_s}) {
        auto *label = dialog.findChild<QLabel *>(name + u"Label"_s);
        QVERIFY2(label && label->buddy() && label->buddy()->objectName() == name, qPrintable(name));
        QVERIFY2(!mnemonic(label->text()).isNull(), qPrintable(label->text()));
    }
    const QStringList clashes = mnemonicClashes(&dialog);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

void TestDialogForms::welcomeDialog()
{
    TempWorkspace tw;
    QVERIFY2(tw.isValid(), qPrintable(tw.error()));
    WelcomeDialog dialog(tw.workspace(), tw.profile(), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.objectName(), u"welcomeDialog"_s);
    QCOMPARE(dialog.currentPage()->objectName(), u"welcomeStepsPage"_s);
    QCOMPARE(dialog.currentPage()->layout()->objectName(), u"welcomeStepsLayout"_s);
    screenshot(&dialog, u"welcome-steps"_s);
    dialog.next();
    QWizardPage *unit = dialog.currentPage();
    QCOMPARE(unit->objectName(), u"welcomeUnitPage"_s);
    QCOMPARE(unit->layout()->objectName(), u"welcomeUnitForm"_s);
    screenshot(&dialog, u"welcome-unit"_s);
    const QStringList order{u"welcomeUnit_name"_s,  u"welcomeUnit_person"_s, u"welcomeUnit_title"_s,
                            u"welcomeUnit_phone"_s, u"welcomeUnit_mobile"_s, u"welcomeUnit_email"_s};
    QCOMPARE(tabOrder(unit, order), order);
    for (const QString &name : order) {
        auto *label =
            unit->findChild<QLabel *>(QString(name).replace(u"welcomeUnit_"_s, u"welcomeUnitLabel_"_s));
        QVERIFY2(label && label->buddy() && label->buddy()->objectName() == name, qPrintable(name));
    }
    // The page's labels and the wizard's buttons (Back, Next, Skip) are shown together.
    const QStringList clashes = mnemonicClashes(&dialog);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

void TestDialogForms::checkForm(QWidget *dialog, const QString &layoutName, const QStringList &order,
                                const QMap<QString, QString> &buddies)
{
    QVERIFY(dialog->layout());
    QCOMPARE(dialog->layout()->objectName(), layoutName);
    QCOMPARE(tabOrder(dialog, order), order);
    for (auto it = buddies.cbegin(); it != buddies.cend(); ++it) {
        auto *label = dialog->findChild<QLabel *>(it.key());
        QVERIFY2(label && label->buddy() && label->buddy()->objectName() == it.value(), qPrintable(it.key()));
        QVERIFY2(!mnemonic(label->text()).isNull(), qPrintable(label->text()));
    }
    const QStringList clashes = mnemonicClashes(dialog);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

void TestDialogForms::exportDialog()
{
    TempWorkspace tw;
    QVERIFY2(tw.isValid(), qPrintable(tw.error()));
    ExportDialog dialog(tw.workspace(), tw.profile(), u"第一批"_s, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    screenshot(&dialog, u"export"_s);
    QCOMPARE(dialog.objectName(), u"exportDialog"_s);
    checkForm(&dialog, u"exportLayout"_s,
              {u"exportOutput"_s, u"exportZip"_s, u"exportFolder"_s, u"exportDraft"_s, u"exportMessages"_s,
               u"exportButtons"_s},
              {{u"exportOutputLabel"_s, u"exportOutput"_s}});
}

void TestDialogForms::verifyDialog()
{
    VerifyDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    screenshot(&dialog, u"verify"_s);
    QCOMPARE(dialog.objectName(), u"verifyDialog"_s);
    checkForm(&dialog, u"verifyLayout"_s,
              {u"verifyPath"_s, u"verifyZip"_s, u"verifyFolder"_s, u"verifyStart"_s, u"verifyProblems"_s,
               u"verifyButtons"_s},
              {{u"verifyPathLabel"_s, u"verifyPath"_s}});
}

void TestDialogForms::importDialog()
{
    TempWorkspace tw;
    QVERIFY2(tw.isValid(), qPrintable(tw.error()));
    ImportDialog dialog(tw.workspace(), tw.profile(), u"第一批"_s, ImportDialog::OpenPackage, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    screenshot(&dialog, u"import-package"_s);
    auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentIndex(ImportDialog::ImportSheet);
    screenshot(&dialog, u"import-sheet"_s);
    tabs->setCurrentIndex(ImportDialog::OpenPackage);
    QCOMPARE(dialog.objectName(), u"importDialog"_s);
    const QStringList order{u"importTabs"_s,        u"importPackagePath"_s, u"importPackageBrowse"_s,
                            u"importNewBatch"_s,    u"importOpen"_s,        u"importCancel"_s,
                            u"importSheetPath"_s,   u"importSheetBrowse"_s, u"importSheetCheck"_s,
                            u"importSheetResult"_s, u"importSheetApply"_s,  u"importButtons"_s};
    checkForm(&dialog, u"importLayout"_s, order,
              {{u"importPackagePathLabel"_s, u"importPackagePath"_s},
               {u"importNewBatchLabel"_s, u"importNewBatch"_s},
               {u"importSheetPathLabel"_s, u"importSheetPath"_s}});
    if (QTest::currentTestFailed())
        return;
    tabs->setCurrentIndex(ImportDialog::ImportSheet); // the other tab's widgets are shown together
    QCOMPARE(tabs->currentWidget()->objectName(), u"importSheetPage"_s);
    const QStringList clashes = mnemonicClashes(&dialog);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

void TestDialogForms::uploadTargetDialog()
{
    UploadTargetDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    screenshot(&dialog, u"upload-target"_s);
    QCOMPARE(dialog.objectName(), u"uploadTargetDialog"_s);
    checkForm(&dialog, u"targetLayout"_s,
              {u"targetChoice"_s, u"targetName"_s, u"targetEndpoint"_s, u"targetUser"_s, u"targetToken"_s,
               u"targetCaFile"_s, u"targetPlainHttp"_s, u"targetButtons"_s},
              {{u"targetChoiceLabel"_s, u"targetChoice"_s},
               {u"targetNameLabel"_s, u"targetName"_s},
               {u"targetEndpointLabel"_s, u"targetEndpoint"_s},
               {u"targetUserLabel"_s, u"targetUser"_s},
               {u"targetTokenLabel"_s, u"targetToken"_s},
               {u"targetCaFileLabel"_s, u"targetCaFile"_s}});
}

QTEST_MAIN(TestDialogForms)
#include "TestDialogForms.moc"
