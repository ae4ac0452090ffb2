#pragma once

#include "FaultProxy.h"
#include "TempWorkspace.h"
#include "TusServerProcess.h"

#include "upload/UploadQueue.h"

#include <QString>

#include <memory>

// A workspace with one batch, files of random bytes, the real tus server and a queue to send them:
// what the engine tests share.
class UploadHarness
{
public:
    UploadHarness();
    bool setUp(const TusServerProcess::Options &server, QString *error);
    // A file of `bytes` random bytes at data/<name> (overwritten when present).
    bool makeFile(const QString &name, qint64 bytes, QString *error);
    QList<QueueEntry> entries(QString *error) const;
    // A fresh queue on the workspace with these files (the account's endpoint: the server or `endpoint`).
    std::unique_ptr<UploadQueue> queue(const TransferTuning &tuning, const QString &endpoint = {},
                                       const QString &token = {}, const QString &caFile = {});
    // Runs the queue's event loop until it is finished or `ms` passed; true when finished.
    static bool runUntilFinished(UploadQueue &queue, int ms);
    // sha256 of every local file by name ("data/a.bin").
    QMap<QString, QString> localSums() const;
    TusServerProcess &server() { return m_server; }
    Workspace &workspace() { return m_temp.workspace(); }
    qint64 batchId() const { return m_batchId; }
    QString fileDir() const { return m_temp.dir() + QStringLiteral("/files"); }

private:
    TempWorkspace m_temp;
    TusServerProcess m_server;
    qint64 m_batchId = 0;
    QStringList m_names;
};
