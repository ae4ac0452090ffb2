#pragma once

#include "upload/GroupedCommit.h"
#include "upload/RateLimiter.h"
#include "upload/TusTransfer.h"
#include "upload/UploadStore.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class NetworkWatch;
class ReachabilitySource;
class Workspace;

// One file in the queue: its stored record, what it is sent with and how it goes.
struct QueueEntry
{
    UploadRecord record;
    QList<QPair<QByteArray, QString>> metadata; // Upload-Metadata
    int group = 0;                              // 0 payload, 1 tag files, 2 submission.json: in this order
    bool verifyWhileSending = false; // check the content against record.sha256 as it goes (StreamVerifier)
    QString contentFingerprint;      // and then against this ContentFingerprint instead, when there is one
    QString staleMarker;             // removed when that check fails (see UploadSpec)
    int account = 0;                 // index into the queue's accounts
    qint64 sent = 0;                 // offset acknowledged plus bytes of the PATCH in flight
    qint64 bytesSent = 0;            // every body byte sent so far, re-sent ones too
    double speed = 0;                // bytes per second, smoothed
    qint64 lastSample = 0;
    bool held = false; // paused by the user
    UploadError error; // the last trouble (also while retrying)
    TusTransfer *transfer = nullptr;
};

// The upload queue across batches: at most `concurrency` transfers at once (default 2), the payload of a
// batch first, then its tag files, then its submission.json; per-file and total progress, speed and ETA;
// pause, resume and cancel per file and per batch; one bandwidth limit for all transfers; automatic pause
// while the network is away (NetworkWatch) and resume when it is back. Every acknowledged offset, URL and
// state is written through UploadStore at once, so a new queue on the same workspace resumes.
class UploadQueue : public QObject
{
    Q_OBJECT
public:
    // Called when every other file of a batch is done: returns the last file to send (submission.json),
    // or false with an error. `done` are the batch's finished records.
    using Finaliser = std::function<bool(const QList<UploadRecord> &done, QueueEntry *last, QString *error)>;

    explicit UploadQueue(Workspace &workspace, QObject *parent = nullptr);
    ~UploadQueue() override;

    void setConcurrency(int transfers) { m_concurrency = std::max(1, transfers); }
    void setRateLimit(qint64 bytesPerSecond) { m_limiter.setLimit(bytesPerSecond); }
    void setTuning(const TransferTuning &tuning) { m_tuning = tuning; }
    // How long the queue waits for the network to come back before giving up (0: for ever).
    void setOfflineLimit(int seconds) { m_offlineLimit = seconds; }
    QNetworkAccessManager *network() { return &m_network; }
    // Reachability from `source` (not owned) for every endpoint, instead of the system's or probing: for
    // tests, which drive it.
    void setReachability(ReachabilitySource *source);

    // Files a batch's entries (records filled but for id, url, offset, state, which the store decides).
    // Stale uploads of changed files are terminated. False with an error when the store fails.
    bool addBatch(const TusAccount &account, QList<QueueEntry> entries, const Finaliser &finaliser,
                  QString *error);
    void start();

    int count() const { return int(m_entries.size()); }
    const QueueEntry &entry(int index) const { return m_entries.at(index); }
    void pauseFile(int index);
    void resumeFile(int index);
    void cancelFile(int index); // terminates the upload on the server (DELETE) and forgets it
    void pauseBatch(qint64 batchId);
    void resumeBatch(qint64 batchId);
    void cancelBatch(qint64 batchId);

    struct Totals
    {
        qint64 bytes = 0, sent = 0;
        double speed = 0, etaSeconds = -1;
        int files = 0, done = 0, failed = 0, active = 0;
    };
    Totals totals() const;
    bool isOffline() const { return m_offline; }
    bool isFinished() const; // nothing queued, running or waiting

signals:
    void entryChanged(int index);
    void progressChanged();
    void batchFinished(qint64 batchId, bool complete);
    void offlineChanged(bool offline);
    void finished(); // nothing left to do (every file done, failed or held)
    void storeFailed(const QString &error);

private:
    int addAccount(const TusAccount &account);
    bool fileEntries(int accountIndex, QList<QueueEntry> entries, QString *error);
    void schedule();
    bool mayStart(int index) const;
    void launch(int index);
    void connectTransfer(int index, TusTransfer *transfer);
    void onFinished(int index, const UploadError &error);
    void onRetrying(int index, const UploadError &error);
    void stopTransfer(int index);
    void setState(int index, const QString &state, const QString &error = {});
    void checkBatch(qint64 batchId);
    void failAccount(int account, const UploadError &error);
    void goOffline();
    void backOnline();
    void sample();
    void store(bool ok, const QString &error);
    void emitFinished();

    Workspace &m_workspace;
    UploadStore m_store;
    GroupedCommit m_writes; // the writes of a tenth of a second in one transaction
    QNetworkAccessManager m_network;
    RateLimiter m_limiter;
    TransferTuning m_tuning;
    QList<TusAccount> m_accounts;
    QList<TusServerInfo> m_infos;
    QList<QueueEntry> m_entries;
    QMap<qint64, Finaliser> m_finalisers;
    QList<qint64> m_finalised;
    int m_concurrency = 2;
    int m_offlineLimit = 0;
    bool m_offline = false;
    bool m_started = false;
    QList<NetworkWatch *> m_watches; // one per account, owned
    ReachabilitySource *m_reachability = nullptr;
    QTimer m_sampler;
    QElapsedTimer m_offlineSince;
    qint64 m_lastTotal = 0;
    double m_totalSpeed = 0;
};
