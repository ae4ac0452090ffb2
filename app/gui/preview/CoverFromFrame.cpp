#include "CoverFromFrame.h"

#include "BackgroundTask.h"
#include "CoverCropDialog.h"

#include "media/FrameGrabber.h"

#include <QPointer>
#include <QWidget>

#include <memory>

using namespace Qt::StringLiterals;

CoverFromFrame::CoverFromFrame(QObject *parent) : QObject(parent) {}

CoverFromFrame::~CoverFromFrame()
{
    delete m_task; // cancels and joins the decoding
}

void CoverFromFrame::setTarget(const QString &workspacePath, const QString &resourceUid,
                               const QString &fieldId, const QJsonObject &rule)
{
    m_workspacePath = workspacePath;
    m_uid = resourceUid;
    m_fieldId = fieldId;
    m_limits = CoverImage::Limits::fromRule(rule);
}

void CoverFromFrame::start(const QString &mediaPath, double seconds, QWidget *dialogParent)
{
    if (m_task || m_dialog)
        return; // one cover at a time
    auto frame = std::make_shared<FrameGrabber::Frame>();
    auto error = std::make_shared<QString>();
    QPointer<QWidget> parent(dialogParent);
    m_task = new BackgroundTask(
        [mediaPath, seconds, frame, error](const std::atomic_bool &cancel) {
            FrameGrabber::Options options;
            options.cancel = &cancel;
            if (!FrameGrabber::grab(mediaPath, seconds, frame.get(), error.get(), options))
                frame->image = QImage();
        },
        [this, frame, error, parent] {
            m_task->deleteLater();
            m_task = nullptr;
            onGrabbed(frame->image, *error, parent);
        },
        this);
    m_task->start();
}

void CoverFromFrame::onGrabbed(const QImage &image, const QString &error, QWidget *dialogParent)
{
    if (image.isNull()) {
        emit failed(tr("The picture at this moment could not be taken from the file."), error);
        return;
    }
    if (!CoverImage::largest(image.size(), m_limits).isValid()) {
        emit failed(
            tr("This video's picture (%1×%2) is smaller than the %3×%4 the standard asks for a cover, "
               "so it cannot be used. Choose a picture from disk instead.")
                .arg(image.width())
                .arg(image.height())
                .arg(m_limits.minimum.width())
                .arg(m_limits.minimum.height()),
            QString());
        return;
    }
    m_dialog = new CoverCropDialog(image, m_limits, dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] { save(m_dialog->croppedImage()); });
    m_dialog->open();
}

void CoverFromFrame::save(const QImage &image)
{
    const QString path = CoverImage::newFilePath(m_workspacePath, m_uid.isEmpty() ? u"resource"_s : m_uid);
    QString error;
    if (!CoverImage::saveJpeg(image, path, &error)) {
        emit failed(tr("The cover could not be saved."), error);
        return;
    }
    emit coverSaved(m_fieldId, path);
}
