#include "package/BatchRejudge.h"

#include "media/CheckReport.h"
#include "media/MediaFacts.h"
#include "media/MediaPolicy.h"
#include "metadata/ResourceValidator.h"
#include "workspace/CheckResultStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/Workspace.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
// The measured facts of the file's last check under `profile` (deep first), or an empty object.
QJsonObject cachedFacts(Workspace &workspace, const QString &path, const Profile &profile)
{
    CheckResultStore store(workspace);
    for (const QString &kind : {u"deep"_s, u"probe"_s}) {
        QJsonObject json;
        if (store.find(CheckResultStore::Key::forFile(path, profile.idAndVersion(), kind), &json))
            return CheckReport::fromJson(json).facts;
    }
    return {};
}

QString titleOf(const Resource &r)
{
    const QString title = r.value(u"title"_s).trimmed();
    return title.isEmpty() ? BatchRejudge::tr("resource %1").arg(r.id) : title;
}
} // namespace

QJsonObject BatchRejudge::Item::toJson() const
{
    return {{"resource"_L1, resourceId},
            {"title"_L1, title},
            {"before"_L1, passedBefore ? u"pass"_s : u"fail"_s},
            {"after"_L1, passesAfter ? u"pass"_s : u"fail"_s},
            {"why"_L1, QJsonArray::fromStringList(why)}};
}

QJsonObject BatchRejudge::Result::toJson() const
{
    QJsonArray changeList;
    for (const ProfileDiff::Change &c : changes)
        changeList.append(c.toJson());
    QJsonArray items;
    for (const Item &i : changed)
        items.append(i.toJson());
    return {{"from"_L1, from},           {"to"_L1, to},         {"changes"_L1, changeList},
            {"resources"_L1, resources}, {"changed"_L1, items}, {"media_not_checked"_L1, mediaNotChecked}};
}

void BatchRejudge::judgeMedia(Workspace &workspace, const Resource &resource, const Profile &profile,
                              const Profile &factsFrom, Verdict *verdict, int *notChecked)
{
    const ResourceTypeSpec *type = profile.resourceType(resource.type);
    if (!type || (type->media != "video"_L1 && type->media != "audio"_L1))
        return;
    for (const AttachedFile &file : resource.filesWithRole(u"media"_s)) {
        QJsonObject facts = cachedFacts(workspace, file.path, factsFrom);
        if (facts.isEmpty())
            facts = cachedFacts(workspace, file.path, profile);
        if (facts.isEmpty()) {
            ++*notChecked;
            continue;
        }
        const CheckReport report =
            MediaPolicy::evaluate(MediaFacts::fromJson(facts), profile.technical, type->media);
        for (const CheckResult &c : report.checks) {
            if (c.status != CheckResult::Status::Fail && c.status != CheckResult::Status::Error)
                continue;
            verdict->pass = false;
            verdict->problems.append(tr("%1: %2: %3 (expected %4)")
                                         .arg(QFileInfo(file.path).fileName(),
                                              c.name.isEmpty() ? c.id : c.name, c.message, c.expected));
        }
    }
}

BatchRejudge::Verdict BatchRejudge::judge(Workspace &workspace, const Resource &resource,
                                          const Profile &profile, const Profile &factsFrom,
                                          const ValidationContext &context, int *notChecked)
{
    Verdict verdict;
    ValidationContext own = context;
    own.taxonomy = &profile.taxonomy;
    own.listSeparator = profile.listSeparator;
    const ValidationReport report = ResourceValidator(profile, own).validate(resource);
    for (const ValidationMessage &m : report.messages()) {
        if (!m.isError())
            continue;
        verdict.pass = false;
        const FieldSpec *field = profile.field(m.fieldId);
        verdict.problems.append(field ? u"%1: %2"_s.arg(field->label.text(), m.text) : m.text);
    }
    judgeMedia(workspace, resource, profile, factsFrom, &verdict, notChecked);
    return verdict;
}

bool BatchRejudge::run(Workspace &workspace, const Batch &batch, const Profile &from, const Profile &to,
                       const ValidationContext &context, Result *out, QString *error)
{
    QList<Resource> resources;
    if (!ResourceStore(workspace).listInBatch(batch.id, &resources, error))
        return false;
    Result result;
    result.from = from.idAndVersion();
    result.to = to.idAndVersion();
    result.changes = ProfileDiff::compare(from, to);
    result.resources = int(resources.size());
    int ignored = 0;
    for (const Resource &r : std::as_const(resources)) {
        const Verdict before = judge(workspace, r, from, from, context, &ignored);
        const Verdict after = judge(workspace, r, to, from, context, &result.mediaNotChecked);
        if (before.pass == after.pass)
            continue;
        Item item;
        item.resourceId = r.id;
        item.title = titleOf(r);
        item.passedBefore = before.pass;
        item.passesAfter = after.pass;
        for (const QString &p : after.problems)
            if (!before.problems.contains(p))
                item.why.append(p);
        result.changed.append(item);
    }
    *out = result;
    return true;
}
