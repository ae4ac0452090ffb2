// The package's human-readable texts in the profile's language, whatever the UI's (issue 16 item 4):
// with the English UI a zh_CN profile's report.html says its findings in Chinese (a metadata error found
// at export, a technical failure checked at export in English), and with the Chinese UI an English
// profile's report.html says them in English. The check cache keeps the UI's words.

#include "MediaFactory.h"
#include "PackageFixture.h"
#include "TestSupport.h"

#include "Translations.h"
#include "media/LinkPolicy.h"
#include "media/ReportWording.h"
#include "package/ExportJob.h"
#include "profile/Profile.h"
#include "workspace/ResourceStore.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestPackageLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void chineseProfileWithEnglishUi();
    void englishProfileWithChineseUi();
    void scopeLeavesOtherThreadsAlone();
    void linkReportReworded();
    void cleanupTestCase();

private:
    // Exports batch "spring" as a draft under `profile`; the report.html written.
    QString exportReport(const Profile &profile, const QString &name);
    PackageFixture m_fixture;
    QTemporaryDir m_out;
};

namespace {
// English words that only a sentence has (not a file name, a codec or a number).
const QRegularExpression englishSentence(u"\\b(the|is|than|required|picture|standard)\\b"_s,
                                         QRegularExpression::CaseInsensitiveOption);
} // namespace

void TestPackageLanguage::initTestCase()
{
    if (!TestSupport::haveProgram(u"ffmpeg"_s))
        QSKIP("ffmpeg is not installed");
    QString error;
    QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
    QVERIFY(m_out.isValid());
    // 640×360: below the 1280×720 of the standard; the summary left empty: a metadata error.
    const QString small = m_fixture.mediaDir() + u"/small.mp4"_s;
    MediaFactory::Video spec;
    spec.width = 640;
    spec.height = 360;
    QVERIFY2(MediaFactory::makeVideo(small, spec, &error), qPrintable(error));
    ResourceStore store(m_fixture.workspace());
    QVERIFY2(store.replaceFile(m_fixture.videoId(), u"media"_s, small, &error), qPrintable(error));
    QVERIFY2(store.setValue(m_fixture.videoId(), u"summary"_s, QString(), &error), qPrintable(error));
}

void TestPackageLanguage::cleanupTestCase()
{
    Translations::install(u"en"_s);
}

QString TestPackageLanguage::exportReport(const Profile &profile, const QString &name)
{
    ExportRequest request;
    ValidationReport report;
    QString error;
    const QString out = m_out.filePath(name);
    if (!ExportJob::prepare(m_fixture.workspace(), profile, u"spring"_s, true, out, &request, &report,
                            &error))
        return u"prepare: "_s + error;
    ExportJob job;
    job.setRequest(request);
    ExportResult result;
    if (!job.run(&result, &error))
        return u"run: "_s + error;
    return QString::fromUtf8(PackageFixture::readAll(result.path + u"/data/report.html"_s));
}

void TestPackageLanguage::chineseProfileWithEnglishUi()
{
    Translations::install(u"en"_s);
    QCOMPARE(m_fixture.profile().language, u"zh_CN"_s);
    const QString html = exportReport(m_fixture.profile(), u"zh-profile"_s);
    QVERIFY2(html.contains(u"画面小于 1280×720。"_s), qPrintable(html.left(300)));
    QVERIFY2(html.contains(u"资源简介为必填项"_s), qPrintable(html.left(300)));
    QVERIFY(!html.contains(u"The picture is smaller"_s));
    const QRegularExpressionMatch english = englishSentence.match(html);
    QVERIFY2(!english.hasMatch(), qPrintable(html.mid(qMax(0, english.capturedStart() - 80), 200)));
    // The UI itself still speaks English.
    QCOMPARE(QCoreApplication::translate("Validation", "%1 is required"), u"%1 is required"_s);
}

void TestPackageLanguage::englishProfileWithChineseUi()
{
    Translations::install(u"zh_CN"_s);
    Profile english = m_fixture.profile();
    english.language = u"en"_s;
    const QString html = exportReport(english, u"en-profile"_s);
    QVERIFY2(html.contains(u"The picture is smaller than 1280×720."_s), qPrintable(html.left(300)));
    QVERIFY2(html.contains(u"Summary is required"_s), qPrintable(html.left(300)));
    QVERIFY(!html.contains(u"画面小于"_s));
    QVERIFY(!html.contains(u"必填"_s));
    QCOMPARE(QCoreApplication::translate("Validation", "%1 is required"), u"%1为必填项"_s);
}

void TestPackageLanguage::scopeLeavesOtherThreadsAlone()
{
    Translations::install(u"en"_s);
    const Translations::LanguageScope chinese(u"zh_CN"_s);
    QCOMPARE(QCoreApplication::translate("Validation", "%1 is required"), u"%1为必填项"_s);
    QString elsewhere;
    QThread *other = QThread::create(
        [&elsewhere] { elsewhere = QCoreApplication::translate("Validation", "%1 is required"); });
    other->start();
    QVERIFY(other->wait(10000));
    delete other;
    QCOMPARE(elsewhere, u"%1 is required"_s);
    {
        const Translations::LanguageScope english(u"en"_s);
        QCOMPARE(QCoreApplication::translate("Validation", "%1 is required"), u"%1 is required"_s);
    }
    QCOMPARE(QCoreApplication::translate("Validation", "%1 is required"), u"%1为必填项"_s);
}

// A course link checked with the English UI, said again in Chinese from its cached facts, reads as
// LinkPolicy says it in Chinese (the package's link table, report.html).
void TestPackageLanguage::linkReportReworded()
{
    Translations::install(u"en"_s);
    LinkCheck::Result r;
    r.url = QUrl(u"http://course.example.org/"_s);
    r.finalUrl = r.url;
    r.headStatus = 200;
    r.status = 200;
    r.chain = {{r.url, 200}};
    const QJsonObject section = m_fixture.profile().technical.value("link"_L1).toObject();
    // Plain http, protection level 2 and no filing number: findings with sentences.
    const CheckReport english = LinkPolicy::evaluate(r, u"2"_s, QString(), section);
    const CheckReport cached = CheckReport::fromJson(english.toJson());
    CheckReport reworded, chinese;
    {
        const Translations::LanguageScope zh(u"zh_CN"_s);
        reworded = ReportWording::reworded(cached, m_fixture.profile());
        chinese = LinkPolicy::evaluate(r, u"2"_s, QString(), section);
    }
    QVERIFY(!chinese.checks.isEmpty());
    int changed = 0;
    for (const CheckResult &c : chinese.checks) {
        const CheckResult *got = reworded.find(c.id);
        QVERIFY(got);
        QCOMPARE(got->status, c.status);
        QCOMPARE(got->message, c.message);
        QCOMPARE(got->name, c.name);
        changed += got->message != english.find(c.id)->message ? 1 : 0;
    }
    QVERIFY(changed > 0);
}

QTEST_MAIN(TestPackageLanguage)
#include "TestPackageLanguage.moc"
