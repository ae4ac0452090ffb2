#include "registration/RegistrationPdf.h"

#include <QBuffer>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace {
// Page geometry in millimetres (A4: 210 × 297).
constexpr double kPageW = 210.0;
constexpr double kMarginX = 25.0;
constexpr double kTableTop = 58.0;
constexpr double kRowH = 17.0;
constexpr double kLabelW = 62.0;
constexpr double kSealSide = 50.0; // clear square around the 42 mm seal
constexpr double kPtToMm = 25.4 / 72.0;

struct Fonts
{
    QString body;
    QString title;
};

QString firstInstalled(const QStringList &families)
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &f : families)
        if (installed.contains(f, Qt::CaseInsensitive))
            return f;
    return {};
}

const Fonts &fonts()
{
    static const Fonts f = [] {
        // Register the files explicitly too, so that a private fontconfig setup still finds them.
        for (const QString &path : {u"/usr/share/fonts/truetype/arphic/uming.ttc"_s,
                                    u"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"_s}) {
            if (QFile::exists(path))
                QFontDatabase::addApplicationFont(path);
        }
        Fonts out;
        out.body = firstInstalled({u"AR PL UMing CN"_s, u"AR PL UMing"_s, u"WenQuanYi Zen Hei"_s});
        out.title = firstInstalled({u"WenQuanYi Zen Hei"_s, u"AR PL UMing CN"_s, u"AR PL UMing"_s});
        return out;
    }();
    return f;
}

// A font of `pt` points for a sheet drawn at `pxPerMm` device pixels per millimetre.
QFont fontAt(const QString &family, double pt, double pxPerMm, bool bold = false)
{
    QFont font(family);
    font.setPixelSize(qMax(1, qRound(pt * kPtToMm * pxPerMm)));
    font.setBold(bold);
    font.setKerning(false);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// Draws `text` inside `box`, shrinking the font (down to 8 pt) until it fits, wrapping when needed.
void drawFitted(QPainter &p, const QRectF &box, const QString &text, const QString &family, double pt,
                double pxPerMm, int align)
{
    for (double size = pt; size >= 8.0; size -= 0.5) {
        const QFont font = fontAt(family, size, pxPerMm);
        const QRectF need = QFontMetricsF(font).boundingRect(box, align | Qt::TextWordWrap, text);
        if ((need.width() <= box.width() && need.height() <= box.height()) || size <= 8.0) {
            p.setFont(font);
            p.drawText(box, align | Qt::TextWordWrap, text);
            return;
        }
    }
}
} // namespace

QString RegistrationPdf::formTitle()
{
    return u"数字化学习资源报送工作负责人信息登记表"_s;
}

QList<std::pair<QString, QString>> RegistrationPdf::rows() const
{
    return {
        {u"省(区、市)/单位名称"_s, m_unit.name},
        {u"负责人姓名"_s, m_unit.person},
        {u"职务"_s, m_unit.title},
        {u"座机"_s, m_unit.phone},
        {u"手机"_s, m_unit.mobile},
        {u"电子邮箱"_s, m_unit.email},
    };
}

QString RegistrationPdf::bodyFamily()
{
    return fonts().body;
}

QString RegistrationPdf::titleFamily()
{
    return fonts().title;
}

bool RegistrationPdf::checkFonts(QString *error)
{
    if (!bodyFamily().isEmpty())
        return true;
    if (error)
        *error = tr("no CJK font that keeps Chinese text searchable in PDF: install fonts-arphic-uming "
                    "or fonts-wqy-zenhei");
    return false;
}

QRectF RegistrationPdf::sealAreaMm()
{
    const double top = kTableTop + 6 * kRowH + 14.0;
    return QRectF(kPageW - kMarginX - kSealSide - 10.0, top, kSealSide, kSealSide);
}

void RegistrationPdf::paint(QPainter &p, const QRectF &page) const
{
    const double mm = page.width() / kPageW;
    auto r = [&](double x, double y, double w, double h) {
        return QRectF(page.left() + x * mm, page.top() + y * mm, w * mm, h * mm);
    };
    const QString body = bodyFamily();
    const QString title = titleFamily();

    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(page, Qt::white);
    p.setPen(Qt::black);

    // "附件3" at the top left, as the notice's attachments are headed.
    p.setFont(fontAt(title, 14, mm));
    p.drawText(r(kMarginX, 18, 60, 8), Qt::AlignLeft | Qt::AlignVCenter, u"附件3"_s);

    // Title: 小二 (18 pt), centred.
    p.setFont(fontAt(title, 18, mm));
    p.drawText(r(kMarginX - 5, 34, kPageW - 2 * kMarginX + 10, 12), Qt::AlignCenter, formTitle());

    // The table: label | value, six rows.
    const double tableW = kPageW - 2 * kMarginX;
    const QList<std::pair<QString, QString>> cells = rows();
    QPen thin(Qt::black, 0.5 * kPtToMm * mm);
    QPen thick(Qt::black, 1.0 * kPtToMm * mm);
    for (int i = 0; i < cells.size(); ++i) {
        const double y = kTableTop + i * kRowH;
        drawFitted(p, r(kMarginX + 3, y + 1, kLabelW - 6, kRowH - 2), cells.at(i).first, body, 14, mm,
                   Qt::AlignCenter);
        drawFitted(p, r(kMarginX + kLabelW + 4, y + 1, tableW - kLabelW - 8, kRowH - 2), cells.at(i).second,
                   body, 14, mm, Qt::AlignLeft | Qt::AlignVCenter);
        if (i > 0) {
            p.setPen(thin);
            p.drawLine(r(kMarginX, y, 0, 0).topLeft(), r(kMarginX + tableW, y, 0, 0).topLeft());
        }
    }
    p.setPen(thin);
    p.drawLine(r(kMarginX + kLabelW, kTableTop, 0, 0).topLeft(),
               r(kMarginX + kLabelW, kTableTop + cells.size() * kRowH, 0, 0).topLeft());
    p.setPen(thick);
    p.setBrush(Qt::NoBrush);
    p.drawRect(r(kMarginX, kTableTop, tableW, cells.size() * kRowH));

    // The seal area: nothing but the "(公章)" mark, so that the round seal lands on clean paper.
    const QRectF seal = sealAreaMm();
    p.setFont(fontAt(body, 14, mm));
    p.setPen(Qt::black);
    p.drawText(r(seal.x(), seal.y(), seal.width(), seal.height()), Qt::AlignCenter, u"(公章)"_s);

    // Date line under the seal.
    p.drawText(r(seal.x() - 15, seal.bottom() + 4, seal.width() + 30, 10), Qt::AlignCenter,
               u"年\u3000\u3000月\u3000\u3000日"_s);
    p.restore();
}

bool RegistrationPdf::write(QIODevice *device, QString *error) const
{
    if (!checkFonts(error))
        return false;
    QPdfWriter writer(device);
    writer.setResolution(600);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    writer.setTitle(formTitle());
    writer.setCreator(u"SubmitDesk"_s);
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("cannot start the PDF writer");
        return false;
    }
    const QRectF page(0, 0, writer.width(), writer.height());
    paint(painter, page);
    if (!painter.end()) {
        if (error)
            *error = tr("cannot finish the PDF");
        return false;
    }
    return true;
}

bool RegistrationPdf::writeFile(const QString &path, QString *error) const
{
    QString why;
    const QByteArray bytes = toPdf(&why);
    if (bytes.isEmpty()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, why);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() ||
        !file.flush()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray RegistrationPdf::toPdf(QString *error) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!write(&buffer, error))
        return {};
    buffer.close();
    return bytes;
}
