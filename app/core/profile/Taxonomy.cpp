#include "profile/Taxonomy.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
bool readNodes(const QJsonArray &array, const QString &where, QList<Taxonomy::Node> *out, QString *error)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString here = u"%1[%2]"_s.arg(where).arg(i);
        Taxonomy::Node node;
        node.name = o.value("name"_L1).toString().trimmed();
        if (node.name.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("Taxonomy", "%1: a category has no name").arg(here);
            return false;
        }
        if (!readNodes(o.value("children"_L1).toArray(), here + u"."_s + node.name, &node.children, error))
            return false;
        out->append(node);
    }
    return true;
}

void collect(const QList<Taxonomy::Node> &nodes, const QString &prefix, const QString &sep, QStringList *out)
{
    for (const auto &n : nodes) {
        const QString path = prefix.isEmpty() ? n.name : prefix + sep + n.name;
        if (n.children.isEmpty())
            out->append(path);
        else
            collect(n.children, path, sep, out);
    }
}
} // namespace

bool Taxonomy::contains(const QStringList &levels) const
{
    const QList<Node> *nodes = &m_roots;
    for (const QString &level : levels) {
        const Node *found = nullptr;
        for (const Node &n : *nodes) {
            if (n.name == level) {
                found = &n;
                break;
            }
        }
        if (!found)
            return false;
        nodes = &found->children;
    }
    return !levels.isEmpty();
}

QStringList Taxonomy::leafPaths(const QString &separator) const
{
    QStringList out;
    collect(m_roots, QString(), separator, &out);
    return out;
}

bool Taxonomy::fromJson(const QJsonArray &categories, Taxonomy *out, QString *error)
{
    Taxonomy t;
    if (!readNodes(categories, u"categories"_s, &t.m_roots, error))
        return false;
    *out = t;
    return true;
}
