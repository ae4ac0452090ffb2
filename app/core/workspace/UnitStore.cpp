#include "workspace/UnitStore.h"

#include "common/TextSafety.h"
#include "workspace/SavePoint.h"
#include "workspace/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
Unit readUnit(const QSqlQuery &q)
{
    Unit u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.person = q.value(2).toString();
    u.title = q.value(3).toString();
    u.phone = q.value(4).toString();
    u.mobile = q.value(5).toString();
    u.email = q.value(6).toString();
    u.stampedScan = q.value(7).toString();
    return u;
}
// Unit values go into the e-mail draft's headers and bag-info.txt: none may hold a line break or another
// control character, whoever stores it (the form, the CLI, an imported package).
bool refuseControls(const QString &column, const QString &value, QString *error)
{
    if (!TextSafety::hasControl(value))
        return true;
    if (error)
        *error = UnitStore::tr("cannot store the unit: %1 \"%2\" contains control characters (%3)")
                     .arg(column, TextSafety::oneLine(value).trimmed(), TextSafety::describeControls(value));
    return false;
}

const auto kSelect = "SELECT id, name, person, title, phone, mobile, email, stamped_scan FROM units"_L1;
} // namespace

QStringList UnitStore::columns()
{
    return {u"name"_s, u"person"_s, u"title"_s, u"phone"_s, u"mobile"_s, u"email"_s, u"stamped_scan"_s};
}

bool UnitStore::all(QList<Unit> *out, QString *error) const
{
    out->clear();
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    if (!q.exec(kSelect + " ORDER BY id"_L1)) {
        if (error)
            *error = tr("cannot read the units: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next())
        out->append(readUnit(q));
    return true;
}

bool UnitStore::find(qint64 id, Unit *out, QString *error) const
{
    if (error)
        error->clear();
    QSqlQuery q(m_workspace.database());
    bool prepared = q.prepare(kSelect + " WHERE id = ?"_L1);
    q.addBindValue(id);
    if (!prepared || !q.exec()) {
        if (error)
            *error = tr("cannot read unit %1: %2").arg(id).arg(q.lastError().text());
        return false;
    }
    if (!q.next())
        return false;
    *out = readUnit(q);
    return true;
}

Unit UnitStore::primary(QString *error)
{
    SavePoint savePoint(m_workspace.database()); // read, then maybe insert: one IMMEDIATE transaction
    if (!savePoint.isActive()) {
        if (error)
            *error = tr("cannot read the units: %1").arg(savePoint.errorString());
        return {};
    }
    QList<Unit> units;
    if (!all(&units, error))
        return {};
    Unit u = units.isEmpty() ? Unit() : units.first();
    if (units.isEmpty() && !save(&u, error))
        return {};
    if (!savePoint.release(error))
        return {};
    return u;
}

bool UnitStore::save(Unit *unit, QString *error)
{
    const QStringList names = columns();
    const QList<const QString *> values{&unit->name,   &unit->person, &unit->title,      &unit->phone,
                                        &unit->mobile, &unit->email,  &unit->stampedScan};
    for (qsizetype i = 0; i < values.size(); ++i)
        if (!refuseControls(names.at(i), *values.at(i), error))
            return false;
    QSqlQuery q(m_workspace.database());
    if (unit->id == 0) {
        q.prepare(u"INSERT INTO units(name, person, title, phone, mobile, email, stamped_scan, updated_at) "
                  "VALUES(?, ?, ?, ?, ?, ?, ?, ?)"_s);
    } else {
        q.prepare(u"UPDATE units SET name = ?, person = ?, title = ?, phone = ?, mobile = ?, email = ?, "
                  "stamped_scan = ?, updated_at = ? WHERE id = ?"_s);
    }
    for (const QString &v : {unit->name, unit->person, unit->title, unit->phone, unit->mobile, unit->email,
                             unit->stampedScan, Workspace::nowText()})
        q.addBindValue(v.isNull() ? u""_s : v); // a null QString would bind as SQL NULL
    if (unit->id != 0)
        q.addBindValue(unit->id);
    if (!q.exec()) {
        if (error)
            *error = tr("cannot store the unit: %1").arg(q.lastError().text());
        return false;
    }
    if (unit->id == 0)
        unit->id = q.lastInsertId().toLongLong();
    m_workspace.notifyUnitChanged(unit->id);
    return true;
}

bool UnitStore::setField(qint64 id, const QString &column, const QString &value, QString *error)
{
    if (!columns().contains(column)) {
        if (error)
            *error = tr("unknown unit field \"%1\"").arg(column);
        return false;
    }
    if (!refuseControls(column, value, error))
        return false;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE units SET %1 = ?, updated_at = ? WHERE id = ?"_s.arg(column));
    q.addBindValue(value.isNull() ? u""_s : value);
    q.addBindValue(Workspace::nowText());
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        if (error)
            *error = tr("cannot store %1 of unit %2: %3").arg(column).arg(id).arg(q.lastError().text());
        return false;
    }
    m_workspace.notifyUnitChanged(id);
    return true;
}
