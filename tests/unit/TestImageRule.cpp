// ImageRule: 资源封面 must be a JPEG by content, not by name; files written with QImage at test time.

#include "MetadataFixture.h"
#include "metadata/ImageRule.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MetadataFixture;

class TestImageRule : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void realJpegPasses()
    {
        const QString path = m_dir.filePath(u"封面.jpg"_s);
        QVERIFY(writeJpeg(path));
        const auto messages = ImageRule::check(field(u"cover"_s), path, context());
        QVERIFY2(messages.isEmpty(), qPrintable(codes(messages).join(u", "_s)));
    }

    void jpegWithOtherNamePasses()
    {
        const QString path = m_dir.filePath(u"cover.png"_s);
        QVERIFY(writeJpeg(path + u".tmp"_s));
        QVERIFY(QFile::rename(path + u".tmp"_s, path));
        QVERIFY(ImageRule::check(field(u"cover"_s), path, context()).isEmpty());
    }

    void pngNamedJpgFails()
    {
        const QString path = m_dir.filePath(u"fake.jpg"_s);
        QVERIFY(writePng(path + u".tmp"_s));
        QVERIFY(QFile::rename(path + u".tmp"_s, path));
        const auto messages = ImageRule::check(field(u"cover"_s), path, context());
        QCOMPARE(codes(messages), QStringList{u"error:image_format"_s});
        QVERIFY2(messages.first().text.contains(u"PNG"_s) && messages.first().text.contains(u"fake.jpg"_s),
                 qPrintable(messages.first().text));
    }

    void textNamedJpgFails()
    {
        const QString path = m_dir.filePath(u"notes.jpg"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a picture at all\n");
        f.close();
        QCOMPARE(codes(ImageRule::check(field(u"cover"_s), path, context())),
                 QStringList{u"error:image_format"_s});
    }

    void truncatedJpegFails()
    {
        const QString good = m_dir.filePath(u"whole.jpg"_s);
        QVERIFY(writeJpeg(good));
        QFile in(good);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray head = in.read(24); // the JPEG magic, but no frame header
        const QString path = m_dir.filePath(u"cut.jpg"_s);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(head);
        out.close();
        const auto messages = ImageRule::check(field(u"cover"_s), path, context());
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().isError());
    }

    void missingFileFails()
    {
        const auto messages = ImageRule::check(field(u"cover"_s), m_dir.filePath(u"nope.jpg"_s), context());
        QCOMPARE(codes(messages), QStringList{u"error:file_missing"_s});
        QVERIFY(messages.first().text.contains(u"nope.jpg"_s));
        QCOMPARE(codes(ImageRule::check(field(u"cover"_s), m_dir.path(), context())),
                 QStringList{u"error:file_missing"_s}); // a folder is not a picture
    }

    void otherFormatsFromTheProfile()
    {
        FieldSpec spec = field(u"cover"_s);
        spec.rule = QJsonObject{{"formats"_L1, QJsonArray{u"png"_s}}};
        const QString png = m_dir.filePath(u"ok.png"_s);
        QVERIFY(writePng(png));
        QVERIFY(ImageRule::check(spec, png, context()).isEmpty());
        const QString jpg = m_dir.filePath(u"no.jpg"_s);
        QVERIFY(writeJpeg(jpg));
        QCOMPARE(codes(ImageRule::check(spec, jpg, context())), QStringList{u"error:image_format"_s});
    }

    // Issue 13 item 2: the profile may set a cover's minimum size and aspect; absent, any size passes.
    void coverSizeAndAspectFromTheProfile_data()
    {
        QTest::addColumn<QJsonObject>("rule");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<QStringList>("expected");
        const QJsonArray jpeg{u"jpeg"_s};
        const QJsonObject minSize{{"formats"_L1, jpeg}, {"min_width"_L1, 640}, {"min_height"_L1, 360}};
        QTest::newRow("no limits, tiny passes")
            << QJsonObject{{"formats"_L1, jpeg}} << 16 << 9 << QStringList();
        QTest::newRow("at the minimum passes") << minSize << 640 << 360 << QStringList();
        QTest::newRow("too narrow") << minSize << 639 << 400 << QStringList{u"error:image_size"_s};
        QTest::newRow("too low") << minSize << 800 << 359 << QStringList{u"error:image_size"_s};
        const QJsonObject aspect{{"formats"_L1, jpeg}, {"aspect"_L1, u"16:9"_s}};
        QTest::newRow("16:9 passes") << aspect << 1280 << 720 << QStringList();
        QTest::newRow("nearly 16:9 passes") << aspect << 854 << 480 << QStringList();
        QTest::newRow("4:3 fails") << aspect << 800 << 600 << QStringList{u"error:image_aspect"_s};
        QTest::newRow("portrait 9:16 fails") << aspect << 720 << 1280 << QStringList{u"error:image_aspect"_s};
    }
    void coverSizeAndAspectFromTheProfile()
    {
        QFETCH(QJsonObject, rule);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(QStringList, expected);
        FieldSpec spec = field(u"cover"_s);
        spec.rule = rule;
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        const QString path = m_dir.filePath(u"cover-%1x%2.jpg"_s.arg(width).arg(height));
        QVERIFY(image.save(path, "JPG"));
        const auto messages = ImageRule::check(spec, path, context());
        QCOMPARE(codes(messages), expected);
        if (!messages.isEmpty()) {
            const QString text = messages.first().text;
            const QString limit = rule.contains("aspect"_L1) ? u"16:9"_s : u"640×360"_s;
            QVERIFY2(text.contains(limit) && text.contains(u"%1×%2"_s.arg(width).arg(height)),
                     qPrintable(text));
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestImageRule)
#include "TestImageRule.moc"
