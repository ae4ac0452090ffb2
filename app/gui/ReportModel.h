#pragma once

#include "metadata/ValidationReport.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

class Profile;

// The messages of a batch report as a table: severity, resource, field, message.
class ReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, ResourceColumn, FieldColumn, MessageColumn, ColumnCount };
    // DetailRole: the message's technical detail (ValidationMessage::detail), shown under "Details".
    enum Role { ResourceIdRole = Qt::UserRole + 1, FieldIdRole, DetailRole };

    explicit ReportModel(QObject *parent = nullptr);

    // resourceLabels: resource id -> "3 · Title" as the resource column shows it.
    void setReport(const ValidationReport &report, const QHash<qint64, QString> &resourceLabels,
                   const Profile &profile);
    const ValidationReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ValidationReport m_report;
    QHash<qint64, QString> m_resourceLabels;
    QHash<QString, QString> m_fieldLabels;
    QIcon m_errorIcon, m_warningIcon, m_infoIcon;
};
