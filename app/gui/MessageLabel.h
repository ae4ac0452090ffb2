#pragma once

#include <QLabel>

// A field's inline message on one line of fixed height: it never grows, so a message that appears or
// goes does not move the rows below. Text wider than the line ends in "…"; the whole message is its
// tooltip. Several messages show one after the other, separated by " · ". text() is the full message.
class MessageLabel : public QLabel
{
    Q_OBJECT
public:
    explicit MessageLabel(QWidget *parent = nullptr);

    void setMessage(const QString &text, const QColor &color);
    // The text as painted: one line, elided to the width.
    QString shownText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};
