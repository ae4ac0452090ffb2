#pragma once

#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;
class Taxonomy;

// Chooses a category path (所属分类) in the profile's taxonomy: a tree with a filter box; the chosen
// node's path is joined by the separator ("科学文化-航空知识-航空发动机"). Inner nodes may be chosen
// too; the validator says whether the profile wants a leaf.
class CategoryPickerDialog : public QDialog
{
    Q_OBJECT
public:
    CategoryPickerDialog(const Taxonomy &taxonomy, const QString &separator, QWidget *parent = nullptr);

    // Selects the node of this path when the taxonomy has it.
    void setPath(const QString &path);
    QString path() const;
    // Shows only the nodes whose path contains the text (their ancestors stay to give context).
    void setFilter(const QString &text);

private:
    QModelIndex findPath(const QStringList &levels) const;
    void updateOkButton();

    QString m_separator;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
};
