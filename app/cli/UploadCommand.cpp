// submitdesk-cli upload WORKSPACE --batch NAME (--target NAME | --endpoint URL) [--user U] [--token-stdin]
// [--jobs N] [--limit-rate KIB_PER_S] [--json]: send the batch's package to a tus 1.0 server. Run again after
// any interruption, it resumes from what the server acknowledged. Exit 0 only when every file is
// acknowledged complete, 1 when some file failed, 2 when it could not start.

#include "CliCommand.h"
#include "CliSupport.h"
#include "UploadProgressLine.h"

#include "package/Sha256.h"
#include "upload/BatchPackage.h"
#include "upload/UploadTargets.h"
#include "workspace/BatchStore.h"

#include <QFileInfo>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
class UploadCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(UploadCommand)

public:
    QString name() const override { return u"upload"_s; }
    QString summary() const override
    {
        return tr("Upload a batch's package to a tus server; resumes where it stopped.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(u"WORKSPACE"_s, tr("The workspace file."));
        parser.addOption({u"batch"_s, tr("The batch to upload."), u"NAME"_s});
        parser.addOption({u"target"_s, tr("An upload target from the settings."), u"NAME"_s});
        parser.addOption({u"endpoint"_s, tr("The tus endpoint URL (instead of a target)."), u"URL"_s});
        parser.addOption({u"user"_s, tr("The user name."), u"U"_s});
        parser.addOption({u"token-stdin"_s, tr("Read the token from the first line of standard input.")});
        parser.addOption({u"jobs"_s, tr("Files sent at once (default 2)."), u"N"_s, u"2"_s});
        parser.addOption({u"limit-rate"_s, tr("Bandwidth limit for all files, KiB/s."), u"KIB_PER_S"_s});
        parser.addOption(
            {u"ca-file"_s, tr("Also trust the certificate authority in this PEM file."), u"FILE"_s});
        parser.addOption({u"allow-http"_s, tr("Allow plain http to another computer (unprotected).")});
        parser.addOption({u"chunk-size"_s, tr("Fixed chunk size in KiB (default: adapts)."), u"KIB"_s});
        parser.addOption({u"stall-timeout"_s, tr("Seconds without progress before a request is retried."),
                          u"S"_s, u"30"_s});
        parser.addOption({u"retries"_s, tr("Retries per trouble (default 10)."), u"N"_s, u"10"_s});
        parser.addOption(
            {u"offline-limit"_s, tr("Seconds to wait for the network before giving up."), u"S"_s, u"600"_s});
        parser.addOption({u"quiet"_s, tr("No progress on stderr.")});
        parser.addOption({u"prepare-only"_s, tr("Make (or check) the package the upload would send and list "
                                                "its files; send nothing.")});
        parser.addOption(
            {u"file"_s,
             tr("Upload this file as it is instead of the batch's package (repeatable; for "
                "scripts and benchmarks). The batch is created when missing and keeps the state."),
             u"PATH"_s});
    }
    int run(const QCommandLineParser &parser) override;

private:
    static bool account(const QCommandLineParser &parser, TusAccount *out, QString *error);
    static TransferTuning tuning(const QCommandLineParser &parser);
    static bool plainFiles(Workspace &workspace, const QCommandLineParser &parser,
                           BatchPackage::Prepared *out, QString *error);
    static QJsonObject report(const UploadQueue &queue, const BatchPackage::Prepared &prepared,
                              double seconds);
    static int listPrepared(const BatchPackage::Prepared &prepared, bool json);
};

int UploadCommand::listPrepared(const BatchPackage::Prepared &prepared, bool json)
{
    QJsonArray files;
    for (const QueueEntry &e : prepared.entries)
        files.append(QJsonObject{{u"path"_s, e.record.bagPath},
                                 {u"size"_s, double(e.record.size)},
                                 {u"sha256"_s, e.record.sha256}});
    if (json) {
        CliSupport::outJson(QJsonDocument(QJsonObject{{u"batch"_s, prepared.batchName},
                                                      {u"package"_s, prepared.bagPath},
                                                      {u"reused_export"_s, prepared.reused},
                                                      {u"verify_in_stream"_s, prepared.verifyInStream},
                                                      {u"files"_s, files}}));
    } else {
        CliSupport::out(tr("%1: the package in %2 is ready to send (%n file(s)).", nullptr, int(files.size()))
                            .arg(prepared.batchName, prepared.bagPath));
    }
    return ExitClean;
}

bool UploadCommand::account(const QCommandLineParser &parser, TusAccount *out, QString *error)
{
    if (parser.isSet(u"target"_s) == parser.isSet(u"endpoint"_s)) {
        *error = tr("give either --target NAME or --endpoint URL");
        return false;
    }
    if (parser.isSet(u"target"_s)) {
        UploadTarget target;
        if (!UploadTargets::find(UploadTargets::load(), parser.value(u"target"_s), &target)) {
            *error = tr("no upload target named \"%1\" in the settings").arg(parser.value(u"target"_s));
            return false;
        }
        *out = target.account();
        if (!parser.isSet(u"token-stdin"_s)) {
            TokenVault vault;
            QString why;
            if (!vault.readBlocking(target.name, &out->token, &why))
                CliSupport::err(tr("upload: no token from the keychain (%1); trying without").arg(why));
        }
    } else {
        out->endpoint = QUrl(parser.value(u"endpoint"_s));
        out->user = parser.value(u"user"_s);
        out->caFile = parser.value(u"ca-file"_s);
        out->allowPlainHttp = parser.isSet(u"allow-http"_s);
    }
    if (parser.isSet(u"user"_s))
        out->user = parser.value(u"user"_s);
    if (parser.isSet(u"token-stdin"_s)) {
        QTextStream in(stdin);
        out->token = in.readLine().trimmed();
    }
    if (const UploadError bad = out->checkEndpoint(); bad.isError()) {
        *error = bad.text;
        return false;
    }
    return true;
}

TransferTuning UploadCommand::tuning(const QCommandLineParser &parser)
{
    TransferTuning t;
    if (parser.isSet(u"chunk-size"_s))
        t.fixedChunk = std::max<qint64>(1, parser.value(u"chunk-size"_s).toLongLong()) * 1024;
    t.stallSeconds = std::max(1, parser.value(u"stall-timeout"_s).toInt());
    t.maxRetries = std::max(0, parser.value(u"retries"_s).toInt());
    return t;
}

bool UploadCommand::plainFiles(Workspace &workspace, const QCommandLineParser &parser,
                               BatchPackage::Prepared *out, QString *error)
{
    Batch batch;
    if (!BatchStore(workspace).findOrCreate(parser.value(u"batch"_s), &batch, error))
        return false;
    out->batchId = batch.id;
    out->batchName = batch.name;
    for (const QString &path : parser.values(u"file"_s)) {
        const QFileInfo info(path);
        QueueEntry e;
        e.record.batchId = batch.id;
        e.record.bagPath = info.fileName();
        e.record.localPath = info.absoluteFilePath();
        e.record.size = info.size();
        e.record.mtime = info.lastModified().toUTC();
        e.record.position = int(out->entries.size());
        if (!info.isFile() || !Sha256::hashFile(path, &e.record.sha256, error)) {
            if (error->isEmpty())
                *error = tr("%1 is not a file").arg(path);
            return false;
        }
        e.metadata = BatchPackage::metadataFor(batch.name, e.record.bagPath, e.record.sha256);
        out->entries.append(e);
    }
    return true;
}

QJsonObject UploadCommand::report(const UploadQueue &queue, const BatchPackage::Prepared &prepared,
                                  double seconds)
{
    QJsonArray files;
    bool complete = queue.count() > 0;
    qint64 bytes = 0, sent = 0;
    for (int i = 0; i < queue.count(); ++i) {
        const QueueEntry &e = queue.entry(i);
        complete = complete && e.record.state == "done"_L1;
        bytes += e.record.size;
        sent += e.bytesSent;
        QJsonObject f{{u"path"_s, e.record.bagPath},      {u"url"_s, e.record.url.toString()},
                      {u"size"_s, double(e.record.size)}, {u"sha256"_s, e.record.sha256},
                      {u"state"_s, e.record.state},       {u"bytes_sent"_s, double(e.bytesSent)}};
        if (e.error.isError())
            f.insert(u"error"_s, QJsonObject{{u"kind"_s, UploadError::kindName(e.error.kind)},
                                             {u"status"_s, e.error.httpStatus},
                                             {u"text"_s, e.error.text},
                                             {u"detail"_s, e.error.detail}});
        files.append(f);
    }
    return {{u"complete"_s, complete},
            {u"batch"_s, prepared.batchName},
            {u"package"_s, prepared.bagPath},
            {u"reused_export"_s, prepared.reused},
            {u"verify_in_stream"_s, prepared.verifyInStream},
            {u"bytes"_s, double(bytes)},
            {u"bytes_sent"_s, double(sent)},
            {u"upload_seconds"_s, seconds},
            {u"files"_s, files}};
}

int UploadCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const bool json = parser.isSet(u"json"_s);
    if (args.size() != 1 || !parser.isSet(u"batch"_s)) {
        CliSupport::err(tr("upload: give WORKSPACE and --batch NAME"));
        return ExitCouldNotRun;
    }
    const bool prepareOnly = parser.isSet(u"prepare-only"_s);
    TusAccount target;
    QString error;
    if (!prepareOnly && !account(parser, &target, &error)) {
        CliSupport::err(tr("upload: %1").arg(error));
        return ExitCouldNotRun;
    }
    Workspace workspace;
    Profile profile;
    if (!CliSupport::openWorkspaceOrReport(args.first(), false, &workspace, &profile, tr("upload: %1")))
        return ExitCouldNotRun;
    BatchPackage::Prepared prepared;
    const bool plain = parser.isSet(u"file"_s);
    if (plain ? !plainFiles(workspace, parser, &prepared, &error)
              : !BatchPackage::prepare(workspace, profile, parser.value(u"batch"_s), &prepared, &error)) {
        CliSupport::err(tr("upload: %1").arg(error));
        return ExitCouldNotRun;
    }
    if (prepareOnly)
        return listPrepared(prepared, json);
    UploadQueue queue(workspace);
    queue.setConcurrency(parser.value(u"jobs"_s).toInt());
    queue.setRateLimit(parser.value(u"limit-rate"_s).toLongLong() * 1024);
    queue.setTuning(tuning(parser));
    queue.setOfflineLimit(parser.value(u"offline-limit"_s).toInt());
    if (!queue.addBatch(target, prepared.entries,
                        plain ? UploadQueue::Finaliser() : BatchPackage::finaliser(prepared), &error)) {
        CliSupport::err(tr("upload: %1").arg(error));
        return ExitCouldNotRun;
    }
    UploadProgressLine line(&queue, !(parser.isSet(u"quiet"_s) || json));
    QObject::connect(&queue, &UploadQueue::storeFailed, &queue,
                     [](const QString &e) { CliSupport::err(tr("upload: %1").arg(e)); });
    QEventLoop loop;
    QObject::connect(&queue, &UploadQueue::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    queue.start();
    if (!queue.isFinished())
        loop.exec();
    line.finish();
    const QJsonObject result = report(queue, prepared, double(clock.elapsed()) / 1000.0);
    if (json)
        CliSupport::outJson(QJsonDocument(result));
    else
        line.summarise();
    return result.value(u"complete"_s).toBool() ? ExitClean : ExitProblems;
}

const CliCommandRegistration registration(std::make_unique<UploadCommand>);
} // namespace
