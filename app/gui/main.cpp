// submitdesk [WORKSPACE]: the desktop workstation.
#include "AppSettings.h"
#include "FirstPaintProbe.h"
#include "MainWindow.h"
#include "SmokeTest.h"
#include "Translations.h"
#include "common/AppPaths.h"
#include "welcome/WelcomeController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"SubmitDesk"_s);
    QCoreApplication::setApplicationName(u"SubmitDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SUBMITDESK_VERSION));
    QGuiApplication::setDesktopFileName(
        u"submitdesk"_s); // the installed .desktop entry (icon, Wayland app id)
    Translations::install(AppSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Prepares learning resources for the lifelong-education platform."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"workspace"_s, QCoreApplication::translate("main", "The workspace file to open (*.submitdesk)."),
        u"[WORKSPACE]"_s);
    const QCommandLineOption smokeTest(
        u"smoke-test"_s,
        QCoreApplication::translate(
            "main", "Quit once the main window is shown (checks that an installed copy starts)."));
    parser.addOption(smokeTest);
    parser.process(app);

    MainWindow window;
    window.show();
    if (parser.isSet(smokeTest))
        SmokeTest::watch(&window);

    // The workspace named on the command line, else the one used last, else the default one (created
    // when missing). A failure is shown when it was the named workspace or when nothing could be opened.
    const QString named = parser.positionalArguments().value(0);
    QStringList candidates;
    if (!named.isEmpty())
        candidates.append(named);
    if (const QString last = AppSettings::lastWorkspace(); QFileInfo::exists(last)) // never re-created empty
        candidates.append(last);
    candidates.append(AppPaths::defaultWorkspace());
    QStringList errors;
    bool opened = false;
    for (const QString &path : std::as_const(candidates)) {
        QString error;
        if (window.openWorkspace(path, &error)) {
            opened = true;
            break;
        }
        if (path == named || errors.isEmpty())
            errors.append(error);
    }
    FirstPaintProbe::installIfAsked(&window);
    if (!errors.isEmpty() && (!opened || !named.isEmpty()))
        QMessageBox::warning(&window, QCoreApplication::translate("main", "Open Workspace"),
                             errors.join(QLatin1Char('\n')));
    else if (auto *welcome = window.findChild<WelcomeController *>())
        welcome->showIfFirstRun();
    return app.exec();
}
