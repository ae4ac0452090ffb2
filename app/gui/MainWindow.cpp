#include "MainWindow.h"

#include "ActionSupport.h"
#include "AppSettings.h"
#include "CampaignController.h"
#include "HelpController.h"
#include "MediaCheckController.h"
#include "MediaCheckPanel.h"
#include "PackageController.h"
#include "RegistrationController.h"
#include "ReportDock.h"
#include "ResourceAdder.h"
#include "ResourceEditorPane.h"
#include "ResourcesController.h"
#include "Translations.h"
#include "WorkspaceController.h"
#include "WorkspaceFileController.h"
#include "fix/FixController.h"
#include "relink/RelinkController.h"
#include "upload/UploadController.h"
#include "upload/UploadsDock.h"
#include "welcome/WelcomeController.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;

static void initGuiResources()
{
    Q_INIT_RESOURCE(gui); // resources/gui.qrc lives in the static library submitdesk-gui
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_workspace(new WorkspaceController(this)), m_savedLabel(new QLabel)
{
    initGuiResources();
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/submitdesk.png"_s));
    setAcceptDrops(true);
    createMenus();
    createControllers();
    createWindowActions();
    m_savedLabel->setObjectName(u"savedLabel"_s);
    statusBar()->addPermanentWidget(m_savedLabel);
    connect(m_workspace, &WorkspaceController::workspaceChanged, this, &MainWindow::updateTitle);
    retranslate();
    resize(1280, 800);
    resizeDocks({m_resources->reportDock()}, {200}, Qt::Vertical);
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The controllers are children, deleted after this body and after the workspace (made first): the
    // editor must store what was typed last while the workspace is still open.
    m_resources->closeEditor();
}

void MainWindow::createMenus()
{
    auto addMenu = [this](const char *name) {
        QMenu *menu = menuBar()->addMenu(QString());
        menu->setObjectName(QLatin1StringView(name));
        return menu;
    };
    m_menus.file = addMenu("menuFile");
    m_menus.edit = addMenu("menuEdit");
    m_menus.batch = addMenu("menuBatch");
    m_menus.unit = addMenu("menuUnit");
    m_menus.view = addMenu("menuView");
    m_menus.help = addMenu("menuHelp");
    m_menus.toolBar = new QToolBar(this);
    m_menus.toolBar->setObjectName(u"mainToolBar"_s);
    m_menus.toolBar->setMovable(false);
    m_menus.toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon); // the words matter more than icons
    m_menus.toolBar->setIconSize(QSize(16, 16));
    addToolBar(Qt::TopToolBarArea, m_menus.toolBar);
    m_menus.toolBar->toggleViewAction()->setObjectName(u"actionShowToolBar"_s);
    m_menus.view->addAction(m_menus.toolBar->toggleViewAction());
}

void MainWindow::createControllers()
{
    m_files = new WorkspaceFileController(this, *m_workspace);
    m_resources = new ResourcesController(this, *m_workspace);
    setCentralWidget(m_resources->centralWidget());
    m_media = new MediaCheckController(this, *m_workspace, *m_resources);
    tabifyDockWidget(m_resources->reportDock(), m_media->dock());
    m_resources->reportDock()->raise();
    m_packages = new PackageController(this, *m_workspace, *m_resources);
    m_registration = new RegistrationController(this, *m_workspace);
    m_help = new HelpController(this, *m_workspace);
    auto *campaigns = new CampaignController(this, *m_workspace, *m_resources);
    createFixController();
    createOfficeTools();
    for (WindowController *controller : std::initializer_list<WindowController *>{
             m_files, m_resources, m_media, m_packages, m_registration, campaigns, m_help})
        addController(controller);

    connect(m_resources, &WindowController::resourceShown, m_media, &MediaCheckController::showMediaFor);
    connect(m_resources, &WindowController::resourcesAdded, m_media, &MediaCheckController::checkResources);
    connect(m_packages, &WindowController::batchRequested, m_resources, &WindowController::batchRequested);
}

void MainWindow::createFixController()
{
    m_fix = new FixController(this, *m_workspace, m_resources->undoStack(),
                              [this] { return m_resources->currentResourceId(); });
    m_resources->addTableActions({m_fix->replaceAction(), m_fix->fixAction()});
    m_resources->setMediaDropHandler([this](qint64 resourceId, const QString &path) {
        if (QString error; !m_fix->replaceMedia(resourceId, path, &error))
            statusBar()->showMessage(error, 10000);
    });
    connect(m_media->panel(), &MediaCheckPanel::replaceRequested, m_fix->replaceAction(), &QAction::trigger);
    connect(m_media->panel(), &MediaCheckPanel::fixRequested, this,
            [this] { m_fix->makeCompliant(m_resources->currentResourceId()); });
    // A replaced media file (Media menu, a fix, their undo) is checked again when it is the one shown.
    connect(&m_workspace->workspace(), &Workspace::resourceChanged, this,
            [this](qint64 id, const QString &what) {
                if (what == "media"_L1 && id == m_resources->currentResourceId())
                    m_media->showMediaFor(id);
            });
}

// Locate missing files (Edit menu); the first-run welcome and the campaign checklist (Help and View menus).
void MainWindow::createOfficeTools()
{
    auto *relink = new RelinkController(this, m_workspace);
    m_menus.edit->addAction(relink->action());
    // The editor's "Set up the unit", Replace… and Locate… do what these menu items do.
    m_resources->editorPane()->setEditorActions(
        {m_registration->registrationAction(), m_fix->replaceAction(), relink->action()});
    auto *welcome = new WelcomeController(this);
    m_menus.help->addAction(welcome->welcomeAction());
    m_menus.view->addAction(welcome->checklistDock()->toggleViewAction());
    auto *uploads =
        new UploadController(*m_workspace, this, [this] { return m_resources->currentBatchId(); });
    QAction *upload = m_menus.batch->addAction(QString(), uploads, &UploadController::uploadCurrentBatch);
    upload->setObjectName(u"actionUploadBatch"_s);
    m_uploadAction = upload;
    m_menus.view->addAction(uploads->dock()->toggleViewAction());
}

void MainWindow::addController(WindowController *controller)
{
    m_controllers.append(controller);
    controller->addToMenus(m_menus);
    controller->retranslate();
    // Any controller may ask for a resource: the resources controller shows it.
    if (controller != m_resources)
        connect(controller, &WindowController::resourceRequested, m_resources,
                &WindowController::resourceRequested);
}

void MainWindow::createWindowActions()
{
    m_quit = ActionSupport::make(this, "actionQuit", QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_menus.file->addSeparator();
    m_menus.file->addAction(m_quit);

    m_languageGroup = new QActionGroup(this);
    const std::pair<const char *, QString> languages[] = {
        {"actionLanguageSystem", QString()}, {"actionLanguageZh", u"zh_CN"_s}, {"actionLanguageEn", u"en"_s}};
    const QString current = AppSettings::language();
    for (const auto &[name, code] : languages) {
        QAction *action = ActionSupport::make(m_languageGroup, name);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == current);
    }
    m_languageMenu = m_menus.view->addMenu(QString());
    m_languageMenu->setObjectName(u"menuLanguage"_s);
    m_languageMenu->addActions(m_languageGroup->actions());
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setLanguage(action->data().toString()); });
}

void MainWindow::retranslate()
{
    m_menus.file->setTitle(tr("&File"));
    m_menus.edit->setTitle(tr("&Edit"));
    m_menus.batch->setTitle(tr("&Batch"));
    m_menus.unit->setTitle(tr("&Unit"));
    m_menus.view->setTitle(tr("&View"));
    m_menus.help->setTitle(tr("&Help"));
    m_languageMenu->setTitle(tr("&Language"));
    m_menus.toolBar->setWindowTitle(tr("Main toolbar"));
    m_menus.toolBar->toggleViewAction()->setText(tr("&Toolbar"));
    m_quit->setText(tr("&Quit"));
    if (m_uploadAction)
        m_uploadAction->setText(tr("&Upload Batch…"));
    const QList<QAction *> languages = m_languageGroup->actions();
    languages.at(0)->setText(tr("System"));
    languages.at(1)->setText(u"简体中文"_s);
    languages.at(2)->setText(u"English"_s);
    m_savedLabel->setText(tr("All changes saved"));
    m_savedLabel->setToolTip(
        tr("Every edit is stored in the workspace file at once; there is nothing to save."));
    for (WindowController *controller : std::as_const(m_controllers))
        controller->retranslate();
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (m_workspace->isOpen())
        setWindowTitle(tr("%1 — SubmitDesk").arg(QFileInfo(m_workspace->path()).completeBaseName()));
    else
        setWindowTitle(tr("SubmitDesk"));
    setWindowFilePath(m_workspace->path());
}

bool MainWindow::openWorkspace(const QString &path, QString *error)
{
    return m_files->openWorkspace(path, error);
}

QList<DraftCreator::Outcome> MainWindow::addSources(const QStringList &sources)
{
    return m_resources->addSources(sources);
}

qint64 MainWindow::currentBatchId() const
{
    return m_resources->currentBatchId();
}

qint64 MainWindow::currentResourceId() const
{
    return m_resources->currentResourceId();
}

bool MainWindow::selectResource(qint64 resourceId)
{
    return m_resources->selectResource(resourceId);
}

ResourceEditor *MainWindow::editor() const
{
    return m_resources->editor();
}

QUndoStack *MainWindow::undoStack() const
{
    return m_resources->undoStack();
}

ResourceTableModel *MainWindow::resourceModel() const
{
    return m_resources->model();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_resources->acceptedSources(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!m_resources->acceptedSources(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList sources = m_resources->acceptedSources(event->mimeData());
    if (sources.isEmpty())
        return;
    event->acceptProposedAction();
    // Leave the drag-and-drop loop of the source application before doing the work.
    QTimer::singleShot(0, this, [this, sources] { addSources(sources); });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The editor's labels come from the profile in the current language: build it anew.
        QMetaObject::invokeMethod(
            this, [this] { m_resources->retranslateEditor(); }, Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString &language)
{
    AppSettings::setLanguage(language);
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language);
    Translations::install(language); // sends LanguageChange to every widget
}

bool MainWindow::readyToClose()
{
    const auto stopping = [this] {
        return std::any_of(m_controllers.cbegin(), m_controllers.cend(),
                           [](const WindowController *c) { return c->isStopping(); });
    };
    if (m_closeWhenIdle) // asked before; closes once the cancelled work has stopped
        return !stopping();
    QStringList work;
    for (const WindowController *controller : std::as_const(m_controllers))
        work += controller->runningWork();
    if (work.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Close SubmitDesk"),
                    tr("Work is still running: %1.").arg(QLocale().createSeparatedList(work)),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"closeWhileRunning"_s);
    box.setInformativeText(tr("Cancel it and close the window? Nothing already stored is lost."));
    QPushButton *stop = box.addButton(tr("Cancel It and Close"), QMessageBox::AcceptRole);
    box.addButton(tr("Keep Working"), QMessageBox::RejectRole);
    box.setDefaultButton(stop);
    box.exec();
    if (box.clickedButton() != stop)
        return false;
    m_closeWhenIdle = true;
    for (WindowController *controller : std::as_const(m_controllers))
        controller->cancelRunningWork();
    if (stopping())
        statusBar()->showMessage(tr("Cancelling…"));
    return !stopping();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!readyToClose()) {
        event->ignore();
        if (m_closeWhenIdle)
            QTimer::singleShot(100, this, &QWidget::close);
        return;
    }
    m_closeWhenIdle = false;
    AppSettings::setWindowLayout(saveGeometry(), saveState());
    event->accept();
}
