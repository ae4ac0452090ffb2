#pragma once

#include "media/Waveform.h"

#include <QWidget>

// The overview of an audio resource: lowest and highest sample per bucket as a filled band, long silences
// shaded blue and clipping red (Waveform's notes), and the playhead. A click or drag seeks. Before the
// overview is ready it shows a line of text ("Reading the sound…", or why there is none).
class WaveformView : public QWidget
{
    Q_OBJECT
public:
    explicit WaveformView(QWidget *parent = nullptr);

    void setData(const Waveform::Data &data);
    void setStatus(const QString &text); // clears the overview
    const Waveform::Data &data() const { return m_data; }
    QString status() const { return m_status; }
    void setPosition(qint64 ms);
    void setDuration(qint64 ms);

    QSize sizeHint() const override { return {480, 110}; }

signals:
    void seekRequested(qint64 ms);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    double totalSeconds() const;
    int xAt(double seconds) const;
    void paintNotes(class QPainter &p) const;
    void paintBand(class QPainter &p) const;
    void seekTo(int x);

    Waveform::Data m_data;
    QString m_status;
    qint64 m_position = 0;
    qint64 m_duration = 0;
};
