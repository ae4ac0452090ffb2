// sd_edit_loop_helper WORKSPACE COUNT: opens the workspace and writes field values in a loop, the way the
// editor does (one committed write per edit), printing a line after each write returned:
//   stored <resourceId> <fieldId> <sequence> <value>
// TestKillDuringEdit kills it mid-way with SIGKILL and checks that everything printed is in the file.
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: sd_edit_loop_helper WORKSPACE COUNT\n");
        return 2;
    }
    Workspace workspace;
    QString error;
    Batch batch;
    if (!workspace.open(args.at(1), &error) ||
        !BatchStore(workspace).findOrCreate(u"kill-test"_s, &batch, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ResourceStore store(workspace);
    const QStringList fields{u"title"_s, u"summary"_s, u"keywords"_s};
    QList<qint64> resources;
    const int count = args.at(2).toInt();
    QTextStream out(stdout);
    for (int i = 0; i < count; ++i) {
        if (i % 10 == 0) { // a new resource now and then: rows as well as values must survive
            const qint64 id = store.create(batch.id, u"A01"_s, &error);
            if (id == 0) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            resources.append(id);
            out << "created " << id << Qt::endl;
        }
        const qint64 resourceId = resources.at(i % resources.size());
        const QString field = fields.at(i % fields.size());
        const QString value = u"值 %1 · value %1"_s.arg(i);
        if (!store.setValue(resourceId, field, value, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        out << "stored " << resourceId << ' ' << field << ' ' << i << ' ' << value << Qt::endl; // flushed
    }
    return 0;
}
