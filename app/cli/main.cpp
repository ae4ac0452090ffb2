// submitdesk-cli: scripted access to the SubmitDesk core. Every verb has --help and --json.
// Exit codes: 0 clean, 1 problems found (validation errors, failed checks), 2 could not run.

#include "CliCommand.h"
#include "CliSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>

#include <cerrno>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

#include "Translations.h"

using namespace Qt::StringLiterals;

namespace {
void printUsage(const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    QString text = QCoreApplication::translate("main", "Usage: submitdesk-cli VERB [options]\n\nVerbs:\n");
    for (const auto &c : commands)
        text += u"  %1  %2\n"_s.arg(c->name(), -12).arg(c->summary());
    text += QCoreApplication::translate("main", "\nRun `submitdesk-cli VERB --help` for a verb's options.\n"
                                                "Exit codes: 0 clean, 1 problems found, 2 could not run.");
    CliSupport::out(text);
}
} // namespace

int main(int argc, char **argv)
{
    // QGuiApplication (offscreen when there is no display) so that verbs can render PDFs and images.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Qt warns on every start without one; a private folder of our own (named by uid, owned by us,
        // mode 0700) keeps the output clean. Anything else is left alone.
        const QByteArray runtime =
            QDir::tempPath().toUtf8() + "/submitdesk-runtime-" + QByteArray::number(getuid());
        if (::mkdir(runtime.constData(), 0700) == 0 || errno == EEXIST) {
            struct stat st
            {
            };
            if (::lstat(runtime.constData(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == getuid() &&
                (st.st_mode & 077) == 0)
                qputenv("XDG_RUNTIME_DIR", runtime);
        }
    }
    // Arguments must be UTF-8: a value in another encoding would be stored as replacement characters.
    for (int i = 1; i < argc; ++i) {
        const QByteArray raw(argv[i]);
        if (QString::fromUtf8(raw).toUtf8() != raw) {
            std::fprintf(stderr, "submitdesk-cli: argument %d is not valid UTF-8: %s\n", i,
                         raw.toPercentEncoding().constData());
            return ExitCouldNotRun;
        }
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"SubmitDesk"_s);
    QCoreApplication::setApplicationName(u"SubmitDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    Translations::install(qEnvironmentVariable("SUBMITDESK_LANG"));

    auto commands = CliCommandRegistry::create();
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == "--help"_L1 || args.at(1) == "-h"_L1 || args.at(1) == "help"_L1) {
        printUsage(commands);
        return args.size() < 2 ? ExitCouldNotRun : ExitClean;
    }
    if (args.at(1) == "--version"_L1) {
        CliSupport::out(u"submitdesk-cli "_s + QCoreApplication::applicationVersion());
        return ExitClean;
    }
    const QString verb = args.at(1);
    for (auto &command : commands) {
        if (command->name() != verb)
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(command->summary());
        parser.addHelpOption();
        parser.addOption({u"json"_s, QCoreApplication::translate("main", "Print the result as JSON.")});
        command->configure(parser);
        QStringList verbArgs = args;
        verbArgs.removeAt(1);
        verbArgs[0] = u"submitdesk-cli "_s + verb;
        if (!parser.parse(verbArgs)) {
            CliSupport::err(u"submitdesk-cli %1: %2"_s.arg(verb, parser.errorText()));
            return ExitCouldNotRun;
        }
        if (parser.isSet(u"help"_s)) {
            // QCommandLineParser names the program by argv[0]; name the verb too.
            QString help = parser.helpText();
            help.replace(help.indexOf(args.first()), args.first().size(), u"submitdesk-cli "_s + verb);
            CliSupport::out(help.trimmed());
            return ExitClean;
        }
        return command->run(parser);
    }
    CliSupport::err(QCoreApplication::translate("main", "submitdesk-cli: unknown verb \"%1\"").arg(verb));
    printUsage(commands);
    return ExitCouldNotRun;
}
