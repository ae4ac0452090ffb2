#include "package/ExportChecks.h"

#include "media/LinkCheck.h"
#include "media/LinkPolicy.h"
#include "media/MediaCheck.h"
#include "media/ReportWording.h"
#include "profile/Profile.h"
#include "workspace/CheckResultStore.h"
#include "workspace/Workspace.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

QJsonObject ExportChecks::Failure::toJson() const
{
    return QJsonObject{{u"resource"_s, double(resourceId)},
                       {u"title"_s, resourceTitle},
                       {u"file"_s, file},
                       {u"rule"_s, rule},
                       {u"label"_s, label.isEmpty() ? rule : label},
                       {u"status"_s, status},
                       {u"expected"_s, expected},
                       {u"actual"_s, actual},
                       {u"message"_s, message}};
}

QString ExportChecks::Failure::text() const
{
    QString line = resourceTitle + u": "_s + file + u": "_s;
    if (!rule.isEmpty())
        line += (label.isEmpty() ? rule : label) + u": "_s;
    line += message;
    if (!actual.isEmpty() || !expected.isEmpty())
        line += tr(" (has %1; expected %2)").arg(actual, expected);
    return line;
}

QList<ExportChecks::Item> ExportChecks::plan(const QList<Resource> &resources, const Profile &profile)
{
    QList<Item> items;
    for (const Resource &r : resources) {
        const ResourceTypeSpec *type = profile.resourceType(r.type);
        if (!type)
            continue;
        Item base;
        base.resourceId = r.id;
        const QString title = profile.valueWithRole(FieldRole::Title, r.type, r.values);
        base.resourceTitle = title.isEmpty() ? tr("resource %1").arg(r.id) : title;
        base.resourceType = r.type;
        base.kind = type->media;
        if (type->media == "link"_L1) {
            const QString url = profile.valueWithRole(FieldRole::CourseUrl, r.type, r.values).trimmed();
            if (url.isEmpty())
                continue; // the metadata check reports the missing link
            base.path = url;
            base.protectionLevel = profile.valueWithRole(FieldRole::ProtectionLevel, r.type, r.values);
            base.filingNumber = profile.valueWithRole(FieldRole::FilingNumber, r.type, r.values);
            items.append(base);
            continue;
        }
        for (const AttachedFile &f : r.filesWithRole(u"media"_s)) {
            Item item = base;
            item.path = QFileInfo(f.path).absoluteFilePath();
            items.append(item);
        }
    }
    return items;
}

void ExportChecks::loadCached(Workspace &workspace, const Profile &profile, QList<Item> *items)
{
    if (!workspace.isOpen())
        return;
    CheckResultStore store(workspace);
    for (Item &item : *items) {
        if (item.kind == "link"_L1 || item.done)
            continue; // links are fetched anew at every export
        for (const QString &k : {u"deep"_s, u"probe"_s}) {
            QJsonObject json;
            QDateTime at;
            if (!store.find(CheckResultStore::Key::forFile(item.path, profile.idAndVersion(), k), &json, &at))
                continue;
            CheckReport report = CheckReport::fromJson(json);
            if (report.type != item.kind)
                continue;
            if (!report.checkedAt.isValid())
                report.checkedAt = at;
            item.report = ReportWording::reworded(report, profile); // in today's language
            item.done = true;
            item.fromCache = true;
            break;
        }
    }
}

bool ExportChecks::run(QList<Item> *items, const Profile &profile, const std::atomic_bool *cancel,
                       const ProgressFn &progress)
{
    const int total = int(items->size());
    int done = 0;
    const QJsonObject linkSection = profile.technical.value("link"_L1).toObject();
    for (Item &item : *items) {
        if (cancel && cancel->load())
            return false;
        if (progress)
            progress(done, total, item.kind == "link"_L1 ? item.path : QFileInfo(item.path).fileName());
        if (!item.done) {
            if (item.kind == "link"_L1) {
                LinkCheck::Options linkOptions;
                linkOptions.cancel = cancel;
                QString unusable;
                if (LinkCheck::optionsFrom(linkSection, &linkOptions, &unusable)) {
                    const LinkCheck::Result result = LinkCheck::checkBlocking(QUrl(item.path), linkOptions);
                    if (result.cancelled)
                        return false;
                    item.report =
                        LinkPolicy::evaluate(result, item.protectionLevel, item.filingNumber, linkSection);
                } else {
                    item.report = CheckReport::unreadable(item.path, u"link"_s, unusable);
                }
                if (!item.report.checkedAt.isValid())
                    item.report.checkedAt = QDateTime::currentDateTimeUtc();
            } else {
                MediaCheck::Options options;
                options.kind = item.kind;
                options.cancel = cancel;
                item.report = MediaCheck::checkFile(item.path, profile.technical, options);
                if (cancel && cancel->load())
                    return false;
            }
            item.done = true;
        }
        ++done;
    }
    if (progress)
        progress(done, total, QString());
    return true;
}

bool ExportChecks::storeNew(Workspace &workspace, const Profile &profile, const QList<Item> &items,
                            QString *error)
{
    if (!workspace.isOpen())
        return true; // closed meanwhile: nowhere to cache, nothing lost
    CheckResultStore store(workspace);
    QString first;
    for (const Item &item : items) {
        if (!item.done || item.fromCache)
            continue;
        QString why;
        bool stored = true;
        if (item.kind == "link"_L1) {
            stored = store.store({item.path, 0, u""_s, profile.idAndVersion(), u"link"_s},
                                 item.report.toJson(), &why);
        } else if (item.report.verdict() != CheckReport::Verdict::Error) {
            stored = store.store(CheckResultStore::Key::forFile(item.path, profile.idAndVersion(),
                                                                item.report.deep ? u"deep"_s : u"probe"_s),
                                 item.report.toJson(), &why);
        }
        if (!stored && first.isEmpty())
            first = why;
    }
    if (first.isEmpty())
        return true;
    if (error)
        *error = first;
    return false;
}

QList<ExportChecks::Failure> ExportChecks::failures(const QList<Item> &items)
{
    QList<Failure> out;
    for (const Item &item : items) {
        if (!item.done)
            continue;
        const CheckReport::Verdict verdict = item.report.verdict();
        if (verdict == CheckReport::Verdict::Pass)
            continue;
        Failure base;
        base.resourceId = item.resourceId;
        base.resourceTitle = item.resourceTitle;
        base.file = item.kind == "link"_L1 ? item.path : QFileInfo(item.path).fileName();
        if (!item.report.error.isEmpty()) {
            Failure f = base;
            f.status = u"error"_s;
            f.message = item.report.error;
            out.append(f);
            continue;
        }
        for (const CheckResult &c : item.report.checks) {
            if (c.status != CheckResult::Status::Fail && c.status != CheckResult::Status::Error)
                continue;
            Failure f = base;
            f.rule = c.id;
            f.status = CheckResult::statusName(c.status);
            f.expected = c.expected;
            f.actual = c.actual;
            f.message = c.message;
            out.append(f);
        }
    }
    return out;
}

QJsonArray ExportChecks::toJson(const QList<Failure> &failures)
{
    QJsonArray a;
    for (const Failure &f : failures)
        a.append(f.toJson());
    return a;
}

QJsonObject ExportChecks::summary(const CheckReport &report)
{
    QJsonArray checks;
    for (const CheckResult &c : report.checks)
        checks.append(QJsonObject{{u"id"_s, c.id},
                                  {u"status"_s, CheckResult::statusName(c.status)},
                                  {u"expected"_s, c.expected},
                                  {u"actual"_s, c.actual},
                                  {u"message"_s, c.message}});
    QJsonObject o{{u"verdict"_s, CheckReport::verdictName(report.verdict())},
                  {u"type"_s, report.type},
                  {u"checked_at"_s, report.checkedAt.toUTC().toString(Qt::ISODate)},
                  {u"deep"_s, report.deep},
                  {u"checks"_s, checks}};
    if (!report.error.isEmpty())
        o.insert(u"error"_s, report.error);
    return o;
}

const ExportChecks::Item *ExportChecks::find(const QList<Item> &items, qint64 resourceId, const QString &path)
{
    for (const Item &item : items)
        if (item.resourceId == resourceId && item.done &&
            (item.kind == "link"_L1 ? item.path == path : item.path == QFileInfo(path).absoluteFilePath()))
            return &item;
    return nullptr;
}
