#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

class Workspace;

// One file of a batch's package on its way to one endpoint and account (table uploads, migration 0004).
struct UploadRecord
{
    qint64 id = 0;
    qint64 batchId = 0;
    QString endpoint; // TusAccount::endpointKey()
    QString account;  // the user name; never the token
    QString bagPath;  // path inside the bag ("data/…", "bag-info.txt") or "submission.json"
    int position = 0; // sending order: payload, tag files, submission.json
    QString localPath;
    qint64 size = 0;
    QDateTime mtime;
    QString sha256;
    QString fingerprint;
    QUrl url;
    qint64 offset = 0; // acknowledged by the server
    QDateTime expires;
    QString state = QStringLiteral("queued"); // queued, uploading, paused, done, failed
    QString lastError;
};

// What a receiver acknowledged: the batch's upload history.
struct UploadAcknowledgement
{
    QString endpoint;
    QString bagPath;
    QUrl url;
    qint64 size = 0;
    QString sha256;
    QDateTime at;
};

// Reads and writes the upload rows. Every write commits at once, so a crash loses nothing acknowledged.
class UploadStore
{
    Q_DECLARE_TR_FUNCTIONS(UploadStore)
public:
    explicit UploadStore(Workspace &workspace) : m_workspace(workspace) {}

    // Files `record` for upload (sets id, url, offset, expires, state from the store). A row of the same
    // batch, endpoint, account and bag path is resumed only when size, mtime and sha256 are unchanged;
    // otherwise it is reset and its old URL handed back in *staleUrl (to be terminated, never resumed).
    bool plan(UploadRecord *record, QUrl *staleUrl, QString *error);
    bool setUrl(qint64 id, const QUrl &url, const QDateTime &expires, QString *error);
    bool setOffset(qint64 id, qint64 offset, QString *error);
    bool setState(qint64 id, const QString &state, const QString &lastError, QString *error);
    // Marks the row done and adds the acknowledgement to the history, in one transaction.
    bool complete(const UploadRecord &record, QString *error);
    bool forBatch(qint64 batchId, QList<UploadRecord> *out, QString *error) const;
    bool history(qint64 batchId, QList<UploadAcknowledgement> *out, QString *error) const;
    // Forgets the rows of a batch for one endpoint and account (after their uploads were terminated).
    bool discard(qint64 batchId, const QString &endpoint, const QString &account, QString *error);

private:
    bool exec(const QString &sql, const QVariantList &values, QString *error);
    Workspace &m_workspace;
};
