#include "metadata/ImageRule.h"

#include "metadata/RuleHelpers.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// The profile's optional cover limits (docs/profile-format.md, "Fields"): min_width, min_height and
// aspect ("16:9", width:height, within 1 %). A picture passes the limits that are absent.
QList<ValidationMessage> checkSize(const FieldSpec &spec, const QString &fileName, const QSize &size)
{
    const int minWidth = spec.rule.value("min_width"_L1).toInt(0);
    const int minHeight = spec.rule.value("min_height"_L1).toInt(0);
    const QString actual = u"%1×%2"_s.arg(size.width()).arg(size.height());
    if (size.width() < minWidth || size.height() < minHeight)
        return {ruleError(
            spec, u"image_size"_s,
            QCoreApplication::translate("Validation", "%1: %2 is %3 pixels; at least %4×%5 are needed")
                .arg(spec.label.text(), fileName, actual)
                .arg(minWidth)
                .arg(minHeight))};
    const QString aspect = spec.rule.value("aspect"_L1).toString();
    if (aspect.isEmpty())
        return {};
    const double w = aspect.section(u':', 0, 0).toDouble();
    const double h = aspect.section(u':', 1, 1).toDouble();
    const double wanted = h > 0 ? w / h : 0;
    const double ratio = double(size.width()) / size.height();
    if (wanted > 0 && std::abs(ratio - wanted) <= wanted * 0.01)
        return {};
    return {ruleError(spec, u"image_aspect"_s,
                      QCoreApplication::translate("Validation", "%1: %2 is %3, not %4 in shape")
                          .arg(spec.label.text(), fileName, actual, aspect))};
}
} // namespace

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
    return checkSize(spec, info.fileName(), size);
}
