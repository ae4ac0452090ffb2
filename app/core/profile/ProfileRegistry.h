#pragma once

#include "profile/Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The campaign profiles this SubmitDesk knows: the built-in ones (":/profiles", inside the program) and
// the ones the user imported into a profile library folder (AppPaths::profileLibrary(); tests give a
// temporary folder). The library has the built-in layout: <library>/profiles/<id>@<version>.json and
// <library>/taxonomy/<name>, so a profile finds its taxonomy in ../taxonomy/ (docs/profile-format.md).
class ProfileRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRegistry)
public:
    enum class Source { BuiltIn, Installed };
    struct Entry
    {
        QString id;      // "" when the file could not be read
        QString version; // ""  "
        QString title;   // the campaign's name in the UI's language
        QString path;    // ":/profiles/…" or the installed file
        Source source = Source::BuiltIn;
        bool valid = false;
        QString error; // why the file is not a usable profile (file, key path, what was expected)
        QString spec() const { return id + u'@' + version; } // "lifelong-2022@2022.1"
    };

    explicit ProfileRegistry(QString libraryFolder);
    QString libraryFolder() const { return m_library; }
    QString profilesFolder() const;
    QString taxonomyFolder() const;

    // Every profile, built-in first, then the installed ones by id and version; an unreadable installed
    // file is listed with valid == false and its error.
    QList<Entry> list() const;
    // The profile with this id and version; an empty version means the newest valid one of that id.
    bool load(const QString &id, const QString &version, Profile *out, QString *error) const;
    // The profile a batch records (id, version): `workspaceProfile` when it is that one (or the batch records
    // none), otherwise the registry's. The error says which profile is missing and how to get it.
    bool loadRecorded(const QString &id, const QString &version, const Profile &workspaceProfile,
                      Profile *out, QString *error) const;
    // "ID", "ID@VERSION", or the path of a profile file (anything ending in .json).
    bool loadSpec(const QString &spec, Profile *out, QString *error) const;

    struct ImportResult
    {
        Entry entry;
        bool alreadyInstalled = false; // the same file was there: nothing was written
    };
    // Validates the file (ProfileLoader, with the taxonomy beside it in ../taxonomy/ or the built-in one
    // of that name) and copies it, with its taxonomy, into the library; the copy appears whole or not at
    // all. Refused: a link, a file over 1 MiB, a profile with an error, an id or version that cannot name
    // a file, and a different profile (or taxonomy) already known under the same id and version (name).
    bool importFile(const QString &file, ImportResult *out, QString *error) const;

    // Orders versions the way people read them: "2022.2" < "2022.10"; -1, 0 or 1.
    static int compareVersions(const QString &a, const QString &b);

    // The whole regular file of at most `limit` bytes, never read through a link (":/…" through QFile).
    static bool readNoFollow(const QString &path, qint64 limit, QByteArray *out, QString *why);

private:
    // Where a profile file's taxonomy is read: ../taxonomy/ beside it when it has the named file, else the
    // built-in taxonomies (a profile sent alone usually names the built-in one).
    static QString taxonomyDirFor(const QString &file, const QByteArray &json);
    bool readSource(const QString &file, QByteArray *json, QString *error) const;
    bool sameAsKnown(const Profile &p, const QByteArray &json, bool *identical, QString *error) const;
    bool installTaxonomy(const QString &name, const QString &sourceDir, QString *error) const;
    bool writeAtomically(const QString &target, const QByteArray &bytes, QString *error) const;
    QList<Entry> installed() const;
    QString m_library;
};
