// ProfileRegistry::importFile and its helpers: validate a profile file, then copy it (and its taxonomy) into
// the profile library, whole or not at all, never over a different file.

#include "profile/ProfileRegistry.h"

#include "common/SafeOutput.h"
#include "profile/ProfileLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMaxProfileBytes = 1024 * 1024;
constexpr qint64 kMaxTaxonomyBytes = 4 * 1024 * 1024;

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

} // namespace

bool ProfileRegistry::readNoFollow(const QString &path, qint64 limit, QByteArray *out, QString *why)
{
    if (!path.startsWith(u':')) {
        const SafeOutput::Kind kind = SafeOutput::kindOf(path);
        if (kind == SafeOutput::Kind::Link)
            return fail(why,
                        ProfileRegistry::tr("it is a symbolic link; profiles are not read through links"));
        if (kind == SafeOutput::Kind::Missing)
            return fail(why, ProfileRegistry::tr("there is no such file"));
        if (kind != SafeOutput::Kind::File)
            return fail(why, ProfileRegistry::tr("it is not a regular file"));
        if (QFileInfo(path).size() > limit)
            return fail(why, ProfileRegistry::tr("the file is larger than %1 bytes").arg(limit));
    }
    QFile file(path);
#ifdef Q_OS_UNIX
    if (!path.startsWith(u':')) {
        const int fd =
            ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
        struct stat st;
        if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
            if (fd >= 0)
                ::close(fd);
            return fail(why,
                        ProfileRegistry::tr("it is not a regular file (or it changed while being read)"));
        }
        if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            return fail(why, file.errorString());
        }
    }
#endif
    if (!file.isOpen() && !file.open(QIODevice::ReadOnly))
        return fail(why, file.errorString());
    *out = file.read(limit + 1);
    if (out->size() > limit)
        return fail(why, ProfileRegistry::tr("the file is larger than %1 bytes").arg(limit));
    return true;
}

namespace {
bool isSafeFileNamePart(const QString &text)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9][A-Za-z0-9._-]{0,63}"_s));
    return re.match(text).hasMatch();
}

} // namespace

QString ProfileRegistry::taxonomyDirFor(const QString &file, const QByteArray &json)
{
    const QString name = QJsonDocument::fromJson(json).object().value("taxonomy"_L1).toString();
    const QString beside = QDir::cleanPath(QFileInfo(file).absoluteDir().filePath(u"../taxonomy"_s));
    if (name.isEmpty() || SafeOutput::kindOf(QDir(beside).filePath(name)) != SafeOutput::Kind::Missing)
        return beside;
    return u":/taxonomy"_s;
}
bool ProfileRegistry::readSource(const QString &file, QByteArray *json, QString *error) const
{
    QString why;
    if (!readNoFollow(file, kMaxProfileBytes, json, &why))
        return fail(error, tr("%1: cannot import the profile: %2").arg(file, why));
    return true;
}

bool ProfileRegistry::sameAsKnown(const Profile &p, const QByteArray &json, bool *identical,
                                  QString *error) const
{
    *identical = false;
    const QList<Entry> entries = list();
    for (const Entry &e : entries) {
        if (!e.valid || e.id != p.id || e.version != p.version)
            continue;
        QByteArray known;
        QString why;
        if (readNoFollow(e.path, kMaxProfileBytes, &known, &why) && known == json) {
            *identical = true;
            return true;
        }
        return fail(error, tr("a different profile %1 version %2 is already %3 (%4); a changed profile "
                              "needs a new \"version\"")
                               .arg(p.id, p.version,
                                    e.source == Source::BuiltIn ? tr("built in") : tr("installed"), e.path));
    }
    return true;
}

bool ProfileRegistry::writeAtomically(const QString &target, const QByteArray &bytes, QString *error) const
{
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return fail(error, tr("cannot create the folder %1").arg(QFileInfo(target).absolutePath()));
    PartialOutput partial;
    if (!partial.create(target, error))
        return false;
    QFile file(partial.content());
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        return fail(error, tr("cannot write %1: %2").arg(target, why));
    }
    file.close();
    return partial.commit(PartialOutput::Replace::Never, error);
}

bool ProfileRegistry::installTaxonomy(const QString &name, const QString &sourceDir, QString *error) const
{
    if (name.isEmpty())
        return true;
    QByteArray bytes;
    QString why;
    const QString source = QDir(sourceDir).filePath(name);
    if (!readNoFollow(source, kMaxTaxonomyBytes, &bytes, &why))
        return fail(error, tr("%1: cannot read the taxonomy: %2").arg(source, why));
    const QString target = QDir(taxonomyFolder()).filePath(name);
    if (SafeOutput::kindOf(target) != SafeOutput::Kind::Missing) {
        QByteArray known;
        if (readNoFollow(target, kMaxTaxonomyBytes, &known, &why) && known == bytes)
            return true;
        return fail(error, tr("a different taxonomy named %1 is already installed (%2); it is not replaced")
                               .arg(name, target));
    }
    return writeAtomically(target, bytes, error);
}

bool ProfileRegistry::importFile(const QString &file, ImportResult *out, QString *error) const
{
    QByteArray json;
    if (!readSource(file, &json, error))
        return false;
    const QString taxonomyDir = taxonomyDirFor(file, json);
    Profile p;
    if (!ProfileLoader::loadJson(json, file, taxonomyDir, &p, error))
        return false;
    if (!isSafeFileNamePart(p.id) || !isSafeFileNamePart(p.version))
        return fail(error, tr("%1: the id \"%2\" and version \"%3\" must be 1–64 ASCII letters, digits, '.', "
                              "'_' or '-', starting with a letter or digit")
                               .arg(file, p.id, p.version));
    bool identical = false;
    if (!sameAsKnown(p, json, &identical, error))
        return false;
    const QString target = QDir(profilesFolder()).filePath(u"%1@%2.json"_s.arg(p.id, p.version));
    out->alreadyInstalled = identical;
    if (!identical) {
        if (SafeOutput::kindOf(target) != SafeOutput::Kind::Missing)
            return fail(error, tr("%1 is in the way (it is not a readable profile %2 version %3); it is not "
                                  "replaced")
                                   .arg(target, p.id, p.version));
        const QString taxonomy = QJsonDocument::fromJson(json).object().value("taxonomy"_L1).toString();
        if (!installTaxonomy(taxonomy, taxonomyDir, error) || !writeAtomically(target, json, error))
            return false;
    }
    for (const Entry &e : list())
        if (e.valid && e.id == p.id && e.version == p.version)
            out->entry = e;
    return true;
}
