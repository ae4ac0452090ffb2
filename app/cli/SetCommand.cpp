// submitdesk-cli set WORKSPACE --resource ID [--file PATH] [FIELD=VALUE…]: the same validation as the form;
// a bad value is refused with its message and nothing is stored. --file replaces the resource's media file
// (metadata kept, the old file recorded in its history, the new one checked).

#include "CliCommand.h"
#include "CliSupport.h"

#include "common/Clock.h"
#include "media/MediaCheck.h"
#include "metadata/FieldWriter.h"
#include "workspace/CheckResultStore.h"
#include "workspace/MediaReplacement.h"
#include "workspace/ResourceStore.h"
#include "workspace/UnitStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
// Replaces the media file and checks the new one (the result is cached like the GUI's check). False when
// the file could not be replaced.
bool replaceMedia(Workspace &workspace, const Profile &profile, const Resource &resource, const QString &path,
                  QJsonObject *json)
{
    QString error;
    AttachedFile previous;
    if (MediaReplacement(workspace).replace(resource.id, path, u"replace"_s, QString(), &previous, &error) ==
        0) {
        CliSupport::err(QCoreApplication::translate("SetCommand", "set: %1").arg(error));
        return false;
    }
    const ResourceTypeSpec *type = profile.resourceType(resource.type);
    MediaCheck::Options options;
    options.kind = type ? type->media : QString();
    const CheckReport report = MediaCheck::checkFile(path, profile.technical, options);
    CheckResultStore(workspace).store(
        CheckResultStore::Key::forFile(path, profile.idAndVersion(), u"probe"_s), report.toJson(), &error);
    json->insert("file"_L1, QFileInfo(path).absoluteFilePath());
    json->insert("previous_file"_L1, previous.path);
    json->insert("check"_L1, CheckReport::verdictName(report.verdict()));
    return true;
}

class SetCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetCommand)

public:
    QString name() const override { return u"set"_s; }
    QString summary() const override
    {
        return tr("Set metadata fields of a resource, validated as in the form.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(u"WORKSPACE"_s, tr("The workspace file."));
        parser.addPositionalArgument(u"FIELD=VALUE"_s, tr("Field ids and values, e.g. title=航空发动机原理."),
                                     u"FIELD=VALUE…"_s);
        parser.addOption({u"resource"_s, tr("The resource id (as printed by `add`)."), u"ID"_s});
        parser.addOption(
            {u"file"_s, tr("Replace the resource's media file, keeping its metadata."), u"PATH"_s});
    }
    int run(const QCommandLineParser &parser) override
    {
        QStringList args = parser.positionalArguments();
        bool idOk = false;
        const qint64 resourceId = parser.value(u"resource"_s).toLongLong(&idOk);
        const bool replacing = parser.isSet(u"file"_s);
        if (args.size() < (replacing ? 1 : 2) || !idOk) {
            CliSupport::err(
                tr("set: usage: submitdesk-cli set WORKSPACE --resource ID [--file PATH] FIELD=VALUE…"));
            return ExitCouldNotRun;
        }
        Workspace workspace;
        Profile profile;
        if (!CliSupport::openWorkspaceOrReport(args.takeFirst(), false, &workspace, &profile, tr("set: %1")))
            return ExitCouldNotRun;
        QString error;
        Resource resource;
        if (!ResourceStore(workspace).load(resourceId, &resource)) {
            CliSupport::err(tr("set: there is no resource %1").arg(resourceId));
            return ExitCouldNotRun;
        }
        QJsonObject replaced;
        if (replacing && !replaceMedia(workspace, profile, resource, parser.value(u"file"_s), &replaced))
            return ExitCouldNotRun;
        if (replacing && !parser.isSet(u"json"_s))
            CliSupport::out(
                tr("media file: %1 (check: %2)")
                    .arg(replaced.value("file"_L1).toString(), replaced.value("check"_L1).toString()));
        if (replacing && args.isEmpty()) {
            if (parser.isSet(u"json"_s))
                CliSupport::outJson(QJsonDocument(QJsonObject{{"resource"_L1, resourceId},
                                                              {"stored"_L1, true},
                                                              {"media"_L1, replaced},
                                                              {"messages"_L1, QJsonArray()}}));
            return ExitClean;
        }
        ValidationContext context;
        context.today = Clock::system().today();
        context.unitName = UnitStore(workspace).primary().name;
        context.taxonomy = &profile.taxonomy;
        context.listSeparator = profile.listSeparator;

        // FieldWriter validates everything first: one bad value stores nothing.
        QList<FieldWriter::Assignment> assignments;
        for (const QString &arg : args) {
            const qsizetype eq = arg.indexOf(u'=');
            if (eq <= 0) {
                CliSupport::err(tr("set: \"%1\" is not FIELD=VALUE").arg(arg));
                return ExitCouldNotRun;
            }
            const QString fieldId = arg.left(eq).trimmed();
            if (!profile.field(fieldId)) {
                CliSupport::err(tr("set: the profile has no field \"%1\"").arg(fieldId));
                return ExitCouldNotRun;
            }
            assignments.append({fieldId, arg.mid(eq + 1)});
        }
        QList<ValidationMessage> messages;
        const bool stored =
            FieldWriter(workspace, profile).writeAll(resourceId, assignments, context, &messages, &error);
        const bool refused = std::any_of(messages.cbegin(), messages.cend(),
                                         [](const ValidationMessage &m) { return m.isError(); });
        if (!stored && !refused) {
            CliSupport::err(tr("set: %1").arg(error));
            return ExitCouldNotRun;
        }
        if (parser.isSet(u"json"_s)) {
            QJsonArray list;
            for (const auto &m : messages)
                list.append(m.toJson());
            CliSupport::outJson(QJsonDocument(QJsonObject{{"resource"_L1, resourceId},
                                                          {"stored"_L1, !refused},
                                                          {"messages"_L1, list},
                                                          {"media"_L1, replaced}}));
        } else {
            for (const auto &m : messages) {
                QString line = u"%1: %2 [%3]"_s.arg(severityName(m.severity), m.text, m.fieldId);
                if (!m.fix.isEmpty())
                    line += tr(" (suggested: %1)").arg(m.fix);
                (m.isError() ? CliSupport::err(line) : CliSupport::out(line));
            }
            if (refused)
                CliSupport::err(tr("set: nothing was stored"));
        }
        return refused ? ExitProblems : ExitClean;
    }
};
const CliCommandRegistration registration([] { return std::make_unique<SetCommand>(); });
} // namespace
