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
