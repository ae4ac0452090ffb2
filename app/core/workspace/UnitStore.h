#pragma once

#include "workspace/Entities.h"

#include <QCoreApplication>

class Workspace;

// Reads and writes the units table (the submitting unit and its responsible person).
class UnitStore
{
    Q_DECLARE_TR_FUNCTIONS(UnitStore)
public:
    explicit UnitStore(Workspace &workspace) : m_workspace(workspace) {}

    // Reads report failures (busy, I/O, a damaged file) in *error instead of answering "none".
    bool all(QList<Unit> *out, QString *error) const;
    // False when there is no such unit (error empty) or the read failed (error says why).
    bool find(qint64 id, Unit *out, QString *error = nullptr) const;
    // The workspace's unit; created empty when there is none yet. When the units cannot be read, an empty
    // Unit (id 0) and the error: nothing is created then.
    Unit primary(QString *error = nullptr);
    // Inserts (id == 0, then sets unit->id) or updates every column. save() and setField() refuse a value
    // with a line break or another control character.
    bool save(Unit *unit, QString *error);
    // Writes one column: "name", "person", "title", "phone", "mobile", "email" or "stamped_scan".
    bool setField(qint64 id, const QString &column, const QString &value, QString *error);
    static QStringList columns();

private:
    Workspace &m_workspace;
};
