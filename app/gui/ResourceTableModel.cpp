#include "ResourceTableModel.h"

#include "package/TechnicalFindings.h"

#include "WorkspaceController.h"
#include "metadata/ResourceValidator.h"
#include "workspace/ResourceStore.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QPointer>

#include <climits>

using namespace Qt::StringLiterals;

ResourceTableModel::ResourceTableModel(WorkspaceController &controller, QObject *parent)
    : QAbstractTableModel(parent), m_controller(controller), m_okIcon(u":/icons/status-ok.png"_s),
      m_warningIcon(u":/icons/status-warning.png"_s), m_errorIcon(u":/icons/status-error.png"_s)
{
    m_pool.setMaxThreadCount(1);
    m_pageTimer.setSingleShot(true);
    m_pageTimer.setInterval(0);
    connect(&m_pageTimer, &QTimer::timeout, this, [this] {
        appendRows(PageRows);
        if (m_moreRows)
            m_pageTimer.start();
    });
    m_revalidateTimer.setSingleShot(true);
    m_revalidateTimer.setInterval(300);
    connect(&m_revalidateTimer, &QTimer::timeout, this, &ResourceTableModel::revalidate);

    Workspace &workspace = m_controller.workspace();
    connect(&workspace, &Workspace::resourcesChanged, this, [this](qint64 batchId) {
        if (batchId == m_batchId || batchId == 0)
            reload();
    });
    connect(&workspace, &Workspace::resourceChanged, this,
            [this](qint64 resourceId, const QString &) { updateResource(resourceId); });
    connect(&workspace, &Workspace::unitChanged, this, [this](qint64) { reload(); });
}

ResourceTableModel::~ResourceTableModel()
{
    cancelCheck();
    m_pool.waitForDone(); // its results are posted to this object
}

void ResourceTableModel::setBatch(qint64 batchId)
{
    cancelCheck();
    m_statusById.clear(); // another batch, or the same in another workspace: nothing is known yet
    m_hasReport = false;
    m_report = ValidationReport();
    m_lastCheckMs = 0;
    m_batchId = batchId;
    m_openClock.start();
    reload();
    emit batchReportChanged();
}

void ResourceTableModel::reload()
{
    QElapsedTimer timer;
    timer.start();
    m_pageTimer.stop();
    beginResetModel();
    m_resources.clear();
    m_rowById.clear();
    m_moreRows = m_batchId != 0 && m_controller.isOpen();
    retranslate();
    endResetModel();
    if (!m_moreRows) {
        cancelCheck();
        m_statusById.clear();
        m_hasReport = false;
        m_report = ValidationReport();
        emit statusesChanged();
        return;
    }
    // Statuses known from before stay shown (same batch) until the new check replaces them.
    appendRows(FirstPageRows);
    m_lastLoadMs = timer.elapsed();
    if (m_moreRows)
        m_pageTimer.start();
    revalidate();
    emit statusesChanged();
}

void ResourceTableModel::appendRows(int limit)
{
    if (!m_moreRows)
        return;
    if (!m_controller.isOpen()) {
        m_moreRows = false;
        return;
    }
    QList<Resource> page;
    QString error;
    if (!ResourceStore(m_controller.workspace())
             .listSummaries(m_batchId, summaryFieldIds(), &page, &error, int(m_resources.size()), limit)) {
        m_moreRows = false;
        emit readFailed(error);
        return;
    }
    m_moreRows = page.size() == limit;
    if (page.isEmpty())
        return;
    const int first = int(m_resources.size());
    beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
    m_resources.append(page);
    for (int row = first; row < m_resources.size(); ++row)
        m_rowById.insert(m_resources.at(row).id, row);
    endInsertRows();
    if (!m_moreRows)
        emit statusesChanged(); // the counts cover every row now
}

void ResourceTableModel::fetchAll()
{
    m_pageTimer.stop();
    while (m_moreRows)
        appendRows(PageRows * 5);
}

bool ResourceTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_moreRows;
}

void ResourceTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        appendRows(PageRows);
}

void ResourceTableModel::cancelCheck()
{
    ++m_generation; // results of the running check are ignored from now on
    if (m_job)
        m_job->cancel();
    m_job.reset();
    m_revalidateTimer.stop();
    m_checking = false;
}

void ResourceTableModel::scheduleRevalidate()
{
    if (m_batchId != 0)
        m_revalidateTimer.start();
}

void ResourceTableModel::revalidate()
{
    cancelCheck();
    if (m_batchId == 0 || !m_controller.isOpen())
        return;
    const quint64 generation = m_generation;
    auto job = std::make_shared<BatchValidationJob>(m_controller.path(), m_batchId, m_controller.profile(),
                                                    m_controller.validationContext());
    // The technical check's results count too, as an export judges them (profile copied: another thread).
    job->setExtraFindings([profile = m_controller.profile()](Workspace &workspace, const Resource &resource) {
        return TechnicalFindings::forResource(workspace, profile, resource);
    });
    m_job = job;
    m_editedDuringCheck.clear(); // the new check reads the batch as it is now
    m_checking = true;
    m_pool.start([this, job, generation] {
        ValidationReport report;
        QString error;
        const bool ok = job->run(
            [this, generation](const QList<Status> &statuses) {
                QMetaObject::invokeMethod(
                    this, [this, generation, statuses] { applyStatuses(generation, statuses); },
                    Qt::QueuedConnection);
            },
            &report, &error);
        if (job->isCanceled())
            return;
        QMetaObject::invokeMethod(
            this, [this, generation, ok, report, error] { finishCheck(generation, ok, report, error); },
            Qt::QueuedConnection);
    });
}

void ResourceTableModel::applyStatuses(quint64 generation, const QList<Status> &statuses)
{
    if (generation != m_generation)
        return;
    int firstRow = INT_MAX, lastRow = -1;
    for (const Status &status : statuses) {
        if (m_editedDuringCheck.contains(status.resourceId))
            continue; // validated here after the check read it
        m_statusById.insert(status.resourceId, status);
        const int row = m_rowById.value(status.resourceId, -1);
        if (row >= 0) {
            firstRow = qMin(firstRow, row);
            lastRow = qMax(lastRow, row);
        }
    }
    if (lastRow >= 0)
        emit dataChanged(index(firstRow, StatusColumn), index(lastRow, StatusColumn));
    emit statusesChanged();
}

void ResourceTableModel::finishCheck(quint64 generation, bool ok, const ValidationReport &report,
                                     const QString &error)
{
    if (generation != m_generation)
        return;
    m_job.reset();
    m_checking = false;
    if (!ok) {
        qWarning("%s", qPrintable(error));
        return;
    }
    if (m_lastCheckMs == 0)
        m_lastCheckMs = m_openClock.elapsed();
    m_report = report;
    m_hasReport = true;
    emit batchReportChanged();
}

void ResourceTableModel::updateResource(qint64 resourceId)
{
    const int row = rowOf(resourceId);
    if (row < 0)
        return;
    Resource resource;
    if (!ResourceStore(m_controller.workspace()).load(resourceId, &resource)) {
        reload();
        return;
    }
    if (resource.batchId != m_batchId) { // moved to another batch
        reload();
        return;
    }
    const ResourceValidator validator(m_controller.profile(), m_controller.validationContext());
    ValidationReport found = validator.validate(resource);
    found.add(TechnicalFindings::forResource(m_controller.workspace(), m_controller.profile(), resource));
    m_statusById.insert(resourceId, BatchValidationJob::statusOf(resourceId, found));
    m_editedDuringCheck.insert(resourceId);
    m_resources[row] = resource;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit statusesChanged();
    m_revalidateTimer.start(); // the batch report follows in the background
}

int ResourceTableModel::rowOf(qint64 resourceId) const
{
    const auto it = m_rowById.constFind(resourceId);
    if (it != m_rowById.cend())
        return *it;
    if (!m_moreRows)
        return -1;
    const_cast<ResourceTableModel *>(this)->fetchAll(); // asked for a row not read yet
    return m_rowById.value(resourceId, -1);
}

qint64 ResourceTableModel::resourceIdAt(int row) const
{
    return row >= 0 && row < m_resources.size() ? m_resources.at(row).id : 0;
}

int ResourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_resources.size());
}

int ResourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_resources.size())
        return {};
    const Resource &resource = m_resources.at(index.row());
    const auto found = m_statusById.constFind(resource.id);
    const bool known = found != m_statusById.cend();
    const Status status = known ? *found : Status();
    switch (role) {
    case ResourceIdRole:
        return resource.id;
    case StatusKnownRole:
        return known;
    case ErrorCountRole:
        return known ? QVariant(status.errors) : QVariant();
    case WarningCountRole:
        return known ? QVariant(status.warnings) : QVariant();
    case NotCheckedRole:
        return known ? QVariant(status.notChecked) : QVariant();
    case SearchTextRole:
        return roleValue(resource, FieldRole::Title) + QLatin1Char('\n') + fileName(resource);
    case SortRole:
        switch (index.column()) {
        case PositionColumn:
            return resource.position;
        case StatusColumn: // complete first, then by growing trouble, not yet checked last
            return known ? status.errors * 1000 + status.notChecked * 100 + status.warnings : INT_MAX;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case PositionColumn:
            return resource.position;
        case TypeColumn:
            return typeLabel(resource.type);
        case TitleColumn:
            return roleValue(resource, FieldRole::Title);
        case FileColumn:
            return fileName(resource);
        case StatusColumn:
            return known ? statusText(status) : tr("checking…");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == FileColumn) {
            const QList<AttachedFile> media = resource.filesWithRole(u"media"_s);
            return media.isEmpty() ? roleValue(resource, FieldRole::CourseUrl) : media.first().path;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn && known)
            return status.errors > status.missing                                        ? m_errorIcon
                   : (status.errors > 0 || status.warnings > 0 || status.notChecked > 0) ? m_warningIcon
                                                                                         : m_okIcon;
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return QBrush(!known                                       ? QColor(0x75, 0x75, 0x75)
                          : status.errors > status.missing             ? QColor(0xc6, 0x28, 0x28)
                          : status.errors > 0 || status.notChecked > 0 ? QColor(0xa1, 0x62, 0x07)
                                                                       : QColor(0x2e, 0x7d, 0x32));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PositionColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

void ResourceTableModel::retranslate()
{
    m_typeLabels.clear();
    for (const ResourceTypeSpec &type : m_controller.profile().resourceTypes)
        m_typeLabels.insert(type.code, type.label.text());
    if (!m_resources.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_resources.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString ResourceTableModel::typeLabel(const QString &code) const
{
    return m_typeLabels.value(code, code);
}

QString ResourceTableModel::fileName(const Resource &resource) const
{
    for (const AttachedFile &file : resource.files)
        if (file.role == "media"_L1)
            return QFileInfo(file.path).fileName();
    return roleValue(resource, FieldRole::CourseUrl);
}

QString ResourceTableModel::roleValue(const Resource &resource, FieldRole role) const
{
    return m_controller.profile().valueWithRole(role, resource.type, resource.values);
}

// The fields a row shows besides its media: the title and the course address, whatever their ids.
QStringList ResourceTableModel::summaryFieldIds() const
{
    const Profile &profile = m_controller.profile();
    return profile.fieldIdsWithRole(FieldRole::Title) + profile.fieldIdsWithRole(FieldRole::CourseUrl);
}
