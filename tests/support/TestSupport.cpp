#include "TestSupport.h"

#include <QStandardPaths>
#include <QTimeZone>

using namespace Qt::StringLiterals;

QString TestSupport::sourceDir()
{
    return qEnvironmentVariable("SUBMITDESK_SOURCE_DIR");
}

QString TestSupport::cliPath()
{
    return qEnvironmentVariable("SUBMITDESK_CLI");
}

TestSupport::ProcessResult TestSupport::run(const QString &program, const QStringList &args, int timeoutMs,
                                            const QString &workingDir)
{
    ProcessResult r;
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

TestSupport::ProcessResult TestSupport::runCli(const QStringList &args, int timeoutMs)
{
    return run(cliPath(), args, timeoutMs);
}

bool TestSupport::haveProgram(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

const FixedClock &TestSupport::fixedClock()
{
    static const FixedClock clock(QDateTime(QDate(2022, 4, 1), QTime(10, 0), QTimeZone(8 * 3600)));
    return clock;
}
