#pragma once

#include <QWidget>

class QPlainTextEdit;
class QToolButton;

// "Details": a toggle button that shows a read-only text area with the technical side of what is shown
// above it in plain words (measured values, codec names, ffmpeg commands, file paths, error codes).
// Closed by default; the button is disabled while there are no details. Children are named
// `<name>Button` and `<name>` (e.g. "mediaCheckDetailsButton", "mediaCheckDetails") for the tests.
class DetailsDisclosure : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsDisclosure(const QString &name, QWidget *parent = nullptr);

    void setDetails(const QString &text);
    QString details() const;
    bool isOpen() const;
    void setOpen(bool open);

signals:
    void toggled(bool open);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QToolButton *m_button;
    QPlainTextEdit *m_text;
};
