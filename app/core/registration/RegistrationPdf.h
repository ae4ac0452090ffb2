#pragma once

#include "workspace/Entities.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>

class QIODevice;
class QPainter;

// The printed registration form of attachment 3 (数字化学习资源报送工作负责人信息登记表): A4 portrait,
// title, the six-field table, the "(公章)" seal area kept clear for a 42 mm round seal, and a date line.
// The same paint() serves QPdfWriter (files, CLI, e-mail) and QPrinter (print and preview in the GUI).
//
// Fonts are chosen explicitly (SPEC.md §5): AR PL UMing for the body, WenQuanYi Zen Hei for the title,
// because Qt 6.4's PDF writer with Noto Sans CJK gives Kangxi radicals on text extraction.
// The form's own words are the official Chinese of the attachment and are not translated.
class RegistrationPdf
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationPdf)
public:
    explicit RegistrationPdf(Unit unit) : m_unit(std::move(unit)) {}

    static QString formTitle(); // 数字化学习资源报送工作负责人信息登记表
    // The (label, value) rows of the table, in the attachment's order.
    QList<std::pair<QString, QString>> rows() const;

    // Loads the CJK fonts (once) and returns the body / title family, or "" when none is installed.
    static QString bodyFamily();
    static QString titleFamily();
    // Fails with a message naming the packages to install when no suitable CJK font is present.
    static bool checkFonts(QString *error);

    // Paints the whole sheet; `page` is the full A4 sheet in the painter's device coordinates.
    void paint(QPainter &painter, const QRectF &page) const;
    // Where the seal goes, in millimetres from the sheet's top-left corner (kept free of lines and text
    // apart from the "(公章)" mark at its centre).
    static QRectF sealAreaMm();
    static constexpr double kSealDiameterMm = 42.0;

    bool write(QIODevice *device, QString *error) const;
    bool writeFile(const QString &path, QString *error) const;
    QByteArray toPdf(QString *error) const;

private:
    Unit m_unit;
};
