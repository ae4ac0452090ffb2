#include "WaveformView.h"

#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

WaveformView::WaveformView(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(80);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setCursor(Qt::PointingHandCursor);
}

void WaveformView::setData(const Waveform::Data &data)
{
    m_data = data;
    m_status.clear();
    update();
}

void WaveformView::setStatus(const QString &text)
{
    m_data = Waveform::Data();
    m_status = text;
    update();
}

void WaveformView::setPosition(qint64 ms)
{
    m_position = ms;
    update();
}

void WaveformView::setDuration(qint64 ms)
{
    m_duration = ms;
    update();
}

double WaveformView::totalSeconds() const
{
    if (m_data.duration > 0)
        return m_data.duration;
    return m_duration / 1000.0;
}

int WaveformView::xAt(double seconds) const
{
    const double total = totalSeconds();
    return total > 0 ? int(seconds / total * width()) : 0;
}

void WaveformView::paintNotes(QPainter &p) const
{
    for (const Waveform::Note &note : m_data.notes) {
        const bool silence = note.kind == Waveform::Note::Kind::Silence;
        const int x0 = xAt(note.start);
        const int x1 = qMax(x0 + 2, xAt(note.end));
        p.fillRect(QRect(x0, 0, x1 - x0, height()),
                   silence ? QColor(0x90, 0xca, 0xf9, 110) : QColor(0xe5, 0x39, 0x35, 90));
    }
}

void WaveformView::paintBand(QPainter &p) const
{
    const qsizetype buckets = m_data.minimum.size();
    const double mid = height() / 2.0;
    const double half = height() / 2.0 - 2;
    p.setPen(QColor(0x15, 0x65, 0xc0));
    for (int x = 0; x < width(); ++x) {
        const qsizetype from = qsizetype(double(x) / width() * buckets);
        const qsizetype to = qMax(from + 1, qsizetype(double(x + 1) / width() * buckets));
        float lo = 1, hi = -1;
        for (qsizetype i = from; i < to && i < buckets; ++i) {
            lo = qMin(lo, m_data.minimum[i]);
            hi = qMax(hi, m_data.maximum[i]);
        }
        if (hi < lo)
            continue;
        p.drawLine(QPointF(x + 0.5, mid - hi * half), QPointF(x + 0.5, mid - lo * half));
    }
}

void WaveformView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setPen(palette().mid().color());
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    if (m_data.isEmpty()) {
        p.setPen(palette().text().color());
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_status);
        return;
    }
    paintNotes(p);
    p.setPen(palette().mid().color());
    p.drawLine(0, height() / 2, width(), height() / 2);
    paintBand(p);
    const int x = xAt(m_position / 1000.0);
    p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 2));
    p.drawLine(x, 0, x, height());
}

void WaveformView::seekTo(int x)
{
    const double total = totalSeconds();
    if (total <= 0 || width() <= 0)
        return;
    emit seekRequested(qint64(qBound(0.0, double(x) / width(), 1.0) * total * 1000.0));
}

void WaveformView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        seekTo(int(event->position().x()));
}

void WaveformView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        seekTo(int(event->position().x()));
}
