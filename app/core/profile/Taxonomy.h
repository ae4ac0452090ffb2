#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

// The category tree of 所属分类: paths such as 科学文化-航空知识-航空发动机.
class Taxonomy
{
public:
    struct Node
    {
        QString name;
        QList<Node> children;
    };

    bool isEmpty() const { return m_roots.isEmpty(); }
    const QList<Node> &roots() const { return m_roots; }

    // True when every level of the path names a node under the previous one.
    bool contains(const QStringList &levels) const;
    // Every path from a root to a leaf, levels joined by separator.
    QStringList leafPaths(const QString &separator) const;

    // Reads {"categories": [{"name": …, "children": […]}]}; the error names the offending node.
    static bool fromJson(const QJsonArray &categories, Taxonomy *out, QString *error);

private:
    QList<Node> m_roots;
};
