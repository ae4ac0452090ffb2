#include "metadata/DraftCreator.h"

#include "workspace/ResourceStore.h"
#include "workspace/SavePoint.h"
#include "workspace/Workspace.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
bool isLink(const QString &source)
{
    return source.startsWith("http://"_L1, Qt::CaseInsensitive) ||
           source.startsWith("https://"_L1, Qt::CaseInsensitive);
}
} // namespace

QStringList DraftCreator::expand(const QStringList &sources) const
{
    QStringList out;
    for (const QString &source : sources) {
        const QFileInfo info(source);
        if (!isLink(source) && info.isDir()) {
            QStringList found;
            QDirIterator it(info.absoluteFilePath(), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (!m_profile.guessTypeForFile(path).isEmpty())
                    found.append(path);
            }
            found.sort();
            out.append(found);
        } else {
            out.append(source);
        }
    }
    return out;
}

// Stores the value in the field with this role for the outcome's type; nothing when the type has none.
bool DraftCreator::setRoleValue(Outcome &o, FieldRole role, const QString &value)
{
    const QString fieldId = m_profile.fieldIdWithRole(role, o.type);
    return fieldId.isEmpty() || ResourceStore(m_workspace).setValue(o.resourceId, fieldId, value, &o.error);
}

DraftCreator::Outcome DraftCreator::createOne(qint64 batchId, const QString &source)
{
    Outcome o;
    o.source = source;
    ResourceStore store(m_workspace);
    if (isLink(source)) {
        o.type = m_profile.linkTypeCode();
        if (o.type.isEmpty()) {
            o.error = tr("the profile has no resource type for links");
            return o;
        }
        const QUrl url(source.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            o.error = tr("%1 is not a complete web address").arg(source);
            return o;
        }
        if (m_existing.contains(url.toString())) {
            o.error = tr("%1 is already in this batch").arg(source);
            return o;
        }
        o.resourceId = store.create(batchId, o.type, &o.error);
        if (o.resourceId != 0 && (!setRoleValue(o, FieldRole::CourseUrl, url.toString()) ||
                                  !setRoleValue(o, FieldRole::Title, url.host()))) {
            store.remove(o.resourceId, nullptr);
            o.resourceId = 0;
        }
        if (o.resourceId != 0)
            m_existing.insert(url.toString());
        return o;
    }
    const QFileInfo info(source);
    if (!info.isFile()) {
        o.error = tr("%1 is not a file, a folder or an http(s) link").arg(source);
        return o;
    }
    if (m_existing.contains(info.absoluteFilePath())) {
        o.error = tr("%1 is already in this batch").arg(source);
        return o;
    }
    o.type = m_profile.guessTypeForFile(source);
    if (o.type.isEmpty()) {
        o.error = tr("%1: cannot tell the resource type from the ending \".%2\"").arg(source, info.suffix());
        return o;
    }
    o.resourceId = store.create(batchId, o.type, &o.error);
    if (o.resourceId == 0)
        return o;
    if (store.addFile(o.resourceId, u"media"_s, info.absoluteFilePath(), &o.error) == 0 ||
        !setRoleValue(o, FieldRole::Title, info.completeBaseName())) {
        store.remove(o.resourceId, nullptr);
        o.resourceId = 0;
    }
    if (o.resourceId != 0)
        m_existing.insert(info.absoluteFilePath());
    return o;
}

QList<DraftCreator::Outcome> DraftCreator::create(qint64 batchId, const QStringList &sources)
{
    QList<Outcome> out;
    // What the batch holds already: the same file or link is not added twice.
    // Read and written in one IMMEDIATE transaction: no other writer slips in between.
    SavePoint savePoint(m_workspace.database());
    m_existing.clear();
    QList<Resource> resources;
    QString readError;
    if (!savePoint.isActive() || !ResourceStore(m_workspace).listInBatch(batchId, &resources, &readError)) {
        const QString why = savePoint.isActive() ? readError : savePoint.errorString();
        for (const QString &source : sources)
            out.append({source, 0, QString(), tr("could not be stored: %1").arg(why)});
        return out;
    }
    for (const Resource &r : std::as_const(resources)) {
        for (const AttachedFile &f : r.filesWithRole(u"media"_s))
            m_existing.insert(f.path);
        const QString url = m_profile.valueWithRole(FieldRole::CourseUrl, r.type, r.values);
        if (!url.isEmpty())
            m_existing.insert(url);
    }
    {
        const QSignalBlocker blocker(&m_workspace);
        for (const QString &source : expand(sources))
            out.append(createOne(batchId, source));
    }
    QString error;
    if (!savePoint.release(&error)) {
        for (Outcome &o : out) {
            if (o.resourceId != 0) {
                o.resourceId = 0;
                o.error = tr("could not be stored: %1").arg(error);
            }
        }
    }
    m_workspace.notifyResourcesChanged(batchId);
    return out;
}
