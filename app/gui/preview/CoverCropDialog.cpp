#include "CoverCropDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
// The picture fitted into the widget with the crop drawn on it; a press or drag centres the crop there.
class CropView : public QWidget
{
public:
    CropView(const QImage &image, std::function<QRect()> crop, std::function<void(QPoint)> moveTo,
             QWidget *parent)
        : QWidget(parent), m_image(image), m_crop(std::move(crop)), m_moveTo(std::move(moveTo))
    {
        setMinimumSize(320, 200);
        setCursor(Qt::SizeAllCursor);
    }
    QSize sizeHint() const override { return m_image.size().scaled(720, 460, Qt::KeepAspectRatio); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), Qt::darkGray);
        const QRect target = imageRect();
        p.drawImage(target, m_image);
        const QRectF crop = toView(m_crop());
        QPainterPath outside;
        outside.addRect(QRectF(target));
        outside.addRect(crop);
        p.fillPath(outside, QColor(0, 0, 0, 140));
        p.setPen(QPen(Qt::white, 2, Qt::DashLine));
        p.drawRect(crop);
    }
    void mousePressEvent(QMouseEvent *event) override { moveTo(event->position()); }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (event->buttons() & Qt::LeftButton)
            moveTo(event->position());
    }

private:
    QRect imageRect() const
    {
        QRect r(QPoint(0, 0), m_image.size().scaled(size(), Qt::KeepAspectRatio));
        r.moveCenter(rect().center());
        return r;
    }
    double scale() const { return m_image.width() > 0 ? double(imageRect().width()) / m_image.width() : 1; }
    QRectF toView(const QRect &r) const
    {
        const double s = scale();
        return {imageRect().left() + r.left() * s, imageRect().top() + r.top() * s, r.width() * s,
                r.height() * s};
    }
    void moveTo(const QPointF &at)
    {
        const double s = scale();
        m_moveTo(QPoint(int((at.x() - imageRect().left()) / s), int((at.y() - imageRect().top()) / s)));
        update();
    }

    QImage m_image;
    std::function<QRect()> m_crop;
    std::function<void(QPoint)> m_moveTo;
};
} // namespace

CoverCropDialog::CoverCropDialog(const QImage &image, const CoverImage::Limits &limits, QWidget *parent)
    : QDialog(parent), m_image(image), m_limits(limits), m_size(new QSlider(Qt::Horizontal, this)),
      m_info(new QLabel(this))
{
    setObjectName(u"coverCropDialog"_s);
    setWindowTitle(tr("Use this frame as cover"));
    m_crop = CoverImage::largest(image.size(), limits);
    m_view = new CropView(
        image, [this] { return m_crop; },
        [this](QPoint centre) {
            QRect r = m_crop;
            r.moveCenter(centre);
            setCrop(r);
        },
        this);
    m_view->setObjectName(u"coverCropView"_s);
    m_size->setObjectName(u"coverCropSize"_s);
    const int smallest = qMax(1, CoverImage::constrain(image.size(), QRect(0, 0, 1, 1), limits).width());
    m_size->setRange(smallest, qMax(smallest, m_crop.width()));
    m_size->setValue(m_crop.width());
    m_size->setToolTip(tr("Size of the cover within the picture"));
    connect(m_size, &QSlider::valueChanged, this, [this](int width) {
        QRect r = m_crop;
        const QPoint centre = r.center();
        r.setWidth(width);
        r.setHeight(m_limits.aspect > 0 ? int(width / m_limits.aspect) : m_crop.height());
        r.moveCenter(centre);
        setCrop(r);
    });
    m_info->setObjectName(u"coverCropInfo"_s);
    m_info->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use as cover"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Drag the frame to choose the part of the picture that becomes the cover."), this));
    layout->addWidget(m_view, 1);
    layout->addWidget(m_size);
    layout->addWidget(m_info);
    layout->addWidget(buttons);
    updateInfo();
}

void CoverCropDialog::setCrop(const QRect &wanted)
{
    const QRect r = CoverImage::constrain(m_image.size(), wanted, m_limits);
    if (!r.isValid())
        return;
    m_crop = r;
    m_view->update();
    updateInfo();
}

void CoverCropDialog::updateInfo()
{
    QString rule;
    if (m_limits.aspect > 0 && !m_limits.minimum.isEmpty())
        rule = tr("the standard asks for %1, at least %2×%3")
                   .arg(m_limits.aspectText)
                   .arg(m_limits.minimum.width())
                   .arg(m_limits.minimum.height());
    else if (m_limits.aspect > 0)
        rule = tr("the standard asks for %1").arg(m_limits.aspectText);
    else if (!m_limits.minimum.isEmpty())
        rule = tr("the standard asks for at least %1×%2")
                   .arg(m_limits.minimum.width())
                   .arg(m_limits.minimum.height());
    const QString size = tr("Cover: %1×%2 pixels, saved as JPEG").arg(m_crop.width()).arg(m_crop.height());
    m_info->setText(rule.isEmpty() ? size : u"%1 (%2)"_s.arg(size, rule));
}
