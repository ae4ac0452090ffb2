#include "MediaBatchProgress.h"

#include "media/MediaCheckService.h"

#include <QPointer>
#include <QProgressDialog>
#include <QSet>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
struct State
{
    QSet<QString> pending;
    int total = 0;
    int failed = 0;
    int cancelled = 0;
};

QProgressDialog *makeDialog(QWidget *parent, int total)
{
    auto *dialog =
        new QProgressDialog(MediaBatchProgress::tr("Checking %n media file(s) of the batch…", nullptr, total),
                            MediaBatchProgress::tr("Cancel"), 0, total, parent);
    dialog->setObjectName(u"mediaBatchProgress"_s);
    dialog->setWindowTitle(MediaBatchProgress::tr("Check all media"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(0);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}
} // namespace

void MediaBatchProgress::show(QWidget *parent, MediaCheckService *service, const QStringList &paths)
{
    auto state = std::make_shared<State>();
    state->total = int(paths.size());
    for (const QString &path : paths)
        state->pending.insert(path);
    QProgressDialog *dialog = makeDialog(parent, state->total);
    QPointer<QProgressDialog> guard(dialog);
    // A batch of small files finishes hundreds of checks a second, and every setValue() of a modal
    // progress dialog repaints it: the bar follows at most ten times a second, the GUI stays responsive.
    auto *refresh = new QTimer(dialog);
    refresh->setSingleShot(true);
    refresh->setInterval(100);
    QObject::connect(refresh, &QTimer::timeout, dialog,
                     [state, dialog] { dialog->setValue(state->total - int(state->pending.size())); });
    auto step = [state, guard, refresh](const QString &path) {
        if (!guard || !state->pending.remove(path))
            return;
        if (!state->pending.isEmpty()) {
            if (!refresh->isActive())
                refresh->start();
            return;
        }
        refresh->stop();
        guard->setValue(state->total);
        guard->setLabelText(tr("%1 checked: %2 meet the standard, %3 do not, %4 cancelled.")
                                .arg(state->total)
                                .arg(state->total - state->failed - state->cancelled)
                                .arg(state->failed)
                                .arg(state->cancelled));
        guard->setCancelButtonText(tr("Close"));
    };
    QObject::connect(service, &MediaCheckService::finished, dialog,
                     [state, step](const QString &path, const CheckReport &report, bool) {
                         if (state->pending.contains(path) && report.verdict() != CheckReport::Verdict::Pass)
                             ++state->failed;
                         step(path);
                     });
    QObject::connect(service, &MediaCheckService::cancelled, dialog, [state, step](const QString &path) {
        if (state->pending.contains(path))
            ++state->cancelled;
        step(path);
    });
    QPointer<MediaCheckService> serviceGuard(service);
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [state, serviceGuard, guard] {
        const QSet<QString> pending = state->pending;
        if (serviceGuard)
            for (const QString &path : pending)
                serviceGuard->cancel(path);
        if (guard)
            guard->close();
    });
    dialog->show();
    if (paths.isEmpty()) {
        dialog->setLabelText(tr("This batch has no media file to check."));
        dialog->setCancelButtonText(tr("Close"));
    }
}
