#pragma once

#include <QString>
#include <QStringList>

// The names of a package's paths (SPEC §6). Paths are relative to the bag's root and use '/'.
namespace BagLayout {
inline constexpr char BagitTxt[] = "bagit.txt";
inline constexpr char BagInfoTxt[] = "bag-info.txt";
inline constexpr char ManifestTxt[] = "manifest-sha256.txt";
inline constexpr char TagManifestTxt[] = "tagmanifest-sha256.txt";
inline constexpr char MetadataJson[] = "data/metadata.json";
inline constexpr char MetadataXml[] = "data/metadata.xml";
inline constexpr char MetadataXlsx[] = "data/metadata.xlsx";
inline constexpr char ReportHtml[] = "data/report.html";
inline constexpr char RegistrationForm[] = "data/registration/form.pdf";
inline constexpr char CoverName[] = "cover.jpg";
inline constexpr char CatalogName[] = "catalog.xml";
// The package's own file roles in metadata.json (besides "media"): the picture of the field with the
// profile role cover_image and the text of the field with the role catalog_xml, whatever their ids.
inline constexpr char CoverRole[] = "cover";
inline constexpr char CatalogRole[] = "catalog";

// "A01-0001": the type code and the resource's number among those of its type, from 1.
QString resourceId(const QString &type, int numberInType);
// "data/resources/A01-0001"
QString resourceDir(const QString &resourceId);
// "data/registration/stamped.jpg" (the scan's own suffix, lower-cased: jpg, png or pdf).
QString stampedScanPath(const QString &scanPath);
// A file name safe in any file system and archive: no folders, no control or reserved characters,
// not "." or "..". Empty input gives "file".
QString safeFileName(const QString &name);
// `name` made unique among `taken` by adding " (2)", " (3)" … before the suffix; the result is added to
// taken.
QString uniqueName(const QString &name, QStringList *taken);
// True for a relative '/'-separated path without empty, "." or ".." parts, backslashes, drive letters or
// control characters: the only kind of entry name a package may hold.
bool isSafeRelativePath(const QString &path);
} // namespace BagLayout
