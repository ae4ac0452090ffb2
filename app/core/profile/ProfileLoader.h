#pragma once

#include "profile/Profile.h"

#include <QCoreApplication>

// Reads a campaign profile (resources/profiles/*.json; the format is docs/profile-format.md) and its
// taxonomy. A profile with an error is refused whole, with a message naming the file, the key path and
// what was expected.
class ProfileLoader
{
    Q_DECLARE_TR_FUNCTIONS(ProfileLoader)
public:
    // path may be a file or a Qt resource (":/profiles/lifelong-2022.json"). The taxonomy named by the
    // profile is looked up beside it, in ../taxonomy/.
    static bool loadFile(const QString &path, Profile *out, QString *error);
    // Parses profile JSON; `origin` names the file in messages, `taxonomyDir` is where taxonomies live.
    static bool loadJson(const QByteArray &json, const QString &origin, const QString &taxonomyDir,
                         Profile *out, QString *error);
    // The built-in profile with this id (":/profiles/<id>.json").
    static bool loadBuiltin(const QString &profileId, Profile *out, QString *error);
    // A workspace's profile reference: a path to a .json file (a custom or newer notice's profile),
    // or the id of a built-in profile.
    static bool loadReference(const QString &reference, Profile *out, QString *error);
    // The ids of the built-in profiles.
    static QStringList builtinIds();
};
