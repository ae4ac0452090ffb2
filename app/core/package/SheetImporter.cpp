#include "package/SheetImporter.h"

#include "common/Clock.h"
#include "metadata/FieldValidator.h"
#include "package/BagLayout.h"
#include "package/CsvReader.h"
#include "package/MetadataSheetWriter.h"
#include "package/XlsxReader.h"
#include "profile/Profile.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/SavePoint.h"
#include "workspace/UnitStore.h"
#include "workspace/Workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QMultiMap>
#include <QSet>

using namespace Qt::StringLiterals;

int SheetImporter::Plan::changeCount() const
{
    int n = 0;
    for (const Row &r : rows)
        n += int(r.changes.size());
    return n;
}

QJsonObject SheetImporter::Plan::toJson() const
{
    QJsonArray rowList;
    for (const Row &r : rows) {
        QJsonObject changes;
        for (auto it = r.changes.cbegin(); it != r.changes.cend(); ++it)
            changes.insert(it.key(), it.value());
        rowList.append(
            QJsonObject{{u"row"_s, r.row}, {u"resource"_s, double(r.resourceId)}, {u"changes"_s, changes}});
    }
    QJsonArray issueList;
    for (const Issue &i : issues)
        issueList.append(QJsonObject{{u"row"_s, i.row}, {u"column"_s, i.column}, {u"text"_s, i.text}});
    return QJsonObject{{u"rows"_s, rowList},
                       {u"issues"_s, issueList},
                       {u"ignored_columns"_s, QJsonArray::fromStringList(ignoredColumns)},
                       {u"changes"_s, changeCount()}};
}

bool SheetImporter::readTable(const QString &path, QList<QStringList> *rows, QString *error)
{
    if (path.endsWith(".xlsx"_L1, Qt::CaseInsensitive))
        return XlsxReader::read(path, rows, error);
    return CsvReader::read(path, rows, error);
}

bool SheetImporter::prepare(const QString &sheetPath, qint64 batchId, Plan *plan, QString *error) const
{
    QList<QStringList> table;
    if (!readTable(sheetPath, &table, error))
        return false;
    return prepare(table, batchId, plan, error);
}

namespace {
QString cellAt(const QStringList &cells, int column)
{
    return column >= 0 && column < cells.size() ? cells.at(column).trimmed() : QString();
}
} // namespace

int SheetImporter::headerRowOf(const QList<QStringList> &table)
{
    int headerRow = 0;
    while (headerRow < table.size() && table.at(headerRow).join(QString()).trimmed().isEmpty())
        ++headerRow;
    return headerRow < table.size() ? headerRow : -1;
}

SheetImporter::Columns SheetImporter::readColumns(const QStringList &header, Plan *plan) const
{
    // The package number, the file names, and fields by Chinese label, English label or id.
    Columns columns;
    columns.header = header;
    for (qsizetype c = 0; c < header.size(); ++c) {
        const QString h = header.at(c).trimmed();
        if (h.isEmpty())
            continue;
        if (h == MetadataSheetWriter::idHeader() || h.compare("id"_L1, Qt::CaseInsensitive) == 0) {
            columns.id = int(c);
            continue;
        }
        if (h == MetadataSheetWriter::filesHeader() || h.compare("file"_L1, Qt::CaseInsensitive) == 0 ||
            h.compare("files"_L1, Qt::CaseInsensitive) == 0) {
            columns.files = int(c);
            continue;
        }
        const FieldSpec *match = nullptr;
        for (const FieldSpec &f : m_profile.fields)
            if (h == f.label.zh || h.compare(f.label.en, Qt::CaseInsensitive) == 0 || h == f.id)
                match = &f;
        if (match && match->kind != FieldKind::Image)
            columns.fields.insert(int(c), match);
        else
            plan->ignoredColumns.append(h);
    }
    return columns;
}

SheetImporter::ResourceIndex SheetImporter::indexBatch(qint64 batchId) const
{
    ResourceIndex index;
    index.resources = ResourceStore(m_workspace).listInBatch(batchId);
    std::stable_sort(index.resources.begin(), index.resources.end(),
                     [](const Resource &a, const Resource &b) { return a.position < b.position; });
    QMap<QString, int> perType;
    for (qsizetype i = 0; i < index.resources.size(); ++i) {
        const Resource &r = index.resources.at(i);
        index.byNumber.insert(BagLayout::resourceId(r.type, ++perType[r.type]), int(i));
        QSet<QString> names;
        for (const AttachedFile &f : r.filesWithRole(u"media"_s))
            names.insert(QFileInfo(f.path).fileName());
        for (const QString &n : std::as_const(names))
            index.byFile.insert(n, int(i));
    }
    return index;
}

ValidationContext SheetImporter::validationContext() const
{
    ValidationContext context;
    context.today = Clock::system().today();
    context.unitName = UnitStore(m_workspace).primary().name;
    context.taxonomy = &m_profile.taxonomy;
    context.listSeparator = m_profile.listSeparator;
    return context;
}

int SheetImporter::matchRow(const QStringList &cells, int rowNumber, const Columns &columns,
                            const ResourceIndex &index, Plan *plan, QString *matchColumn) const
{
    const QString number = cellAt(cells, columns.id);
    const QString names = cellAt(cells, columns.files);
    if (!number.isEmpty()) {
        *matchColumn = columns.header.value(columns.id).trimmed();
        const int found = index.byNumber.value(number, -1);
        if (found < 0)
            plan->issues.append(
                {rowNumber, *matchColumn, tr("no resource of the batch has the number \"%1\"").arg(number)});
        return found;
    }
    if (!names.isEmpty()) {
        *matchColumn = columns.header.value(columns.files).trimmed();
        return matchByFiles(names, rowNumber, *matchColumn, index, plan);
    }
    plan->issues.append({rowNumber,
                         columns.header.value(columns.id >= 0 ? columns.id : columns.files).trimmed(),
                         tr("neither a number nor a media file name to match the row to a resource")});
    return -1;
}

int SheetImporter::matchByFiles(const QString &names, int rowNumber, const QString &column,
                                const ResourceIndex &index, Plan *plan) const
{
    // Every name listed must lead to one and the same resource, and to only one.
    QSet<int> candidates;
    for (const QString &part : names.split(m_profile.listSeparator, Qt::SkipEmptyParts)) {
        const QString n = part.trimmed();
        if (n.isEmpty())
            continue;
        const QList<int> found = index.byFile.values(n);
        if (found.isEmpty()) {
            plan->issues.append(
                {rowNumber, column, tr("no resource of the batch has the media file \"%1\"").arg(n)});
            return -1;
        }
        if (found.size() > 1) {
            plan->issues.append(
                {rowNumber, column,
                 tr("%1 resources have a media file \"%2\"; fill in the \"%3\" column to say which")
                     .arg(found.size())
                     .arg(n, MetadataSheetWriter::idHeader())});
            return -1;
        }
        candidates.insert(found.first());
    }
    if (candidates.size() != 1) {
        plan->issues.append(
            {rowNumber, column, tr("the files \"%1\" belong to different resources").arg(names)});
        return -1;
    }
    return *candidates.cbegin();
}

SheetImporter::Row SheetImporter::changesOf(const QStringList &cells, int rowNumber, const Columns &columns,
                                            const Resource &resource, const ValidationContext &context,
                                            Plan *plan) const
{
    Row row{rowNumber, resource.id, {}};
    for (auto it = columns.fields.cbegin(); it != columns.fields.cend(); ++it) {
        const FieldSpec &spec = *it.value();
        const QString value = cellAt(cells, it.key());
        const QString column = columns.header.at(it.key()).trimmed();
        if (spec.id == "type"_L1) {
            if (!value.isEmpty() && value != resource.type)
                plan->issues.append(
                    {rowNumber, column,
                     tr("the type cannot be changed from a sheet (%1 → %2)").arg(resource.type, value)});
            continue;
        }
        if (!spec.appliesToType(resource.type)) {
            if (!value.isEmpty())
                plan->issues.append(
                    {rowNumber, column, tr("this field does not apply to a %1 resource").arg(resource.type)});
            continue;
        }
        QString effective = value;
        if (spec.id == "unit"_L1 && value.isEmpty())
            effective = context.unitName;
        for (const ValidationMessage &m :
             FieldValidator::validateWithRequired(spec, resource.type, effective, context))
            if (m.isError())
                plan->issues.append({rowNumber, column, m.text});
        const QString current = resource.value(spec.id);
        if (value != current && !(spec.id == "unit"_L1 && current.isEmpty() && value == context.unitName))
            row.changes.insert(spec.id, value);
    }
    return row;
}

bool SheetImporter::prepare(const QList<QStringList> &table, qint64 batchId, Plan *plan, QString *error) const
{
    *plan = Plan();
    const int headerRow = headerRowOf(table);
    if (headerRow < 0) {
        if (error)
            *error = tr("the sheet is empty");
        return false;
    }
    const Columns columns = readColumns(table.at(headerRow), plan);
    if (columns.id < 0 && columns.files < 0) {
        if (error)
            *error = tr("the sheet has neither a \"%1\" nor a \"%2\" column to match rows to resources")
                         .arg(MetadataSheetWriter::filesHeader(), MetadataSheetWriter::idHeader());
        return false;
    }
    const ResourceIndex index = indexBatch(batchId);
    const ValidationContext context = validationContext();
    QMap<int, int> rowOfResource;
    for (qsizetype r = headerRow + 1; r < table.size(); ++r) {
        const QStringList &cells = table.at(r);
        const int rowNumber = int(r) + 1;
        if (cells.join(QString()).trimmed().isEmpty())
            continue;
        QString matchColumn;
        const int found = matchRow(cells, rowNumber, columns, index, plan, &matchColumn);
        if (found < 0)
            continue;
        if (rowOfResource.contains(found)) {
            plan->issues.append(
                {rowNumber, matchColumn, tr("the same resource as row %1").arg(rowOfResource.value(found))});
            continue;
        }
        rowOfResource.insert(found, rowNumber);
        plan->rows.append(changesOf(cells, rowNumber, columns, index.resources.at(found), context, plan));
    }
    return true;
}

bool SheetImporter::apply(const Plan &plan, QString *error)
{
    if (!plan.issues.isEmpty()) {
        if (error)
            *error = tr("the sheet has %n problem(s); nothing was stored", nullptr, int(plan.issues.size()));
        return false;
    }
    // All rows or none: a failure half way rolls back the rows stored before it.
    SavePoint savePoint(m_workspace.database());
    ResourceStore store(m_workspace);
    for (const Row &row : plan.rows)
        if (!row.changes.isEmpty() && !store.setValues(row.resourceId, row.changes, error))
            return false;
    return savePoint.release(error);
}
