#include "UnitFieldOptions.h"

#include "CliSupport.h"

#include "registration/ContactValidators.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
struct UnitField
{
    const char *column; // the UnitStore column, also the option's name
    QString Unit::*member;
    const char *valueName;
    const char *help;
};
// The help texts keep the `unit` verb's translation context, where their translations already are.
constexpr UnitField kFields[] = {
    {"name", &Unit::name, "TEXT", QT_TRANSLATE_NOOP("UnitCommand", "省(区、市)/单位名称: the unit's name.")},
    {"person", &Unit::person, "TEXT",
     QT_TRANSLATE_NOOP("UnitCommand", "负责人姓名: the responsible person.")},
    {"title", &Unit::title, "TEXT", QT_TRANSLATE_NOOP("UnitCommand", "职务: the person's position.")},
    {"phone", &Unit::phone, "NUMBER",
     QT_TRANSLATE_NOOP("UnitCommand", "座机: landline with area code, e.g. 010-66096459.")},
    {"mobile", &Unit::mobile, "NUMBER",
     QT_TRANSLATE_NOOP("UnitCommand", "手机: mobile number, e.g. 13800138000.")},
    {"email", &Unit::email, "ADDRESS", QT_TRANSLATE_NOOP("UnitCommand", "电子邮箱: e-mail address.")},
};
} // namespace

void UnitFieldOptions::addTo(QCommandLineParser &parser)
{
    for (const UnitField &f : kFields)
        parser.addOption({QLatin1StringView(f.column), QCoreApplication::translate("UnitCommand", f.help),
                          QLatin1StringView(f.valueName)});
}

bool UnitFieldOptions::apply(const QCommandLineParser &parser, Unit *unit, QStringList *problems)
{
    bool given = false;
    for (const UnitField &f : kFields) {
        const QString column = QLatin1StringView(f.column);
        if (!parser.isSet(column))
            continue;
        const QString value = parser.value(column).trimmed();
        if (const QString p = ContactValidators::checkUnitField(column, value); !p.isEmpty())
            problems->append(u"--%1: %2"_s.arg(column, p));
        unit->*f.member = value;
        given = true;
    }
    return given;
}

QStringList UnitFieldOptions::check(const Unit &unit)
{
    QStringList problems;
    for (const UnitField &f : kFields) {
        if (const QString p = ContactValidators::checkUnitField(QLatin1StringView(f.column), unit.*f.member);
            !p.isEmpty())
            problems.append(p);
    }
    return problems;
}

QJsonObject UnitFieldOptions::toJson(const Unit &unit)
{
    QJsonObject json{{"id"_L1, unit.id}, {"stamped_scan"_L1, unit.stampedScan}};
    for (const UnitField &f : kFields)
        json.insert(QLatin1StringView(f.column), unit.*f.member);
    return json;
}

void UnitFieldOptions::print(const Unit &unit)
{
    for (const UnitField &f : kFields)
        CliSupport::out(
            u"%1: %2"_s.arg(ContactValidators::fieldLabel(QLatin1StringView(f.column)), unit.*f.member));
}
