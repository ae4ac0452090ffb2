#pragma once

#include "workspace/Entities.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

// What a package holds, in the terms of its metadata files: written by BagWriter into metadata.json,
// read back by PackageOpener and BagVerifier. Paths are relative to the bag's data/ folder.
struct PackageFile
{
    QString role; // "media", "cover", "catalog"
    QString path; // "resources/A01-0001/lecture.mp4"
    qint64 size = 0;
    QString sha256;
    QJsonObject check; // media: the technical check at export {verdict, type, checked_at, checks[]}, or {}
    QString note;      // media: what was done to make it ("upscaled from 640×360"), or ""
};

struct PackageResource
{
    QString id;                    // "A01-0001"
    QString type;                  // "A01"
    QString sheetKey;              // MetadataSheetWriter::resourceKey of the workspace's resource, or ""
    QMap<QString, QString> values; // every field of the standard that applies to the type, as typed
    QList<PackageFile> files;
    QJsonObject linkCheck; // A03: the link check at export, as PackageFile::check, or {}

    QList<PackageFile> filesWithRole(const QString &role) const
    {
        QList<PackageFile> out;
        for (const PackageFile &f : files)
            if (f.role == role)
                out.append(f);
        return out;
    }
};

struct PackageContent
{
    QString profileId;
    QString profileVersion;
    QString batchName;
    bool draft = false;
    QDateTime created; // Bagging-Date
    Unit unit;         // id and stampedScan are not carried
    QList<PackageResource> resources;
};
