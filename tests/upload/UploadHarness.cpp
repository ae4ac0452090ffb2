#include "UploadHarness.h"

#include "package/Sha256.h"
#include "upload/BatchPackage.h"
#include "workspace/BatchStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

UploadHarness::UploadHarness() = default;

bool UploadHarness::setUp(const TusServerProcess::Options &server, QString *error)
{
    if (!m_temp.isValid()) {
        *error = m_temp.error();
        return false;
    }
    Batch batch;
    batch.name = u"spring"_s;
    if (!BatchStore(m_temp.workspace()).create(&batch, error))
        return false;
    m_batchId = batch.id;
    QDir().mkpath(fileDir());
    return m_server.start(server, error);
}

bool UploadHarness::makeFile(const QString &name, qint64 bytes, QString *error)
{
    QFile file(fileDir() + u'/' + name);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    QByteArray block(1 << 16, Qt::Uninitialized);
    for (qint64 left = bytes; left > 0; left -= block.size()) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        file.write(block.constData(), std::min<qint64>(left, block.size()));
    }
    if (!m_names.contains(name))
        m_names.append(name);
    return true;
}

QList<QueueEntry> UploadHarness::entries(QString *error) const
{
    QList<QueueEntry> out;
    for (const QString &name : m_names) {
        const QFileInfo info(fileDir() + u'/' + name);
        QueueEntry e;
        e.record.batchId = m_batchId;
        e.record.bagPath = u"data/"_s + name;
        e.record.localPath = info.absoluteFilePath();
        e.record.size = info.size();
        e.record.mtime = info.lastModified().toUTC();
        Sha256::hashFile(e.record.localPath, &e.record.sha256, error);
        e.record.position = int(out.size());
        e.metadata = BatchPackage::metadataFor(u"spring"_s, e.record.bagPath, e.record.sha256);
        out.append(e);
    }
    return out;
}

std::unique_ptr<UploadQueue> UploadHarness::queue(const TransferTuning &tuning, const QString &endpoint,
                                                  const QString &token, const QString &caFile)
{
    auto queue = std::make_unique<UploadQueue>(m_temp.workspace());
    queue->setTuning(tuning);
    TusAccount account;
    account.endpoint = QUrl(endpoint.isEmpty() ? m_server.endpoint() : endpoint);
    account.token = token;
    account.caFile = caFile;
    QString error;
    if (!queue->addBatch(account, entries(&error), {}, &error))
        qWarning("addBatch: %s", qPrintable(error));
    return queue;
}

bool UploadHarness::runUntilFinished(UploadQueue &queue, int ms)
{
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&queue, &UploadQueue::finished, &loop, &QEventLoop::quit);
    limit.start(ms);
    queue.start();
    if (!queue.isFinished())
        loop.exec();
    return queue.isFinished();
}

QMap<QString, QString> UploadHarness::localSums() const
{
    QMap<QString, QString> out;
    for (const QString &name : m_names) {
        QString hex, error;
        Sha256::hashFile(fileDir() + u'/' + name, &hex, &error);
        out.insert(u"data/"_s + name, hex);
    }
    return out;
}
