#include "ResourceTableModel.h"

#include "WorkspaceController.h"
#include "metadata/ResourceValidator.h"
#include "workspace/ResourceStore.h"

#include <QBrush>
#include <QColor>
#include <QElapsedTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;

ResourceTableModel::ResourceTableModel(WorkspaceController &controller, QObject *parent)
    : QAbstractTableModel(parent), m_controller(controller), m_okIcon(u":/icons/status-ok.png"_s),
      m_warningIcon(u":/icons/status-warning.png"_s), m_errorIcon(u":/icons/status-error.png"_s)
{
    Workspace &workspace = m_controller.workspace();
    connect(&workspace, &Workspace::resourcesChanged, this, [this](qint64 batchId) {
        if (batchId == m_batchId || batchId == 0)
            reload();
    });
    connect(&workspace, &Workspace::resourceChanged, this,
            [this](qint64 resourceId, const QString &) { updateResource(resourceId); });
    connect(&workspace, &Workspace::unitChanged, this, [this](qint64) { reload(); });
}

void ResourceTableModel::setBatch(qint64 batchId)
{
    m_batchId = batchId;
    reload();
}

void ResourceTableModel::reload()
{
    QElapsedTimer timer;
    timer.start();
    beginResetModel();
    m_resources.clear();
    m_statuses.clear();
    m_rowById.clear();
    retranslate();
    if (m_batchId != 0 && m_controller.isOpen()) {
        m_resources = ResourceStore(m_controller.workspace()).listInBatch(m_batchId);
        const ResourceValidator validator(m_controller.profile(), m_controller.validationContext());
        m_statuses.reserve(m_resources.size());
        m_rowById.reserve(m_resources.size());
        for (int row = 0; row < m_resources.size(); ++row) {
            const ValidationReport report = validator.validate(m_resources.at(row));
            m_statuses.append(statusOf(report));
            m_rowById.insert(m_resources.at(row).id, row);
        }
    }
    endResetModel();
    m_lastLoadMs = timer.elapsed();
    emit statusesChanged();
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
    const ValidationReport report = validator.validate(resource);
    m_resources[row] = resource;
    m_statuses[row] = statusOf(report);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit statusesChanged();
}

int ResourceTableModel::rowOf(qint64 resourceId) const
{
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
    const Status &status = m_statuses.at(index.row());
    switch (role) {
    case ResourceIdRole:
        return resource.id;
    case ErrorCountRole:
        return status.errors;
    case WarningCountRole:
        return status.warnings;
    case SearchTextRole:
        return resource.value(u"title"_s) + QLatin1Char('\n') + fileName(resource);
    case SortRole:
        switch (index.column()) {
        case PositionColumn:
            return resource.position;
        case StatusColumn: // complete first, then by growing trouble
            return status.errors * 1000 + status.warnings;
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
            return resource.value(u"title"_s);
        case FileColumn:
            return fileName(resource);
        case StatusColumn:
            return statusText(status);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == FileColumn) {
            const QList<AttachedFile> media = resource.filesWithRole(u"media"_s);
            return media.isEmpty() ? resource.value(u"url"_s) : media.first().path;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return status.errors > status.missing               ? m_errorIcon
                   : (status.errors > 0 || status.warnings > 0) ? m_warningIcon
                                                                : m_okIcon;
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return QBrush(status.errors > status.missing ? QColor(0xc6, 0x28, 0x28)
                          : status.errors > 0            ? QColor(0xa1, 0x62, 0x07)
                                                         : QColor(0x2e, 0x7d, 0x32));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PositionColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn:
        return tr("No.");
    case TypeColumn:
        return tr("Type");
    case TitleColumn:
        return tr("Title");
    case FileColumn:
        return tr("Media file");
    case StatusColumn:
        return tr("Status");
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

QString ResourceTableModel::fileName(const Resource &resource)
{
    for (const AttachedFile &file : resource.files)
        if (file.role == "media"_L1)
            return QFileInfo(file.path).fileName();
    return resource.value(u"url"_s);
}

ResourceTableModel::Status ResourceTableModel::statusOf(const ValidationReport &report)
{
    Status status;
    for (const ValidationMessage &m : report.messages()) {
        if (m.severity == Severity::Error) {
            ++status.errors;
            if (m.code == "required"_L1)
                ++status.missing;
        } else if (m.severity == Severity::Warning) {
            ++status.warnings;
        }
    }
    return status;
}

QString ResourceTableModel::statusText(const Status &status) const
{
    if (status.errors > 0 && status.errors == status.missing)
        return tr("incomplete (%n missing)", nullptr, status.missing);
    if (status.errors > 0)
        return tr("%n error(s)", nullptr, status.errors);
    if (status.warnings > 0)
        return tr("complete (%n warning(s))", nullptr, status.warnings);
    return tr("complete");
}
