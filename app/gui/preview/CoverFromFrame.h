#pragma once

#include "CoverCropDialog.h"
#include "media/CoverImage.h"

#include <QObject>
#include <QPointer>

class BackgroundTask;

class QWidget;

// "Use this frame as cover": decodes the exact frame (FrameGrabber) in the background, lets the user crop it
// to the profile's cover rule (CoverCropDialog), and writes the JPEG into the workspace's cover folder
// (CoverImage). A picture smaller than the rule's minimum is refused with a clear message, never enlarged.
class CoverFromFrame : public QObject
{
    Q_OBJECT
public:
    explicit CoverFromFrame(QObject *parent = nullptr);
    ~CoverFromFrame() override;

    // Where the cover goes and what it must meet: the workspace file, the resource, its image field's rule.
    void setTarget(const QString &workspacePath, const QString &resourceUid, const QString &fieldId,
                   const QJsonObject &rule);
    void start(const QString &mediaPath, double seconds, QWidget *dialogParent);
    // The crop dialog while it is open (tests accept it), or nullptr.
    CoverCropDialog *dialog() const { return m_dialog; }

signals:
    void coverSaved(const QString &fieldId, const QString &path);
    void failed(const QString &text, const QString &details);

private:
    void onGrabbed(const QImage &image, const QString &error, QWidget *dialogParent);
    void save(const QImage &image);

    QString m_workspacePath;
    QString m_uid;
    QString m_fieldId;
    CoverImage::Limits m_limits;
    BackgroundTask *m_task = nullptr;
    QPointer<CoverCropDialog> m_dialog;
};
