// ResourceValidator: a whole resource, with its required fields per type, defaults, media and cover files.

#include "MetadataFixture.h"
#include "metadata/ResourceValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MetadataFixture;

namespace {
AttachedFile attached(const QString &role, const QString &path)
{
    AttachedFile f;
    f.role = role;
    f.path = path;
    return f;
}
} // namespace

class TestResourceValidator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cover = m_dir.filePath(u"cover.jpg"_s);
        QVERIFY(writeJpeg(m_cover));
        m_media = m_dir.filePath(u"lecture.mp4"_s);
        QFile f(m_media);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not probed here");
    }

    void completeVideoIsClean()
    {
        const Resource r = completeVideo();
        const ValidationReport report = ResourceValidator(profile(), context()).validate(r);
        QVERIFY2(report.isEmpty(), qPrintable(codes(report.messages()).join(u", "_s)));
    }

    void emptyVideoListsEveryRequiredField()
    {
        Resource r;
        r.id = 7;
        r.type = u"A01"_s;
        ValidationContext c = context();
        c.unitName.clear();
        const ValidationReport report = ResourceValidator(profile(), c).validate(r);
        QStringList requiredFields;
        for (const ValidationMessage &m : report.messages()) {
            QCOMPARE(m.resourceId, 7);
            if (m.code == "required"_L1)
                requiredFields.append(m.fieldId);
        }
        QCOMPARE(requiredFields, (QStringList{u"title"_s, u"summary"_s, u"unit"_s, u"created"_s,
                                              u"copyright"_s, u"speakers"_s, u"cover"_s, u"category"_s}));
        QCOMPARE(report.forField(7, QString()).size(), 1);
        QCOMPARE(report.forField(7, QString()).first().code, u"media_missing"_s);
        QCOMPARE(report.errorCount(), 9);
    }

    void unitDefaultsToTheWorkspaceUnit()
    {
        Resource r = completeVideo();
        r.values.remove(u"unit"_s);
        QVERIFY(ResourceValidator(profile(), context()).validate(r).isEmpty());
        const FieldSpec &unit = field(u"unit"_s);
        QCOMPARE(ResourceValidator(profile(), context()).effectiveValue(r, unit), u"国家开放大学"_s);
        ValidationContext c = context();
        c.unitName.clear();
        QCOMPARE(codes(ResourceValidator(profile(), c).validate(r).messages()),
                 QStringList{u"error:required"_s});
    }

    void effectiveValues()
    {
        const Resource r = completeVideo();
        const ResourceValidator v(profile(), context());
        QCOMPARE(v.effectiveValue(r, field(u"type"_s)), u"A01"_s);
        QCOMPARE(v.effectiveValue(r, field(u"cover"_s)), m_cover);
        QCOMPARE(v.effectiveValue(r, field(u"title"_s)), u"航空发动机原理"_s);
    }

    void courseLinkNeedsItsFieldsButNoMedia()
    {
        Resource r = completeVideo();
        r.type = u"A03"_s;
        r.files = {attached(u"cover"_s, m_cover)};
        auto report = ResourceValidator(profile(), context()).validate(r);
        QStringList missing;
        for (const ValidationMessage &m : report.messages())
            missing.append(m.fieldId + u':' + m.code);
        QCOMPARE(missing, (QStringList{u"url:required"_s, u"protection_level:required"_s,
                                       u"filing_number:required"_s}));
        r.values.insert(u"url"_s, u"http://le.ouchn.cn/course/12345"_s);
        r.values.insert(u"protection_level"_s, u"3"_s);
        r.values.insert(u"filing_number"_s, u"11010813001-20001"_s);
        report = ResourceValidator(profile(), context()).validate(r);
        QCOMPARE(codes(report.messages()), QStringList{u"warning:url_insecure"_s});
        QVERIFY(!report.hasErrors());
    }

    void fieldsOfOtherTypesAreIgnored()
    {
        Resource r = completeVideo();
        r.values.insert(u"url"_s, u"not a url"_s); // url applies to A03 only
        QVERIFY(ResourceValidator(profile(), context()).validate(r).isEmpty());
    }

    void badValuesAreReportedWithResourceId()
    {
        Resource r = completeVideo();
        r.values.insert(u"speakers"_s, u"张建华；朱新"_s);
        r.values.insert(u"created"_s, u"2022-02-30"_s);
        r.values.insert(u"clicks"_s, u"3万"_s);
        const ValidationReport report = ResourceValidator(profile(), context()).validate(r);
        QCOMPARE(
            codes(report.messages()),
            (QStringList{u"error:date_invalid"_s, u"error:fullwidth_separator"_s, u"error:not_integer"_s}));
        QCOMPARE(report.forField(r.id, u"speakers"_s).first().fix, u"张建华;朱新"_s);
    }

    void unknownTypeStopsThere()
    {
        Resource r = completeVideo();
        r.type = u"A09"_s;
        const ValidationReport report = ResourceValidator(profile(), context()).validate(r);
        QCOMPARE(codes(report.messages()), QStringList{u"error:unknown_type"_s});
        QVERIFY(report.messages().first().text.contains(u"A01, A02, A03"_s));
    }

    void missingFilesAreReported()
    {
        Resource r = completeVideo();
        r.files.append(attached(u"media"_s, m_dir.filePath(u"gone.mp4"_s)));
        const ValidationReport report = ResourceValidator(profile(), context()).validate(r);
        QCOMPARE(codes(report.messages()), QStringList{u"error:file_missing"_s});
        QVERIFY(report.messages().first().text.contains(u"gone.mp4"_s));
        // A cover that is not a JPEG.
        Resource p = completeVideo();
        const QString png = m_dir.filePath(u"cover-png.jpg"_s);
        QVERIFY(writePng(png));
        p.files = {attached(u"media"_s, m_media), attached(u"cover"_s, png)};
        QCOMPARE(codes(ResourceValidator(profile(), context()).validate(p).messages()),
                 QStringList{u"error:image_format"_s});
    }

    void reportJson()
    {
        Resource r = completeVideo();
        r.values.insert(u"speakers"_s, u"张建华；朱新"_s);
        const QJsonObject json = ResourceValidator(profile(), context()).validate(r).toJson();
        QCOMPARE(json.value("errors"_L1).toInt(), 1);
        QCOMPARE(json.value("warnings"_L1).toInt(), 0);
        const QJsonObject m = json.value("messages"_L1).toArray().first().toObject();
        QCOMPARE(m.value("severity"_L1).toString(), u"error"_s);
        QCOMPARE(m.value("field"_L1).toString(), u"speakers"_s);
        QCOMPARE(m.value("code"_L1).toString(), u"fullwidth_separator"_s);
        QCOMPARE(m.value("fix"_L1).toString(), u"张建华;朱新"_s);
        QCOMPARE(m.value("resource"_L1).toInteger(), r.id);
        QVERIFY(!m.value("message"_L1).toString().isEmpty());
    }

private:
    Resource completeVideo() const
    {
        Resource r;
        r.id = 42;
        r.batchId = 1;
        r.type = u"A01"_s;
        r.values = {{u"title"_s, u"航空发动机原理"_s},
                    {u"summary"_s, u"本课程系统介绍航空发动机的基本原理、主要部件与发展趋势。"_s},
                    {u"unit"_s, u"国家开放大学"_s},
                    {u"created"_s, u"2022-03-23"_s},
                    {u"copyright"_s, u"国家开放大学"_s},
                    {u"speakers"_s, u"张建华;朱新;(藏族)班班多杰"_s},
                    {u"clicks"_s, u"36500"_s},
                    {u"learners"_s, u"23500"_s},
                    {u"catalog"_s, field(u"catalog"_s).example},
                    {u"keywords"_s, u"新媒体;人工智能"_s},
                    {u"category"_s, u"科学文化-航空知识-航空发动机"_s}};
        r.files = {attached(u"media"_s, m_media), attached(u"cover"_s, m_cover)};
        return r;
    }

    QTemporaryDir m_dir;
    QString m_cover;
    QString m_media;
};

QTEST_GUILESS_MAIN(TestResourceValidator)
#include "TestResourceValidator.moc"
