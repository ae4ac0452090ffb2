// libFuzzer target: CatalogXml (parse, checkWellFormed, and write → parse round trip) and the
// BoundedXmlReader under it, over arbitrary bytes: raw (its encoding detection and DOCTYPE check) and
// as UTF-8 text. Must never crash, leak or hang; a catalog it parsed must survive a round trip.

#include "common/BoundedXmlReader.h"
#include "metadata/CatalogXml.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
bool sameChapters(const QList<CatalogXml::Chapter> &a, const QList<CatalogXml::Chapter> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).title != b.at(i).title || a.at(i).sections.size() != b.at(i).sections.size())
            return false;
        for (qsizetype k = 0; k < a.at(i).sections.size(); ++k)
            if (a.at(i).sections.at(k).title != b.at(i).sections.at(k).title ||
                a.at(i).sections.at(k).duration != b.at(i).sections.at(k).duration)
                return false;
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        BoundedXmlReader reader(bytes);
        while (!reader.atEnd())
            reader.readNext();
        (void)reader.describeError();
    }
    const QString xml = QString::fromUtf8(bytes);
    QString error;
    (void)CatalogXml::checkWellFormed(xml, QString(), &error);
    QList<CatalogXml::Chapter> chapters;
    if (CatalogXml::parse(xml, &chapters, &error)) {
        QList<CatalogXml::Chapter> again;
        if (!CatalogXml::parse(CatalogXml::write(chapters), &again, &error) || !sameChapters(chapters, again))
            std::abort(); // what we write must read back as it was
    }
    return 0;
}
