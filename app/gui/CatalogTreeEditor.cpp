#include "CatalogTreeEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTime>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int TitleColumn = 0;
constexpr int DurationColumn = 1;
constexpr int IsChapterRole = Qt::UserRole + 1;

// A chapter's duration is the sum of its sections: not editable.
class CatalogDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() == DurationColumn &&
            index.siblingAtColumn(TitleColumn).data(IsChapterRole).toBool())
            return nullptr;
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
};

int seconds(const QString &duration)
{
    const QTime t = QTime::fromString(duration, u"hh:mm:ss"_s);
    return t.isValid() ? t.msecsSinceStartOfDay() / 1000 : 0;
}

QString durationText(int total)
{
    return u"%1:%2:%3"_s.arg(total / 3600, 2, 10, QLatin1Char('0'))
        .arg(total / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(total % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

CatalogTreeEditor::CatalogTreeEditor(QWidget *parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)), m_addChapter(new QToolButton(this)),
      m_addSection(new QToolButton(this)), m_remove(new QToolButton(this)), m_up(new QToolButton(this)),
      m_down(new QToolButton(this))
{
    m_tree->setObjectName(u"catalogTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Title"), tr("Duration (hh:mm:ss)")});
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(DurationColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setItemDelegate(new CatalogDelegate(m_tree));
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_tree->setMinimumHeight(140);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_updating)
            return;
        if (column == DurationColumn)
            markDuration(item);
        refreshChapterTotals();
        emit changed();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CatalogTreeEditor::updateButtons);

    const auto setUp = [this](QToolButton *button, const QString &name, const QString &text, auto slot) {
        button->setObjectName(name);
        button->setText(text);
        connect(button, &QToolButton::clicked, this, slot);
    };
    setUp(m_addChapter, u"catalogAddChapter"_s, tr("Add chapter"), &CatalogTreeEditor::addChapter);
    setUp(m_addSection, u"catalogAddSection"_s, tr("Add section"), &CatalogTreeEditor::addSection);
    setUp(m_remove, u"catalogRemove"_s, tr("Remove"), &CatalogTreeEditor::removeCurrent);
    setUp(m_up, u"catalogUp"_s, tr("Move up"), [this] { moveCurrent(-1); });
    setUp(m_down, u"catalogDown"_s, tr("Move down"), [this] { moveCurrent(1); });
    // Up and down as arrows (their words as tooltip), so the row of buttons fits a narrow form.
    for (auto [button, arrow] : {std::pair{m_up, Qt::UpArrow}, std::pair{m_down, Qt::DownArrow}}) {
        button->setArrowType(arrow);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setToolTip(button->text());
        button->setAccessibleName(button->text());
    }

    auto *buttons = new QHBoxLayout;
    for (QToolButton *b : {m_addChapter, m_addSection, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    updateButtons();
}

QTreeWidgetItem *CatalogTreeEditor::newItem(const QString &title, const QString &duration, bool chapter) const
{
    auto *item = new QTreeWidgetItem({title, duration});
    item->setData(TitleColumn, IsChapterRole, chapter);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    markDuration(item);
    return item;
}

void CatalogTreeEditor::markDuration(QTreeWidgetItem *item) const
{
    if (item->data(TitleColumn, IsChapterRole).toBool())
        return;
    const QString d = item->text(DurationColumn).trimmed();
    const bool ok = d.isEmpty() || CatalogXml::isValidDuration(d);
    item->setForeground(DurationColumn, ok ? m_tree->palette().text() : QBrush(QColor(0xc6, 0x28, 0x28)));
    item->setToolTip(DurationColumn, ok ? QString() : tr("Write the duration as hh:mm:ss, e.g. 00:12:30"));
}

QList<CatalogXml::Chapter> CatalogTreeEditor::chapters() const
{
    QList<CatalogXml::Chapter> out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *c = m_tree->topLevelItem(i);
        CatalogXml::Chapter chapter{c->text(TitleColumn).trimmed(), {}};
        for (int j = 0; j < c->childCount(); ++j)
            chapter.sections.append(
                {c->child(j)->text(TitleColumn).trimmed(), c->child(j)->text(DurationColumn).trimmed()});
        out.append(chapter);
    }
    return out;
}

void CatalogTreeEditor::setChapters(const QList<CatalogXml::Chapter> &chapters)
{
    m_updating = true;
    m_tree->clear();
    for (const CatalogXml::Chapter &chapter : chapters) {
        QTreeWidgetItem *c = newItem(chapter.title, QString(), true);
        for (const CatalogXml::Section &section : chapter.sections)
            c->addChild(newItem(section.title, section.duration, false));
        m_tree->addTopLevelItem(c);
    }
    m_tree->expandAll();
    refreshChapterTotals();
    m_updating = false;
    updateButtons();
}

void CatalogTreeEditor::refreshChapterTotals()
{
    const bool was = m_updating;
    m_updating = true;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *c = m_tree->topLevelItem(i);
        int total = 0;
        for (int j = 0; j < c->childCount(); ++j)
            total += seconds(c->child(j)->text(DurationColumn).trimmed());
        c->setText(DurationColumn, total > 0 ? durationText(total) : QString());
        c->setForeground(DurationColumn, m_tree->palette().placeholderText());
    }
    m_updating = was;
}

void CatalogTreeEditor::addChapter()
{
    QTreeWidgetItem *item = newItem(tr("Chapter %1").arg(m_tree->topLevelItemCount() + 1), QString(), true);
    m_tree->addTopLevelItem(item);
    m_tree->setCurrentItem(item);
    updateButtons();
    emit changed();
    m_tree->editItem(item, TitleColumn);
}

void CatalogTreeEditor::addSection()
{
    QTreeWidgetItem *chapter = m_tree->currentItem();
    if (chapter && chapter->parent())
        chapter = chapter->parent();
    if (!chapter) {
        chapter = newItem(tr("Chapter %1").arg(m_tree->topLevelItemCount() + 1), QString(), true);
        m_tree->addTopLevelItem(chapter);
    }
    QTreeWidgetItem *item = newItem(tr("Section %1").arg(chapter->childCount() + 1), u"00:00:00"_s, false);
    chapter->addChild(item);
    chapter->setExpanded(true);
    m_tree->setCurrentItem(item);
    updateButtons();
    emit changed();
    m_tree->editItem(item, TitleColumn);
}

void CatalogTreeEditor::removeCurrent()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    delete item;
    refreshChapterTotals();
    updateButtons();
    emit changed();
}

void CatalogTreeEditor::moveCurrent(int delta)
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    QTreeWidgetItem *parent = item->parent();
    const int count = parent ? parent->childCount() : m_tree->topLevelItemCount();
    const int from = parent ? parent->indexOfChild(item) : m_tree->indexOfTopLevelItem(item);
    const int to = from + delta;
    if (to < 0 || to >= count)
        return;
    const bool expanded = item->isExpanded();
    if (parent) {
        parent->takeChild(from);
        parent->insertChild(to, item);
    } else {
        m_tree->takeTopLevelItem(from);
        m_tree->insertTopLevelItem(to, item);
    }
    item->setExpanded(expanded);
    m_tree->setCurrentItem(item);
    updateButtons();
    emit changed();
}

void CatalogTreeEditor::updateButtons()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    m_remove->setEnabled(item);
    int index = -1;
    int count = 0;
    if (item) {
        QTreeWidgetItem *parent = item->parent();
        count = parent ? parent->childCount() : m_tree->topLevelItemCount();
        index = parent ? parent->indexOfChild(item) : m_tree->indexOfTopLevelItem(item);
    }
    m_up->setEnabled(item && index > 0);
    m_down->setEnabled(item && index + 1 < count);
}
