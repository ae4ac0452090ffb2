#include "metadata/ImageRule.h"

#include "metadata/RuleHelpers.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>

using namespace Qt::StringLiterals;

QList<ValidationMessage> ImageRule::check(const FieldSpec &spec, const QString &value,
                                          const ValidationContext &)
{
    QStringList formats;
    for (const QJsonValue &v : spec.rule.value("formats"_L1).toArray())
        formats.append(v.toString());
    if (formats.isEmpty())
        formats.append(u"jpeg"_s);
    const QFileInfo info(value);
    if (!info.isFile())
        return {ruleError(spec, u"file_missing"_s,
                          QCoreApplication::translate("Validation", "%1: the file %2 does not exist")
                              .arg(spec.label.text(), value))};
    QFile file(value);
    if (!file.open(QIODevice::ReadOnly))
        return {ruleError(spec, u"file_unreadable"_s,
                          QCoreApplication::translate("Validation", "%1: cannot read %2: %3")
                              .arg(spec.label.text(), value, file.errorString()))};
    // Judge by content: the reader looks at the bytes, never at the name.
    QImageReader reader(&file);
    reader.setDecideFormatFromContent(true);
    const QString format = QString::fromLatin1(reader.format()).toLower();
    const bool isJpegMagic = [&] {
        file.seek(0);
        return file.peek(3) == QByteArray("\xFF\xD8\xFF", 3);
    }();
    const QString actual = format == "jpg"_L1 ? u"jpeg"_s : format;
    if (!formats.contains(actual) || (actual == "jpeg"_L1 && !isJpegMagic))
        return {ruleError(spec, u"image_format"_s,
                          QCoreApplication::translate("Validation", "%1: %2 is %3, not a %4 picture")
                              .arg(spec.label.text(), info.fileName(),
                                   actual.isEmpty() ? QCoreApplication::translate("Validation", "no picture")
                                                    : actual.toUpper(),
                                   formats.join(u"/"_s).toUpper()))};
    file.seek(0);
    const QSize size = reader.size();
    if (!size.isValid())
        return {ruleError(spec, u"image_damaged"_s,
                          QCoreApplication::translate("Validation", "%1: %2 is damaged and cannot be read")
                              .arg(spec.label.text(), info.fileName()))};
    return {};
}
