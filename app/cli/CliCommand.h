#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

// Exit codes shared by every verb.
enum CliExit { ExitClean = 0, ExitProblems = 1, ExitCouldNotRun = 2 };

// One verb of submitdesk-cli. A verb file defines a subclass and registers it with
// `static const CliCommandRegistration reg(std::make_unique<MyCommand>);`
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;    // "validate"
    virtual QString summary() const = 0; // one line for `submitdesk-cli --help`
    // Declares options and positional arguments on the parser (--help and --json are added for every verb).
    virtual void configure(QCommandLineParser &parser) const = 0;
    // Runs with the parsed arguments; returns a CliExit code.
    virtual int run(const QCommandLineParser &parser) = 0;
};

class CliCommandRegistry
{
public:
    using Factory = std::function<std::unique_ptr<CliCommand>()>;
    static void add(Factory factory);
    static std::vector<std::unique_ptr<CliCommand>> create();
};

struct CliCommandRegistration
{
    explicit CliCommandRegistration(CliCommandRegistry::Factory factory)
    {
        CliCommandRegistry::add(std::move(factory));
    }
};
