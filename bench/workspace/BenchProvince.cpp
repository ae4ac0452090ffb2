// Benchmark (issue 17, point 4): a province-sized workspace, 100,000 resources in 500 batches of 200,
// against the same program on a workspace of 100 resources (open) or of the one batch alone (export),
// measured in the same run. It drives the window's own classes (WorkspaceController, ResourceTableModel,
// ResourceFilterModel), offscreen, so the figures are the GUI's:
//   open      = WorkspaceController::open + the first batch shown until its first screen of rows (40 rows,
//               every column) is in the sorted list; target <= 3x the 100-resource workspace;
//   actions   = in the large workspace: another batch shown, a page scrolled (40 rows read), sorted by
//               title and by status, filtered by a word and by status; target <= 50 ms each (worst of 3);
//   validate  = `submitdesk-cli validate --no-media` of the whole workspace (batches on one thread per core);
//               target <= 5 s for all 100,000; beside it, the window's background check (BatchValidationJob)
//               of every batch in turn;
//   memory    = VmRSS and VmHWM at the end; target <= 400 MB;
//   export    = `submitdesk-cli export --draft` of one 200-resource batch from the large workspace vs from a
//               workspace holding only that batch; target: no slower.
// Usage: bench_province [BATCHES=500] [PER_BATCH=200] [WORKDIR] (CLI: SUBMITDESK_CLI or ../../app/cli/);
// SD_BENCH_KEEP=1 keeps the workspaces it built.

#include "BenchData.h"
#include "ResourceFilterModel.h"
#include "ResourceTableModel.h"
#include "WorkspaceController.h"
#include "metadata/BatchValidationJob.h"
#include "profile/ProfileLoader.h"
#include "workspace/BatchStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace BenchData;

namespace {

constexpr int kScreenRows = 40;

// Reads what the first screen of the sorted list shows: kScreenRows rows from `first`, every column.
void readScreen(const QSortFilterProxyModel &list, int first)
{
    const int last = std::min(list.rowCount(), first + kScreenRows);
    for (int row = first; row < last; ++row)
        for (int column = 0; column < ResourceTableModel::ColumnCount; ++column)
            (void)list.index(row, column).data();
}

qint64 batchId(WorkspaceController &controller, int index)
{
    Batch batch;
    if (!BatchStore(controller.workspace()).findByName(batchName(index), &batch))
        die(u"no batch %1"_s.arg(batchName(index)));
    return batch.id;
}

// The window's list over one workspace: controller, model and the sorted, filtered view.
struct Window
{
    WorkspaceController controller;
    ResourceTableModel model{controller};
    ResourceFilterModel list;

    explicit Window(const QString &path)
    {
        list.setSourceModel(&model);
        list.sort(ResourceTableModel::PositionColumn, Qt::AscendingOrder);
        QString error;
        if (!controller.open(path, &error))
            die(error);
    }
    void show(int batchIndex)
    {
        model.setBatch(batchId(controller, batchIndex));
        if (list.rowCount() == 0)
            die(u"the list of batch %1 is empty"_s.arg(batchIndex));
        readScreen(list, 0);
    }
    void settle()
    {
        waitUntil([this] { return model.statusesKnown() && !model.isChecking(); }, "the statuses");
    }
};

double openFirstScreen(const QString &path)
{
    return bestOf3([&] {
        Window window(path);
        window.show(0);
    });
}

// The worst of three runs of an action, in milliseconds (the action's own setup excluded).
double worstOf3(const std::function<void()> &prepare, const std::function<void()> &action)
{
    double worst = 0;
    for (int i = 0; i < 3; ++i) {
        prepare();
        QElapsedTimer t;
        t.start();
        action();
        worst = std::max(worst, t.nsecsElapsed() / 1e6);
    }
    return worst;
}

void measureActions(const QString &path, int batches)
{
    Window window(path);
    window.show(0);
    window.settle();
    int next = 1;
    const auto none = [] {};
    const auto unsorted = [&] { window.list.sort(ResourceTableModel::PositionColumn, Qt::AscendingOrder); };
    const auto unfiltered = [&] {
        window.list.setSearchText(QString());
        window.list.setStatusFilter(ResourceFilterModel::AllResources);
    };
    const QList<std::pair<QString, double>> figures{
        {u"show another batch"_s, worstOf3(none, [&] { window.show(next++ % batches); })},
        {u"scroll one page"_s,
         worstOf3([&] { window.settle(); }, [&] { readScreen(window.list, kScreenRows * (next++ % 4)); })},
        {u"sort by title"_s, worstOf3(unsorted,
                                      [&] {
                                          window.list.sort(ResourceTableModel::TitleColumn,
                                                           Qt::DescendingOrder);
                                          readScreen(window.list, 0);
                                      })},
        {u"sort by status"_s, worstOf3(unsorted,
                                       [&] {
                                           window.list.sort(ResourceTableModel::StatusColumn,
                                                            Qt::AscendingOrder);
                                           readScreen(window.list, 0);
                                       })},
        {u"filter by a word"_s, worstOf3(unfiltered,
                                         [&] {
                                             window.list.setSearchText(u"第1"_s);
                                             readScreen(window.list, 0);
                                         })},
        {u"filter by status"_s, worstOf3(unfiltered, [&] {
             window.list.setStatusFilter(ResourceFilterModel::Complete);
             readScreen(window.list, 0);
         })}};
    for (const auto &[what, ms] : figures)
        print(u"  %1: %2 ms (worst of 3; target <= 50 ms: %3)"_s.arg(what, -20)
                  .arg(ms, 0, 'f', 1)
                  .arg(ms <= 50 ? u"met"_s : u"NOT met"_s));
}

void measureValidation(const QString &path, int batches)
{
    Profile profile;
    QList<qint64> ids;
    {
        WorkspaceController controller;
        QString error;
        if (!controller.open(path, &error) ||
            !ProfileLoader::loadBuiltin(controller.workspace().profileId(), &profile, &error))
            die(error);
        for (int b = 0; b < batches; ++b)
            ids.append(batchId(controller, b));
    }
    ValidationContext context;
    context.taxonomy = &profile.taxonomy;
    qsizetype statuses = 0;
    QElapsedTimer t;
    t.start();
    for (qint64 id : std::as_const(ids)) {
        BatchValidationJob job(path, id, profile, context);
        ValidationReport report;
        QString error;
        if (!job.run([&](const QList<BatchValidationJob::Status> &chunk) { statuses += chunk.size(); },
                     &report, &error))
            die(error);
    }
    const double seconds = t.nsecsElapsed() / 1e9;
    print(u"  the window's background check of every batch in turn (%1 resources, one thread): %2 s"_s
              .arg(statuses)
              .arg(seconds, 0, 'f', 2));
}

QString cliPath()
{
    const QString fromEnv = qEnvironmentVariable("SUBMITDESK_CLI");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"../../app/cli/submitdesk-cli"_s);
}

// `submitdesk-cli validate --no-media` of the whole workspace: what "validate everything" costs a user.
double validateAllSeconds(const QString &workspace)
{
    double best = 1e300;
    for (int i = 0; i < 2; ++i) {
        QElapsedTimer t;
        t.start();
        QProcess cli;
        cli.start(cliPath(), {u"validate"_s, u"--no-media"_s, workspace});
        if (!cli.waitForFinished(600000) || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() == 2)
            die(u"validate did not finish: "_s + QString::fromUtf8(cli.readAllStandardError()));
        best = std::min(best, t.nsecsElapsed() / 1e9);
    }
    return best;
}

double exportSeconds(const QString &workspace, const QString &out)
{
    double best = 1e300;
    for (int i = 0; i < 3; ++i) {
        QDir(out).removeRecursively();
        QElapsedTimer t;
        t.start();
        QProcess cli;
        cli.start(cliPath(), {u"export"_s, workspace, u"--batch"_s, batchName(0), u"-o"_s, out, u"--draft"_s,
                              u"--quiet"_s});
        if (!cli.waitForFinished(600000) || cli.exitStatus() != QProcess::NormalExit)
            die(u"export did not finish: "_s + cli.errorString());
        if (!QFileInfo(out).isDir())
            die(u"export wrote nothing: "_s + QString::fromUtf8(cli.readAllStandardError()));
        best = std::min(best, t.nsecsElapsed() / 1e9);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int batches = args.size() > 1 ? args.at(1).toInt() : 500;
    const int perBatch = args.size() > 2 ? args.at(2).toInt() : 200;
    QTemporaryDir tmp(args.size() > 3 ? args.at(3) + u"/sd-bench-province-XXXXXX"_s : QString());
    if (!tmp.isValid() || batches <= 1 || perBatch <= 0)
        die(u"usage: bench_province [BATCHES>1] [PER_BATCH] [WORKDIR]"_s);
    if (qEnvironmentVariableIsSet("SD_BENCH_KEEP")) { // to look at the workspaces afterwards
        tmp.setAutoRemove(false);
        print(u"keeping %1"_s.arg(tmp.path()));
    }
    const QString cover = writeCover(tmp.path());

    print(
        u"SubmitDesk province benchmark: %1 batches of %2 resources, %3 cores, warm page cache"_s.arg(batches)
            .arg(perBatch)
            .arg(QThread::idealThreadCount()));
    QElapsedTimer t;
    t.start();
    const QString large = buildWorkspace(tmp.path(), batches, perBatch, cover);
    print(u"built %1 resources in %2 s; file %3 MiB"_s.arg(batches * perBatch)
              .arg(t.nsecsElapsed() / 1e9, 0, 'f', 1)
              .arg(QFileInfo(large).size() / 1048576.0, 0, 'f', 1));
    const QString small = buildWorkspace(tmp.path(), 1, 100, cover);
    const QString single = buildWorkspace(tmp.path(), 1, perBatch, cover);

    const double openSmall = openFirstScreen(small);
    const double openLarge = openFirstScreen(large);
    print(
        u"  open until the first screen: %1 ms with %2 resources, %3 ms with 100: ratio %4 (target <= 3: %5)"_s
            .arg(openLarge, 0, 'f', 1)
            .arg(batches * perBatch)
            .arg(openSmall, 0, 'f', 1)
            .arg(openLarge / openSmall, 0, 'f', 2)
            .arg(openLarge / openSmall <= 3 ? u"met"_s : u"NOT met"_s));
    measureActions(large, batches);
    measureValidation(large, batches);
    const double validateAll = validateAllSeconds(large);
    print(u"  submitdesk-cli validate --no-media, every batch: %1 s (target <= 5 s: %2)"_s
              .arg(validateAll, 0, 'f', 2)
              .arg(validateAll <= 5 ? u"met"_s : u"NOT met"_s));
    const double exportLarge = exportSeconds(large, tmp.filePath(u"out-large"_s));
    const double exportSingle = exportSeconds(single, tmp.filePath(u"out-single"_s));
    print(
        u"  export one %1-resource batch: %2 s from the large workspace, %3 s alone: ratio %4 (target <= 1.0 "
        "within noise: %5)"_s.arg(perBatch)
            .arg(exportLarge, 0, 'f', 3)
            .arg(exportSingle, 0, 'f', 3)
            .arg(exportLarge / exportSingle, 0, 'f', 2)
            .arg(exportLarge <= exportSingle * 1.1 ? u"met"_s : u"NOT met"_s));
    const double rssMb = procStatus("VmRSS").split(u' ').first().toDouble() / 1024.0;
    print(u"  memory at the end: VmRSS %1, VmHWM %2 (target <= 400 MB: %3)"_s
              .arg(procStatus("VmRSS"), procStatus("VmHWM"))
              .arg(rssMb <= 400 ? u"met"_s : u"NOT met"_s));
    return 0;
}
