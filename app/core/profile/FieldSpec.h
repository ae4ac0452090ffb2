#pragma once

#include "profile/LocalizedText.h"

#include <QJsonObject>
#include <QStringList>

// The kinds of rule a metadata field can follow. A new notice may add fields, but only of these kinds.
enum class FieldKind { Text, Date, Integer, Enum, List, Url, Image, Xml, Category };

QString fieldKindName(FieldKind kind);
bool fieldKindFromName(const QString &name, FieldKind *kind);

// One field of the metadata standard, as the profile describes it.
struct FieldSpec
{
    QString id;          // stable ASCII id used in files, reports and the CLI: "title", "speakers" …
    LocalizedText label; // 资源名称 / Title
    FieldKind kind = FieldKind::Text;
    QStringList requiredFor; // resource type codes for which the field must be filled
    QStringList appliesTo;   // type codes the field exists for; empty = all types
    QJsonObject rule;        // kind-specific parameters: min_length, max, values, formats …
    QString example;         // the standard's example, shown as placeholder
    LocalizedText help;

    bool isRequiredFor(const QString &typeCode) const { return requiredFor.contains(typeCode); }
    bool appliesToType(const QString &typeCode) const
    {
        return appliesTo.isEmpty() || appliesTo.contains(typeCode);
    }
};
