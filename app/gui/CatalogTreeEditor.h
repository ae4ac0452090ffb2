#pragma once

#include "metadata/CatalogXml.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;
class QToolButton;

// 资源目录 as a tree: chapters holding sections, each with a title and, for sections, a duration
// hh:mm:ss (a chapter shows the sum of its sections). Buttons add, remove and move entries.
// changed() follows every edit; the CatalogFieldEditor turns chapters() into the XML string.
class CatalogTreeEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogTreeEditor(QWidget *parent = nullptr);

    QList<CatalogXml::Chapter> chapters() const;
    // Shows the chapters without emitting changed().
    void setChapters(const QList<CatalogXml::Chapter> &chapters);
    QTreeWidget *tree() const { return m_tree; }

    void addChapter();
    void addSection();
    void removeCurrent();
    void moveCurrent(int delta);

signals:
    void changed();

private:
    QTreeWidgetItem *newItem(const QString &title, const QString &duration, bool chapter) const;
    void refreshChapterTotals();
    void updateButtons();
    void markDuration(QTreeWidgetItem *item) const;

    QTreeWidget *m_tree;
    QToolButton *m_addChapter;
    QToolButton *m_addSection;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    bool m_updating = false;
};
