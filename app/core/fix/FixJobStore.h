#pragma once

#include "fix/FixPlan.h"

#include <QCoreApplication>
#include <QList>

class Workspace;

// One job of the fix queue, as the workspace keeps it (fix_jobs, migration 0005).
struct FixJob
{
    qint64 id = 0;
    qint64 resourceId = 0; // the resource whose media file is replaced when the output passes; 0: none
    QString input;
    QString target;
    FixOptions options;
    QString state = QStringLiteral("queued"); // queued, running, done, failed, cancelled
    QString message;                          // translated outcome
};

// The fix queue kept across restarts. A job still "running" when the workspace is opened again was
// interrupted (the app quit or crashed): requeueInterrupted() puts it back, and it starts from the beginning.
class FixJobStore
{
    Q_DECLARE_TR_FUNCTIONS(FixJobStore)
public:
    explicit FixJobStore(Workspace &workspace) : m_workspace(workspace) {}

    qint64 add(const FixJob &job, QString *error); // the new id, 0 on failure
    bool setState(qint64 id, const QString &state, const QString &message, QString *error);
    bool requeueInterrupted(QString *error);
    // Jobs in these states, oldest first.
    bool list(const QStringList &states, QList<FixJob> *out, QString *error) const;
    bool remove(qint64 id, QString *error);

    static QJsonObject optionsToJson(const FixOptions &options);
    static FixOptions optionsFromJson(const QJsonObject &o);

private:
    Workspace &m_workspace;
};
