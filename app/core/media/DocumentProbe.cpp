#include "media/DocumentProbe.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QStringView>

#include <mutex>

using namespace Qt::StringLiterals;

namespace {
// poppler writes every syntax complaint to stderr; the report says what matters.
void quietPoppler()
{
    static std::once_flag once;
    std::call_once(
        once, [] { Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant()); });
}

struct Budget
{
    QElapsedTimer clock;
    const DocumentProbe::Options &options;
    DocumentFacts *facts;

    // False (and the fact recorded) when the work has to stop.
    bool more()
    {
        if (options.cancel && options.cancel->load()) {
            facts->cancelled = true;
            return false;
        }
        if (clock.elapsed() > options.timeLimitMs) {
            facts->timedOut = true;
            return false;
        }
        return true;
    }
};

QString fontTypeName(Poppler::FontInfo::Type type)
{
    switch (type) {
    case Poppler::FontInfo::Type1:
        return u"Type 1"_s;
    case Poppler::FontInfo::Type1C:
        return u"Type 1C"_s;
    case Poppler::FontInfo::Type3:
        return u"Type 3"_s;
    case Poppler::FontInfo::TrueType:
        return u"TrueType"_s;
    case Poppler::FontInfo::CIDType0:
    case Poppler::FontInfo::CIDType0C:
        return u"CID Type 0"_s;
    case Poppler::FontInfo::CIDTrueType:
        return u"CID TrueType"_s;
    default:
        break;
    }
    return u"other"_s;
}

void readFonts(Poppler::Document &doc, DocumentFacts *facts, Budget &budget)
{
    std::unique_ptr<Poppler::FontIterator> it = doc.newFontIterator(0);
    while (it && it->hasNext() && budget.more()) {
        const QList<Poppler::FontInfo> fonts = it->next();
        ++facts->fontPagesScanned;
        for (const Poppler::FontInfo &info : fonts) {
            // A Type 3 font is drawn by the PDF itself: nothing is missing from the file.
            const bool embedded = info.isEmbedded() || info.type() == Poppler::FontInfo::Type3;
            DocumentFacts::Font font{info.name().isEmpty() ? u"(unnamed)"_s : info.name(),
                                     fontTypeName(info.type()), embedded};
            const bool known = std::any_of(facts->fonts.cbegin(), facts->fonts.cend(), [&](const auto &f) {
                return f.name == font.name && f.type == font.type;
            });
            if (!known && facts->fonts.size() < 500)
                facts->fonts.append(font);
        }
    }
}

void countText(const QString &text, DocumentFacts *facts)
{
    const QList<uint> codes = text.toUcs4();
    for (uint c : codes) {
        if (QChar::isSpace(c))
            continue;
        ++facts->characters;
        if (!DocumentProbe::isGarbled(char32_t(c)))
            continue;
        ++facts->garbled;
        const QString shown = u"%1 U+%2"_s.arg(QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1))
                                  .arg(c, 4, 16, QChar(u'0'))
                                  .toUpper();
        if (facts->garbledSample.size() < 8 && !facts->garbledSample.contains(shown))
            facts->garbledSample.append(shown);
    }
}

void readText(Poppler::Document &doc, DocumentFacts *facts, Budget &budget)
{
    const DocumentProbe::Options &o = budget.options;
    const QList<int> pages = DocumentProbe::textPages(facts->pages, o.firstPages, o.samplePages);
    for (int index : pages) {
        if (!budget.more())
            return;
        std::unique_ptr<Poppler::Page> page = doc.page(index);
        if (page)
            countText(page->text(QRectF()), facts);
        ++facts->textPagesRead;
        if (o.progress)
            o.progress(0.5 + 0.5 * facts->textPagesRead / qMax<qsizetype>(1, pages.size()));
    }
}
} // namespace

QList<DocumentFacts::Font> DocumentFacts::unembeddedFonts() const
{
    QList<Font> out;
    for (const Font &f : fonts) {
        if (!f.embedded)
            out.append(f);
    }
    return out;
}

QJsonObject DocumentFacts::toJson() const
{
    QJsonArray fontArray;
    for (const Font &f : fonts)
        fontArray.append(QJsonObject{{"name"_L1, f.name}, {"type"_L1, f.type}, {"embedded"_L1, f.embedded}});
    QJsonObject o{{"file_size"_L1, fileSize},
                  {"format"_L1, pdf ? u"pdf"_s : u"unknown"_s},
                  {"opened"_L1, opened},
                  {"locked"_L1, locked},
                  {"encrypted"_L1, encrypted},
                  {"pages"_L1, pages},
                  {"fonts"_L1, fontArray},
                  {"font_pages_scanned"_L1, fontPagesScanned},
                  {"text_pages_read"_L1, textPagesRead},
                  {"characters"_L1, characters},
                  {"garbled"_L1, garbled},
                  {"garbled_sample"_L1, QJsonArray::fromStringList(garbledSample)}};
    if (timedOut)
        o.insert("timed_out"_L1, true);
    return o;
}

bool DocumentProbe::isGarbled(char32_t c)
{
    return (c >= 0x2F00 && c <= 0x2FDF) || (c >= 0x2E80 && c <= 0x2EFF) || c == 0xFFFD ||
           (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000;
}

QList<int> DocumentProbe::textPages(int pages, int first, int sample)
{
    QList<int> out;
    const int head = qBound(0, first, pages);
    for (int i = 0; i < head; ++i)
        out.append(i);
    const int rest = pages - head;
    const int extra = qBound(0, sample, rest);
    for (int k = 0; k < extra; ++k)
        out.append(head + int(qint64(k) * rest / extra));
    return out;
}

bool DocumentProbe::looksLikePdf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

bool DocumentProbe::probe(const QString &path, DocumentFacts *facts, QString *error, const Options &options)
{
    *facts = DocumentFacts();
    facts->path = path;
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = !info.exists()   ? tr("%1: no such file").arg(path)
                     : !info.isFile() ? tr("%1: not a regular file").arg(path)
                                      : tr("%1: cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    facts->fileSize = info.size();
    facts->pdf = file.read(5) == "%PDF-";
    file.close();
    if (facts->fileSize > options.maxBytes) {
        facts->tooLarge = tr("larger than %1 MB, too large to examine").arg(options.maxBytes >> 20);
        return true;
    }
    if (!facts->pdf)
        return true;
    quietPoppler();
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc)
        return true;
    facts->encrypted = doc->isEncrypted();
    facts->locked = doc->isLocked();
    if (facts->locked)
        return true;
    facts->opened = true;
    facts->pages = doc->numPages();
    Budget budget{{}, options, facts};
    budget.clock.start();
    readFonts(*doc, facts, budget);
    if (options.progress)
        options.progress(0.5);
    readText(*doc, facts, budget);
    return true;
}
