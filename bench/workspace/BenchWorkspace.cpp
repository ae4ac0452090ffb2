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
void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &text)
{
    std::fputs(("bench_workspace: " + text.toUtf8() + '\n').constData(), stderr);
    std::exit(2);
}

QString procStatus(const char *key)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return u"?"_s;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return QString::fromLatin1(line.mid(prefix.size()).trimmed());
    return u"?"_s;
}

// Best of three runs, in milliseconds.
double bestOf3(const std::function<void()> &run)
{
    double best = 1e300;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

const QStringList kSpeakers{u"张建华;朱新"_s, u"(藏族)班班多杰"_s, u"王晓明;李红;赵强"_s, u"陈静"_s};
const QStringList kCategories{u"科学文化-航空知识-航空发动机"_s, u"职业技能-信息技术-人工智能"_s,
                              u"科学文化-历史文化-传统文化"_s, u"职业技能-现代服务-养老服务"_s};

// A workspace of `count` complete resources in one batch: every field filled with realistic values,
// one media file (a real, empty file of its own) and the shared cover JPEG each. Rows go in inside
// one transaction with prepared statements.
QString buildWorkspace(const QString &dir, int count, const QString &cover)
{
    const QString path = QDir(dir).filePath(u"bench-%1.submitdesk"_s.arg(count));
    const QString mediaDir = QDir(dir).filePath(u"media-%1"_s.arg(count));
    QDir().mkpath(mediaDir);
    Workspace w;
    QString error;
    if (!w.open(path, &error))
        die(error);
    Unit unit;
    unit.name = u"国家开放大学"_s;
    unit.person = u"张建华"_s;
    unit.title = u"处长"_s;
    unit.phone = u"010-66096459"_s;
    unit.mobile = u"13800138000"_s;
    unit.email = u"le@ouchn.edu.cn"_s;
    if (!UnitStore(w).save(&unit, &error))
        die(error);
    Batch batch;
    batch.name = u"2022 第一批"_s;
    batch.unitId = unit.id;
    if (!BatchStore(w).create(&batch, &error))
        die(error);

    QSqlDatabase db = w.database();
    if (!db.transaction())
        die(db.lastError().text());
    QSqlQuery res(db), val(db), file(db);
    res.prepare(
        u"INSERT INTO resources(batch_id, type, position, created_at, updated_at) VALUES(?, ?, ?, ?, ?)"_s);
    val.prepare(u"INSERT INTO field_values(resource_id, field_id, value, updated_at) VALUES(?, ?, ?, ?)"_s);
    file.prepare(
        u"INSERT INTO files(resource_id, role, path, size, mtime, position) VALUES(?, ?, ?, ?, ?, 1)"_s);
    const QString now = Workspace::nowText();
    const QString catalog =
        u"<catalog><chapter title=\"第一章 概述\"><section title=\"1.1 背景\" duration=\"00:12:30\"/>"
        "<section title=\"1.2 基本原理\" duration=\"00:18:05\"/></chapter><chapter title=\"第二章 "
        "结构\"><section title=\"2.1 主要部件\" duration=\"00:21:40\"/></chapter></catalog>"_s;
    for (int i = 1; i <= count; ++i) {
        const bool link = i % 10 == 0;
        const QString type = link ? u"A03"_s : (i % 3 == 0 ? u"A02"_s : u"A01"_s);
        res.addBindValue(batch.id);
        res.addBindValue(type);
        res.addBindValue(i);
        res.addBindValue(now);
        res.addBindValue(now);
        if (!res.exec())
            die(res.lastError().text());
        const qint64 id = res.lastInsertId().toLongLong();
        QList<QPair<QString, QString>> values{
            {u"title"_s, u"航空发动机原理与维护 第%1讲"_s.arg(i)},
            {u"summary"_s,
             u"本讲系统介绍航空发动机的基本原理、主要部件与发展趋势，结合维修案例讲解第%1个知识点。"_s.arg(
                 i)},
            {u"unit"_s, unit.name},
            {u"created"_s, QDate(2021, 1, 1).addDays(i % 440).toString(Qt::ISODate)},
            {u"copyright"_s, u"国家开放大学"_s},
            {u"speakers"_s, kSpeakers.at(i % kSpeakers.size())},
            {u"clicks"_s, QString::number(36500 + i)},
            {u"learners"_s, QString::number(23500 + i / 2)},
            {u"catalog"_s, catalog},
            {u"keywords"_s, u"新媒体;人工智能;航空"_s},
            {u"category"_s, kCategories.at(i % kCategories.size())}};
        if (link)
            values += {{u"url"_s, u"https://le.ouchn.cn/course/%1"_s.arg(i)},
                       {u"protection_level"_s, u"3"_s},
                       {u"filing_number"_s, u"11010813001-%1"_s.arg(20000 + i)}};
        for (const auto &[field, value] : values) {
            val.addBindValue(id);
            val.addBindValue(field);
            val.addBindValue(value);
            val.addBindValue(now);
            if (!val.exec())
                die(val.lastError().text());
        }
        const QString media = QDir(mediaDir).filePath(
            u"lecture-%1.%2"_s.arg(i, 5, 10, QLatin1Char('0')).arg(type == "A02"_L1 ? u"mp3"_s : u"mp4"_s));
        QFile m(media);
        if (!m.open(QIODevice::WriteOnly))
            die(u"cannot write "_s + media);
        m.close();
        for (const auto &[role, p] : {QPair<QString, QString>{u"media"_s, media}, {u"cover"_s, cover}}) {
            file.addBindValue(id);
            file.addBindValue(role);
            file.addBindValue(p);
            file.addBindValue(QFileInfo(p).size());
            file.addBindValue(now);
            if (!file.exec())
                die(file.lastError().text());
        }
    }
    if (!db.commit())
        die(db.lastError().text());
    return path;
}

struct Figures
{
    int count = 0;
    double open = 0, allRows = 0, statuses = 0, eager = 0, validate = 0, job = 0;
    int errors = 0;
};

// Spins the event loop until done() holds (or 120 s passed: then the benchmark fails).
void waitUntil(const std::function<bool()> &done, const char *what)
{
    QElapsedTimer t;
    t.start();
    QTimer tick; // wakes the loop now and then even when nothing is posted
    tick.start(20);
    while (!done()) {
        if (t.elapsed() > 120000)
            die(u"timed out waiting for "_s + QLatin1StringView(what));
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}

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

    const QString cover = tmp.filePath(u"cover.jpg"_s);
    QImage image(640, 360, QImage::Format_RGB32);
    image.fill(qRgb(30, 90, 160));
    if (!image.save(cover, "JPG"))
        die(u"cannot write the cover JPEG"_s);

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
