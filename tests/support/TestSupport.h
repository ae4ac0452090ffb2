#pragma once

#include "common/Clock.h"

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

// Small helpers shared by the tests.
namespace TestSupport {
// The source tree (SUBMITDESK_SOURCE_DIR, set by CTest) and the built submitdesk-cli.
QString sourceDir();
QString cliPath();

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};
// Runs a program to the end (time limit in ms) and collects its output.
ProcessResult run(const QString &program, const QStringList &args, int timeoutMs = 120000,
                  const QString &workingDir = QString());
// Runs submitdesk-cli with these arguments.
ProcessResult runCli(const QStringList &args, int timeoutMs = 120000);
// Its standard output read as a JSON object (empty when it is not one), and the whole result in words
// for a failed assertion.
QJsonObject jsonOf(const ProcessResult &r);
QString describe(const ProcessResult &r);
// True when the program is on PATH; tests that need it QSKIP otherwise.
bool haveProgram(const QString &program);
// The moment the tests live in, for code that takes a Clock or a date: 2022-04-01 10:00 UTC+8, between the
// notice and its upload deadline (as MetadataFixture's). Never the machine's clock.
const FixedClock &fixedClock();
// The child of `root` named `name` (a widget found by its objectName), or null with a warning naming it.
template <typename T> T *childNamed(const QObject *root, const QString &name)
{
    T *child = root ? root->findChild<T *>(name) : nullptr;
    if (!child)
        qWarning("no child named %s", qPrintable(name));
    return child;
}
} // namespace TestSupport
