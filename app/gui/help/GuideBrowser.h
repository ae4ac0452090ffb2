#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QToolButton;

// The user guide inside the program (F1): docs/guide-<language>.md with its screenshots, bundled as the
// Qt resource :/guide, shown in the interface's language in a window of its own (objectName
// "guideBrowser"). The find box ("guideFind") searches as the user types: Enter or "guideFindNext" goes
// to the next match, Shift+Enter or "guideFindPrevious" to the one before (both wrap around), every match
// is highlighted, and "guideFindStatus" says how many there are.
class GuideBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit GuideBrowser(QWidget *parent = nullptr);

    // Shows the guide in the current interface language (QLocale()), raised and active.
    void showGuide();
    // The bundled guide of a language ("zh_CN" or "en"; Chinese for any zh*, English otherwise).
    static QUrl guideUrl(const QString &language);
    // Moves to the next (or previous) match of the find box's text; false when there is none.
    bool findNext(bool backward = false);
    // How many matches of the find box's text are highlighted.
    int matchCount() const { return m_matches; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadGuide();
    void fitImages();
    void onFindTextChanged();
    void highlightMatches();
    void showFindStatus(bool found);

    QTextBrowser *m_text;
    QLineEdit *m_find;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_status;
    QString m_language; // of the guide shown
    int m_matches = 0;
};
