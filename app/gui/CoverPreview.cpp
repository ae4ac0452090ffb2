#include "CoverPreview.h"

#include <QFileInfo>
#include <QImageReader>
#include <QPixmap>

using namespace Qt::StringLiterals;

CoverPreview::CoverPreview(QWidget *parent) : QLabel(parent)
{
    setFixedSize(thumbnailWidth + 4, thumbnailHeight + 4);
    setAlignment(Qt::AlignCenter);
    setFrameShape(QFrame::StyledPanel);
    setWordWrap(true);
    setFile(QString());
}

void CoverPreview::setFile(const QString &path)
{
    m_path = path;
    m_hasPicture = false;
    m_size = QSize();
    m_format.clear();
    setPixmap(QPixmap());
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        setText(path.isEmpty() ? tr("No cover") : tr("File not found"));
        setToolTip(path);
        return;
    }
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    m_size = reader.size();
    const QString format = QString::fromLatin1(reader.format()).toUpper(); // from the content, before reading
    if (m_size.isValid())
        reader.setScaledSize(m_size.scaled(thumbnailWidth, thumbnailHeight, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull()) {
        setText(tr("Not a picture"));
        setToolTip(u"%1\n%2"_s.arg(path, reader.errorString()));
        return;
    }
    m_hasPicture = true;
    m_format = format;
    setPixmap(QPixmap::fromImage(image));
    setToolTip(tr("%1\n%2 × %3 pixels, %4").arg(path).arg(m_size.width()).arg(m_size.height()).arg(format));
}

QString CoverPreview::sizeText() const
{
    if (!m_hasPicture)
        return {};
    return tr("%1 × %2 pixels, %3").arg(m_size.width()).arg(m_size.height()).arg(m_format);
}
