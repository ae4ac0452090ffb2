#pragma once

#include "package/PackageContent.h"

#include <QCoreApplication>
#include <QJsonObject>

// data/metadata.json: the package's content (profile, unit, batch, every resource with every field of
// the standard and its files with size and SHA-256), UTF-8. The reference form for the upload and for
// opening a package again.
class MetadataJson
{
    Q_DECLARE_TR_FUNCTIONS(MetadataJson)
public:
    static QByteArray write(const PackageContent &content);
    static QJsonObject toJson(const PackageContent &content);
    static bool read(const QByteArray &json, PackageContent *out, QString *error);
};
