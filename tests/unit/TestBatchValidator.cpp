// BatchValidator: every resource of a batch plus the batch-level findings.

#include "MetadataFixture.h"
#include "metadata/BatchValidator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MetadataFixture;

class TestBatchValidator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cover = m_dir.filePath(u"cover.jpg"_s);
        QVERIFY(writeJpeg(m_cover));
        for (int i = 0; i < 3; ++i) {
            QFile f(m_dir.filePath(u"m%1.mp3"_s.arg(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x");
        }
    }

    void cleanBatch()
    {
        const QList<Resource> resources{audio(1, 0), audio(2, 1), audio(3, 2)};
        const ValidationReport report = BatchValidator(profile(), context()).validate(resources, fullUnit());
        QVERIFY2(report.isEmpty(), qPrintable(codes(report.messages()).join(u", "_s)));
    }

    void emptyBatchIsAnError()
    {
        const ValidationReport report = BatchValidator(profile(), context()).validate({}, fullUnit());
        QCOMPARE(codes(report.messages()), QStringList{u"error:batch_empty"_s});
        QCOMPARE(report.messages().first().resourceId, 0);
    }

    void incompleteUnitWarns()
    {
        Unit unit = fullUnit();
        unit.person = u"  "_s;
        const ValidationReport report = BatchValidator(profile(), context()).validate({audio(1, 0)}, unit);
        QCOMPARE(codes(report.messages()), QStringList{u"warning:unit_incomplete"_s});
        QVERIFY(!report.hasErrors());
        QCOMPARE(report.warningCount(), 1);
    }

    void unitNameFillsTheUnitField()
    {
        Resource r = audio(1, 0);
        r.values.remove(u"unit"_s);
        ValidationContext c = context();
        c.unitName.clear();
        QVERIFY(BatchValidator(profile(), c).validate({r}, fullUnit()).isEmpty());
        Unit nameless = fullUnit();
        nameless.name.clear();
        const ValidationReport report = BatchValidator(profile(), c).validate({r}, nameless);
        QCOMPARE(codes(report.messages()), (QStringList{u"warning:unit_incomplete"_s, u"error:required"_s}));
        QCOMPARE(report.forField(1, u"unit"_s).size(), 1);
    }

    void sameMediaInTwoResourcesWarns()
    {
        const QList<Resource> resources{audio(1, 0), audio(2, 1), audio(3, 0)};
        const ValidationReport report = BatchValidator(profile(), context()).validate(resources, fullUnit());
        QCOMPARE(codes(report.messages()), QStringList{u"warning:media_duplicate"_s});
        const ValidationMessage &m = report.messages().first();
        QCOMPARE(m.resourceId, 3);
        QVERIFY2(m.text.contains(u"m0.mp3"_s) && m.text.contains(u'1'), qPrintable(m.text));
    }

    void errorsOfEveryResourceAreCollected()
    {
        Resource a = audio(1, 0);
        a.values.insert(u"speakers"_s, u"张建华；朱新"_s);
        Resource b = audio(2, 1);
        b.values.remove(u"title"_s);
        Resource c = audio(3, 2);
        c.values.insert(u"created"_s, u"2022-04-02"_s); // tomorrow on the fixed clock
        const ValidationReport report = BatchValidator(profile(), context()).validate({a, b, c}, fullUnit());
        QCOMPARE(report.errorCount(), 3);
        QCOMPARE(report.forResource(1).first().code, u"fullwidth_separator"_s);
        QCOMPARE(report.forResource(2).first().code, u"required"_s);
        QCOMPARE(report.forResource(3).first().code, u"date_future"_s);
        QVERIFY(report.forResource(4).isEmpty());
    }

private:
    Unit fullUnit() const
    {
        Unit u;
        u.id = 1;
        u.name = u"国家开放大学"_s;
        u.person = u"张建华"_s;
        return u;
    }

    Resource audio(qint64 id, int mediaIndex) const
    {
        Resource r;
        r.id = id;
        r.type = u"A02"_s;
        r.values = {{u"title"_s, u"声音课 %1"_s.arg(id)},
                    {u"summary"_s, u"一段足够长的资源简介，用来说明这门音频课程讲了什么内容。"_s},
                    {u"unit"_s, u"国家开放大学"_s},
                    {u"created"_s, u"2022-03-23"_s},
                    {u"copyright"_s, u"国家开放大学"_s},
                    {u"speakers"_s, u"朱新"_s},
                    {u"category"_s, u"科学文化-历史文化-传统文化"_s}};
        AttachedFile media;
        media.role = u"media"_s;
        media.path = m_dir.filePath(u"m%1.mp3"_s.arg(mediaIndex));
        AttachedFile cover;
        cover.role = u"cover"_s;
        cover.path = m_cover;
        r.files = {media, cover};
        return r;
    }

    QTemporaryDir m_dir;
    QString m_cover;
};

QTEST_GUILESS_MAIN(TestBatchValidator)
#include "TestBatchValidator.moc"
