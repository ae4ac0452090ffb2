#pragma once

#include "package/PackageContent.h"

class Profile;

// data/metadata.xml: the same content as metadata.json as XML (UTF-8, no DTD). Each field is an element
// named by its id with the standard's Chinese label as attribute; the catalog is kept as text.
namespace MetadataXml {
QByteArray write(const PackageContent &content, const Profile &profile);
}
