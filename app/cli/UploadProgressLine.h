#pragma once

#include <QCoreApplication>
#include <QObject>

class UploadQueue;

// The upload verb's progress line on stderr (files, bytes, speed, ETA, offline), a line per file that
// finishes or fails, and the summary at the end.
class UploadProgressLine : public QObject
{
    Q_OBJECT
public:
    UploadProgressLine(UploadQueue *queue, bool show);
    void finish();
    void summarise();

private:
    void draw();
    void entryChanged(int index);
    UploadQueue *m_queue;
    bool m_show;
    bool m_drawn = false;
};
