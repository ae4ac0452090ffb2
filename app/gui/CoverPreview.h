#pragma once

#include <QLabel>

// The thumbnail of a cover picture, read by content (QImageReader decides the format from the bytes).
// Shows a short note instead when the file is missing or is no picture.
class CoverPreview : public QLabel
{
    Q_OBJECT
public:
    explicit CoverPreview(QWidget *parent = nullptr);

    void setFile(const QString &path);
    QString file() const { return m_path; }
    bool hasPicture() const { return m_hasPicture; }
    // The picture's size in pixels, invalid when there is none.
    QSize pictureSize() const { return m_size; }
    // "1280 × 720 pixels, JPEG" (the format read from the content), or "" without a picture.
    QString sizeText() const;

    static constexpr int thumbnailWidth = 160;
    static constexpr int thumbnailHeight = 90;

private:
    QString m_path;
    QSize m_size;
    QString m_format;
    bool m_hasPicture = false;
};
