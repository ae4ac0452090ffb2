#pragma once

#include "metadata/ValidationContext.h"
#include "workspace/Entities.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMultiMap>
#include <QStringList>

struct FieldSpec;
class Profile;
class Workspace;

// The spreadsheet round trip: a metadata.xlsx as exported (or a CSV with the same headers), filled in by
// hand, back into a batch. A row is matched to its resource by the key export wrote ("资源键": the
// resource's id and random uid), else by the package number ("编号"), else by media file name ("文件名").
// A key no resource of the batch has any more, a name no resource has or several resources have, and a
// file name that is not the matched resource's are issues on that row (never a guess). A sheet without
// the key column (from an older export) is matched by number with a warning: numbers move when resources
// are added, deleted or retyped. A value split over continuation columns (MetadataSheetWriter) is joined
// again; an empty cell never clears a value longer than a cell holds (an older export left it out). Every
// cell is validated with FieldValidator; prepare() stores nothing, apply() stores a plan that has no
// issues.
class SheetImporter
{
    Q_DECLARE_TR_FUNCTIONS(SheetImporter)
public:
    struct Issue
    {
        int row = 0;    // spreadsheet row number, from 1 (the header is row 1)
        QString column; // the header as written
        QString text;
    };
    struct Row
    {
        int row = 0;
        qint64 resourceId = 0;
        QMap<QString, QString> changes; // field id -> new value ("" clears)
    };
    struct Plan
    {
        QList<Row> rows;
        QList<Issue> issues;
        QList<Issue> warnings; // worth a look, but they do not stop apply()
        QStringList ignoredColumns;
        QString encoding; // how a CSV was read ("GB18030", "UTF-8" …); empty for .xlsx
        int changeCount() const;
        QJsonObject toJson() const;
    };

    SheetImporter(Workspace &workspace, const Profile &profile) : m_workspace(workspace), m_profile(profile)
    {
    }

    // Reads .xlsx (XlsxReader) or anything else as CSV (CsvReader); `encoding` is then the CSV's
    // (TextEncoding::name), empty for .xlsx.
    static bool readTable(const QString &path, QList<QStringList> *rows, QString *error,
                          QString *encoding = nullptr);
    bool prepare(const QString &sheetPath, qint64 batchId, Plan *plan, QString *error) const;
    bool prepare(const QList<QStringList> &table, qint64 batchId, Plan *plan, QString *error) const;
    bool apply(const Plan &plan, QString *error);

private:
    // The header row's columns: what matches rows to resources, and which field each other column fills.
    struct Columns
    {
        QStringList header;
        int headerRow = 1; // its row number, from 1
        int key = -1;
        int id = -1;
        int files = -1;
        QMap<int, const FieldSpec *> fields;
        QMap<int, QList<int>> continuations; // a field's column -> its continuation columns, in order
    };
    // The batch's resources in package order, looked up by package number and by media file name.
    struct ResourceIndex
    {
        QList<Resource> resources;
        QMap<qint64, int> byId;
        QMap<QString, int> byNumber;
        QMultiMap<QString, int> byFile; // a name may belong to several resources
    };

    static int headerRowOf(const QList<QStringList> &table);
    Columns readColumns(const QStringList &header, int headerRow, Plan *plan) const;
    // Headers "<a field's header>（续N）" (MetadataSheetWriter::continuationHeader) among `unmatched`.
    static void readContinuations(const QMap<int, QString> &unmatched, Columns *columns, Plan *plan);
    bool indexBatch(qint64 batchId, ResourceIndex *out, QString *error) const;
    bool validationContext(ValidationContext *out, QString *error) const;
    // The index in `index.resources` the row belongs to, or -1 after adding an issue to the plan.
    int matchRow(const QStringList &cells, int rowNumber, const Columns &columns, const ResourceIndex &index,
                 Plan *plan, QString *matchColumn) const;
    int matchByKey(const QString &key, int rowNumber, const QString &column, const ResourceIndex &index,
                   Plan *plan) const;
    // False after adding an issue when the row's file names are not all the matched resource's.
    bool filesAgree(const QStringList &cells, int rowNumber, const Columns &columns, const Resource &resource,
                    const QString &matchColumn, Plan *plan) const;
    int matchByFiles(const QString &names, int rowNumber, const QString &column, const ResourceIndex &index,
                     Plan *plan) const;
    // The field's value: its cell, joined with its continuation cells; trimmed.
    static QString valueOf(const QStringList &cells, int column, const Columns &columns);
    Row changesOf(const QStringList &cells, int rowNumber, const Columns &columns, const Resource &resource,
                  const ValidationContext &context, Plan *plan) const;

    Workspace &m_workspace;
    const Profile &m_profile;
};
