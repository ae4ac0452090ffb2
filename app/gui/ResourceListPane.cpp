#include "ResourceListPane.h"

#include "BatchSelector.h"
#include "ResourceFilterModel.h"
#include "ResourceTableModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ResourceListPane::ResourceListPane(WorkspaceController &workspace, ResourceTableModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new ResourceFilterModel(this)),
      m_batches(new BatchSelector(workspace)), m_search(new QLineEdit), m_statusFilter(new QComboBox),
      m_table(new QTableView)
{
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_statusFilter->setObjectName(u"statusFilter"_s);
    setUpTable();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->addWidget(m_batches);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_statusFilter);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &ResourceFilterModel::setSearchText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setStatusFilter(ResourceFilterModel::StatusFilter(qMax(0, index)));
    });
}

void ResourceListPane::setUpTable()
{
    m_table->setObjectName(u"resourceTable"_s);
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
    m_table->horizontalHeader()->setSectionResizeMode(ResourceTableModel::TitleColumn, QHeaderView::Stretch);
    sizeColumns();
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResourceListPane::sizeColumns);
}

// Number, type and status as wide as their longest text in today's language (the type names come from the
// profile), the file name a fixed share; the title stretches over what is left.
void ResourceListPane::sizeColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widest = [&](int column) {
        int width = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString &text : m_model->widestTexts(column))
            width = qMax(width, metrics.horizontalAdvance(text));
        return width;
    };
    header->resizeSection(ResourceTableModel::PositionColumn, metrics.horizontalAdvance(u"00000"_s) + 16);
    header->resizeSection(ResourceTableModel::TypeColumn, widest(ResourceTableModel::TypeColumn) + 16);
    header->resizeSection(ResourceTableModel::FileColumn, metrics.horizontalAdvance(u"m"_s) * 10);
    const int icon = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table);
    header->resizeSection(ResourceTableModel::StatusColumn,
                          widest(ResourceTableModel::StatusColumn) + icon + 20);
}

qint64 ResourceListPane::currentResourceId() const
{
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    if (!index.isValid() || !m_table->selectionModel()->isRowSelected(index.row(), index.parent()))
        return 0;
    return index.data(ResourceTableModel::ResourceIdRole).toLongLong();
}

QList<qint64> ResourceListPane::selectedResourceIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(ResourceTableModel::ResourceIdRole).toLongLong());
    return ids;
}

bool ResourceListPane::selectResource(qint64 resourceId)
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

void ResourceListPane::focusSearch()
{
    if (!m_search->isEnabled())
        return;
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ResourceListPane::setWorkspaceOpen(bool open)
{
    m_search->setEnabled(open);
    m_statusFilter->setEnabled(open);
}

void ResourceListPane::retranslate()
{
    m_search->setPlaceholderText(tr("Search title or file name"));
    const int filter = m_statusFilter->currentIndex();
    {
        const QSignalBlocker blocker(m_statusFilter);
        m_statusFilter->clear();
        m_statusFilter->addItems({tr("All resources"), tr("With errors"), tr("Complete")});
        m_statusFilter->setCurrentIndex(filter < 0 ? 0 : filter);
    }
    m_batches->retranslate();
    sizeColumns();
}
