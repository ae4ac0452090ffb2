#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// 资源目录: the chapter tree of a resource, kept as the XML string the standard asks for:
// <catalog><chapter title="…"><section title="…" duration="hh:mm:ss"/></chapter></catalog>
class BoundedXmlReader;

class CatalogXml
{
    Q_DECLARE_TR_FUNCTIONS(CatalogXml)
public:
    struct Section
    {
        QString title;
        QString duration; // hh:mm:ss or ""
    };
    struct Chapter
    {
        QString title;
        QList<Section> sections;
    };

    // Bounds on any XML read here (BoundedXmlReader): a catalog of thousands of sections fits well within.
    static constexpr int MaxDepth = 64;
    static constexpr qint64 MaxElements = 200000;
    static constexpr qint64 MaxTextChars = qint64(4) << 20;

    // Parses SubmitDesk's catalog form. Errors say line and column. A DTD is refused at its DOCTYPE (no
    // entity is declared or resolved); so is XML deeper, larger or with more text than the bounds above.
    static bool parse(const QString &xml, QList<Chapter> *chapters, QString *error);
    // Checks that the text is well-formed XML with the given root (any inner elements allowed, within the
    // same bounds; no DTD).
    static bool checkWellFormed(const QString &xml, const QString &root, QString *error);
    static QString write(const QList<Chapter> &chapters);

    static bool isValidDuration(const QString &duration);

private:
    static bool readChapter(BoundedXmlReader &reader, Chapter *chapter, QString *error);
};
