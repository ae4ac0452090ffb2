// Issue 16, point 11: the dialogs with a fixed layout are built from their Qt Designer forms (forms/*.ui):
// each has its form's layout, the form's tab order, and Alt mnemonics that do not clash among the widgets
// shown together, in English and in Chinese. With SUBMITDESK_SCREENSHOT_DIR set, each dialog is saved as
// form-<dialog>-<language>.png for looking at (not a check).

#include "RegistrationDialog.h"
#include "TempWorkspace.h"
#include "Translations.h"
#include "welcome/WelcomeDialog.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLayout>
#include <QSettings>
#include <QStandardPaths>
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

private:
    void languages();
    void screenshot(QWidget *dialog, const QString &name);
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

QTEST_MAIN(TestDialogForms)
#include "TestDialogForms.moc"
