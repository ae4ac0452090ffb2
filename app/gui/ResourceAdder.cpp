#include "ResourceAdder.h"

#include "FileDialogs.h"

#include "BatchSelector.h"
#include "WorkspaceController.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QUrl>

using namespace Qt::StringLiterals;

ResourceAdder::ResourceAdder(QMainWindow *window, WorkspaceController &workspace, BatchSelector *batches)
    : m_window(window), m_workspace(workspace), m_batches(batches)
{
}

QList<DraftCreator::Outcome> ResourceAdder::add(const QStringList &sources)
{
    QList<DraftCreator::Outcome> outcomes;
    if (!m_workspace.isOpen() || sources.isEmpty())
        return outcomes;
    QString error;
    if (m_batches->currentBatchId() == 0 && !m_batches->createBatch(tr("Batch %1").arg(1), &error)) {
        QMessageBox::warning(m_window, tr("Add resources"), tr("No batch to add to: %1").arg(error));
        return outcomes;
    }
    DraftCreator creator(m_workspace.workspace(), m_workspace.profile());
    outcomes = creator.create(m_batches->currentBatchId(), sources);
    int added = 0;
    for (const DraftCreator::Outcome &o : std::as_const(outcomes))
        added += o.resourceId != 0 ? 1 : 0;
    m_window->statusBar()->showMessage(tr("Added %n draft resource(s).", nullptr, added), 5000);
    reportSkipped(outcomes);
    return outcomes;
}

void ResourceAdder::reportSkipped(const QList<DraftCreator::Outcome> &outcomes) const
{
    QStringList skipped;
    for (const DraftCreator::Outcome &o : outcomes)
        if (o.resourceId == 0)
            skipped.append(o.error.isEmpty() ? o.source : o.error);
    if (skipped.isEmpty() && !outcomes.isEmpty())
        return;
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Add resources"),
                        outcomes.isEmpty() ? tr("No media file was found in what was added.")
                                           : tr("%n item(s) were not added:", nullptr, int(skipped.size())),
                        QMessageBox::Ok, m_window);
    box->setObjectName(u"skippedMessage"_s);
    box->setDetailedText(skipped.join(QLatin1Char('\n')));
    if (!skipped.isEmpty())
        box->setInformativeText(skipped.mid(0, 5).join(QLatin1Char('\n')) +
                                (skipped.size() > 5 ? u"\n…"_s : QString()));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not modal for the event loop: the window stays usable
}

QStringList ResourceAdder::askFiles() const
{
    QStringList patterns;
    for (const ResourceTypeSpec &type : m_workspace.profile().resourceTypes)
        for (const QString &extension : type.extensions)
            patterns.append(u"*."_s + extension);
    return FileDialogs::openFiles(m_window, FileDialogs::Media, tr("Add Files"),
                                  tr("Media files (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
}

QStringList ResourceAdder::askFolder() const
{
    const QString dir = FileDialogs::existingDirectory(m_window, FileDialogs::Media, tr("Add Folder"));
    return dir.isEmpty() ? QStringList() : QStringList{dir};
}

QStringList ResourceAdder::askLink() const
{
    bool ok = false;
    const QString url = QInputDialog::getText(m_window, tr("Add Link"),
                                              tr("Address (http:// or https://) of the online course:"),
                                              QLineEdit::Normal, u"https://"_s, &ok)
                            .trimmed();
    return ok && !url.isEmpty() ? QStringList{url} : QStringList();
}

QStringList ResourceAdder::sourcesFromMime(const QMimeData *mime)
{
    QStringList sources;
    if (!mime || !mime->hasUrls())
        return sources;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            sources.append(url.toLocalFile());
        else if (url.scheme() == "http"_L1 || url.scheme() == "https"_L1)
            sources.append(url.toString());
    }
    return sources;
}
