// submitdesk-cli add WORKSPACE --batch NAME FILE|FOLDER|URL…: one draft resource per media file or link.

#include "CliCommand.h"
#include "CliSupport.h"

#include "metadata/DraftCreator.h"
#include "workspace/BatchStore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
class AddCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddCommand)

public:
    QString name() const override { return u"add"_s; }
    QString summary() const override
    {
        return tr("Add draft resources to a batch: one per media file (folders are walked) or link.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(u"WORKSPACE"_s, tr("The workspace file."));
        parser.addPositionalArgument(u"SOURCE"_s, tr("Media files, folders or http(s) links."), u"SOURCE…"_s);
        parser.addOption({u"batch"_s, tr("The batch to add to (created when missing)."), u"NAME"_s});
    }
    int run(const QCommandLineParser &parser) override
    {
        QStringList args = parser.positionalArguments();
        if (args.size() < 2 || !parser.isSet(u"batch"_s)) {
            CliSupport::err(tr("add: usage: submitdesk-cli add WORKSPACE --batch NAME SOURCE…"));
            return ExitCouldNotRun;
        }
        Workspace workspace;
        Profile profile;
        if (!CliSupport::openWorkspaceOrReport(args.takeFirst(), false, &workspace, &profile, tr("add: %1")))
            return ExitCouldNotRun;
        QString error;
        DraftCreator creator(workspace, profile);
        if (creator.expand(args).isEmpty()) {
            CliSupport::err(tr("add: no media files or links found in %1").arg(args.join(u", "_s)));
            return ExitProblems;
        }
        Batch batch;
        if (!BatchStore(workspace).findOrCreate(parser.value(u"batch"_s), &batch, &error)) {
            CliSupport::err(tr("add: %1").arg(error));
            return ExitCouldNotRun;
        }
        const QList<DraftCreator::Outcome> outcomes = creator.create(batch.id, args);
        QJsonArray json;
        bool anyFailed = false;
        for (const auto &o : outcomes) {
            anyFailed |= o.resourceId == 0;
            if (parser.isSet(u"json"_s)) {
                QJsonObject item{{"source"_L1, o.source}, {"type"_L1, o.type}};
                if (o.resourceId != 0)
                    item.insert("id"_L1, o.resourceId);
                else
                    item.insert("error"_L1, o.error);
                json.append(item);
            } else if (o.resourceId != 0) {
                CliSupport::out(u"%1\t%2\t%3"_s.arg(o.resourceId).arg(o.type, o.source));
            } else {
                CliSupport::err(tr("add: not added: %1").arg(o.error));
            }
        }
        if (parser.isSet(u"json"_s))
            CliSupport::outJson(QJsonDocument(QJsonObject{{"batch"_L1, batch.name}, {"resources"_L1, json}}));
        if (outcomes.isEmpty()) {
            CliSupport::err(tr("add: no media files found"));
            return ExitProblems;
        }
        return anyFailed ? ExitProblems : ExitClean;
    }
};
const CliCommandRegistration registration([] { return std::make_unique<AddCommand>(); });
} // namespace
