#pragma once

// PDF files made at test time for the document check: through QPdfWriter (which embeds its fonts) or
// written by hand in a few lines of PDF syntax (a base-14 font that is not embedded, an encrypted
// document, no pages). Needs a QGuiApplication for the QPdfWriter ones.

#include <QByteArray>
#include <QFile>
#include <QFont>
#include <QList>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

namespace PdfFactory {
// `pages` pages, each with `lines` lines of `text` in a CJK font that QPdfWriter embeds. WenQuanYi Zen
// Hei by default: with Noto Sans CJK, whose radicals ⼯ ⼈ share the glyphs of 工 人, Qt's text map
// names those glyphs by the radicals, and the PDF's text is garbled (which the check catches).
inline bool writeText(const QString &path, const QString &text, int pages = 2, int lines = 12,
                      const QString &family = QStringLiteral("WenQuanYi Zen Hei"))
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setResolution(72);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QFont font(family);
    font.setFamilies({family});
    font.setPixelSize(12);
    painter.setFont(font);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        for (int i = 0; i < lines; ++i)
            painter.drawText(20, 30 + 20 * i, text);
    }
    return painter.end();
}

// A minimal PDF from its objects ("1 0 obj … endobj" bodies, numbered from 1) with a correct xref.
inline QByteArray assemble(const QList<QByteArray> &objects, const QByteArray &trailerExtra = {})
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " + trailerExtra +
           " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// One page of English text in Helvetica, which the file names but does not embed.
inline QByteArray helveticaNotEmbedded()
{
    QByteArray content = "BT /F1 12 Tf 20 800 Td ";
    for (int i = 0; i < 10; ++i)
        content += "(The quick brown fox jumps over the lazy dog.) Tj 0 -16 Td ";
    content += "ET";
    return assemble(
        {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
         "/Resources << /Font << /F1 5 0 R >> >> >>",
         "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
         "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"});
}

// `pages` pages that all show the same short Helvetica text (a cheap long document).
inline QByteArray manyPages(int pages)
{
    const QByteArray content = "BT /F1 12 Tf 20 800 Td (Page text that repeats on every page.) Tj ET";
    QList<QByteArray> objects{"<< /Type /Catalog /Pages 2 0 R >>", QByteArray(),
                              "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
                                  "\nendstream",
                              "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    QByteArray kids;
    for (int i = 0; i < pages; ++i) {
        kids += QByteArray::number(objects.size() + 1) + " 0 R ";
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
                       "/Resources << /Font << /F1 4 0 R >> >> >>");
    }
    objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>";
    return assemble(objects);
}

// Encrypted with the standard handler and a user password nobody knows: it does not open.
inline QByteArray passwordProtected()
{
    const QByteArray o = QByteArray(32, '\x41').toHex();
    const QByteArray u = QByteArray(32, '\x5a').toHex();
    return assemble(
        {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>",
         "<< /Filter /Standard /V 1 /R 2 /O <" + o + "> /U <" + u + "> /P -44 >>"},
        "/Encrypt 3 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]");
}

// A well-formed PDF without a single page.
inline QByteArray noPages()
{
    return assemble({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"});
}

inline bool save(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
} // namespace PdfFactory
