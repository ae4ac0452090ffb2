#include "DeleteResourcesCommand.h"

#include "workspace/ResourceRestorer.h"
#include "workspace/ResourceStore.h"
#include "workspace/Workspace.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
QString titleOf(const Resource &r)
{
    const QString title = r.value(u"title"_s).trimmed();
    return title.isEmpty() ? DeleteResourcesCommand::tr("resource %1").arg(r.id) : title;
}
} // namespace

DeleteResourcesCommand::DeleteResourcesCommand(Workspace &workspace, const QList<Resource> &snapshots,
                                               FailureHandler onFailure, QUndoCommand *parent)
    : QUndoCommand(parent), m_workspace(workspace), m_snapshots(snapshots), m_onFailure(std::move(onFailure))
{
    setText(snapshots.size() == 1 ? tr("Delete “%1”").arg(titleOf(snapshots.first()))
                                  : tr("Delete %n resource(s)", nullptr, int(snapshots.size())));
}

QString DeleteResourcesCommand::describe(const QList<Resource> &resources, int shown)
{
    QStringList titles;
    for (const Resource &r : resources.mid(0, shown))
        titles.append(tr("“%1”").arg(titleOf(r)));
    if (resources.size() > shown)
        titles.append(tr("%n more", nullptr, int(resources.size() - shown)));
    return QLocale().createSeparatedList(titles);
}

void DeleteResourcesCommand::redo()
{
    QStringList errors;
    QSet<qint64> batches;
    {
        const QSignalBlocker blocker(&m_workspace); // one reload at the end
        ResourceStore store(m_workspace);
        for (const Resource &r : std::as_const(m_snapshots)) {
            QString error;
            if (!store.remove(r.id, &error))
                errors.append(error);
            batches.insert(r.batchId);
        }
    }
    for (qint64 batchId : std::as_const(batches))
        m_workspace.notifyResourcesChanged(batchId);
    if (!errors.isEmpty())
        fail(tr("Not everything was deleted: %1").arg(errors.join(u"; "_s)));
}

void DeleteResourcesCommand::undo()
{
    QString error;
    if (!ResourceRestorer::restore(m_workspace, m_snapshots, &error))
        fail(tr("The deleted resources were not put back: %1").arg(error));
}

void DeleteResourcesCommand::fail(const QString &message) const
{
    if (m_onFailure)
        m_onFailure(message);
}

bool DeleteResourcesCommand::confirm(QWidget *parent, const QList<Resource> &resources)
{
    QMessageBox box(QMessageBox::Question, tr("Delete Resource"),
                    tr("Delete %1 from the batch?").arg(describe(resources)),
                    QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setObjectName(u"deleteResourcesQuestion"_s);
    box.setInformativeText(tr("Their media files stay on disk. You can undo this with Edit ▸ Undo."));
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    return box.exec() == QMessageBox::Yes;
}
