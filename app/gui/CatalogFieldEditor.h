#pragma once

#include "FieldEditor.h"

class CatalogTreeEditor;
class QLabel;
class QPlainTextEdit;
class QTabWidget;

// Xml fields (资源目录): two tabs over one value, the chapter tree (CatalogTreeEditor) and the raw XML
// text. Tree edits write the XML (CatalogXml::write); XML typed or pasted is parsed back into the tree
// and, when malformed, stored as typed while the tree tab says why it cannot show it (line, column).
// The raw text box is field_<id>, the tree field_<id>_tree, the tab widget field_<id>_tabs.
class CatalogFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit CatalogFieldEditor(const FieldSpec &spec, QWidget *parent = nullptr);

    QString value() const override;
    void setValue(const QString &value) override;
    QWidget *inputWidget() const override;

    CatalogTreeEditor *treeEditor() const { return m_tree; }
    QTabWidget *tabs() const { return m_tabs; }
    // Why the XML cannot be shown as a tree ("" when it can).
    QString treeError() const { return m_treeError; }

private:
    void showXmlInTree();

    QTabWidget *m_tabs;
    CatalogTreeEditor *m_tree;
    QLabel *m_notice;
    QPlainTextEdit *m_xml;
    QString m_treeError;
};
