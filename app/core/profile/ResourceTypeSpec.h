#pragma once

#include "profile/LocalizedText.h"

#include <QStringList>

// A resource type of the standard's table 2: A01 video, A02 audio, A03 online course.
struct ResourceTypeSpec
{
    QString code;           // "A01"
    LocalizedText label;    // 视频资源 / Video
    QString media;          // "video", "audio", "link" or "document" (PDF): which technical rules apply
    QStringList extensions; // file name endings used to guess the type of a dropped file
    int minFiles = 0;       // media files a resource of this type needs
};
