#pragma once

#include "media/CoverImage.h"

#include <QDialog>
#include <QImage>

class QLabel;
class QSlider;

// Crops a frame to the cover the profile asks for: the rectangle keeps the profile's aspect and at least its
// minimum size (CoverImage::constrain); drag it to move it, the slider sets its size. The picture is never
// enlarged. Object names: coverCropDialog, coverCropView, coverCropSize, coverCropInfo.
class CoverCropDialog : public QDialog
{
    Q_OBJECT
public:
    CoverCropDialog(const QImage &image, const CoverImage::Limits &limits, QWidget *parent = nullptr);

    QRect crop() const { return m_crop; }
    // Moves and resizes the crop as near to `wanted` as the limits allow.
    void setCrop(const QRect &wanted);
    QImage croppedImage() const { return m_image.copy(m_crop); }

private:
    void updateInfo();

    QImage m_image;
    CoverImage::Limits m_limits;
    QRect m_crop;
    QWidget *m_view;
    QSlider *m_size;
    QLabel *m_info;
};
