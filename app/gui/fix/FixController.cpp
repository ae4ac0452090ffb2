#include "fix/FixController.h"

#include "WorkspaceController.h"
#include "fix/FixDock.h"
#include "fix/FixPlanDialog.h"
#include "fix/FixQueue.h"
#include "fix/ReplaceMediaCommand.h"
#include "workspace/ResourceStore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

FixController::FixController(QMainWindow *window, WorkspaceController &controller, QUndoStack *undo,
                             std::function<qint64()> currentResource)
    : QObject(window), m_window(window), m_controller(controller), m_undo(undo),
      m_currentResource(std::move(currentResource)), m_menu(new QMenu(window)), m_replace(new QAction(this)),
      m_fix(new QAction(this)), m_dock(new FixDock(window))
{
    m_menu->setObjectName(u"menuMedia"_s);
    m_replace->setObjectName(u"actionReplaceMedia"_s);
    m_fix->setObjectName(u"actionMakeCompliant"_s);
    m_menu->addAction(m_replace);
    m_menu->addAction(m_fix);
    m_showDock = m_dock->toggleViewAction();
    m_showDock->setObjectName(u"actionShowFixQueue"_s);
    m_menu->addAction(m_showDock);
    QMenuBar *bar = window->menuBar();
    const QList<QAction *> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu); // before Help
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_replace, &QAction::triggered, this, &FixController::chooseReplacement);
    connect(m_fix, &QAction::triggered, this, [this] { makeCompliant(m_currentResource()); });
    connect(m_dock, &FixDock::maxRunningChanged, this, [this](int jobs) {
        m_maxRunning = jobs;
        if (m_queue)
            m_queue->setMaxRunning(jobs);
    });
    connect(&m_controller, &WorkspaceController::aboutToChange, this, &FixController::closeQueue);
    connect(&m_controller, &WorkspaceController::workspaceChanged, this, &FixController::openQueue);
    window->installEventFilter(this);
    retranslate();
    openQueue();
}

FixController::~FixController()
{
    closeQueue();
}

bool FixController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void FixController::retranslate()
{
    m_menu->setTitle(tr("&Media"));
    m_replace->setText(tr("&Replace media file…"));
    m_replace->setToolTip(tr("Use another file for this resource; its metadata stays."));
    m_fix->setText(tr("Make &compliant…"));
    m_fix->setToolTip(tr("Convert the media file so that it meets the technical standard."));
    m_showDock->setText(tr("Conversion queue"));
}

void FixController::openQueue()
{
    closeQueue();
    if (!m_controller.isOpen())
        return;
    m_queue = new FixQueue(m_controller.workspace(), m_controller.profile().technical, this);
    m_queue->setMaxRunning(m_maxRunning);
    connect(m_queue, &FixQueue::jobFinished, this, &FixController::onJobFinished);
    m_dock->setQueue(m_queue);
    QString error;
    if (!m_queue->restore(&error))
        m_window->statusBar()->showMessage(tr("The conversion queue could not be read: %1").arg(error));
}

void FixController::closeQueue()
{
    m_dock->setQueue(nullptr);
    delete m_queue; // cancels what runs (it restarts next time) and waits for it
    m_queue = nullptr;
}

QString FixController::mediaFolder() const
{
    return QFileInfo(m_controller.path()).absoluteDir().filePath(u"media"_s);
}

QString FixController::mediaPathOf(qint64 resourceId, QString *kind) const
{
    Resource resource;
    if (resourceId == 0 || !ResourceStore(m_controller.workspace()).load(resourceId, &resource))
        return {};
    const ResourceTypeSpec *type = m_controller.profile().resourceType(resource.type);
    *kind = type ? type->media : QString();
    const QList<AttachedFile> media = resource.filesWithRole(u"media"_s);
    return media.isEmpty() ? QString() : media.first().path;
}

QString FixController::freeTarget(const QString &input, const QString &suffix) const
{
    const QDir folder(mediaFolder());
    const QString base = QFileInfo(input).completeBaseName();
    QString target = folder.filePath(base + u'.' + suffix);
    for (int n = 2; QFileInfo::exists(target) || target == QFileInfo(input).absoluteFilePath(); ++n)
        target = folder.filePath(u"%1-%2.%3"_s.arg(base).arg(n).arg(suffix));
    return target;
}

bool FixController::replaceMedia(qint64 resourceId, const QString &path, QString *error)
{
    return ReplaceMediaCommand::replace(m_undo, m_controller.workspace(), resourceId, path, u"replace"_s,
                                        QString(), error, [this](const QString &message) {
                                            QMessageBox::warning(m_window, tr("Replace media file"), message);
                                        });
}

void FixController::chooseReplacement()
{
    const qint64 resourceId = m_currentResource();
    QString kind;
    const QString current = mediaPathOf(resourceId, &kind);
    if (resourceId == 0)
        return;
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Replace media file"), QFileInfo(current).absolutePath());
    QString error;
    if (!path.isEmpty() && !replaceMedia(resourceId, path, &error))
        QMessageBox::warning(m_window, tr("Replace media file"), error);
}

qint64 FixController::enqueue(qint64 resourceId, const FixOptions &options, QString *error)
{
    QString kind;
    FixJob job;
    job.resourceId = resourceId;
    job.input = mediaPathOf(resourceId, &kind);
    job.options = options;
    if (job.options.kind.isEmpty())
        job.options.kind = kind;
    if (!m_queue || job.input.isEmpty()) {
        *error = tr("This resource has no media file to convert.");
        return 0;
    }
    if (!QDir().mkpath(mediaFolder())) {
        *error = tr("The folder %1 cannot be created.").arg(mediaFolder());
        return 0;
    }
    job.target = freeTarget(job.input, job.options.kind == "audio"_L1 ? u"mp3"_s : u"mp4"_s);
    return m_queue->enqueue(job, error);
}

void FixController::makeCompliant(qint64 resourceId)
{
    QString kind;
    const QString input = mediaPathOf(resourceId, &kind);
    if (input.isEmpty()) {
        QMessageBox::information(m_window, tr("Make compliant"),
                                 tr("This resource has no media file to convert."));
        return;
    }
    FixPlanDialog dialog(input, kind, m_controller.profile().technical, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (enqueue(resourceId, dialog.options(), &error) == 0)
        QMessageBox::warning(m_window, tr("Make compliant"), error);
}

void FixController::onJobFinished(const FixJob &job, const FixEngine::Outcome &outcome)
{
    QApplication::alert(m_window);
    if (outcome.status != FixEngine::Outcome::Status::Passed || job.resourceId == 0) {
        m_window->statusBar()->showMessage(tr("%1 was not converted; the Make compliant panel says why.")
                                               .arg(QFileInfo(job.input).fileName()),
                                           10000);
        return;
    }
    const QString note = outcome.plan.upscaledFrom.isEmpty()
                             ? QString()
                             : tr("upscaled from %1").arg(outcome.plan.upscaledFrom);
    QString error;
    if (!ReplaceMediaCommand::replace(m_undo, m_controller.workspace(), job.resourceId, outcome.output,
                                      u"fix"_s, note, &error)) {
        QMessageBox::warning(m_window, tr("Make compliant"), error);
        return;
    }
    m_window->statusBar()->showMessage(
        tr("%1 now meets the standard and replaces the earlier file (Undo puts it back).")
            .arg(QFileInfo(outcome.output).fileName()),
        10000);
    emit mediaReplaced(job.resourceId, outcome.output);
}
