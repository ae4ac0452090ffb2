#include "UploadPreparation.h"

#include "package/ExportJob.h"

#include <QElapsedTimer>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
QString byteSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

UploadPreparation::UploadPreparation(std::unique_ptr<BatchPackage::Plan> plan, QObject *parent)
    : QObject(parent), m_plan(std::move(plan))
{
    m_pool.setMaxThreadCount(1);
}

UploadPreparation::~UploadPreparation()
{
    m_destroying.store(true);
    cancel();
    m_pool.waitForDone();
}

void UploadPreparation::cancel()
{
    m_cancel.store(true);
    if (m_plan->job)
        m_plan->job->cancel(); // the export's own flag: its link and media checks poll it
}

void UploadPreparation::start()
{
    // Not the global pool: the destructor must be able to wait for exactly this task.
    m_pool.start([this] { run(); });
}

void UploadPreparation::run()
{
    const QString batchName = m_plan->prepared.batchName;
    QElapsedTimer throttle;
    throttle.start();
    BatchPackage::Progress last;
    last.stage = BatchPackage::Progress::Listing;
    const auto report = [&](const BatchPackage::Progress &p) {
        // At most ten a second, but every change of stage or file count shows.
        const bool news = p.stage != last.stage || p.filesDone != last.filesDone;
        if (m_destroying.load() || (!news && throttle.elapsed() < 100))
            return;
        throttle.restart();
        last = p;
        emit progressed(describe(batchName, p), permille(p));
    };
    QString error;
    const bool ok = BatchPackage::build(m_plan.get(), &error, &m_cancel, report);
    if (!m_destroying.load())
        emit finished(ok && !m_cancel.load(), error);
}

QString UploadPreparation::describe(const QString &batchName, const BatchPackage::Progress &p)
{
    switch (p.stage) {
    case BatchPackage::Progress::Checking:
        return tr("Preparing the package of \"%1\": checking file %2 of %3")
            .arg(batchName)
            .arg(std::min(p.filesDone + 1, p.filesTotal))
            .arg(p.filesTotal);
    case BatchPackage::Progress::Writing:
        return tr("Preparing the package of \"%1\": %2 of %3 files, %4 of %5")
            .arg(batchName)
            .arg(p.filesDone)
            .arg(p.filesTotal)
            .arg(byteSize(p.bytesDone), byteSize(p.bytesTotal));
    case BatchPackage::Progress::Verifying:
        return tr("Checking the earlier package of \"%1\" again: %2 of %3")
            .arg(batchName, byteSize(p.bytesDone), byteSize(p.bytesTotal));
    case BatchPackage::Progress::Listing:
        break;
    }
    return tr("Preparing the package of \"%1\"…").arg(batchName);
}

int UploadPreparation::permille(const BatchPackage::Progress &p)
{
    if (p.stage == BatchPackage::Progress::Checking)
        return p.filesTotal > 0 ? int(1000 * qint64(p.filesDone) / p.filesTotal) : 0;
    return p.bytesTotal > 0 ? int(1000 * p.bytesDone / p.bytesTotal) : 0;
}
