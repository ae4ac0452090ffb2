#include "CatalogFieldEditor.h"

#include "CatalogTreeEditor.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CatalogFieldEditor::CatalogFieldEditor(const FieldSpec &spec, QWidget *parent)
    : FieldEditor(spec, parent), m_tabs(new QTabWidget(this)), m_tree(new CatalogTreeEditor(this)),
      m_notice(new QLabel(this)), m_xml(new QPlainTextEdit(this))
{
    m_tabs->setObjectName(u"field_"_s + spec.id + u"_tabs"_s);
    m_tree->setObjectName(u"field_"_s + spec.id + u"_tree"_s);
    m_notice->setObjectName(u"notice_"_s + spec.id);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"color: #b26a00;"_s);
    m_notice->hide();

    auto *treePage = new QWidget(m_tabs);
    auto *treeLayout = new QVBoxLayout(treePage);
    treeLayout->setContentsMargins(4, 4, 4, 4);
    treeLayout->addWidget(m_notice);
    treeLayout->addWidget(m_tree, 1);
    m_tabs->addTab(treePage, tr("Chapters"));

    m_xml->setPlaceholderText(placeholderText());
    m_xml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_xml->setTabChangesFocus(true);
    m_xml->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    decorateInput(m_xml);
    watchFocus(m_xml);
    m_tabs->addTab(m_xml, tr("XML"));
    m_tabs->setMinimumHeight(220);

    connect(m_xml, &QPlainTextEdit::textChanged, this, [this] {
        showXmlInTree();
        emit edited();
    });
    connect(m_tree, &CatalogTreeEditor::changed, this, [this] {
        const QList<CatalogXml::Chapter> chapters = m_tree->chapters();
        {
            const QSignalBlocker block(m_xml);
            m_xml->setPlainText(chapters.isEmpty() ? QString() : CatalogXml::write(chapters));
        }
        emit edited();
        emit committed();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setFocusProxy(m_tree->tree());
}

QString CatalogFieldEditor::value() const
{
    return m_xml->toPlainText();
}

void CatalogFieldEditor::setValue(const QString &value)
{
    {
        const QSignalBlocker block(m_xml);
        m_xml->setPlainText(value);
    }
    showXmlInTree();
}

QWidget *CatalogFieldEditor::inputWidget() const
{
    return m_xml;
}

void CatalogFieldEditor::showXmlInTree()
{
    const QString xml = m_xml->toPlainText();
    QList<CatalogXml::Chapter> chapters;
    m_treeError.clear();
    if (!xml.trimmed().isEmpty() && !CatalogXml::parse(xml, &chapters, &m_treeError)) {
        m_notice->setText(
            tr("The XML cannot be shown as a tree. Correct it in the XML tab.\n%1").arg(m_treeError));
        m_notice->show();
        m_tree->setEnabled(false);
        return;
    }
    m_notice->hide();
    m_tree->setEnabled(true);
    m_tree->setChapters(chapters);
}
