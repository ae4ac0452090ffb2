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
#include <QHash>
#include <QJsonArray>
#include <QMultiMap>
#include <QRegularExpression>
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
    QJsonArray warningList;
    for (const Issue &i : warnings)
        warningList.append(QJsonObject{{u"row"_s, i.row}, {u"column"_s, i.column}, {u"text"_s, i.text}});
    return QJsonObject{
        {u"rows"_s, rowList},         {u"issues"_s, issueList},
        {u"warnings"_s, warningList}, {u"ignored_columns"_s, QJsonArray::fromStringList(ignoredColumns)},
        {u"encoding"_s, encoding},    {u"changes"_s, changeCount()}};
}

namespace {
// OOXML writes characters XML cannot hold as "_xHHHH_" (libxlsxwriter: every control character but tab and
// line feed, so a carriage return is "_x000D_") and a literal "_x" sequence as "_x005F_x…". Decoded here,
// in one pass, so that a value comes back as typed. (XlsxReader returns the text as stored; if it ever
// decodes these itself, this becomes a no-op for every sheet we write.)
QString decodeXmlEscapes(const QString &text)
{
    static const QRegularExpression escape(u"_x([0-9A-Fa-f]{4})_"_s);
    if (!text.contains("_x"_L1))
        return text;
    QString out;
    qsizetype last = 0;
    for (QRegularExpressionMatchIterator it = escape.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const ushort code = m.captured(1).toUShort(nullptr, 16);
        if (code >= 0x20 && code != 0x5F)
            continue;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QChar(code);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}
} // namespace

bool SheetImporter::readTable(const QString &path, QList<QStringList> *rows, QString *error,
                              QString *encoding)
{
    if (encoding)
        encoding->clear();
    if (!path.endsWith(".xlsx"_L1, Qt::CaseInsensitive)) {
        TextEncoding::Kind kind = TextEncoding::Utf8;
        if (!CsvReader::read(path, rows, error, &kind))
            return false;
        if (encoding)
            *encoding = TextEncoding::name(kind);
        return true;
    }
    if (!XlsxReader::read(path, rows, error))
        return false;
    for (QStringList &row : *rows)
        for (QString &cell : row)
            cell = decodeXmlEscapes(cell);
    return true;
}

bool SheetImporter::prepare(const QString &sheetPath, qint64 batchId, Plan *plan, QString *error) const
{
    QList<QStringList> table;
    QString encoding;
    if (!readTable(sheetPath, &table, error, &encoding))
        return false;
    const bool prepared = prepare(table, batchId, plan, error);
    plan->encoding = encoding;
    return prepared;
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

SheetImporter::Columns SheetImporter::readColumns(const QStringList &header, int headerRow, Plan *plan) const
{
    // The resource key, the package number, the file names, and fields by Chinese label, English label or
    // id; then the continuation columns of long values.
    Columns columns;
    columns.header = header;
    columns.headerRow = headerRow;
    QMap<int, QString> unmatched;
    for (qsizetype c = 0; c < header.size(); ++c) {
        const QString h = header.at(c).trimmed();
        if (h.isEmpty())
            continue;
        if (h == MetadataSheetWriter::keyHeader() || h.compare("key"_L1, Qt::CaseInsensitive) == 0) {
            columns.key = int(c);
            continue;
        }
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
            unmatched.insert(int(c), h);
    }
    readContinuations(unmatched, &columns, plan);
    if (columns.key < 0 && columns.id >= 0)
        plan->warnings.append(
            {headerRow, MetadataSheetWriter::idHeader(),
             tr("the sheet has no \"%1\" column (an older export): rows are matched by \"%2\", which "
                "changes when resources are added, deleted or retyped after the export; check each change")
                 .arg(MetadataSheetWriter::keyHeader(), MetadataSheetWriter::idHeader())});
    return columns;
}

void SheetImporter::readContinuations(const QMap<int, QString> &unmatched, Columns *columns, Plan *plan)
{
    // "<header>（续N）", as MetadataSheetWriter::continuationHeader writes it.
    static const QRegularExpression pattern(u"^(.+)（续([0-9]{1,3})）$"_s);
    QHash<QString, int> fieldByHeader;
    for (auto f = columns->fields.cbegin(); f != columns->fields.cend(); ++f)
        fieldByHeader.insert(columns->header.at(f.key()).trimmed(), f.key());
    QMap<int, QMap<int, int>> parts; // field column -> part -> column
    for (auto it = unmatched.cbegin(); it != unmatched.cend(); ++it) {
        const QRegularExpressionMatch m = pattern.match(it.value());
        const int owner = m.hasMatch() ? fieldByHeader.value(m.captured(1), -1) : -1;
        const int part = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (owner >= 0 && part >= 2 && !parts.value(owner).contains(part))
            parts[owner].insert(part, it.key());
        else
            plan->ignoredColumns.append(it.value());
    }
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        // Parts 2, 3 … n, none missing: a long value with a part left out would be stored cut short.
        int expected = 2;
        for (auto p = it.value().cbegin(); p != it.value().cend(); ++p, ++expected) {
            if (p.key() != expected) {
                plan->issues.append(
                    {columns->headerRow, columns->header.at(p.value()).trimmed(),
                     tr("the column \"%1\" is missing: the long values of \"%2\" would be cut short")
                         .arg(MetadataSheetWriter::continuationHeader(columns->header.at(it.key()).trimmed(),
                                                                      expected),
                              columns->header.at(it.key()).trimmed())});
                break;
            }
            columns->continuations[it.key()].append(p.value());
        }
    }
}

bool SheetImporter::indexBatch(qint64 batchId, ResourceIndex *out, QString *error) const
{
    ResourceIndex &index = *out;
    if (!ResourceStore(m_workspace).listInBatch(batchId, &index.resources, error))
        return false;
    std::stable_sort(index.resources.begin(), index.resources.end(),
                     [](const Resource &a, const Resource &b) { return a.position < b.position; });
    QMap<QString, int> perType;
    for (qsizetype i = 0; i < index.resources.size(); ++i) {
        const Resource &r = index.resources.at(i);
        index.byId.insert(r.id, int(i));
        index.byNumber.insert(BagLayout::resourceId(r.type, ++perType[r.type]), int(i));
        QSet<QString> names;
        for (const AttachedFile &f : r.filesWithRole(u"media"_s))
            names.insert(QFileInfo(f.path).fileName());
        for (const QString &n : std::as_const(names))
            index.byFile.insert(n, int(i));
    }
    return true;
}

bool SheetImporter::validationContext(ValidationContext *out, QString *error) const
{
    ValidationContext &context = *out;
    context.today = Clock::system().today();
    QList<Unit> units;
    if (!UnitStore(m_workspace).all(&units, error))
        return false;
    context.unitName = units.isEmpty() ? QString() : units.first().name;
    context.taxonomy = &m_profile.taxonomy;
    context.listSeparator = m_profile.listSeparator;
    return true;
}

int SheetImporter::matchRow(const QStringList &cells, int rowNumber, const Columns &columns,
                            const ResourceIndex &index, Plan *plan, QString *matchColumn) const
{
    const QString key = cellAt(cells, columns.key);
    const QString number = cellAt(cells, columns.id);
    const QString names = cellAt(cells, columns.files);
    int found = -1;
    if (!key.isEmpty()) {
        *matchColumn = columns.header.value(columns.key).trimmed();
        found = matchByKey(key, rowNumber, *matchColumn, index, plan);
    } else if (!number.isEmpty()) {
        *matchColumn = columns.header.value(columns.id).trimmed();
        found = index.byNumber.value(number, -1);
        if (found < 0)
            plan->issues.append(
                {rowNumber, *matchColumn, tr("no resource of the batch has the number \"%1\"").arg(number)});
    } else if (!names.isEmpty()) {
        *matchColumn = columns.header.value(columns.files).trimmed();
        return matchByFiles(names, rowNumber, *matchColumn, index, plan);
    } else {
        const int column = columns.key >= 0 ? columns.key : columns.id >= 0 ? columns.id : columns.files;
        plan->issues.append(
            {rowNumber, columns.header.value(column).trimmed(),
             tr("neither a key, a number nor a media file name to match the row to a resource")});
        return -1;
    }
    if (found >= 0 && !filesAgree(cells, rowNumber, columns, index.resources.at(found), *matchColumn, plan))
        return -1;
    return found;
}

int SheetImporter::matchByKey(const QString &key, int rowNumber, const QString &column,
                              const ResourceIndex &index, Plan *plan) const
{
    qint64 id = 0;
    QString uid;
    if (!MetadataSheetWriter::parseResourceKey(key, &id, &uid)) {
        plan->issues.append({rowNumber, column,
                             tr("\"%1\" is not a resource key as exported; leave the cell as it was, or "
                                "clear it to match the row by \"%2\"")
                                 .arg(key, MetadataSheetWriter::idHeader())});
        return -1;
    }
    const int found = index.byId.value(id, -1);
    // The id alone is not enough: SQLite gives a new resource the id of a deleted last one.
    if (found < 0 || index.resources.at(found).uid != uid) {
        plan->issues.append({rowNumber, column,
                             tr("the resource this row was exported from (key %1) is no longer in the batch: "
                                "it was deleted or moved; delete the row")
                                 .arg(key)});
        return -1;
    }
    return found;
}

bool SheetImporter::filesAgree(const QStringList &cells, int rowNumber, const Columns &columns,
                               const Resource &resource, const QString &matchColumn, Plan *plan) const
{
    const QString names = cellAt(cells, columns.files);
    if (names.isEmpty())
        return true;
    // The names as in the workspace and as in the package (BagWriter's safe, unique names).
    QSet<QString> own;
    QStringList listed;
    QStringList taken{QString::fromLatin1(BagLayout::CoverName), QString::fromLatin1(BagLayout::CatalogName)};
    for (const AttachedFile &f : resource.filesWithRole(u"media"_s)) {
        const QString name = QFileInfo(f.path).fileName();
        own.insert(name);
        own.insert(BagLayout::uniqueName(BagLayout::safeFileName(name), &taken));
        listed.append(name);
    }
    for (const QString &part : names.split(m_profile.listSeparator, Qt::SkipEmptyParts)) {
        const QString n = part.trimmed();
        if (n.isEmpty() || own.contains(n))
            continue;
        plan->issues.append(
            {rowNumber, columns.header.value(columns.files).trimmed(),
             tr("\"%1\" is not a media file of the resource the \"%2\" column names (%3); the row is not "
                "applied")
                 .arg(n, matchColumn,
                      listed.isEmpty() ? tr("it has no media file") : listed.join(m_profile.listSeparator))});
        return false;
    }
    return true;
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

QString SheetImporter::valueOf(const QStringList &cells, int column, const Columns &columns)
{
    auto raw = [&cells](int c) { return c >= 0 && c < cells.size() ? cells.at(c) : QString(); };
    QString value = raw(column);
    for (int c : columns.continuations.value(column))
        value += raw(c);
    return value.trimmed();
}

SheetImporter::Row SheetImporter::changesOf(const QStringList &cells, int rowNumber, const Columns &columns,
                                            const Resource &resource, const ValidationContext &context,
                                            Plan *plan) const
{
    Row row{rowNumber, resource.id, {}};
    for (auto it = columns.fields.cbegin(); it != columns.fields.cend(); ++it) {
        const FieldSpec &spec = *it.value();
        const QString value = valueOf(cells, it.key(), columns);
        const QString column = columns.header.at(it.key()).trimmed();
        const QString current = resource.value(spec.id);
        if (cellAt(cells, it.key()).isEmpty() && !value.isEmpty()) {
            plan->issues.append({rowNumber, column,
                                 tr("the value goes on in \"%1\" but its first part here is empty")
                                     .arg(MetadataSheetWriter::continuationHeader(column, 2))});
            continue;
        }
        if (value.isEmpty() && current.size() > MetadataSheetWriter::MaxCellChars) {
            // An older export could not write a value this long and left the cell empty: never clear it.
            plan->warnings.append(
                {rowNumber, column,
                 tr("the cell is empty but the stored value (%1 characters) is longer than a spreadsheet "
                    "cell holds: it is kept; clear it in SubmitDesk if that is what you mean")
                     .arg(current.size())});
            continue;
        }
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
        if (spec.role == FieldRole::UnitName && value.isEmpty())
            effective = context.unitName;
        for (const ValidationMessage &m :
             FieldValidator::validateWithRequired(spec, resource.type, effective, context))
            if (m.isError())
                plan->issues.append({rowNumber, column, m.text});
        // Cells are read trimmed: space around a stored value is no change (and is kept).
        const bool same =
            value == current || value == current.trimmed() ||
            (spec.role == FieldRole::UnitName && current.isEmpty() && value == context.unitName);
        if (!same)
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
    const Columns columns = readColumns(table.at(headerRow), headerRow + 1, plan);
    if (columns.key < 0 && columns.id < 0 && columns.files < 0) {
        if (error)
            *error = tr("the sheet has no \"%1\", \"%2\" or \"%3\" column to match rows to resources")
                         .arg(MetadataSheetWriter::keyHeader(), MetadataSheetWriter::idHeader(),
                              MetadataSheetWriter::filesHeader());
        return false;
    }
    ResourceIndex index;
    ValidationContext context;
    if (!indexBatch(batchId, &index, error) || !validationContext(&context, error))
        return false;
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
