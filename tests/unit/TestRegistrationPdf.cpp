// RegistrationPdf: the printed form is A4, its Chinese text extracts as typed (no Kangxi radicals),
// a CJK font is embedded, and the seal area stays clear.

#include "registration/RegistrationPdf.h"

#include "TestSupport.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Unit sampleUnit()
{
    Unit u;
    u.name = u"北京市教育委员会终身教育处"_s;
    u.person = u"张三丰"_s;
    u.title = u"副处长"_s;
    u.phone = u"010-66096459转1234"_s;
    u.mobile = u"13800138000"_s;
    u.email = u"zhangsanfeng@jw.beijing.gov.cn"_s;
    return u;
}

QString pdfToText(const QString &path)
{
    const auto r = TestSupport::run(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    return r.exitCode == 0 ? QString::fromUtf8(r.out) : QString();
}
} // namespace

class TestRegistrationPdf : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        for (const QString &tool : {u"pdftotext"_s, u"pdffonts"_s, u"pdfinfo"_s})
            if (!TestSupport::haveProgram(tool))
                QSKIP("poppler-utils (pdftotext, pdffonts, pdfinfo) is not installed");
        QString error;
        QVERIFY2(RegistrationPdf::checkFonts(&error), qPrintable(error));
        QVERIFY(dir.isValid());
    }

    void fontsAreTheOnesThatExtract()
    {
        const QStringList ok{u"AR PL UMing CN"_s, u"AR PL UMing"_s, u"WenQuanYi Zen Hei"_s};
        QVERIFY2(ok.contains(RegistrationPdf::bodyFamily()), qPrintable(RegistrationPdf::bodyFamily()));
        QVERIFY2(ok.contains(RegistrationPdf::titleFamily()), qPrintable(RegistrationPdf::titleFamily()));
    }

    void textExtractsAsTyped()
    {
        const QString path = dir.filePath(u"form.pdf"_s);
        QString error;
        QVERIFY2(RegistrationPdf(sampleUnit()).writeFile(path, &error), qPrintable(error));
        const QString text = pdfToText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext gave nothing");
        QVERIFY2(text.contains(RegistrationPdf::formTitle()), qPrintable(text));
        QVERIFY(text.contains(u"工作"_s));
        QVERIFY(text.contains(u"负责人"_s));
        QVERIFY2(!text.contains(QChar(0x2F2F)) && !text.contains(QChar(0x2F08)),
                 "Kangxi radicals in the text");
        const Unit u = sampleUnit();
        for (const QString &v : {u.name, u.person, u.title, u.phone, u.mobile, u.email})
            QVERIFY2(text.contains(v), qPrintable(u"missing "_s + v + u"\n"_s + text));
        for (const QString &label : {u"省(区、市)/单位名称"_s, u"负责人姓名"_s, u"职务"_s, u"座机"_s,
                                     u"手机"_s, u"电子邮箱"_s, u"(公章)"_s, u"附件3"_s})
            QVERIFY2(text.contains(label), qPrintable(u"missing label "_s + label));
        QVERIFY(text.contains(u"年"_s) && text.contains(u"月"_s) && text.contains(u"日"_s));
    }

    void cjkFontEmbeddedAndPageIsA4()
    {
        const QString path = dir.filePath(u"fonts.pdf"_s);
        QString error;
        QVERIFY2(RegistrationPdf(sampleUnit()).writeFile(path, &error), qPrintable(error));
        const auto fonts = TestSupport::run(u"pdffonts"_s, {path});
        QCOMPARE(fonts.exitCode, 0);
        const QStringList lines = QString::fromUtf8(fonts.out).split(u'\n', Qt::SkipEmptyParts);
        bool embeddedCjk = false;
        for (const QString &line : lines.mid(2)) {
            const bool cjk = line.contains(u"UMing"_s) || line.contains(u"WenQuanYi"_s);
            QVERIFY2(!line.contains(u"Noto"_s), qPrintable(line));
            // columns: name type encoding emb sub uni object ID; "emb" must be yes
            const QStringList cols = line.simplified().split(u' ');
            if (cjk && cols.size() >= 7 && cols.at(cols.size() - 5) == "yes"_L1)
                embeddedCjk = true;
        }
        QVERIFY2(embeddedCjk, fonts.out.constData());

        const auto info = TestSupport::run(u"pdfinfo"_s, {path});
        QVERIFY2(info.out.contains("(A4)"), info.out.constData());
        QVERIFY2(QRegularExpression(u"Pages:\\s+1\\n"_s).match(QString::fromUtf8(info.out)).hasMatch(),
                 info.out.constData());
        // Keep a copy for looking at when SUBMITDESK_KEEP_PDF names a file.
        if (const QString keep = qEnvironmentVariable("SUBMITDESK_KEEP_PDF"); !keep.isEmpty()) {
            QFile::remove(keep);
            QVERIFY(QFile::copy(path, keep));
        }
    }

    void sealAreaIsClearAndBigEnough()
    {
        const QRectF seal = RegistrationPdf::sealAreaMm();
        QVERIFY(seal.width() >= RegistrationPdf::kSealDiameterMm &&
                seal.height() >= RegistrationPdf::kSealDiameterMm);
        QVERIFY(QRectF(0, 0, 210, 297).contains(seal));

        // Paint the sheet at 4 px/mm and look at the seal area: around the "(公章)" mark in its centre
        // (where the seal is meant to land on it), a ring out to the 42 mm circle must be blank paper.
        constexpr double pxPerMm = 4.0;
        QImage image(qRound(210 * pxPerMm), qRound(297 * pxPerMm), QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            RegistrationPdf(sampleUnit()).paint(p, QRectF(0, 0, image.width(), image.height()));
        }
        const QPointF centre = seal.center() * pxPerMm;
        int dark = 0;
        int checked = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const double d = QLineF(centre, QPointF(x, y)).length() / pxPerMm;
                if (d < 11.0 || d > RegistrationPdf::kSealDiameterMm / 2)
                    continue;
                ++checked;
                if (qGray(image.pixel(x, y)) < 200)
                    ++dark;
            }
        QVERIFY(checked > 1000);
        QCOMPARE(dark, 0);

        // ... and the "(公章)" mark itself is there: dark pixels near the centre.
        int markPixels = 0;
        for (int y = int(centre.y() - 3 * pxPerMm); y < int(centre.y() + 3 * pxPerMm); ++y)
            for (int x = int(centre.x() - 9 * pxPerMm); x < int(centre.x() + 9 * pxPerMm); ++x)
                markPixels += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        QVERIFY(markPixels > 20);
    }

    void longValuesStayInTheirCell()
    {
        Unit u = sampleUnit();
        u.name = u"新疆生产建设兵团第十四师昆玉市教育局终身教育与社区教育指导中心数字化学习资源建设办公室"_s;
        const QString path = dir.filePath(u"long.pdf"_s);
        QString error;
        QVERIFY2(RegistrationPdf(u).writeFile(path, &error), qPrintable(error));
        // Word boxes in points: every word right of the label column is in the value column, and the
        // value cell's words put together give the whole name.
        const auto r = TestSupport::run(u"pdftotext"_s, {u"-bbox"_s, path, u"-"_s});
        QCOMPARE(r.exitCode, 0);
        const QString html = QString::fromUtf8(r.out);
        static const QRegularExpression word(
            uR"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"_s);
        constexpr double ptPerMm = 72.0 / 25.4;
        const double valueLeft = (25 + 62) * ptPerMm, tableRight = (210 - 25) * ptPerMm;
        const double rowTop = 58 * ptPerMm, rowBottom = (58 + 17) * ptPerMm;
        QString inCell;
        for (auto it = word.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            const double x0 = m.captured(1).toDouble(), y0 = m.captured(2).toDouble();
            const double x1 = m.captured(3).toDouble(), y1 = m.captured(4).toDouble();
            if (y0 >= rowTop && y1 <= rowBottom && x0 >= valueLeft) {
                QVERIFY2(x1 <= tableRight, qPrintable(m.captured(5)));
                inCell += m.captured(5);
            }
        }
        QCOMPARE(inCell, u.name);
    }

private:
    QTemporaryDir dir;
};

QTEST_MAIN(TestRegistrationPdf)
#include "TestRegistrationPdf.moc"
