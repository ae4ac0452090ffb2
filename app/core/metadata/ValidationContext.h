#pragma once

#include <QDate>
#include <QString>

class Taxonomy;

// What validators need besides the value: today's date (from a Clock, fixed in tests), the unit,
// and the taxonomy for category paths.
struct ValidationContext
{
    QDate today = QDate::currentDate();
    QString unitName;
    const Taxonomy *taxonomy = nullptr;
    QString listSeparator = QStringLiteral(";");
};
