#include "common/SafeOutput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {
constexpr char kSuffix[] = ".sdpartial";
constexpr char kMarkerName[] = ".sdpartial-marker";
constexpr char kMarkerText[] = "SubmitDesk partial output: unfinished, removed by SubmitDesk when no run "
                               "writes it any more.\n";
constexpr int kMaxDepth = 64; // our outputs are a few levels deep; deeper trees are not ours

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SafeOutput)
};

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

QString systemError()
{
    return QString::fromLocal8Bit(strerror(errno));
}

// ".NAME." with NAME shortened so that the whole partial name fits in a file name (255 bytes).
QString partialPrefix(const QString &target)
{
    QString name = QFileInfo(target).fileName();
    while (name.toUtf8().size() > 200)
        name.chop(1);
    return u'.' + name + u'.';
}

QString randomHex()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
}

bool isRandomHex(QStringView text)
{
    if (text.size() != 16)
        return false;
    for (QChar c : text)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

#ifdef Q_OS_UNIX
// Removes `name` in the folder `parentFd`: a file or link by unlink, a folder by descending into it through
// a descriptor opened with O_NOFOLLOW, so that nothing outside the tree is ever touched.
bool removeAt(int parentFd, const char *name, int depth)
{
    struct stat st;
    if (fstatat(parentFd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
        return errno == ENOENT;
    if (!S_ISDIR(st.st_mode))
        return unlinkat(parentFd, name, 0) == 0 || errno == ENOENT;
    if (depth > kMaxDepth)
        return false;
    const int fd = openat(parentFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    DIR *dir = fdopendir(fd);
    if (!dir) {
        ::close(fd);
        return false;
    }
    bool ok = true;
    while (dirent *entry = readdir(dir)) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0)
            continue;
        ok = removeAt(dirfd(dir), entry->d_name, depth + 1) && ok;
    }
    closedir(dir);
    return unlinkat(parentFd, name, AT_REMOVEDIR) == 0 && ok;
}

bool syncAt(int parentFd, const char *name, int depth, QString *failed)
{
    struct stat st;
    if (fstatat(parentFd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
        return false;
    if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode))
        return true; // links and others hold no data of ours
    if (depth > kMaxDepth)
        return false;
    const int fd = openat(parentFd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    bool ok = true;
    if (S_ISDIR(st.st_mode)) {
        const int listFd = dup(fd);
        DIR *dir = listFd >= 0 ? fdopendir(listFd) : nullptr;
        if (!dir) {
            if (listFd >= 0)
                ::close(listFd);
            ::close(fd);
            return false;
        }
        while (dirent *entry = readdir(dir)) {
            if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0)
                continue;
            if (!syncAt(dirfd(dir), entry->d_name, depth + 1, failed)) {
                if (failed && failed->isEmpty())
                    *failed = QFile::decodeName(entry->d_name);
                ok = false;
                break;
            }
        }
        closedir(dir);
    }
    ok = ok && fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Opens the folder holding `path` for the *at() calls; `base` receives the last component.
int openParent(const QString &path, QByteArray *base)
{
    const QFileInfo info(path);
    *base = QFile::encodeName(info.fileName());
    return open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

bool renameNoReplace(const QByteArray &from, const QByteArray &to)
{
#ifdef Q_OS_LINUX
    if (renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS)
        return false;
#endif
    struct stat st;
    if (lstat(to.constData(), &st) == 0) {
        errno = EEXIST;
        return false;
    }
    return rename(from.constData(), to.constData()) == 0;
}
#endif
} // namespace

PartialOutput::~PartialOutput()
{
    discard();
}

bool PartialOutput::create(const QString &target, QString *error)
{
    discard();
    SafeOutput::removeStalePartials(target); // what killed runs left beside the same target
    const QFileInfo info(target);
    const QString prefix = info.absolutePath() + u'/' + partialPrefix(target);
#ifdef Q_OS_UNIX
    QString folder;
    for (int attempt = 0; attempt < 16 && folder.isEmpty(); ++attempt) {
        const QString candidate = prefix + randomHex() + QLatin1String(kSuffix);
        if (mkdir(QFile::encodeName(candidate).constData(), 0700) == 0)
            folder = candidate;
        else if (errno != EEXIST) {
            setError(error, tr("%1: cannot create the folder (%2)").arg(candidate, systemError()));
            return false;
        }
    }
    if (folder.isEmpty()) {
        setError(error, tr("%1: no free name for the unfinished output").arg(info.absolutePath()));
        return false;
    }
    const QByteArray marker = QFile::encodeName(folder + u'/' + QLatin1String(kMarkerName));
    const int fd = open(marker.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    const qsizetype length = qsizetype(strlen(kMarkerText));
    if (fd < 0 || write(fd, kMarkerText, size_t(length)) != length || flock(fd, LOCK_EX | LOCK_NB) != 0) {
        setError(error, tr("%1: cannot write (%2)").arg(QFile::decodeName(marker), systemError()));
        if (fd >= 0)
            ::close(fd);
        removeAt(AT_FDCWD, QFile::encodeName(folder).constData(), 0);
        return false;
    }
    m_markerFd = fd;
#else
    QString folder = prefix + randomHex() + QLatin1String(kSuffix);
    if (!QDir().mkdir(folder)) {
        setError(error, tr("%1: cannot create the folder").arg(folder));
        return false;
    }
    QFile marker(folder + u'/' + QLatin1String(kMarkerName));
    if (!marker.open(QIODevice::WriteOnly | QIODevice::NewOnly) || marker.write(kMarkerText) < 0) {
        setError(error, tr("%1: cannot write (%2)").arg(marker.fileName(), marker.errorString()));
        QDir(folder).removeRecursively();
        return false;
    }
#endif
    m_target = info.absoluteFilePath();
    m_folder = folder;
    m_content = folder + u'/' + info.fileName();
    return true;
}

bool PartialOutput::commit(Replace replace, QString *error)
{
    using SafeOutput::Kind;
    if (m_folder.isEmpty()) {
        setError(error, tr("%1: nothing was written").arg(m_target));
        return false;
    }
    const Kind made = SafeOutput::kindOf(m_content);
    if (made != Kind::File && made != Kind::Folder) {
        setError(error, tr("%1: the output was not written").arg(m_target));
        return false;
    }
    if (!SafeOutput::syncTree(m_content, error))
        return false;
    const Kind old = SafeOutput::kindOf(m_target);
    bool moved = false;
    if (old != Kind::Missing && replace == Replace::Never) {
        setError(error, tr("%1: already exists; choose another name or remove it first").arg(m_target));
        return false;
    }
#ifdef Q_OS_UNIX
    const QByteArray from = QFile::encodeName(m_content);
    const QByteArray to = QFile::encodeName(m_target);
    if (old == Kind::Missing) {
        moved = renameNoReplace(from, to);
    } else if (old == Kind::File && made == Kind::File) {
        moved = rename(from.constData(), to.constData()) == 0; // atomic: the old file until this instant
    } else if (old == Kind::Folder && made == Kind::Folder) {
        if (!replaceFolder(error))
            return false;
        moved = true;
    } else {
        setError(error,
                 tr("%1: already exists as something else than the output; not replaced").arg(m_target));
        return false;
    }
    if (!moved) {
        setError(error,
                 tr("%1: cannot move the finished output into place (%2)").arg(m_target, systemError()));
        return false;
    }
#else
    if (old == Kind::File && made == Kind::File)
        moved = QFile::remove(m_target) && QFile::rename(m_content, m_target);
    else if (old == Kind::Missing)
        moved = QDir().rename(m_content, m_target);
    else if (old == Kind::Folder && made == Kind::Folder)
        moved = replaceFolder(error);
    if (!moved) {
        setError(error, tr("%1: cannot move the finished output into place").arg(m_target));
        return false;
    }
#endif
    const bool synced = SafeOutput::syncPath(QFileInfo(m_target).absolutePath(), error);
    discard(); // the partial folder, with the old output when a folder was replaced
    return synced;
}

// The old folder leaves the target only when the new one takes its place in the same step where the
// system can (RENAME_EXCHANGE); elsewhere it is renamed aside under a name cleanup never touches, the new
// one renamed in, and only then is the old one removed.
bool PartialOutput::replaceFolder(QString *error)
{
#ifdef Q_OS_UNIX
    const QByteArray from = QFile::encodeName(m_content);
    const QByteArray to = QFile::encodeName(m_target);
#ifdef Q_OS_LINUX
    if (renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_EXCHANGE) == 0)
        return true; // the old folder is now at m_content and goes with the partial folder
    if (errno != EINVAL && errno != ENOSYS) {
        setError(error, tr("%1: cannot replace the folder (%2)").arg(m_target, systemError()));
        return false;
    }
#endif
    const QString aside = m_folder;
    const QByteArray old = QFile::encodeName(aside.chopped(int(strlen(kSuffix))) + u".sdold"_s);
    if (rename(to.constData(), old.constData()) != 0) {
        setError(error, tr("%1: cannot move the old folder aside (%2)").arg(m_target, systemError()));
        return false;
    }
    if (rename(from.constData(), to.constData()) != 0) {
        setError(error,
                 tr("%1: cannot move the finished output into place (%2)").arg(m_target, systemError()));
        rename(old.constData(), to.constData());
        return false;
    }
    SafeOutput::removeTree(QFile::decodeName(old));
    return true;
#else
    const QString old = m_folder.chopped(int(strlen(kSuffix))) + u".sdold"_s;
    if (!QDir().rename(m_target, old) || !QDir().rename(m_content, m_target)) {
        if (!QFileInfo::exists(m_target))
            QDir().rename(old, m_target);
        setError(error, tr("%1: cannot replace the folder").arg(m_target));
        return false;
    }
    QDir(old).removeRecursively();
    return true;
#endif
}

void PartialOutput::discard()
{
    if (!m_folder.isEmpty())
        SafeOutput::removeTree(m_folder); // while the marker is still locked: no cleaner races us
#ifdef Q_OS_UNIX
    if (m_markerFd >= 0)
        ::close(m_markerFd);
#endif
    m_markerFd = -1;
    m_folder.clear();
    m_content.clear();
}

SafeOutput::Kind SafeOutput::kindOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (lstat(QFile::encodeName(path).constData(), &st) != 0)
        return errno == ENOENT || errno == ENOTDIR ? Kind::Missing : Kind::Other;
    if (S_ISLNK(st.st_mode))
        return Kind::Link;
    if (S_ISDIR(st.st_mode))
        return Kind::Folder;
    return S_ISREG(st.st_mode) ? Kind::File : Kind::Other;
#else
    const QFileInfo info(path);
    if (info.isSymLink())
        return Kind::Link;
    if (!info.exists())
        return Kind::Missing;
    return info.isDir() ? Kind::Folder : (info.isFile() ? Kind::File : Kind::Other);
#endif
}

QStringList SafeOutput::partialsOf(const QString &target)
{
    const QFileInfo info(target);
    const QString prefix = partialPrefix(target);
    const QStringList names =
        QDir(info.absolutePath())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    QStringList found;
    for (const QString &name : names)
        if (name.startsWith(prefix) && name.endsWith(QLatin1String(kSuffix)))
            found.append(info.absolutePath() + u'/' + name);
    return found;
}

bool SafeOutput::isStalePartial(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const qsizetype suffix = qsizetype(strlen(kSuffix));
    if (!name.endsWith(QLatin1String(kSuffix)) || name.size() < 16 + suffix + 2 ||
        !isRandomHex(QStringView(name).sliced(name.size() - suffix - 16, 16)))
        return false;
#ifdef Q_OS_UNIX
    const int dirFd =
        open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (dirFd < 0)
        return false; // missing, a file, or a link (to a folder or dangling): not ours
    const int fd = openat(dirFd, kMarkerName, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    ::close(dirFd);
    if (fd < 0)
        return false;
    struct stat st;
    char text[sizeof(kMarkerText)] = {};
    const ssize_t length = ssize_t(strlen(kMarkerText));
    bool ours = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == length && st.st_uid == getuid() &&
                read(fd, text, size_t(length)) == length && memcmp(text, kMarkerText, size_t(length)) == 0;
    // A run still writing holds the lock; a killed run's lock went with it.
    ours = ours && flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);
    return ours;
#else
    if (kindOf(path) != Kind::Folder)
        return false;
    QFile marker(path + u'/' + QLatin1String(kMarkerName));
    return !QFileInfo(marker.fileName()).isSymLink() && marker.open(QIODevice::ReadOnly) &&
           marker.readAll() == QByteArray(kMarkerText);
#endif
}

int SafeOutput::removeStalePartials(const QString &target)
{
    int removed = 0;
    for (const QString &path : partialsOf(target))
        if (isStalePartial(path) && removeTree(path))
            ++removed;
    return removed;
}

bool SafeOutput::removeTree(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    QByteArray base;
    const int parentFd = openParent(path, &base);
    const bool ok = parentFd >= 0 && removeAt(parentFd, base.constData(), 0);
    if (!ok)
        setError(error, Text::tr("%1: cannot remove (%2)").arg(path, systemError()));
    if (parentFd >= 0)
        ::close(parentFd);
    return ok;
#else
    const Kind kind = kindOf(path);
    const bool ok = kind == Kind::Missing ||
                    (kind == Kind::Folder ? QDir(path).removeRecursively() : QFile::remove(path));
    if (!ok)
        setError(error, Text::tr("%1: cannot remove").arg(path));
    return ok;
#endif
}

bool SafeOutput::syncPath(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    const int fd = open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    const bool ok = fd >= 0 && fsync(fd) == 0;
    if (!ok)
        setError(error, Text::tr("%1: cannot write to the disk (%2)").arg(path, systemError()));
    if (fd >= 0)
        ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    Q_UNUSED(error);
    return true;
#endif
}

bool SafeOutput::syncTree(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    QByteArray base;
    const int parentFd = openParent(path, &base);
    QString failed;
    const bool ok = parentFd >= 0 && syncAt(parentFd, base.constData(), 0, &failed);
    if (!ok)
        setError(error, Text::tr("%1: cannot write to the disk (%2)")
                            .arg(failed.isEmpty() ? path : path + u" … "_s + failed, systemError()));
    if (parentFd >= 0)
        ::close(parentFd);
    return ok;
#else
    Q_UNUSED(path);
    Q_UNUSED(error);
    return true;
#endif
}
