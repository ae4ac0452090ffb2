#include "CategoryPickerDialog.h"

#include "profile/Taxonomy.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int PathRole = Qt::UserRole + 1;

void addNodes(QStandardItem *parent, const QList<Taxonomy::Node> &nodes, const QString &prefix,
              const QString &sep)
{
    for (const Taxonomy::Node &node : nodes) {
        auto *item = new QStandardItem(node.name);
        const QString path = prefix.isEmpty() ? node.name : prefix + sep + node.name;
        item->setData(path, PathRole);
        item->setToolTip(path);
        item->setEditable(false);
        addNodes(item, node.children, path, sep);
        parent->appendRow(item);
    }
}
} // namespace

CategoryPickerDialog::CategoryPickerDialog(const Taxonomy &taxonomy, const QString &separator,
                                           QWidget *parent)
    : QDialog(parent), m_separator(separator), m_model(new QStandardItemModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)), m_view(new QTreeView(this))
{
    setObjectName(u"categoryPicker"_s);
    setWindowTitle(tr("Choose a category"));
    addNodes(m_model->invisibleRootItem(), taxonomy.roots(), QString(), separator);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(PathRole);

    m_filter->setObjectName(u"categoryFilter"_s);
    m_filter->setPlaceholderText(tr("Filter, e.g. 航空"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &CategoryPickerDialog::setFilter);

    m_view->setObjectName(u"categoryTree"_s);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && !m_proxy->hasChildren(index))
            accept();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CategoryPickerDialog::updateOkButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    if (taxonomy.isEmpty())
        layout->addWidget(new QLabel(tr("The profile has no category tree; type the path by hand."), this));
    layout->addWidget(buttons);
    resize(420, 480);
    updateOkButton();
}

void CategoryPickerDialog::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text.trimmed());
    if (!text.trimmed().isEmpty())
        m_view->expandAll();
}

QModelIndex CategoryPickerDialog::findPath(const QStringList &levels) const
{
    QModelIndex parent;
    QModelIndex found;
    for (const QString &level : levels) {
        found = QModelIndex();
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex child = m_proxy->index(row, 0, parent);
            if (child.data().toString() == level.trimmed()) {
                found = child;
                break;
            }
        }
        if (!found.isValid())
            return {};
        parent = found;
    }
    return found;
}

void CategoryPickerDialog::setPath(const QString &path)
{
    const QModelIndex index = findPath(path.split(m_separator));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

QString CategoryPickerDialog::path() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(PathRole).toString() : QString();
}

void CategoryPickerDialog::updateOkButton()
{
    auto *box = findChild<QDialogButtonBox *>();
    if (box)
        box->button(QDialogButtonBox::Ok)->setEnabled(m_view->currentIndex().isValid());
}
