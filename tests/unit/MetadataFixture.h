#pragma once

// Shared by the metadata tests: the built-in profile, a validation context on a fixed day,
// messages as "severity:code" strings, and real pictures written with QImage.

#include "common/Clock.h"
#include "metadata/ValidationContext.h"
#include "metadata/ValidationMessage.h"
#include "profile/ProfileLoader.h"

#include <QImage>
#include <QStringList>

namespace MetadataFixture {
// The day the tests live on: 2022-04-01, between the notice and its upload deadline.
inline const FixedClock &clock()
{
    static const FixedClock c(QDateTime(QDate(2022, 4, 1), QTime(10, 0)));
    return c;
}

inline const Profile &profile()
{
    static const Profile p = [] {
        Profile loaded;
        QString error;
        if (!ProfileLoader::loadBuiltin(QStringLiteral("lifelong-2022"), &loaded, &error))
            qFatal("cannot load the built-in profile: %s", qPrintable(error));
        return loaded;
    }();
    return p;
}

inline const FieldSpec &field(const QString &id)
{
    const FieldSpec *f = profile().field(id);
    if (!f)
        qFatal("no field %s", qPrintable(id));
    return *f;
}

inline ValidationContext context()
{
    ValidationContext c;
    c.today = clock().today();
    c.taxonomy = &profile().taxonomy;
    c.listSeparator = profile().listSeparator;
    c.unitName = QStringLiteral("国家开放大学");
    return c;
}

// ["error:too_long", "warning:spaces", …] in the validator's order.
inline QStringList codes(const QList<ValidationMessage> &messages)
{
    QStringList out;
    for (const ValidationMessage &m : messages)
        out.append(severityName(m.severity) + QLatin1Char(':') + m.code);
    return out;
}

// The fix of the first message that has one.
inline QString firstFix(const QList<ValidationMessage> &messages)
{
    for (const ValidationMessage &m : messages)
        if (!m.fix.isEmpty())
            return m.fix;
    return {};
}

inline QImage picture(int w = 64, int h = 48)
{
    QImage image(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            image.setPixel(x, y, qRgb(x * 4 % 256, y * 5 % 256, 128));
    return image;
}

inline bool writeJpeg(const QString &path)
{
    return picture().save(path, "JPG");
}

inline bool writePng(const QString &path)
{
    return picture().save(path, "PNG");
}
} // namespace MetadataFixture
