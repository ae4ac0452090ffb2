// Benchmark (issue 2): how opening a workspace and validating a batch scale from 100 to 10,000 resources.
// Peer: the same program on a 100-resource workspace, measured in the same run (best of 3 each).
// It drives the window's own classes (WorkspaceController, ResourceTableModel, ResourceFilterModel sorted
// by position as the window sorts it), so the figures are the GUI's:
//   open     = WorkspaceController::open (file + profile) + the batch looked up +
//   ResourceTableModel::setBatch
//              until the first screen of rows is in the (sorted) list: what the user waits for;
//   all rows = until every row is in the list (pages read from the event loop);
//   statuses = until every status is known and the batch report is done (background check);
//   validate = BatchValidator over the whole loaded batch (in memory), and BatchValidationJob::run
//              (own connection: read the batch + validate, what the background check costs).
// For comparison, "eager" is what the window did before: listInBatch + validating every resource first.
// Prints open(10k)/open(100) (target <= 3), validate(10k)/(validate(100) x 100) (1.0 = linear) and the
// memory (VmRSS, VmHWM) with the large batch open and checked.
// Usage: bench_workspace [LARGE=10000] [SMALL=100] [WORKDIR]   (QT_QPA_PLATFORM defaults to offscreen)

#include "BenchData.h"
#include "ResourceFilterModel.h"
#include "ResourceTableModel.h"
#include "WorkspaceController.h"
#include "metadata/BatchValidationJob.h"
#include "metadata/BatchValidator.h"
#include "metadata/ResourceValidator.h"
#include "profile/ProfileLoader.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/UnitStore.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
using namespace BenchData;

struct Figures
{
    int count = 0;
    double open = 0, allRows = 0, statuses = 0, eager = 0, validate = 0, job = 0;
    int errors = 0;
};

Figures measure(const QString &path, int count, bool reportMemory)
{
    Figures f;
    f.count = count;
    f.open = f.allRows = f.statuses = 1e300;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        WorkspaceController controller;
        ResourceTableModel model(controller);
        ResourceFilterModel sorted;
        sorted.setSourceModel(&model);
        sorted.sort(ResourceTableModel::PositionColumn, Qt::AscendingOrder);
        QString error;
        if (!controller.open(path, &error))
            die(error);
        Batch batch;
        if (!BatchStore(controller.workspace()).findByName(u"2022 第一批"_s, &batch))
            die(u"no batch in "_s + path);
        model.setBatch(batch.id);
        // The first screen: the first rows of the sorted list, with what each cell shows.
        const int screen = qMin(40, sorted.rowCount());
        if (screen == 0)
            die(u"the list is empty"_s);
        for (int row = 0; row < screen; ++row)
            for (int column = 0; column < ResourceTableModel::ColumnCount; ++column)
                (void)sorted.index(row, column).data();
        f.open = std::min(f.open, t.nsecsElapsed() / 1e6);
        waitUntil([&] { return model.allRowsLoaded(); }, "all rows");
        f.allRows = std::min(f.allRows, t.nsecsElapsed() / 1e6);
        waitUntil([&] { return model.statusesKnown() && !model.isChecking(); }, "the statuses");
        f.statuses = std::min(f.statuses, t.nsecsElapsed() / 1e6);
        if (sorted.rowCount() != count)
            die(u"expected %1 rows, the list has %2"_s.arg(count).arg(sorted.rowCount()));
        for (int row = 0; row < count; ++row)
            if (!model.index(row, 0).data(ResourceTableModel::StatusKnownRole).toBool())
                die(u"row %1 has no status"_s.arg(row));
        f.errors = model.batchReport().errorCount();
        if (reportMemory && run == 2)
            print(u"memory with %1 resources open in the model, every status known: VmRSS %2, VmHWM %3"_s
                      .arg(count)
                      .arg(procStatus("VmRSS"), procStatus("VmHWM")));
    }

    // The window before this change: every resource read whole and validated before the list shows.
    Profile profile;
    QList<Resource> resources;
    Unit unit;
    f.eager = bestOf3([&] {
        Workspace w;
        QString error;
        if (!w.open(path, &error) || !ProfileLoader::loadBuiltin(w.profileId(), &profile, &error))
            die(error);
        unit = UnitStore(w).primary(&error);
        Batch batch;
        if (!BatchStore(w).findByName(u"2022 第一批"_s, &batch))
            die(u"no batch in "_s + path);
        resources.clear();
        if (!ResourceStore(w).listInBatch(batch.id, &resources, &error))
            die(error);
        ValidationContext context;
        context.unitName = unit.name;
        const ResourceValidator validator(profile, context);
        int errors = 0;
        for (const Resource &r : resources)
            errors += validator.validate(r).errorCount();
        if (resources.size() != count)
            die(u"expected %1 resources, listed %2"_s.arg(count).arg(resources.size()));
    });
    ValidationContext context;
    context.taxonomy = &profile.taxonomy;
    const BatchValidator validator(profile, context);
    f.validate = bestOf3([&] {
        if (validator.validate(resources, unit).errorCount() != f.errors)
            die(u"BatchValidator and the model's report disagree"_s);
    });
    f.job = bestOf3([&] {
        Batch batch;
        {
            Workspace w;
            QString error;
            if (!w.open(path, &error) || !BatchStore(w).findByName(u"2022 第一批"_s, &batch))
                die(error);
        }
        BatchValidationJob job(path, batch.id, profile, context);
        ValidationReport report;
        QString error;
        qsizetype statuses = 0;
        if (!job.run([&](const QList<BatchValidationJob::Status> &chunk) { statuses += chunk.size(); },
                     &report, &error))
            die(error);
        if (statuses != count)
            die(u"the job reported %1 statuses for %2 resources"_s.arg(statuses).arg(count));
    });
    return f;
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int large = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int small = args.size() > 2 ? args.at(2).toInt() : 100;
    QTemporaryDir tmp(args.size() > 3 ? args.at(3) + u"/sd-bench-ws-XXXXXX"_s : QString());
    if (!tmp.isValid() || large <= 0 || small <= 0)
        die(u"usage: bench_workspace [LARGE] [SMALL] [WORKDIR]"_s);

    const QString cover = writeCover(tmp.path());

    print(u"SubmitDesk workspace benchmark: %1 vs %2 resources, best of 3, warm page cache, %3 cores"_s
              .arg(large)
              .arg(small)
              .arg(QThread::idealThreadCount()));
    print(u"memory at start: VmRSS %1"_s.arg(procStatus("VmRSS")));
    QElapsedTimer t;
    t.start();
    const QString largePath = buildWorkspace(tmp.path(), large, cover);
    const double buildMs = t.nsecsElapsed() / 1e6;
    const QString smallPath = buildWorkspace(tmp.path(), small, cover);
    print(u"built %1 resources (11-14 values, 2 file rows each) in one transaction: %2 ms; file %3 MiB"_s
              .arg(large)
              .arg(buildMs, 0, 'f', 0)
              .arg(QFileInfo(largePath).size() / 1048576.0, 0, 'f', 1));
    print(u"memory after building: VmRSS %1, VmHWM %2"_s.arg(procStatus("VmRSS"), procStatus("VmHWM")));

    const Figures s = measure(smallPath, small, false);
    const Figures l = measure(largePath, large, true);
    auto line = [](const Figures &f) {
        return u"  %1 resources: open until the first screen shows %2 ms; all rows %3 ms; all statuses + report "
               "%4 ms; [eager, as before: %5 ms]; validate %6 ms (%7 µs per resource, %8 errors); background "
               "job (read + validate) %9 ms"_s.arg(f.count, 6)
                   .arg(f.open, 0, 'f', 1)
                   .arg(f.allRows, 0, 'f', 1)
                   .arg(f.statuses, 0, 'f', 1)
                   .arg(f.eager, 0, 'f', 1)
                   .arg(f.validate, 0, 'f', 1)
                   .arg(f.validate * 1000.0 / f.count, 0, 'f', 1)
                   .arg(f.errors)
                   .arg(f.job, 0, 'f', 1);
    };
    print(line(s));
    print(line(l));
    const double openRatio = l.open / s.open;
    print(u"open(%1)/open(%2) = %3 (target <= 3: %4)"_s.arg(large)
              .arg(small)
              .arg(openRatio, 0, 'f', 2)
              .arg(openRatio <= 3 ? u"met"_s : u"NOT met"_s));
    print(u"statuses(%1)/statuses(%2) = %3; eager(%1)/eager(%2) = %4 (the old window, for comparison)"_s
              .arg(large)
              .arg(small)
              .arg(l.statuses / s.statuses, 0, 'f', 1)
              .arg(l.eager / s.eager, 0, 'f', 1));
    print(u"validate(%1)/(validate(%2) x %3) = %4 (1.00 = linear in the number of resources)"_s.arg(large)
              .arg(small)
              .arg(double(large) / small, 0, 'f', 0)
              .arg(l.validate / (s.validate * large / small), 0, 'f', 2));
    return 0;
}
