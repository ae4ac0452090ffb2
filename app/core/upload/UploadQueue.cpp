#include "upload/UploadQueue.h"

#include "upload/NetworkWatch.h"
#include "workspace/Workspace.h"

#include <algorithm>

using namespace Qt::StringLiterals;

UploadQueue::UploadQueue(Workspace &workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_store(workspace), m_writes(workspace.database())
{
    connect(&m_writes, &GroupedCommit::failed, this, &UploadQueue::storeFailed);
    m_network.setAutoDeleteReplies(false);
    m_sampler.setInterval(500);
    connect(&m_sampler, &QTimer::timeout, this, &UploadQueue::sample);
}

UploadQueue::~UploadQueue()
{
    for (int i = 0; i < m_entries.size(); ++i)
        stopTransfer(i);
}

int UploadQueue::addAccount(const TusAccount &account)
{
    m_accounts.append(account);
    m_infos.append(TusServerInfo());
    auto *watch = new NetworkWatch(account.endpoint, this);
    if (m_reachability)
        watch->useSource(m_reachability);
    connect(watch, &NetworkWatch::offline, this, &UploadQueue::goOffline);
    connect(watch, &NetworkWatch::online, this, &UploadQueue::backOnline);
    m_watches.append(watch);
    return int(m_accounts.size()) - 1;
}

void UploadQueue::setReachability(ReachabilitySource *source)
{
    m_reachability = source;
    for (NetworkWatch *watch : std::as_const(m_watches))
        watch->useSource(source);
}

bool UploadQueue::fileEntries(int accountIndex, QList<QueueEntry> entries, QString *error)
{
    const TusAccount &account = m_accounts.at(accountIndex);
    for (QueueEntry &e : entries) {
        e.account = accountIndex;
        e.record.endpoint = account.endpointKey();
        e.record.account = account.user;
        e.record.fingerprint = account.fingerprint(e.record.sha256);
        QUrl stale;
        m_writes.open();
        if (!m_store.plan(&e.record, &stale, error))
            return false;
        if (!stale.isEmpty()) { // a changed file: remove its old upload from the server, best effort
            auto *t = new TusTransfer(&m_network, account, m_tuning, nullptr, this);
            connect(t, &TusTransfer::terminated, t, &QObject::deleteLater);
            t->terminate(stale);
        }
        e.sent = e.record.offset;
        e.lastSample = e.sent;
        m_entries.append(e);
    }
    return true;
}

bool UploadQueue::addBatch(const TusAccount &account, QList<QueueEntry> entries, const Finaliser &finaliser,
                           QString *error)
{
    if (entries.isEmpty())
        return true;
    const qint64 batchId = entries.first().record.batchId;
    if (!fileEntries(addAccount(account), entries, error))
        return false;
    if (finaliser)
        m_finalisers.insert(batchId, finaliser);
    return true;
}

void UploadQueue::start()
{
    m_started = true;
    m_sampler.start();
    schedule();
    QList<qint64> batches;
    for (const QueueEntry &e : std::as_const(m_entries))
        if (!batches.contains(e.record.batchId))
            batches.append(e.record.batchId);
    for (qint64 b : batches)
        checkBatch(b);
}

bool UploadQueue::mayStart(int index) const
{
    const QueueEntry &e = m_entries.at(index);
    if (e.transfer || e.held || e.record.state != "queued"_L1)
        return false;
    // The first transfer to an endpoint learns what the server offers (OPTIONS); the others wait for it.
    if (!m_infos.at(e.account).known)
        for (const QueueEntry &o : m_entries)
            if (o.transfer && o.account == e.account)
                return false;
    for (const QueueEntry &o : m_entries) // the batch's earlier groups first
        if (o.record.batchId == e.record.batchId && o.group < e.group && o.record.state != "done"_L1)
            return false;
    return true;
}

void UploadQueue::schedule()
{
    if (!m_started || m_offline)
        return;
    int running = 0;
    for (const QueueEntry &e : std::as_const(m_entries))
        running += e.transfer ? 1 : 0;
    for (int i = 0; i < m_entries.size() && running < m_concurrency; ++i) {
        if (mayStart(i)) {
            launch(i);
            ++running;
        }
    }
    if (isFinished())
        emitFinished();
}

void UploadQueue::emitFinished()
{
    QString error;
    if (!m_writes.flush(&error))
        emit storeFailed(error);
    emit finished();
}

void UploadQueue::launch(int index)
{
    QueueEntry &e = m_entries[index];
    auto *transfer = new TusTransfer(&m_network, m_accounts.at(e.account), m_tuning, &m_limiter, this);
    transfer->setServerInfo(m_infos.at(e.account));
    e.transfer = transfer;
    e.error = {};
    connectTransfer(index, transfer);
    setState(index, u"uploading"_s);
    UploadSpec spec;
    spec.localPath = e.record.localPath;
    spec.size = e.record.size;
    spec.metadata = e.metadata;
    spec.url = e.record.url;
    spec.offset = e.record.offset;
    spec.expires = e.record.expires;
    if (e.verifyWhileSending) {
        spec.verifySha256 = e.record.sha256;
        spec.verifyFingerprint = e.contentFingerprint;
        spec.staleMarker = e.staleMarker;
    }
    transfer->start(spec);
}

void UploadQueue::connectTransfer(int index, TusTransfer *t)
{
    connect(t, &TusTransfer::serverInfoKnown, this, [this, index](const TusServerInfo &info) {
        m_infos[m_entries.at(index).account] = info;
        schedule();
    });
    connect(t, &TusTransfer::urlAssigned, this, [this, index](const QUrl &url, const QDateTime &expires) {
        QueueEntry &e = m_entries[index];
        e.record.url = url;
        e.record.offset = 0;
        e.record.expires = expires;
        QString error;
        m_writes.open();
        store(m_store.setUrl(e.record.id, url, expires, &error), error);
    });
    connect(t, &TusTransfer::urlForgotten, this, [this, index] {
        QueueEntry &e = m_entries[index];
        e.record.url.clear();
        e.record.offset = 0;
        QString error;
        m_writes.open();
        store(m_store.setUrl(e.record.id, {}, {}, &error), error);
    });
    connect(t, &TusTransfer::acknowledged, this, [this, index](qint64 offset) {
        QueueEntry &e = m_entries[index];
        e.record.offset = offset;
        e.error = {};
        QString error;
        m_writes.open();
        store(m_store.setOffset(e.record.id, offset, &error), error);
    });
    connect(t, &TusTransfer::progress, this, [this, index](qint64 sent) { m_entries[index].sent = sent; });
    connect(t, &TusTransfer::retrying, this,
            [this, index](const UploadError &error, double) { onRetrying(index, error); });
    connect(t, &TusTransfer::finished, this,
            [this, index](const UploadError &error) { onFinished(index, error); });
}

void UploadQueue::onRetrying(int index, const UploadError &error)
{
    m_entries[index].error = error;
    emit entryChanged(index);
    if (error.kind == UploadError::Connection || error.kind == UploadError::Dns)
        m_watches.at(m_entries.at(index).account)->suspect();
}

void UploadQueue::onFinished(int index, const UploadError &error)
{
    QueueEntry &e = m_entries[index];
    e.bytesSent = e.transfer->bytesSent();
    e.transfer->deleteLater();
    e.transfer = nullptr;
    e.error = error;
    if (error.isError()) {
        setState(index, u"failed"_s, error.text);
        if (error.kind == UploadError::Auth || error.kind == UploadError::PlainHttp ||
            error.kind == UploadError::Tls)
            failAccount(m_entries.at(index).account, error); // the same answer awaits every other file
    } else {
        e.record.offset = e.record.size;
        e.sent = e.record.size;
        e.record.state = u"done"_s;
        QString storeError;
        m_writes.open();
        store(m_store.complete(e.record, &storeError), storeError);
        emit entryChanged(index);
    }
    checkBatch(e.record.batchId);
    schedule();
}

void UploadQueue::failAccount(int account, const UploadError &error)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        QueueEntry &e = m_entries[i];
        if (e.account != account || e.record.state == "done"_L1 || e.record.state == "failed"_L1 || e.held)
            continue;
        stopTransfer(i);
        e.error = error;
        setState(i, u"failed"_s, error.text);
    }
}

void UploadQueue::checkBatch(qint64 batchId)
{
    QList<UploadRecord> done;
    bool open = false, failed = false;
    for (int i = 0; i < m_entries.size(); ++i) {
        const QueueEntry &e = m_entries.at(i);
        if (e.record.batchId != batchId)
            continue;
        if (e.record.state == "done"_L1)
            done.append(e.record);
        else if (e.record.state == "failed"_L1)
            failed = true;
        else if (e.transfer || !m_started || mayStart(i) || (e.record.state == "queued"_L1 && m_offline))
            open = true; // (an entry held by the user, or behind a failed one, does not keep it open)
    }
    if (open)
        return;
    if (!failed && m_finalisers.contains(batchId) && !m_finalised.contains(batchId)) {
        m_finalised.append(batchId);
        QueueEntry last;
        QString error;
        int accountIndex = 0;
        for (const QueueEntry &e : std::as_const(m_entries))
            if (e.record.batchId == batchId)
                accountIndex = e.account;
        last.group = 2;
        const int index = int(m_entries.size());
        if (m_finalisers.value(batchId)(done, &last, &error) && fileEntries(accountIndex, {last}, &error)) {
            if (m_entries.at(index).record.state != "done"_L1)
                return schedule();
            return checkBatch(batchId);
        }
        emit storeFailed(error);
        return emit batchFinished(batchId, false);
    }
    QString error;
    if (!m_writes.flush(&error))
        emit storeFailed(error);
    emit batchFinished(batchId, !failed);
}

void UploadQueue::setState(int index, const QString &state, const QString &error)
{
    QueueEntry &e = m_entries[index];
    e.record.state = state;
    e.record.lastError = error;
    QString storeError;
    m_writes.open();
    store(m_store.setState(e.record.id, state, error, &storeError), storeError);
    emit entryChanged(index);
}

void UploadQueue::store(bool ok, const QString &error)
{
    if (!ok)
        emit storeFailed(error);
}

void UploadQueue::stopTransfer(int index)
{
    QueueEntry &e = m_entries[index];
    if (!e.transfer)
        return;
    e.transfer->stop();
    e.bytesSent = e.transfer->bytesSent();
    e.transfer->disconnect(this);
    e.transfer->deleteLater();
    e.transfer = nullptr;
    e.sent = e.record.offset;
}

void UploadQueue::pauseFile(int index)
{
    QueueEntry &e = m_entries[index];
    if (e.record.state == "done"_L1)
        return;
    stopTransfer(index);
    e.held = true;
    setState(index, u"paused"_s);
    schedule();
}

void UploadQueue::resumeFile(int index)
{
    QueueEntry &e = m_entries[index];
    if (e.record.state == "done"_L1)
        return;
    e.held = false;
    setState(index, u"queued"_s);
    schedule();
}

void UploadQueue::cancelFile(int index)
{
    QueueEntry &e = m_entries[index];
    stopTransfer(index);
    e.held = true;
    if (!e.record.url.isEmpty() && e.record.state != "done"_L1) {
        auto *t = new TusTransfer(&m_network, m_accounts.at(e.account), m_tuning, nullptr, this);
        connect(t, &TusTransfer::terminated, t, &QObject::deleteLater);
        t->terminate(e.record.url);
        e.record.url.clear();
        e.record.offset = 0;
        e.sent = 0;
        QString error;
        m_writes.open();
        store(m_store.setUrl(e.record.id, {}, {}, &error), error);
    }
    setState(index, u"paused"_s, tr("Cancelled."));
    schedule();
}

void UploadQueue::pauseBatch(qint64 batchId)
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).record.batchId == batchId)
            pauseFile(i);
}

void UploadQueue::resumeBatch(qint64 batchId)
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).record.batchId == batchId)
            resumeFile(i);
}

void UploadQueue::cancelBatch(qint64 batchId)
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).record.batchId == batchId)
            cancelFile(i);
}

void UploadQueue::goOffline()
{
    if (m_offline)
        return;
    m_offline = true;
    m_offlineSince.start();
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).transfer) {
            stopTransfer(i);
            setState(i, u"queued"_s, tr("Waiting for the network."));
        }
    }
    emit offlineChanged(true);
}

void UploadQueue::backOnline()
{
    for (const NetworkWatch *w : std::as_const(m_watches))
        if (w->isOffline())
            return;
    if (!m_offline)
        return;
    m_offline = false;
    emit offlineChanged(false);
    schedule();
}

UploadQueue::Totals UploadQueue::totals() const
{
    Totals t;
    for (const QueueEntry &e : m_entries) {
        ++t.files;
        t.bytes += e.record.size;
        // What the server holds: a file not moving counts its acknowledged offset, not bytes a refused
        // request carried.
        t.sent += std::min(e.transfer ? e.sent : e.record.offset, e.record.size);
        t.done += e.record.state == "done"_L1 ? 1 : 0;
        t.failed += e.record.state == "failed"_L1 ? 1 : 0;
        t.active += e.transfer ? 1 : 0;
    }
    t.speed = m_totalSpeed;
    t.etaSeconds = m_totalSpeed > 1 ? double(t.bytes - t.sent) / m_totalSpeed : -1;
    return t;
}

bool UploadQueue::isFinished() const
{
    if (m_offline)
        return false;                          // waiting for the network
    for (int i = 0; i < m_entries.size(); ++i) // running, or able to run once a place is free
        if (m_entries.at(i).transfer || (m_started && mayStart(i)))
            return false;
    return true;
}

void UploadQueue::sample()
{
    const double seconds = m_sampler.interval() / 1000.0;
    for (QueueEntry &e : m_entries) {
        const double rate = std::max(0.0, double(e.sent - e.lastSample) / seconds);
        e.speed = e.transfer ? (e.speed <= 0 ? rate : 0.7 * e.speed + 0.3 * rate) : 0;
        e.lastSample = e.sent;
    }
    const Totals t = totals();
    const double now = double(t.sent - m_lastTotal) / seconds;
    m_totalSpeed = m_totalSpeed <= 0 ? std::max(0.0, now) : 0.7 * m_totalSpeed + 0.3 * std::max(0.0, now);
    m_lastTotal = t.sent;
    if (m_offline && m_offlineLimit > 0 && m_offlineSince.elapsed() > qint64(m_offlineLimit) * 1000) {
        for (int i = 0; i < m_entries.size(); ++i)
            if (m_entries.at(i).record.state == "queued"_L1 && !m_entries.at(i).held)
                setState(i, u"failed"_s, tr("The network did not come back in time."));
        m_offline = false;
        emitFinished();
    }
    emit progressChanged();
}
