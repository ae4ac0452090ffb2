// What the resource list says: its headers and each resource's status, in today's language.
#include "ResourceTableModel.h"
#include "WorkspaceController.h"

using namespace Qt::StringLiterals;

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

QStringList ResourceTableModel::widestTexts(int column) const
{
    if (column == TypeColumn) {
        QStringList labels;
        for (const ResourceTypeSpec &type : m_controller.profile().resourceTypes)
            labels.append(type.label.text());
        return labels;
    }
    if (column != StatusColumn)
        return {};
    Status missing;
    missing.errors = missing.missing = 12;
    Status errors;
    errors.errors = 12;
    Status warnings;
    warnings.warnings = 12;
    Status notChecked;
    notChecked.notChecked = 1;
    return {statusText(missing), statusText(errors), statusText(warnings), statusText(notChecked),
            tr("checking…")};
}

QString ResourceTableModel::statusText(const Status &status) const
{
    if (status.errors > 0 && status.errors == status.missing)
        return tr("incomplete (%n missing)", nullptr, status.missing);
    if (status.errors > 0)
        return tr("%n error(s)", nullptr, status.errors);
    if (status.notChecked > 0)
        return tr("not checked yet");
    if (status.warnings > 0)
        return tr("complete (%n warning(s))", nullptr, status.warnings);
    return tr("complete");
}
