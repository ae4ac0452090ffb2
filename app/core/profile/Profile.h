#pragma once

#include "profile/FieldSpec.h"
#include "profile/ResourceTypeSpec.h"
#include "profile/Taxonomy.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>

// The campaign profile: one call's standard as data (every key: docs/profile-format.md). It is read
// once (ProfileLoader) and passed down; nothing else in SubmitDesk knows the 2022 numbers.
class Profile
{
public:
    struct Deadline
    {
        QString id; // "registration", "upload", "review"
        QDate date;
        LocalizedText label;
    };

    QString id;      // "lifelong-2022"
    QString version; // "2022.1"; part of the media-check cache key
    LocalizedText title;
    LocalizedText issuer;
    QString mailbox; // where the stamped registration form goes
    // The language of the package's human-readable texts (report.html …), whatever the UI's: "zh_CN".
    QString language = QStringLiteral("zh_CN");
    QString listSeparator = QStringLiteral(";");
    QList<Deadline> deadlines;
    QList<ResourceTypeSpec> resourceTypes;
    QList<FieldSpec> fields;
    Taxonomy taxonomy;
    // The technical standard by media kind: {"video": {...}, "audio": {...}, "link": {...}}
    // (docs/profile-format.md, "The technical section"). Checked strictly by TechnicalSpec when
    // loaded; read by MediaPolicy and LinkPolicy.
    QJsonObject technical;

    QString idAndVersion() const { return id + QLatin1Char('/') + version; }

    const FieldSpec *field(const QString &fieldId) const;
    // The field with this role that a resource of the type has, or nullptr (docs/profile-format.md,
    // "Field roles"). The code asks for fields this way, never by id.
    const FieldSpec *fieldWithRole(FieldRole role, const QString &typeCode) const;
    // Its id, or "" when the type has no such field.
    QString fieldIdWithRole(FieldRole role, const QString &typeCode) const;
    // The value of the type's field with this role in `values` (field id -> value), or "".
    QString valueWithRole(FieldRole role, const QString &typeCode,
                          const QMap<QString, QString> &values) const;
    // The ids of every field with this role, whatever the type, without repeats.
    QStringList fieldIdsWithRole(FieldRole role) const;
    const ResourceTypeSpec *resourceType(const QString &code) const;
    const Deadline *deadline(const QString &deadlineId) const;
    // The fields a resource of this type shows, in the profile's order.
    QList<const FieldSpec *> fieldsFor(const QString &typeCode) const;
    // The type whose extensions include the file's suffix (case-insensitive), or "" when none does.
    QString guessTypeForFile(const QString &fileName) const;
    // The type whose media is "link" (A03), or "".
    QString linkTypeCode() const;
};
