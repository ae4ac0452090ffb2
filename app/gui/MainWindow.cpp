#include "MainWindow.h"
#include "MainWindowActions.h"

#include "AppSettings.h"
#include "BatchSelector.h"
#include "ReportDock.h"
#include "ResourceEditor.h"
#include "ResourceFilterModel.h"
#include "ResourceTableModel.h"
#include "Translations.h"
#include "WorkspaceController.h"
#include "workspace/ResourceStore.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

static void initGuiResources()
{
    Q_INIT_RESOURCE(gui); // resources/gui.qrc lives in the static library submitdesk-gui
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_controller(new WorkspaceController(this)), m_undo(new QUndoStack(this)),
      m_model(new ResourceTableModel(*m_controller, this)), m_filter(new ResourceFilterModel(this)),
      m_batches(new BatchSelector(*m_controller)), m_search(new QLineEdit), m_statusFilter(new QComboBox),
      m_table(new QTableView), m_splitter(new QSplitter(Qt::Horizontal)),
      m_report(new ReportDock(*m_controller, *m_model, this)), m_savedLabel(new QLabel),
      m_countLabel(new QLabel), m_emptyHint(new QLabel), m_editorStack(new QStackedWidget)
{
    initGuiResources();
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/submitdesk.png"_s));
    setAcceptDrops(true);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_table->setObjectName(u"resourceTable"_s);
    m_savedLabel->setObjectName(u"savedLabel"_s);
    m_countLabel->setObjectName(u"countLabel"_s);
    m_emptyHint->setObjectName(u"emptyHint"_s);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setMargin(24);

    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ResourceTableModel::PositionColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // file names keep their extension visible
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    header->setSectionResizeMode(ResourceTableModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(ResourceTableModel::PositionColumn, metrics.horizontalAdvance(u"00000"_s) + 16);
    header->resizeSection(ResourceTableModel::TypeColumn, metrics.horizontalAdvance(u"Online course"_s) + 12);
    header->resizeSection(ResourceTableModel::FileColumn, metrics.horizontalAdvance(u"m"_s) * 10);
    header->resizeSection(ResourceTableModel::StatusColumn,
                          metrics.horizontalAdvance(u"incomplete (12 missing)"_s) + 28);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 0);
    leftLayout->addWidget(m_batches);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_statusFilter);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_table, 1);
    m_editorStack->addWidget(m_emptyHint);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_editorStack);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({620, 660});
    setCentralWidget(m_splitter);
    addDockWidget(Qt::BottomDockWidgetArea, m_report);
    m_countLabel->setContentsMargins(0, 0, 12, 0);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_savedLabel);

    createActions();
    createMenus();
    createTools();
    createToolBar();
    // The table's own Delete key; the menu shows the same action.
    m_table->addAction(a->deleteResource);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    const QString language = AppSettings::language();
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language);

    connect(m_controller, &WorkspaceController::workspaceChanged, this, &MainWindow::onWorkspaceChanged);
    connect(m_batches, &BatchSelector::currentBatchChanged, this, &MainWindow::onBatchChanged);
    connect(m_batches, &BatchSelector::batchRemoved, m_undo, &QUndoStack::clear);
    connect(m_search, &QLineEdit::textChanged, m_filter, &ResourceFilterModel::setSearchText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setStatusFilter(ResourceFilterModel::StatusFilter(qMax(0, index)));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_model, &ResourceTableModel::statusesChanged, this, &MainWindow::updateCounts);
    connect(m_model, &ResourceTableModel::readFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("The list could not be read completely: %1").arg(error));
    });
    connect(m_model, &ResourceTableModel::batchReportChanged, this, &MainWindow::updateCounts);
    connect(m_report, &ReportDock::messageActivated, this, &MainWindow::onReportMessage);

    connect(m_controller, &WorkspaceController::aboutToChange, this, [this] {
        if (m_editor)
            m_editor->flushPendingEdits();
    });
    recreateEditor();
    retranslate();
    resize(1280, 800);
    resizeDocks({m_report}, {200}, Qt::Vertical);
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    onWorkspaceChanged();
}

MainWindow::~MainWindow()
{
    // The undo stack is a child and would be deleted after `a`; its clear() on deletion emits signals
    // whose slots here use `a`. Cut those connections first.
    m_undo->disconnect(this);
    delete m_editor; // stores what was typed last while the workspace is still open
    m_editor = nullptr;
    delete a;
}

bool MainWindow::openWorkspace(const QString &path, QString *error)
{
    if (!m_controller->open(path, error))
        return false;
    AppSettings::addRecentWorkspace(m_controller->path());
    updateRecentMenu();
    return true;
}

void MainWindow::showStoreFailure(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    // Window-modal but not blocking (an undo may come from a shortcut in the middle of typing); a second
    // failure while the box is open replaces its text. Closed, the box is deleted.
    auto *box = findChild<QMessageBox *>(u"storeFailedMessage"_s, Qt::FindDirectChildrenOnly);
    if (!box || !box->isVisible()) {
        box = new QMessageBox(QMessageBox::Warning, tr("Not stored"), QString(), QMessageBox::Ok, this);
        box->setObjectName(u"storeFailedMessage"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
    }
    box->setText(message);
    box->open();
}

void MainWindow::recreateEditor()
{
    const qint64 shown = m_editor ? m_editor->resourceId() : 0;
    if (m_editor) {
        m_editorStack->removeWidget(m_editor);
        m_editor->deleteLater();
        m_editor = nullptr;
    }
    if (!m_controller->isOpen())
        return;
    m_editor = new ResourceEditor(m_controller->workspace(), m_controller->profile(), m_undo);
    m_editor->setObjectName(u"resourceEditor"_s);
    m_editorStack->addWidget(m_editor);
    connect(m_editor, &ResourceEditor::resourceEdited, this,
            [this] { statusBar()->showMessage(tr("Stored."), 1500); });
    // The undo commands outlive this editor (it is rebuilt, the stack stays): they report to the window.
    m_editor->setUndoFailureHandler([window = QPointer<MainWindow>(this)](const QString &message) {
        if (window)
            window->showStoreFailure(message);
    });
    if (shown != 0 && m_model->rowOf(shown) >= 0) {
        m_editor->setResource(shown);
        m_editorStack->setCurrentWidget(m_editor);
    } else {
        m_editorStack->setCurrentWidget(m_emptyHint);
    }
}

void MainWindow::onWorkspaceChanged()
{
    m_undo->clear();
    m_model->setBatch(0);
    resetMediaCheck();
    recreateEditor();
    m_batches->resetForWorkspace(); // selects the first batch, which loads the model and the report
    if (m_controller->isOpen())
        setWindowTitle(tr("%1 — SubmitDesk").arg(QDir::toNativeSeparators(m_controller->path())));
    else
        setWindowTitle(tr("SubmitDesk"));
    setWindowFilePath(m_controller->path());
    updateActions();
    updateCounts();
}

void MainWindow::onBatchChanged(qint64 batchId)
{
    QElapsedTimer timer;
    timer.start();
    if (m_editor)
        m_editor->setResource(0);
    m_editorStack->setCurrentWidget(m_emptyHint);
    m_model->setBatch(batchId);
    m_report->refreshNow();
    const qint64 firstScreenMs = timer.elapsed(); // the rest of the rows and the statuses follow later
    const int total = m_model->allRowsLoaded() || batchId == 0
                          ? m_model->rowCount()
                          : ResourceStore(m_controller->workspace()).countInBatch(batchId);
    if (batchId != 0 && total > 0)
        statusBar()->showMessage(
            tr("Opened a batch of %n resource(s); the list showed in %1 ms.", nullptr, total)
                .arg(firstScreenMs),
            5000);
    updateActions();
    updateCounts();
}

void MainWindow::onSelectionChanged()
{
    updateActions();
    const qint64 id = currentResourceId();
    // An empty selection (the row left the filter while being edited) keeps the editor as it is.
    if (id == 0 || !m_editor || id == m_editor->resourceId())
        return;
    m_editor->setResource(id);
    m_editorStack->setCurrentWidget(m_editor);
    showMediaFor(id);
}

qint64 MainWindow::currentBatchId() const
{
    return m_batches->currentBatchId();
}

qint64 MainWindow::currentResourceId() const
{
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    if (!index.isValid() || !m_table->selectionModel()->isRowSelected(index.row(), index.parent()))
        return 0;
    return index.data(ResourceTableModel::ResourceIdRole).toLongLong();
}

bool MainWindow::selectResource(qint64 resourceId)
{
    const int sourceRow = m_model->rowOf(resourceId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) { // hidden by the search or the status filter
        m_search->clear();
        m_statusFilter->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void MainWindow::onReportMessage(qint64 resourceId, const QString &fieldId)
{
    if (resourceId == 0 || !selectResource(resourceId) || !m_editor)
        return;
    if (m_editor->resourceId() != resourceId) {
        m_editor->setResource(resourceId);
        m_editorStack->setCurrentWidget(m_editor);
        showMediaFor(resourceId);
    }
    if (!fieldId.isEmpty())
        m_editor->focusField(fieldId);
}

QList<DraftCreator::Outcome> MainWindow::addSources(const QStringList &sources)
{
    QList<DraftCreator::Outcome> outcomes;
    if (!m_controller->isOpen() || sources.isEmpty())
        return outcomes;
    QString error;
    if (currentBatchId() == 0 && !m_batches->createBatch(tr("Batch %1").arg(1), &error)) {
        QMessageBox::warning(this, tr("Add resources"), tr("No batch to add to: %1").arg(error));
        return outcomes;
    }
    DraftCreator creator(m_controller->workspace(), m_controller->profile());
    outcomes = creator.create(currentBatchId(), sources);
    checkAttachedMedia(outcomes); // the technical check starts by itself, off the GUI thread
    QStringList skipped;
    qint64 first = 0;
    int added = 0;
    for (const DraftCreator::Outcome &o : outcomes) {
        if (o.resourceId == 0) {
            skipped.append(o.error.isEmpty() ? o.source : o.error);
        } else {
            ++added;
            if (first == 0)
                first = o.resourceId;
        }
    }
    statusBar()->showMessage(tr("Added %n draft resource(s).", nullptr, added), 5000);
    if (first != 0)
        selectResource(first);
    if (!skipped.isEmpty() || outcomes.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Add resources"),
                                    outcomes.isEmpty()
                                        ? tr("No media file was found in what was added.")
                                        : tr("%n item(s) were not added:", nullptr, int(skipped.size())),
                                    QMessageBox::Ok, this);
        box->setObjectName(u"skippedMessage"_s);
        box->setDetailedText(skipped.join(QLatin1Char('\n')));
        if (!skipped.isEmpty())
            box->setInformativeText(skipped.mid(0, 5).join(QLatin1Char('\n')) +
                                    (skipped.size() > 5 ? u"\n…"_s : QString()));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not modal for the event loop: the window stays usable
    }
    return outcomes;
}

QStringList MainWindow::sourcesFromMime(const QMimeData *mime)
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

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_controller->isOpen() && !sourcesFromMime(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_controller->isOpen() && !sourcesFromMime(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList sources = sourcesFromMime(event->mimeData());
    if (sources.isEmpty() || !m_controller->isOpen())
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
        QMetaObject::invokeMethod(this, &MainWindow::recreateEditor, Qt::QueuedConnection);
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
