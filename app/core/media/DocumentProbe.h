#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

// What a PDF document is made of, as far as the technical check of "document" media needs it
// (docs/profile-format.md, "Documents"): whether it opens, its pages, its fonts and whether each is
// embedded, and the text of a sample of its pages with the characters that betray garbled text.
struct DocumentFacts
{
    struct Font
    {
        QString name; // "AAAAAB+NotoSansCJKsc-Regular"
        QString type; // "CID TrueType", "Type 1" …
        bool embedded = false;
    };

    QString path;
    qint64 fileSize = -1;
    bool pdf = false;       // starts with "%PDF-"
    bool opened = false;    // poppler could parse it
    bool locked = false;    // needs a password to open
    bool encrypted = false; // has an encryption dictionary (owner password, restrictions)
    int pages = 0;
    QList<Font> fonts;         // each (name, type) once
    int fontPagesScanned = 0;  // pages whose fonts were listed (all, unless time ran out)
    int textPagesRead = 0;     // pages whose text was extracted (a bounded sample)
    qint64 characters = 0;     // characters other than white space on those pages
    qint64 garbled = 0;        // of which look-alike radicals, U+FFFD or private use
    QStringList garbledSample; // the first distinct ones: "⼯ U+2F2F"
    bool timedOut = false;
    bool cancelled = false;
    QString tooLarge; // translated reason when the file was not opened because of its size

    QList<Font> unembeddedFonts() const;
    QJsonObject toJson() const;
};

// Reads DocumentFacts with poppler-qt6, bounded in size, pages, time, and cancellable.
class DocumentProbe
{
    Q_DECLARE_TR_FUNCTIONS(DocumentProbe)
public:
    struct Options
    {
        qint64 maxBytes = qint64(512) << 20; // larger files are not opened
        int firstPages = 20;                 // text is read from these pages …
        int samplePages = 10;                // … and this many more spread over the rest
        int timeLimitMs = 60000;             // for fonts and text together
        const std::atomic_bool *cancel = nullptr;
        std::function<void(double fraction)> progress;
    };

    // False only when the file cannot be read at all (missing, not a regular file, no permission):
    // *error says so. A file that is read but is no PDF, is locked or is damaged gives true with
    // opened = false: the rules judge that.
    static bool probe(const QString &path, DocumentFacts *facts, QString *error, const Options &options);
    // True when the file starts with "%PDF-" (used to guess the kind of an untyped file).
    static bool looksLikePdf(const QString &path);
    // Characters that stand in for real CJK characters in garbled text: Kangxi radicals
    // (U+2F00–U+2FDF), CJK radicals supplement (U+2E80–U+2EFF), U+FFFD and private use.
    static bool isGarbled(char32_t c);
    // The pages whose text is read: the first `first`, then `sample` spread over the rest.
    static QList<int> textPages(int pages, int first, int sample);
};
