#include "BenchData.h"

#include "workspace/BatchStore.h"
#include "workspace/UnitStore.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace BenchData {

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

namespace {
const QStringList kSpeakers{u"张建华;朱新"_s, u"(藏族)班班多杰"_s, u"王晓明;李红;赵强"_s, u"陈静"_s};
const QStringList kCategories{u"科学文化-航空知识-航空发动机"_s, u"职业技能-信息技术-人工智能"_s,
                              u"科学文化-历史文化-传统文化"_s, u"职业技能-现代服务-养老服务"_s};

} // namespace

QString writeCover(const QString &dir)
{
    const QString cover = QDir(dir).filePath(u"cover.jpg"_s);
    QImage image(640, 360, QImage::Format_RGB32);
    image.fill(qRgb(30, 90, 160));
    if (!image.save(cover, "JPG"))
        die(u"cannot write the cover JPEG"_s);
    return cover;
}

QString batchName(int index)
{
    return index == 0 ? u"2022 第一批"_s : u"2022 第%1批"_s.arg(index + 1);
}

QString buildWorkspace(const QString &dir, int count, const QString &cover)
{
    return buildWorkspace(dir, 1, count, cover);
}

QString buildWorkspace(const QString &dir, int batches, int perBatch, const QString &cover)
{
    const int count = batches * perBatch;
    const QString path = QDir(dir).filePath(u"bench-%1x%2.submitdesk"_s.arg(batches).arg(perBatch));
    const QString mediaDir = QDir(dir).filePath(u"media-%1x%2"_s.arg(batches).arg(perBatch));
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
    QList<qint64> batchIds;
    for (int b = 0; b < batches; ++b) {
        Batch batch;
        batch.name = batchName(b);
        batch.unitId = unit.id;
        if (!BatchStore(w).create(&batch, &error))
            die(error);
        batchIds.append(batch.id);
    }

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
        res.addBindValue(batchIds.at((i - 1) / perBatch));
        res.addBindValue(type);
        res.addBindValue((i - 1) % perBatch + 1);
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
            u"lecture-%1.%2"_s.arg(i, 6, 10, QLatin1Char('0')).arg(type == "A02"_L1 ? u"mp3"_s : u"mp4"_s));
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

} // namespace BenchData
