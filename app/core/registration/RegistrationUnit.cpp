#include "registration/RegistrationUnit.h"

#include "workspace/UnitStore.h"

using namespace Qt::StringLiterals;

bool RegistrationUnit::load(UnitStore &store, Unit *out, QString *error)
{
    QList<Unit> units;
    if (!store.all(&units, error))
        return false;
    if (!units.isEmpty()) {
        *out = units.first();
        return true;
    }
    Unit u;
    for (QString *s : {&u.name, &u.person, &u.title, &u.phone, &u.mobile, &u.email, &u.stampedScan})
        *s = u""_s;
    if (!store.save(&u, error))
        return false;
    *out = u;
    return true;
}

QString RegistrationUnit::value(const Unit &unit, const QString &column)
{
    if (column == "name"_L1)
        return unit.name;
    if (column == "person"_L1)
        return unit.person;
    if (column == "title"_L1)
        return unit.title;
    if (column == "phone"_L1)
        return unit.phone;
    if (column == "mobile"_L1)
        return unit.mobile;
    if (column == "email"_L1)
        return unit.email;
    if (column == "stamped_scan"_L1)
        return unit.stampedScan;
    return {};
}
