// Issue 16, points 7 and 14: the registration dialog and the first-run welcome show their validation
// messages in full at their default size: every visible label's size hint fits in its geometry (a wrapped
// label's height for its width). Registered three times: at scale 1, and with QT_SCALE_FACTOR=1.25 and 1.5.
#include "RegistrationDialog.h"
#include "TempWorkspace.h"
#include "Translations.h"
#include "welcome/WelcomeDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Every visible label with text in `root` has the room its text needs; counts the labels looked at.
void labelsFit(QWidget *root, const QString &language, int *checked)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        ++*checked;
        const QSize size = label->size();
        const int needed =
            label->wordWrap() ? label->heightForWidth(size.width()) : label->sizeHint().height();
        QVERIFY2(needed <= size.height(), qPrintable(u"%1 (%2) needs %3 px, has %4: %5"_s.arg(
                                              label->objectName(), language, QString::number(needed),
                                              QString::number(size.height()), label->text())));
        if (!label->wordWrap())
            QVERIFY2(label->sizeHint().width() <= size.width(),
                     qPrintable(u"%1 (%2) needs %3 px wide, has %4"_s.arg(
                         label->objectName(), language, QString::number(label->sizeHint().width()),
                         QString::number(size.width()))));
    }
}
} // namespace

class TestDialogFit : public QObject
{
    Q_OBJECT
private slots:
    void registrationMessagesFit_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("zh") << u"zh_CN"_s;
    }
    void registrationMessagesFit()
    {
        QFETCH(QString, language);
        Translations::install(language);
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        RegistrationDialog dialog(tw.workspace(), tw.profile(), nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Every field wrong at once: each shows its message.
        const std::pair<const char *, QString> wrong[] = {
            {"regName", u"x"_s},   {"regPerson", u"1"_s},     {"regTitle", u"?"_s},
            {"regPhone", u"12"_s}, {"regMobile", u"12345"_s}, {"regEmail", u"wang@"_s}};
        for (const auto &[name, text] : wrong) {
            auto *edit = dialog.findChild<QLineEdit *>(QLatin1StringView(name));
            QVERIFY(edit);
            edit->setFocus();
            QTest::keyClicks(edit, text);
        }
        QApplication::processEvents();
        int checked = 0;
        labelsFit(&dialog, language, &checked);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(checked > 6);
    }

    void welcomeMessagesFit_data() { registrationMessagesFit_data(); }
    void welcomeMessagesFit()
    {
        QFETCH(QString, language);
        Translations::install(language);
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        WelcomeDialog dialog(tw.workspace(), tw.profile(), nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        int checked = 0;
        labelsFit(&dialog, language, &checked); // the campaign's steps
        if (QTest::currentTestFailed())
            return;
        dialog.next();
        QCOMPARE(dialog.currentPage()->objectName(), u"welcomeUnitPage"_s);
        // Every field wrong at once; Next shows each field's message and stays on the page.
        const std::pair<const char *, QString> wrong[] = {{"name", u"x"_s},       {"person", u"1"_s},
                                                          {"title", u"?"_s},      {"phone", u"12"_s},
                                                          {"mobile", u"12345"_s}, {"email", u"wang@"_s}};
        for (const auto &[column, text] : wrong)
            dialog.findChild<QLineEdit *>(u"welcomeUnit_"_s + QLatin1StringView(column))->setText(text);
        dialog.findChild<QPushButton *>(u"welcomeNext"_s)->click();
        QCOMPARE(dialog.currentPage()->objectName(), u"welcomeUnitPage"_s);
        QApplication::processEvents();
        const int before = checked;
        labelsFit(&dialog, language, &checked);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(checked - before > 6);
    }
};

QTEST_MAIN(TestDialogFit)
#include "TestDialogFit.moc"
