#include "CoverFieldEditor.h"
#include "FileDialogs.h"

#include "CoverPreview.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

CoverFieldEditor::CoverFieldEditor(const FieldSpec &spec, QWidget *parent)
    : FieldEditor(spec, parent), m_line(new QLineEdit(this)), m_browse(new QPushButton(this)),
      m_preview(new CoverPreview(this)), m_size(new QLabel(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_line->setPlaceholderText(placeholderText());
    m_line->setClearButtonEnabled(true);
    decorateInput(m_line);
    watchFocus(m_line);
    connect(m_line, &QLineEdit::textEdited, this, [this] {
        showFile(m_line->text().trimmed());
        emit edited();
    });
    connect(m_line, &QLineEdit::returnPressed, this, &FieldEditor::committed);

    m_browse->setObjectName(u"field_"_s + spec.id + u"_browse"_s);
    m_browse->setText(tr("Browse…"));
    m_browse->setToolTip(tr("Choose a JPEG picture"));
    connect(m_browse, &QPushButton::clicked, this, &CoverFieldEditor::browse);

    m_preview->setObjectName(u"preview_"_s + spec.id);
    layout->addWidget(m_line, 0, 0);
    layout->addWidget(m_browse, 0, 1);
    layout->addWidget(m_preview, 1, 0, 1, 2, Qt::AlignLeft);
    m_size->setObjectName(u"coverSize_"_s + spec.id);
    layout->addWidget(m_size, 2, 0, 1, 2, Qt::AlignLeft);
    setFocusProxy(m_line);
}

QString CoverFieldEditor::value() const
{
    return m_line->text().trimmed();
}

void CoverFieldEditor::setValue(const QString &value)
{
    {
        const QSignalBlocker block(m_line);
        m_line->setText(value);
    }
    showFile(value);
}

void CoverFieldEditor::showFile(const QString &path)
{
    m_preview->setFile(path);
    m_size->setText(m_preview->sizeText());
    m_size->setVisible(m_preview->hasPicture());
}

QWidget *CoverFieldEditor::inputWidget() const
{
    return m_line;
}

void CoverFieldEditor::browse()
{
    const QString path = FileDialogs::openFile(this, FileDialogs::Cover, tr("Choose the cover picture"),
                                               tr("JPEG pictures (*.jpg *.jpeg);;All files (*)"));
    if (path.isEmpty())
        return;
    setValue(path);
    emit edited();
    emit committed();
}
