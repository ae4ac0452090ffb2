#include "help/GuideBrowser.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxHighlights = 2000; // a one-letter search in a long guide stays quick
constexpr int kImageWidth = 760;     // screenshots wider than this are scaled down to fit the window

QString languageOfInterface()
{
    return QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}
} // namespace

GuideBrowser::GuideBrowser(QWidget *parent)
    : QWidget(parent, Qt::Window), m_text(new QTextBrowser(this)), m_find(new QLineEdit(this)),
      m_previous(new QToolButton(this)), m_next(new QToolButton(this)), m_status(new QLabel(this))
{
    setObjectName(u"guideBrowser"_s);
    m_text->setObjectName(u"guideText"_s);
    m_find->setObjectName(u"guideFind"_s);
    m_previous->setObjectName(u"guideFindPrevious"_s);
    m_next->setObjectName(u"guideFindNext"_s);
    m_status->setObjectName(u"guideFindStatus"_s);
    m_text->setOpenExternalLinks(true); // web and mail links go to the system's programs
    m_find->setClearButtonEnabled(true);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);

    auto *findBar = new QHBoxLayout;
    findBar->addWidget(m_find, 1);
    findBar->addWidget(m_previous);
    findBar->addWidget(m_next);
    findBar->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(findBar);
    layout->addWidget(m_text, 1);
    resize(900, 700);

    connect(m_find, &QLineEdit::textChanged, this, &GuideBrowser::onFindTextChanged);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(m_next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_previous, &QToolButton::clicked, this, [this] { findNext(true); });
    m_find->installEventFilter(this); // Shift+Enter: the previous match
    connect(new QShortcut(QKeySequence::FindNext, this), &QShortcut::activated, this,
            [this] { findNext(false); });
    connect(new QShortcut(QKeySequence::FindPrevious, this), &QShortcut::activated, this,
            [this] { findNext(true); });
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    connect(m_text, &QTextBrowser::sourceChanged, this, [this] {
        fitImages();
        highlightMatches();
    });
    retranslate();
}

QUrl GuideBrowser::guideUrl(const QString &language)
{
    return QUrl(language.startsWith(u"zh"_s) ? u"qrc:/guide/guide-zh_CN.md"_s : u"qrc:/guide/guide-en.md"_s);
}

void GuideBrowser::showGuide()
{
    if (m_language != languageOfInterface())
        loadGuide();
    show();
    raise();
    activateWindow();
}

void GuideBrowser::loadGuide()
{
    m_language = languageOfInterface();
    m_text->setSource(guideUrl(m_language), QTextDocument::MarkdownResource);
}

// Screenshots are 1280 px wide: scaled down to the reading width, never up.
void GuideBrowser::fitImages()
{
    QTextDocument *document = m_text->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QImage image =
                document->resource(QTextDocument::ImageResource, QUrl(format.name())).value<QImage>();
            if (image.isNull() || image.width() <= kImageWidth)
                continue;
            format.setWidth(kImageWidth);
            format.setHeight(double(image.height()) * kImageWidth / image.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

// As the user types: the first match from where the current one starts, so that typing more letters
// stays on the same place when it still matches.
void GuideBrowser::onFindTextChanged()
{
    QTextCursor cursor = m_text->textCursor();
    cursor.setPosition(cursor.selectionStart());
    m_text->setTextCursor(cursor);
    highlightMatches();
    if (m_find->text().isEmpty()) {
        m_status->clear();
        return;
    }
    findNext(false);
}

bool GuideBrowser::findNext(bool backward)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_text->find(text, flags);
    if (!found) { // wrap around
        QTextCursor cursor = m_text->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_text->setTextCursor(cursor);
        found = m_text->find(text, flags);
    }
    showFindStatus(found);
    return found;
}

void GuideBrowser::highlightMatches()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString text = m_find->text();
    if (!text.isEmpty()) {
        QTextCharFormat marked;
        marked.setBackground(QColor(255, 230, 100));
        QTextCursor cursor = m_text->document()->find(text, 0);
        while (!cursor.isNull() && selections.size() < kMaxHighlights) {
            selections.append({cursor, marked});
            cursor = m_text->document()->find(text, cursor);
        }
    }
    m_matches = int(selections.size());
    m_text->setExtraSelections(selections);
}

void GuideBrowser::showFindStatus(bool found)
{
    m_status->setText(found ? tr("%n match(es)", nullptr, m_matches) : tr("Not found"));
}

bool GuideBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_find && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() & Qt::ShiftModifier) {
            findNext(true);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GuideBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_language.isEmpty() && m_language != languageOfInterface())
            loadGuide();
    }
    QWidget::changeEvent(event);
}

void GuideBrowser::retranslate()
{
    setWindowTitle(tr("SubmitDesk User Guide"));
    m_find->setPlaceholderText(tr("Find in the guide"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_next->setToolTip(tr("Next match (Enter)"));
    const QFontMetrics metrics =
        m_status->fontMetrics(); // room for the longest status, so that it never clips
    m_status->setMinimumWidth(qMax(metrics.horizontalAdvance(tr("%n match(es)", nullptr, kMaxHighlights)),
                                   metrics.horizontalAdvance(tr("Not found"))) +
                              metrics.averageCharWidth());
}
