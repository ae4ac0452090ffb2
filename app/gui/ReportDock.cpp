#include "ReportDock.h"

#include "package/TechnicalFindings.h"

#include "DetailsDisclosure.h"
#include "ReportModel.h"
#include "ResourceTableModel.h"
#include "WorkspaceController.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReportDock::ReportDock(WorkspaceController &controller, ResourceTableModel &resources, QWidget *parent)
    : QDockWidget(parent), m_controller(controller), m_resources(resources), m_model(new ReportModel(this)),
      m_view(new QTreeView), m_summary(new QLabel), m_details(new DetailsDisclosure(u"reportDetails"_s))
{
    setObjectName(u"reportDock"_s);
    m_view->setObjectName(u"reportList"_s);
    m_summary->setObjectName(u"reportSummary"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(ReportModel::SeverityColumn, 90);
    m_view->header()->resizeSection(ReportModel::ResourceColumn, 220);
    m_view->header()->resizeSection(ReportModel::FieldColumn, 140);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
    layout->addWidget(m_details); // the selected message's technical side
    setWidget(content);

    // The model checks the batch in the background (again shortly after each edit); shown when done.
    connect(&m_resources, &ResourceTableModel::batchReportChanged, this, &ReportDock::refreshNow);
    auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            emit messageActivated(index.data(ReportModel::ResourceIdRole).toLongLong(),
                                  index.data(ReportModel::FieldIdRole).toString());
    };
    connect(m_view, &QTreeView::clicked, this, activate);
    connect(m_view, &QTreeView::activated, this, activate);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                m_details->setDetails(index.data(ReportModel::DetailRole).toString());
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_details->setDetails(QString()); });
    retranslate();
}

void ReportDock::refreshNow()
{
    ValidationReport report;
    QHash<qint64, QString> labels;
    if (m_controller.isOpen() && m_resources.batchId() != 0 && m_resources.hasBatchReport()) {
        report = m_resources.batchReport();
        m_resources.fetchAll(); // every resource's label
        labels.reserve(m_resources.resources().size());
        for (const Resource &r : m_resources.resources())
            labels.insert(r.id,
                          u"%1 · %2"_s.arg(r.position)
                              .arg(m_controller.profile().valueWithRole(FieldRole::Title, r.type, r.values)));
    }
    m_model->setReport(report, labels, m_controller.profile());
    updateSummary();
    emit refreshed();
}

bool ReportDock::isUpToDate() const
{
    return m_resources.hasBatchReport() && !m_resources.isChecking();
}

int ReportDock::errorCount() const
{
    return m_model->report().errorCount();
}

int ReportDock::notCheckedCount() const
{
    const QList<ValidationMessage> &messages = m_model->report().messages();
    return int(std::count_if(messages.cbegin(), messages.cend(), TechnicalFindings::isNotChecked));
}

bool ReportDock::isBatchReady() const
{
    return isUpToDate() && errorCount() == 0 && notCheckedCount() == 0;
}

// "Ready" only when an export would accept the batch: no error in the metadata or the technical check
// (ExportJob refuses on either) and nothing left unchecked.
QString ReportDock::summaryText() const
{
    const int errors = errorCount(), warnings = warningCount(), notChecked = notCheckedCount();
    if (errors > 0) {
        QString text = tr("Not ready: %1, %2 — click a message to go to the field.")
                           .arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings));
        if (notChecked > 0)
            text += u' ' + tr("%n file(s) or link(s) not checked yet.", nullptr, notChecked);
        return text;
    }
    if (notChecked > 0)
        return tr("Not ready yet: %n file(s) or link(s) not checked yet. Media files are checked by "
                  "themselves; check a link in the Media check panel.",
                  nullptr, notChecked);
    if (warnings > 0)
        return tr("The batch is ready to export, with %n warning(s) — click a message to see it.", nullptr,
                  warnings);
    return tr("The batch is ready: no errors, no warnings.");
}

int ReportDock::warningCount() const
{
    return m_model->report().warningCount();
}

void ReportDock::updateSummary()
{
    if (!m_controller.isOpen() || m_resources.batchId() == 0)
        m_summary->setText(tr("No batch selected."));
    else if (!m_resources.hasBatchReport())
        m_summary->setText(tr("Checking the batch…"));
    else
        m_summary->setText(summaryText());
}

void ReportDock::retranslate()
{
    setWindowTitle(tr("Batch report"));
    updateSummary();
}

void ReportDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_resources.revalidate(); // messages are produced in the new language; shown when done
        refreshNow();             // field labels now
    }
    QDockWidget::changeEvent(event);
}
