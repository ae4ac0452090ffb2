// Issue 16, points 7 and 14: the registration dialog shows its validation messages in full at its
// default size: every visible label's size hint fits in its geometry (a wrapped label's height for its
// width). Registered three times: at scale 1, and with QT_SCALE_FACTOR=1.25 and 1.5.
#include "RegistrationDialog.h"
#include "TempWorkspace.h"
#include "Translations.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;

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
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            ++checked;
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
        QVERIFY(checked > 6);
    }
};

QTEST_MAIN(TestDialogFit)
#include "TestDialogFit.moc"
