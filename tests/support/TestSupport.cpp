#include "TestSupport.h"

#include <QJsonDocument>

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

QJsonObject TestSupport::jsonOf(const ProcessResult &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

QString TestSupport::describe(const ProcessResult &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}
