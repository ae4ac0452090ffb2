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

bool SheetImporter::prepare(const QList<QStringList> &table, qint64 batchId, Plan *plan, QString *error) const
{
    *plan = Plan();
    int headerRow = 0;
    while (headerRow < table.size() && table.at(headerRow).join(QString()).trimmed().isEmpty())
        ++headerRow;
    if (headerRow >= table.size()) {
        if (error)
            *error = tr("the sheet is empty");
        return false;
    }
    // Columns: the package number, the file names, and fields by Chinese label, English label or id.
    const QStringList header = table.at(headerRow);
    int idColumn = -1, filesColumn = -1;
    QMap<int, const FieldSpec *> fieldColumns;
    for (qsizetype c = 0; c < header.size(); ++c) {
        const QString h = header.at(c).trimmed();
        if (h.isEmpty())
            continue;
        if (h == MetadataSheetWriter::idHeader() || h.compare("id"_L1, Qt::CaseInsensitive) == 0) {
            idColumn = int(c);
            continue;
        }
        if (h == MetadataSheetWriter::filesHeader() || h.compare("file"_L1, Qt::CaseInsensitive) == 0 ||
            h.compare("files"_L1, Qt::CaseInsensitive) == 0) {
            filesColumn = int(c);
            continue;
        }
        const FieldSpec *match = nullptr;
        for (const FieldSpec &f : m_profile.fields)
            if (h == f.label.zh || h.compare(f.label.en, Qt::CaseInsensitive) == 0 || h == f.id)
                match = &f;
        if (match && match->kind != FieldKind::Image)
            fieldColumns.insert(int(c), match);
        else
            plan->ignoredColumns.append(h);
    }
    if (idColumn < 0 && filesColumn < 0) {
        if (error)
            *error = tr("the sheet has neither a \"%1\" nor a \"%2\" column to match rows to resources")
                         .arg(MetadataSheetWriter::filesHeader(), MetadataSheetWriter::idHeader());
        return false;
    }

    // The batch's resources by media file name and by package number.
    ResourceStore store(m_workspace);
    QList<Resource> resources;
    if (!store.listInBatch(batchId, &resources, error))
        return false;
    std::stable_sort(resources.begin(), resources.end(),
                     [](const Resource &a, const Resource &b) { return a.position < b.position; });
    // A file name may belong to several resources (lectures in different folders), so byFile is a
    // multi-map; the number is unique and wins whenever its cell is filled.
    QMultiMap<QString, int> byFile;
    QMap<QString, int> byNumber;
    QMap<QString, int> perType;
    for (qsizetype i = 0; i < resources.size(); ++i) {
        byNumber.insert(BagLayout::resourceId(resources.at(i).type, ++perType[resources.at(i).type]), int(i));
        QSet<QString> names;
        for (const AttachedFile &f : resources.at(i).filesWithRole(u"media"_s))
            names.insert(QFileInfo(f.path).fileName());
        for (const QString &n : std::as_const(names))
            byFile.insert(n, int(i));
    }

    ValidationContext context;
    context.today = Clock::system().today();
    QList<Unit> units;
    if (!UnitStore(m_workspace).all(&units, error))
        return false;
    context.unitName = units.isEmpty() ? QString() : units.first().name;
    context.taxonomy = &m_profile.taxonomy;
    context.listSeparator = m_profile.listSeparator;
    QMap<int, int> rowOfResource;
    for (qsizetype r = headerRow + 1; r < table.size(); ++r) {
        const QStringList cells = table.at(r);
        const int rowNumber = int(r) + 1;
        if (cells.join(QString()).trimmed().isEmpty())
            continue;
        auto cell = [&cells](int c) {
            return c >= 0 && c < cells.size() ? cells.at(c).trimmed() : QString();
        };
        int index = -1;
        QString matchColumn;
        const QString number = cell(idColumn);
        const QString names = cell(filesColumn);
        if (!number.isEmpty()) {
            matchColumn = header.value(idColumn).trimmed();
            index = byNumber.value(number, -1);
            if (index < 0) {
                plan->issues.append({rowNumber, matchColumn,
                                     tr("no resource of the batch has the number \"%1\"").arg(number)});
                continue;
            }
        } else if (!names.isEmpty()) {
            matchColumn = header.value(filesColumn).trimmed();
            // Every name listed must lead to one and the same resource, and to only one.
            QSet<int> candidates;
            bool ambiguous = false, unknown = false;
            QString badName;
            for (const QString &part : names.split(m_profile.listSeparator, Qt::SkipEmptyParts)) {
                const QString n = part.trimmed();
                if (n.isEmpty())
                    continue;
                const QList<int> found = byFile.values(n);
                if (found.isEmpty()) {
                    unknown = true;
                    badName = n;
                    break;
                }
                if (found.size() > 1) {
                    ambiguous = true;
                    badName = n;
                    break;
                }
                candidates.insert(found.first());
            }
            if (unknown) {
                plan->issues.append({rowNumber, matchColumn,
                                     tr("no resource of the batch has the media file \"%1\"").arg(badName)});
                continue;
            }
            if (ambiguous) {
                plan->issues.append(
                    {rowNumber, matchColumn,
                     tr("%1 resources have a media file \"%2\"; fill in the \"%3\" column to say which")
                         .arg(byFile.count(badName))
                         .arg(badName, MetadataSheetWriter::idHeader())});
                continue;
            }
            if (candidates.size() != 1) {
                plan->issues.append({rowNumber, matchColumn,
                                     tr("the files \"%1\" belong to different resources").arg(names)});
                continue;
            }
            index = *candidates.cbegin();
        } else {
            plan->issues.append(
                {rowNumber, header.value(idColumn >= 0 ? idColumn : filesColumn).trimmed(),
                 tr("neither a number nor a media file name to match the row to a resource")});
            continue;
        }
        if (rowOfResource.contains(index)) {
            plan->issues.append(
                {rowNumber, matchColumn, tr("the same resource as row %1").arg(rowOfResource.value(index))});
            continue;
        }
        rowOfResource.insert(index, rowNumber);
        const Resource &resource = resources.at(index);
        Row row{rowNumber, resource.id, {}};
        for (auto it = fieldColumns.cbegin(); it != fieldColumns.cend(); ++it) {
            const FieldSpec &spec = *it.value();
            const QString value = cell(it.key());
            const QString column = header.at(it.key()).trimmed();
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
                        {rowNumber, column,
                         tr("this field does not apply to a %1 resource").arg(resource.type)});
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
        plan->rows.append(row);
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
