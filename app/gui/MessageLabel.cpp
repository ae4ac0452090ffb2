#include "MessageLabel.h"

#include <QPainter>

using namespace Qt::StringLiterals;

MessageLabel::MessageLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(false);
    setTextFormat(Qt::PlainText);
}

void MessageLabel::setMessage(const QString &text, const QColor &color)
{
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, color);
    setPalette(palette);
    setText(text);
    setToolTip(text);
    update();
}

QString MessageLabel::shownText() const
{
    QString line = text();
    line.replace(u'\n', u" · "_s);
    return fontMetrics().elidedText(line, Qt::ElideRight, contentsRect().width());
}

QSize MessageLabel::sizeHint() const
{
    // As wide as the text would like, but never a reason for the form to widen (see minimumSizeHint).
    return {fontMetrics().horizontalAdvance(text()), fontMetrics().height()};
}

QSize MessageLabel::minimumSizeHint() const
{
    return {0, fontMetrics().height()};
}

void MessageLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(contentsRect(), Qt::AlignLeft | Qt::AlignVCenter, shownText());
}
