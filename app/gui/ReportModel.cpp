#include "ReportModel.h"

#include "profile/Profile.h"

using namespace Qt::StringLiterals;

ReportModel::ReportModel(QObject *parent)
    : QAbstractTableModel(parent), m_errorIcon(u":/icons/status-error.png"_s),
      m_warningIcon(u":/icons/status-warning.png"_s), m_infoIcon(u":/icons/status-info.png"_s)
{
}

void ReportModel::setReport(const ValidationReport &report, const QHash<qint64, QString> &resourceLabels,
                            const Profile &profile)
{
    beginResetModel();
    m_report = report;
    m_resourceLabels = resourceLabels;
    m_fieldLabels.clear();
    for (const FieldSpec &field : profile.fields)
        m_fieldLabels.insert(field.id, field.label.text());
    endResetModel();
}

int ReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.messages().size());
}

int ReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.messages().size())
        return {};
    const ValidationMessage &m = m_report.messages().at(index.row());
    switch (role) {
    case ResourceIdRole:
        return m.resourceId;
    case FieldIdRole:
        return m.fieldId;
    case DetailRole:
        return m.detail;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return m.severity == Severity::Error     ? m_errorIcon
                   : m.severity == Severity::Warning ? m_warningIcon
                                                     : m_infoIcon;
        break;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return m.fix.isEmpty() ? m.text : tr("%1\nSuggested value: %2").arg(m.text, m.fix);
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return m.severity == Severity::Error     ? tr("Error")
                   : m.severity == Severity::Warning ? tr("Warning")
                                                     : tr("Note");
        case ResourceColumn:
            return m.resourceId == 0 ? tr("Batch")
                                     : m_resourceLabels.value(m.resourceId, QString::number(m.resourceId));
        case FieldColumn:
            return m_fieldLabels.value(m.fieldId, m.fieldId);
        case MessageColumn:
            return m.text;
        }
        break;
    }
    return {};
}

QVariant ReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case ResourceColumn:
        return tr("Resource");
    case FieldColumn:
        return tr("Field");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}
