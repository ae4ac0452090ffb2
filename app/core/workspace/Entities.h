#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

// The rows of a workspace, as plain values. Stores read and write them; nothing here touches SQL.

// The submitting unit and its responsible person (attachment 3).
struct Unit
{
    qint64 id = 0;
    QString name;        // 省(区、市)/单位名称
    QString person;      // 负责人姓名
    QString title;       // 职务
    QString phone;       // 座机
    QString mobile;      // 手机
    QString email;       // 电子邮箱
    QString stampedScan; // path of the scan or photo of the stamped form, once attached
};

// One submission package in the making.
struct Batch
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString name;
    QDateTime createdAt;
    // The campaign profile the batch is judged by (schema 3); "" until recorded (BatchStore::adoptProfile).
    QString profileId;
    QString profileVersion;
};

// A file attached to a resource: its media, the picture of an image field (the cover), or anything else.
struct AttachedFile
{
    qint64 id = 0;
    qint64 resourceId = 0;
    QString role; // "media", "attachment", or the id of the image field the file is the value of
    QString path; // absolute path on this machine
    qint64 size = 0;
    QDateTime mtime;
    QString note; // what was done to make this file, from its history ("upscaled from 640×360"), or ""
};

// One learning resource of the standard: its type, its field values and its files.
struct Resource
{
    qint64 id = 0;
    qint64 batchId = 0;
    QString uid;  // random, fixed at creation: with id, the spreadsheet's key (no other resource has it)
    QString type; // "A01", "A02", "A03"
    int position = 0;
    QMap<QString, QString> values; // field id -> value as typed (lists joined by ';')
    QList<AttachedFile> files;

    QString value(const QString &fieldId) const { return values.value(fieldId); }
    QList<AttachedFile> filesWithRole(const QString &role) const
    {
        QList<AttachedFile> out;
        for (const AttachedFile &f : files)
            if (f.role == role)
                out.append(f);
        return out;
    }
};
