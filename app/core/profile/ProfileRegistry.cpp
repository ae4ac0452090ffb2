#include "profile/ProfileRegistry.h"

#include "profile/ProfileLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QVersionNumber>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The limits of ProfileLoader (docs/profile-format.md): a profile 1 MiB, a taxonomy 4 MiB.
constexpr qint64 kMaxProfileBytes = 1024 * 1024;
// An installed library holds a handful of campaigns; more files than this are not looked at.
constexpr int kMaxInstalled = 200;

ProfileRegistry::Entry entryFor(const Profile &p, const QString &path, ProfileRegistry::Source source)
{
    ProfileRegistry::Entry e;
    e.id = p.id;
    e.version = p.version;
    e.title = p.title.text().isEmpty() ? p.id : p.title.text();
    e.path = path;
    e.source = source;
    e.valid = true;
    return e;
}

} // namespace

ProfileRegistry::ProfileRegistry(QString libraryFolder) : m_library(std::move(libraryFolder)) {}

QString ProfileRegistry::profilesFolder() const
{
    return QDir(m_library).filePath(u"profiles"_s);
}

QString ProfileRegistry::taxonomyFolder() const
{
    return QDir(m_library).filePath(u"taxonomy"_s);
}

int ProfileRegistry::compareVersions(const QString &a, const QString &b)
{
    qsizetype restA = 0;
    qsizetype restB = 0;
    const QVersionNumber va = QVersionNumber::fromString(a, &restA);
    const QVersionNumber vb = QVersionNumber::fromString(b, &restB);
    if (const int c = QVersionNumber::compare(va, vb); c != 0)
        return c < 0 ? -1 : 1;
    const int c = QString::compare(a.mid(restA), b.mid(restB));
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

QList<ProfileRegistry::Entry> ProfileRegistry::installed() const
{
    QList<Entry> out;
    QDir dir(profilesFolder());
    const QStringList names =
        dir.entryList({u"*.json"_s}, QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
    for (const QString &name : names.mid(0, kMaxInstalled)) {
        const QString path = dir.filePath(name);
        Entry e;
        e.path = path;
        e.source = Source::Installed;
        e.title = name;
        QByteArray json;
        QString why;
        Profile p;
        if (!readNoFollow(path, kMaxProfileBytes, &json, &why)) {
            e.error = tr("%1: cannot read the profile: %2").arg(path, why);
        } else if (ProfileLoader::loadJson(json, path, taxonomyFolder(), &p, &e.error)) {
            e = entryFor(p, path, Source::Installed);
        }
        out.append(e);
    }
    std::sort(out.begin(), out.end(), [](const Entry &x, const Entry &y) {
        if (x.id != y.id)
            return x.id < y.id;
        return compareVersions(x.version, y.version) < 0;
    });
    return out;
}

QList<ProfileRegistry::Entry> ProfileRegistry::list() const
{
    QList<Entry> out;
    for (const QString &id : ProfileLoader::builtinIds()) {
        const QString path = u":/profiles/%1.json"_s.arg(id);
        Profile p;
        Entry e;
        if (ProfileLoader::loadFile(path, &p, &e.error)) {
            e = entryFor(p, path, Source::BuiltIn);
        } else {
            e.path = path;
            e.title = id;
        }
        out.append(e);
    }
    out.append(installed());
    return out;
}

bool ProfileRegistry::load(const QString &id, const QString &version, Profile *out, QString *error) const
{
    const Entry *best = nullptr;
    const QList<Entry> entries = list();
    for (const Entry &e : entries) {
        if (!e.valid || e.id != id || (!version.isEmpty() && e.version != version))
            continue;
        if (!best || compareVersions(e.version, best->version) > 0)
            best = &e;
    }
    if (!best) {
        if (error)
            *error =
                version.isEmpty()
                    ? tr("there is no profile \"%1\" (built in or imported)").arg(id)
                    : tr("there is no profile \"%1\" version \"%2\" (built in or imported)").arg(id, version);
        return false;
    }
    if (best->source == Source::BuiltIn)
        return ProfileLoader::loadFile(best->path, out, error);
    QByteArray json;
    QString why;
    if (!readNoFollow(best->path, kMaxProfileBytes, &json, &why)) {
        if (error)
            *error = tr("%1: cannot read the profile: %2").arg(best->path, why);
        return false;
    }
    return ProfileLoader::loadJson(json, best->path, taxonomyFolder(), out, error);
}

bool ProfileRegistry::loadRecorded(const QString &id, const QString &version, const Profile &workspaceProfile,
                                   Profile *out, QString *error) const
{
    if (id.isEmpty() || (id == workspaceProfile.id && version == workspaceProfile.version)) {
        *out = workspaceProfile;
        return true;
    }
    if (load(id, version, out, error))
        return true;
    if (error)
        *error = tr("the batch is judged by profile %1 version %2, which is not installed here; import that "
                    "profile's file first (%3)")
                     .arg(id, version, *error);
    return false;
}

bool ProfileRegistry::loadSpec(const QString &spec, Profile *out, QString *error) const
{
    if (spec.endsWith(".json"_L1, Qt::CaseInsensitive)) {
        QByteArray json;
        QString why;
        if (!readNoFollow(spec, kMaxProfileBytes, &json, &why)) {
            if (error)
                *error = tr("%1: cannot read the profile: %2").arg(spec, why);
            return false;
        }
        return ProfileLoader::loadJson(json, spec, taxonomyDirFor(spec, json), out, error);
    }
    const qsizetype at = spec.indexOf(u'@');
    if (at < 0)
        return load(spec, QString(), out, error);
    return load(spec.left(at), spec.mid(at + 1), out, error);
}
