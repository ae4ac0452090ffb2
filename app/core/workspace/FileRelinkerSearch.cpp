// FileRelinker::search: walks the folder for files of the missing files' names and sizes, then decides for
// each missing file whether one candidate is certainly it. No database here: it runs on a worker thread.

#include "workspace/FileRelinker.h"

#include <QDateTime>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
struct Candidate
{
    QString path;
    qint64 size = 0;
    QDateTime mtime;
    QString sha256;
    bool hashed = false;
};

QString candidateKey(const QString &name, qint64 size)
{
    return name + u'\n' + QString::number(size);
}

class Search
{
    Q_DECLARE_TR_FUNCTIONS(FileRelinker)
public:
    Search(const FileRelinker::Limits &limits, const std::atomic_bool *cancel,
           const FileRelinker::Progress &progress, FileRelinker::Plan *plan)
        : m_limits(limits), m_cancel(cancel), m_progress(progress), m_plan(*plan)
    {
        m_timer.start();
    }
    void walk(const QList<FileRelinker::Missing> &missing);
    void decide(const FileRelinker::Missing &m);

private:
    bool stopped();
    // The candidate's SHA-256, read once; empty when it cannot be read or the hash budget is spent.
    QString hashOf(Candidate &c);
    void link(const FileRelinker::Missing &m, Candidate &c, const QString &how);
    void notFound(const FileRelinker::Missing &m, const QString &why);
    void decideAmong(const FileRelinker::Missing &m, QList<Candidate> &candidates);

    const FileRelinker::Limits &m_limits;
    const std::atomic_bool *m_cancel;
    const FileRelinker::Progress &m_progress;
    FileRelinker::Plan &m_plan;
    QElapsedTimer m_timer;
    qint64 m_hashedBytes = 0;
    QHash<QString, QList<Candidate>> m_candidates; // name + size -> files found
};

bool Search::stopped()
{
    if (m_plan.cancelled || !m_plan.stoppedEarly.isEmpty())
        return true;
    if (m_cancel && m_cancel->load())
        m_plan.cancelled = true;
    else if (m_plan.scanned >= m_limits.maxFiles)
        m_plan.stoppedEarly = tr("more than %n files in the folder", nullptr, m_limits.maxFiles);
    else if (m_timer.elapsed() > m_limits.maxMilliseconds)
        m_plan.stoppedEarly =
            tr("the search took longer than %n minute(s)", nullptr, int(m_limits.maxMilliseconds / 60000));
    return m_plan.cancelled || !m_plan.stoppedEarly.isEmpty();
}

void Search::walk(const QList<FileRelinker::Missing> &missing)
{
    QHash<QString, QSet<qint64>> wanted; // file name -> sizes
    for (const FileRelinker::Missing &m : missing)
        wanted[QFileInfo(m.path).fileName()].insert(m.size);
    // Without FollowSymlinks the iterator does not enter linked folders; linked files are skipped below.
    QDirIterator it(m_plan.folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext() && !stopped()) {
        it.next();
        ++m_plan.scanned;
        const QFileInfo info = it.fileInfo();
        if (m_progress && m_plan.scanned % 200 == 0)
            m_progress(m_plan.scanned, 0, int(missing.size()));
        if (info.isSymLink() || !info.isFile())
            continue;
        const auto sizes = wanted.constFind(info.fileName());
        if (sizes == wanted.cend() || !sizes->contains(info.size()))
            continue;
        m_candidates[candidateKey(info.fileName(), info.size())].append(
            {info.absoluteFilePath(), info.size(), info.lastModified(), QString(), false});
    }
}

QString Search::hashOf(Candidate &c)
{
    const bool cancelled = m_cancel && m_cancel->load();
    if (!c.hashed && !cancelled && m_hashedBytes + c.size <= m_limits.maxHashBytes) {
        c.hashed = true;
        m_hashedBytes += c.size;
        c.sha256 = FileRelinker::sha256Of(c.path, m_cancel);
    }
    return c.sha256;
}

void Search::link(const FileRelinker::Missing &m, Candidate &c, const QString &how)
{
    // The content hash is recorded when it was needed to decide; a lone candidate is not read.
    m_plan.relinked.append({m, c.path, c.size, c.mtime.toUTC().toString(Qt::ISODateWithMs), c.sha256, how});
}

void Search::notFound(const FileRelinker::Missing &m, const QString &why)
{
    m_plan.stillMissing.append({m, why});
}

void Search::decide(const FileRelinker::Missing &m)
{
    const QString name = QFileInfo(m.path).fileName();
    QList<Candidate> &candidates = m_candidates[candidateKey(name, m.size)];
    if (m_cancel && m_cancel->load())
        m_plan.cancelled = true;
    if (m_plan.cancelled) {
        notFound(m, tr("the search was cancelled"));
    } else if (candidates.isEmpty()) {
        notFound(m, !m_plan.stoppedEarly.isEmpty()
                        ? tr("not found in the part of the folder searched")
                        : tr("no file named \"%1\" of this size in the folder").arg(name));
    } else if (!m.sha256.isEmpty()) {
        for (Candidate &c : candidates)
            if (hashOf(c) == m.sha256)
                return link(m, c, tr("same name, size and content"));
        notFound(m, tr("the files named \"%1\" in the folder have other content").arg(name));
    } else if (candidates.size() == 1) {
        link(m, candidates.first(), tr("same name and size"));
    } else {
        decideAmong(m, candidates);
    }
    if (m_progress)
        m_progress(m_plan.scanned, int(m_plan.relinked.size()), int(m_plan.stillMissing.size()));
}

void Search::decideAmong(const FileRelinker::Missing &m, QList<Candidate> &candidates)
{
    // Several files of the name and size: copies of one file are as good as each other; of different
    // files, the one last changed when the file was attached is the file; else the user chooses.
    QSet<QString> contents;
    for (Candidate &c : candidates)
        contents.insert(hashOf(c));
    if (contents.size() == 1 && !contents.begin()->isEmpty())
        return link(m, candidates.first(),
                    tr("same name, size and content (%n copies)", nullptr, int(candidates.size())));
    const qint64 recorded = QDateTime::fromString(m.mtime, Qt::ISODateWithMs).toSecsSinceEpoch();
    Candidate *sameTime = nullptr;
    int sameTimeCount = 0;
    for (Candidate &c : candidates)
        if (c.mtime.toSecsSinceEpoch() == recorded && !c.sha256.isEmpty()) {
            sameTime = &c;
            ++sameTimeCount;
        }
    if (sameTimeCount == 1)
        return link(m, *sameTime, tr("same name, size and modification time"));
    notFound(m, tr("%n different files named \"%1\" of this size: replace the file yourself", nullptr,
                   int(candidates.size()))
                    .arg(QFileInfo(m.path).fileName()));
}
} // namespace

FileRelinker::Plan FileRelinker::search(const QList<Missing> &missing, const QString &folder,
                                        const Limits &limits, const std::atomic_bool *cancel,
                                        const Progress &progress)
{
    Plan plan;
    plan.folder = QFileInfo(folder).absoluteFilePath();
    if (!QFileInfo(plan.folder).isDir()) {
        for (const Missing &m : missing)
            plan.stillMissing.append({m, tr("%1 is not a folder").arg(folder)});
        return plan;
    }
    Search search(limits, cancel, progress, &plan);
    search.walk(missing);
    for (const Missing &m : missing)
        search.decide(m);
    return plan;
}
