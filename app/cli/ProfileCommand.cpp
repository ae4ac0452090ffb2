// submitdesk-cli profile list | show ID[@VERSION] | import FILE | diff A B [--workspace W --batch NAME
// [--apply]]: the campaign profiles this SubmitDesk knows (built in and imported into the user's profile
// library).

#include "CliCommand.h"
#include "CliSupport.h"

#include "common/Clock.h"
#include "package/BatchRejudge.h"
#include "profile/CampaignStatus.h"
#include "profile/ProfileDiff.h"
#include "workspace/BatchStore.h"
#include "workspace/UnitStore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
QString sourceName(ProfileRegistry::Source source)
{
    return source == ProfileRegistry::Source::BuiltIn ? u"built-in"_s : u"installed"_s;
}

class ProfileCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    QString name() const override { return u"profile"_s; }
    QString summary() const override
    {
        return tr("List, show, import and compare campaign profiles; re-judge a batch under another one.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(u"ACTION"_s, tr("list, show ID[@VERSION], import FILE, or diff A B."));
        parser.addPositionalArgument(u"ARGS"_s, tr("The profile(s) or file the action needs."), u"[ARGS…]"_s);
        parser.addOption({u"workspace"_s, tr("diff: the workspace holding the batch to re-judge."), u"W"_s});
        parser.addOption({u"batch"_s, tr("diff: re-judge this batch from A under B."), u"NAME"_s});
        parser.addOption({u"apply"_s, tr("diff --batch: from now on the batch is judged by B.")});
    }
    int run(const QCommandLineParser &parser) override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        const QStringList rest = args.mid(1);
        m_json = parser.isSet(u"json"_s);
        if (action == "list"_L1 && rest.isEmpty())
            return list();
        if (action == "show"_L1 && rest.size() == 1)
            return show(rest.first());
        if (action == "import"_L1 && rest.size() == 1)
            return importFile(rest.first());
        if (action == "diff"_L1 && rest.size() == 2)
            return diff(rest.at(0), rest.at(1), parser);
        CliSupport::err(tr("profile: give list, show ID[@VERSION], import FILE or diff A B"));
        return ExitCouldNotRun;
    }

private:
    int list() const
    {
        const QList<ProfileRegistry::Entry> entries = CliSupport::profileRegistry().list();
        QJsonArray json;
        int invalid = 0;
        for (const ProfileRegistry::Entry &e : entries) {
            invalid += e.valid ? 0 : 1;
            if (m_json) {
                QJsonObject o{{"id"_L1, e.id},       {"version"_L1, e.version},
                              {"title"_L1, e.title}, {"source"_L1, sourceName(e.source)},
                              {"path"_L1, e.path},   {"valid"_L1, e.valid}};
                if (!e.valid)
                    o.insert("error"_L1, e.error);
                json.append(o);
            } else if (e.valid) {
                CliSupport::out(u"%1  %2  (%3)"_s.arg(e.spec(), -28).arg(e.title, sourceName(e.source)));
            } else {
                CliSupport::out(tr("INVALID  %1: %2").arg(e.path, e.error));
            }
        }
        if (m_json)
            CliSupport::outJson(QJsonDocument(QJsonObject{{"profiles"_L1, json}}));
        return invalid > 0 ? ExitProblems : ExitClean;
    }

    static QJsonObject deadlinesJson(const Profile &p, const QDate &today)
    {
        QJsonArray list;
        for (const Profile::Deadline &d : p.deadlines)
            list.append(QJsonObject{
                {"id"_L1, d.id}, {"date"_L1, d.date.toString(Qt::ISODate)}, {"label"_L1, d.label.text()}});
        return {{"campaign"_L1, CampaignStatus::campaignName(p)},
                {"closed"_L1, CampaignStatus::isClosed(p, today)},
                {"status"_L1, CampaignStatus::summary(p, today)},
                {"hint"_L1, CampaignStatus::closedHint(p, today)},
                {"deadlines"_L1, list}};
    }

    static QStringList ruleLines(const Profile &p)
    {
        QStringList lines;
        for (const FieldSpec &f : p.fields) {
            const QString required = f.requiredFor.isEmpty()
                                         ? tr("optional")
                                         : tr("required for %1").arg(f.requiredFor.join(u", "_s));
            lines.append(u"  %1 (%2, %3, %4) %5"_s.arg(
                f.label.text(), f.id, fieldKindName(f.kind), required,
                QString::fromUtf8(QJsonDocument(f.rule).toJson(QJsonDocument::Compact))));
        }
        for (auto kind = p.technical.constBegin(); kind != p.technical.constEnd(); ++kind) {
            const QJsonObject section = kind.value().toObject();
            for (const QJsonValue &rule : section.value("rules"_L1).toArray()) {
                QJsonObject o = section.value(rule.toString()).toObject();
                const QString name = LocalizedText::fromJson(o.value("name"_L1)).text();
                o.remove(u"name"_s);
                o.remove(u"explain"_s);
                lines.append(u"  %1 · %2: %3"_s.arg(
                    kind.key(), name.isEmpty() ? rule.toString() : name,
                    QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))));
            }
        }
        return lines;
    }

    int show(const QString &spec) const
    {
        Profile p;
        QString error;
        if (!CliSupport::profileRegistry().loadSpec(spec, &p, &error)) {
            CliSupport::err(tr("profile show: %1").arg(error));
            return ExitCouldNotRun;
        }
        const QDate today = Clock::system().today();
        if (m_json) {
            QJsonObject o{{"id"_L1, p.id},
                          {"version"_L1, p.version},
                          {"title"_L1, p.title.text()},
                          {"issuer"_L1, p.issuer.text()},
                          {"mailbox"_L1, p.mailbox},
                          {"technical"_L1, p.technical}};
            o.insert("campaign"_L1, deadlinesJson(p, today));
            QJsonArray fields;
            for (const FieldSpec &f : p.fields)
                fields.append(QJsonObject{{"id"_L1, f.id},
                                          {"label"_L1, f.label.text()},
                                          {"kind"_L1, fieldKindName(f.kind)},
                                          {"required"_L1, QJsonArray::fromStringList(f.requiredFor)},
                                          {"rule"_L1, f.rule}});
            o.insert("fields"_L1, fields);
            CliSupport::outJson(QJsonDocument(o));
            return ExitClean;
        }
        CliSupport::out(u"%1 %2 — %3"_s.arg(p.id, p.version, p.title.text()));
        CliSupport::out(CampaignStatus::summary(p, today));
        if (const QString hint = CampaignStatus::closedHint(p, today); !hint.isEmpty())
            CliSupport::out(hint);
        CliSupport::out(tr("Deadlines:"));
        for (const Profile::Deadline &d : p.deadlines)
            CliSupport::out(
                u"  %1  %2"_s.arg(d.date.toString(Qt::ISODate), d.label.isEmpty() ? d.id : d.label.text()));
        CliSupport::out(tr("Rules:"));
        for (const QString &line : ruleLines(p))
            CliSupport::out(line);
        return ExitClean;
    }

    int importFile(const QString &file) const
    {
        ProfileRegistry::ImportResult result;
        QString error;
        if (!CliSupport::profileRegistry().importFile(file, &result, &error)) {
            if (m_json)
                CliSupport::outJson(QJsonDocument(QJsonObject{{"imported"_L1, false}, {"error"_L1, error}}));
            CliSupport::err(tr("profile import: %1").arg(error));
            return ExitProblems;
        }
        if (m_json)
            CliSupport::outJson(QJsonDocument(QJsonObject{{"imported"_L1, true},
                                                          {"already_installed"_L1, result.alreadyInstalled},
                                                          {"id"_L1, result.entry.id},
                                                          {"version"_L1, result.entry.version},
                                                          {"path"_L1, result.entry.path}}));
        else if (result.alreadyInstalled)
            CliSupport::out(
                tr("Profile %1 is already installed (%2).").arg(result.entry.spec(), result.entry.path));
        else
            CliSupport::out(tr("Imported profile %1 into %2.").arg(result.entry.spec(), result.entry.path));
        return ExitClean;
    }

    int diff(const QString &a, const QString &b, const QCommandLineParser &parser) const
    {
        Profile from;
        Profile to;
        QString error;
        const ProfileRegistry registry = CliSupport::profileRegistry();
        if (!registry.loadSpec(a, &from, &error) || !registry.loadSpec(b, &to, &error)) {
            CliSupport::err(tr("profile diff: %1").arg(error));
            return ExitCouldNotRun;
        }
        if (!parser.isSet(u"batch"_s)) {
            const QList<ProfileDiff::Change> changes = ProfileDiff::compare(from, to);
            if (m_json) {
                QJsonArray list;
                for (const ProfileDiff::Change &c : changes)
                    list.append(c.toJson());
                CliSupport::outJson(QJsonDocument(QJsonObject{
                    {"from"_L1, from.idAndVersion()}, {"to"_L1, to.idAndVersion()}, {"changes"_L1, list}}));
            } else {
                for (const ProfileDiff::Change &c : changes)
                    CliSupport::out(c.text);
            }
            return ExitClean;
        }
        return rejudge(from, to, parser);
    }

    int rejudge(const Profile &from, const Profile &to, const QCommandLineParser &parser) const
    {
        Workspace workspace;
        Profile workspaceProfile;
        if (!CliSupport::openWorkspaceOrReport(parser.value(u"workspace"_s), false, &workspace,
                                               &workspaceProfile, tr("profile diff: %1")))
            return ExitCouldNotRun;
        Batch batch;
        QString error;
        if (!BatchStore(workspace).findByName(parser.value(u"batch"_s), &batch, &error)) {
            CliSupport::err(error.isEmpty()
                                ? tr("profile diff: there is no batch \"%1\"").arg(parser.value(u"batch"_s))
                                : tr("profile diff: %1").arg(error));
            return ExitCouldNotRun;
        }
        ValidationContext context;
        context.today = Clock::system().today();
        context.unitName = UnitStore(workspace).primary(&error).name;
        BatchRejudge::Result result;
        if (!BatchRejudge::run(workspace, batch, from, to, context, &result, &error)) {
            CliSupport::err(tr("profile diff: %1").arg(error));
            return ExitCouldNotRun;
        }
        const bool apply = parser.isSet(u"apply"_s);
        if (apply && !BatchStore(workspace).setProfile(batch.id, to.id, to.version, &error)) {
            CliSupport::err(tr("profile diff: %1").arg(error));
            return ExitCouldNotRun;
        }
        printRejudge(batch, result, apply);
        for (const BatchRejudge::Item &item : std::as_const(result.changed))
            if (item.passedBefore && !item.passesAfter)
                return ExitProblems;
        return ExitClean;
    }

    void printRejudge(const Batch &batch, const BatchRejudge::Result &result, bool applied) const
    {
        if (m_json) {
            QJsonObject o = result.toJson();
            o.insert("batch"_L1, batch.name);
            o.insert("applied"_L1, applied);
            CliSupport::outJson(QJsonDocument(o));
            return;
        }
        CliSupport::out(tr("Batch \"%1\" under %2 instead of %3:").arg(batch.name, result.to, result.from));
        for (const ProfileDiff::Change &c : result.changes)
            CliSupport::out(u"  "_s + c.text);
        if (result.changed.isEmpty())
            CliSupport::out(
                tr("No resource changes its verdict (%n resource(s)).", nullptr, result.resources));
        for (const BatchRejudge::Item &item : result.changed) {
            CliSupport::out(item.passesAfter ? tr("  now passes: %1").arg(item.title)
                                             : tr("  now FAILS: %1").arg(item.title));
            for (const QString &why : item.why)
                CliSupport::out(u"      "_s + why);
        }
        if (result.mediaNotChecked > 0)
            CliSupport::out(tr("%n media file(s) were never checked and are not part of this comparison.",
                               nullptr, result.mediaNotChecked));
        if (applied)
            CliSupport::out(tr("The batch is now judged by %1.").arg(result.to));
    }

    bool m_json = false;
};
const CliCommandRegistration registration([] { return std::make_unique<ProfileCommand>(); });
} // namespace
