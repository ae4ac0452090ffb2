#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class UnitStore;

// The scan or photo of the stamped registration form. Its kind is decided by content (magic bytes),
// never by the file name. The unit keeps its absolute path in Unit.stampedScan (column "stamped_scan");
// the submission package and the e-mail draft read it from there.
class StampedScan
{
    Q_DECLARE_TR_FUNCTIONS(StampedScan)
public:
    enum Kind { Unknown, Jpeg, Png, Pdf };

    // Largest accepted file: mail servers commonly refuse messages past 20–25 MB.
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

    static Kind detect(const QByteArray &head);
    // Reads the file's first bytes; Unknown with *error set when it cannot be read or is not JPEG/PNG/PDF.
    static Kind detectFile(const QString &path, QString *error);
    static QByteArray mimeType(Kind kind); // "image/jpeg" …
    static QString suffix(Kind kind);      // "jpg", "png", "pdf"

    // Checks the file and stores its absolute path in the unit at once.
    static bool attach(UnitStore &store, qint64 unitId, const QString &path, QString *error);
    // Forgets the attached scan (the file itself is left alone).
    static bool detach(UnitStore &store, qint64 unitId, QString *error);
};
