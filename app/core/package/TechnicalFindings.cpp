#include "package/TechnicalFindings.h"

#include "profile/LocalizedText.h"
#include "profile/Profile.h"
#include "workspace/CheckResultStore.h"
#include "workspace/Workspace.h"

#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
void loadCachedLink(Workspace &workspace, const Profile &profile, ExportChecks::Item *item)
{
    QJsonObject json;
    QDateTime at;
    const CheckResultStore::Key key{item->path, 0, u""_s, profile.idAndVersion(), u"link"_s};
    if (!CheckResultStore(workspace).find(key, &json, &at))
        return;
    item->report = CheckReport::fromJson(json);
    if (!item->report.checkedAt.isValid())
        item->report.checkedAt = at;
    item->done = true;
    item->fromCache = true;
}

QString itemName(const ExportChecks::Item &item)
{
    return item.kind == "link"_L1 ? item.path : QFileInfo(item.path).fileName();
}
} // namespace

QList<ExportChecks::Item> TechnicalFindings::cachedItems(Workspace &workspace, const Profile &profile,
                                                         const Resource &resource)
{
    QList<ExportChecks::Item> items = ExportChecks::plan({resource}, profile);
    ExportChecks::loadCached(workspace, profile, &items);
    for (ExportChecks::Item &item : items)
        if (item.kind == "link"_L1 && !item.done)
            loadCachedLink(workspace, profile, &item);
    return items;
}

QList<ValidationMessage> TechnicalFindings::forResource(Workspace &workspace, const Profile &profile,
                                                        const Resource &resource)
{
    return fromItems(cachedItems(workspace, profile, resource), profile);
}

QList<ValidationMessage> TechnicalFindings::fromItems(const QList<ExportChecks::Item> &items,
                                                      const Profile &profile)
{
    QList<ValidationMessage> messages;
    for (const ExportChecks::Item &item : items) {
        if (!item.done) {
            const QString text =
                item.kind == "link"_L1
                    ? tr("%1: the link was not checked yet. Check it in the Media check panel.")
                          .arg(itemName(item))
                    : tr("%1: not checked yet against the technical standard; the check runs by itself.")
                          .arg(itemName(item));
            messages.append(
                {Severity::Info, item.resourceId, QString(), QLatin1String(NotCheckedCode), text, {}});
            continue;
        }
        for (const ExportChecks::Failure &f : ExportChecks::failures({item}))
            messages.append(failureMessage(item, f, profile));
    }
    return messages;
}

// Plain words first (which file, which rule, what to do); the measured values, codec names and the
// ffmpeg command of a fix in the detail.
ValidationMessage TechnicalFindings::failureMessage(const ExportChecks::Item &item,
                                                    const ExportChecks::Failure &f, const Profile &profile)
{
    const bool link = item.kind == "link"_L1;
    ValidationMessage m{Severity::Error, item.resourceId, QString(), QLatin1String(FailedCode), {}, {}, {}};
    QStringList detail;
    if (f.rule.isEmpty()) {
        m.text = link
                     ? tr("%1 cannot be reached. Check the course address.").arg(f.file)
                     : tr("%1 cannot be read. Replace it with a copy that plays, or export it again from the "
                          "original.")
                           .arg(f.file);
        detail.append(f.message);
    } else {
        // The sentence of earlier versions (translated), with what to do in place of the technical message.
        m.text = tr("%1: %2 does not meet the standard. %3")
                     .arg(f.file, ruleLabel(profile, item.kind, f.rule),
                          link ? tr("Check the course address and the platform's protection level and filing "
                                    "number.")
                               : tr("Choose Fix… in the Media check panel, or export the file again from the "
                                    "original."));
        detail.append(f.message);
        if (!f.actual.isEmpty() || !f.expected.isEmpty())
            detail.append(tr("(The file has %1; the standard wants %2.)").arg(f.actual, f.expected));
        if (const CheckResult *rule = item.report.find(f.rule); rule && !rule->hint.isEmpty())
            detail.append(tr("Fix: %1").arg(rule->hint));
    }
    if (!link)
        detail.append(item.path);
    detail.removeAll(QString());
    m.detail = detail.join(u'\n');
    return m;
}

QString TechnicalFindings::ruleLabel(const Profile &profile, const QString &kind, const QString &ruleId)
{
    // A file whose type could not be told (a damaged one) still has rules the media kinds share.
    for (const QString &k : kind.isEmpty() ? QStringList{u"video"_s, u"audio"_s} : QStringList{kind}) {
        const QJsonObject rule = profile.technical.value(k).toObject().value(ruleId).toObject();
        const QString named = LocalizedText::fromJson(rule.value("name"_L1)).text();
        if (!named.isEmpty())
            return named;
    }
    if (ruleId == "link"_L1)
        return tr("Course address answers");
    if (ruleId == "https"_L1)
        return tr("Encrypted connection (https)");
    if (ruleId == "protection_level"_L1)
        return tr("Protection level");
    if (ruleId == "filing_number"_L1)
        return tr("Filing number");
    return ruleId;
}

QString TechnicalFindings::ruleExplanation(const Profile &profile, const QString &kind, const QString &ruleId)
{
    const QJsonObject rule = profile.technical.value(kind).toObject().value(ruleId).toObject();
    return LocalizedText::fromJson(rule.value("explain"_L1)).text();
}

bool TechnicalFindings::isNotChecked(const ValidationMessage &message)
{
    return message.code == QLatin1String(NotCheckedCode);
}

bool TechnicalFindings::isTechnical(const ValidationMessage &message)
{
    return message.code == QLatin1String(FailedCode) || isNotChecked(message);
}
