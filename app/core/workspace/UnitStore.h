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

    QList<Unit> all() const;
    bool find(qint64 id, Unit *out) const;
    // The workspace's unit; created empty when there is none yet.
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
