#pragma once

#include "profile/LocalizedText.h"

#include <QJsonObject>
#include <QStringList>

// The kinds of rule a metadata field can follow. A new notice may add fields, but only of these kinds.
enum class FieldKind { Text, Date, Integer, Enum, List, Url, Image, Xml, Category };

QString fieldKindName(FieldKind kind);
bool fieldKindFromName(const QString &name, FieldKind *kind);

// What SubmitDesk needs to know about a field, whatever its id (docs/profile-format.md, "Field roles").
// A field has at most one role; per resource type, at most one field has a given role.
enum class FieldRole {
    None,
    Title,           // "title": the name shown in lists, reports and messages
    CoverImage,      // "cover_image": the picture exported as cover.jpg
    CourseUrl,       // "course_url": the address of an online course, checked as a link
    CatalogXml,      // "catalog_xml": the table of contents exported as catalog.xml
    UnitName,        // "unit_name": defaults to the workspace unit's name when empty
    ProtectionLevel, // "protection_level": the course platform's protection level (等级保护)
    FilingNumber,    // "filing_number": the course platform's protection filing number
};

QString fieldRoleName(FieldRole role);
bool fieldRoleFromName(const QString &name, FieldRole *role);
// The role names a profile may use, for messages.
QStringList fieldRoleNames();
// The kinds a field with this role may have (a cover is an image, a course address a url …).
QList<FieldKind> fieldKindsForRole(FieldRole role);

// One field of the metadata standard, as the profile describes it.
struct FieldSpec
{
    QString id;          // stable ASCII id used in files, reports and the CLI: "title", "speakers" …
    LocalizedText label; // 资源名称 / Title
    FieldKind kind = FieldKind::Text;
    FieldRole role = FieldRole::None; // what the code knows the field as; None for most fields
    QStringList requiredFor;          // resource type codes for which the field must be filled
    QStringList appliesTo;            // type codes the field exists for; empty = all types
    QJsonObject rule;                 // kind-specific parameters: min_length, max, values, formats …
    QString example;                  // the standard's example, shown as placeholder
    LocalizedText help;

    bool isRequiredFor(const QString &typeCode) const { return requiredFor.contains(typeCode); }
    bool appliesToType(const QString &typeCode) const
    {
        return appliesTo.isEmpty() || appliesTo.contains(typeCode);
    }
};
