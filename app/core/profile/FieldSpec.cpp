#include "profile/FieldSpec.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {
struct KindName
{
    FieldKind kind;
    QLatin1StringView name;
};
constexpr std::array kKindNames{
    KindName{FieldKind::Text, "text"_L1},         KindName{FieldKind::Date, "date"_L1},
    KindName{FieldKind::Integer, "integer"_L1},   KindName{FieldKind::Enum, "enum"_L1},
    KindName{FieldKind::List, "list"_L1},         KindName{FieldKind::Url, "url"_L1},
    KindName{FieldKind::Image, "image"_L1},       KindName{FieldKind::Xml, "xml"_L1},
    KindName{FieldKind::Category, "category"_L1},
};
} // namespace

QString fieldKindName(FieldKind kind)
{
    for (const auto &k : kKindNames)
        if (k.kind == kind)
            return k.name;
    return {};
}

bool fieldKindFromName(const QString &name, FieldKind *kind)
{
    for (const auto &k : kKindNames) {
        if (name == k.name) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

namespace {
struct RoleName
{
    FieldRole role;
    QLatin1StringView name;
};
constexpr std::array kRoleNames{
    RoleName{FieldRole::Title, "title"_L1},
    RoleName{FieldRole::CoverImage, "cover_image"_L1},
    RoleName{FieldRole::CourseUrl, "course_url"_L1},
    RoleName{FieldRole::CatalogXml, "catalog_xml"_L1},
    RoleName{FieldRole::UnitName, "unit_name"_L1},
    RoleName{FieldRole::ProtectionLevel, "protection_level"_L1},
    RoleName{FieldRole::FilingNumber, "filing_number"_L1},
};
} // namespace

QString fieldRoleName(FieldRole role)
{
    for (const auto &r : kRoleNames)
        if (r.role == role)
            return r.name;
    return {};
}

bool fieldRoleFromName(const QString &name, FieldRole *role)
{
    for (const auto &r : kRoleNames) {
        if (name == r.name) {
            *role = r.role;
            return true;
        }
    }
    return false;
}

QStringList fieldRoleNames()
{
    QStringList names;
    for (const auto &r : kRoleNames)
        names.append(r.name);
    return names;
}

QList<FieldKind> fieldKindsForRole(FieldRole role)
{
    switch (role) {
    case FieldRole::None:
        break;
    case FieldRole::Title:
    case FieldRole::UnitName:
    case FieldRole::FilingNumber:
        return {FieldKind::Text};
    case FieldRole::CoverImage:
        return {FieldKind::Image};
    case FieldRole::CourseUrl:
        return {FieldKind::Url};
    case FieldRole::CatalogXml:
        return {FieldKind::Xml};
    case FieldRole::ProtectionLevel:
        return {FieldKind::Integer, FieldKind::Enum, FieldKind::Text};
    }
    return {};
}
