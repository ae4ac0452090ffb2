// RegistrationMail, StampedScan and RegistrationDeadline: the draft goes to the profile's mailbox with the
// form or the stamped scan attached byte-equal; scans are recognised by content; the deadline counts days.

#include "registration/RegistrationDeadline.h"
#include "registration/RegistrationMail.h"
#include "registration/RegistrationPdf.h"
#include "registration/RegistrationUnit.h"
#include "registration/StampedScan.h"
#include "workspace/UnitStore.h"

#include "TempWorkspace.h"
#include "TestSupport.h"

#include <QFile>
#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Unit sampleUnit()
{
    Unit u;
    u.name = u"上海市教育委员会"_s;
    u.person = u"李四"_s;
    u.title = u"主任"_s;
    u.phone = u"021-23116688"_s;
    u.mobile = u"13912345678"_s;
    u.email = u"lisi@edu.sh.gov.cn"_s;
    return u;
}

QByteArray attachmentOf(const QByteArray &eml)
{
    // The last base64 block between the attachment's headers and the closing boundary.
    const qsizetype start = eml.lastIndexOf("Content-Disposition: attachment;");
    const qsizetype body = eml.indexOf("\r\n\r\n", start) + 4;
    const qsizetype end = eml.indexOf("\r\n--", body);
    return QByteArray::fromBase64(eml.mid(body, end - body));
}
} // namespace

class TestRegistrationMail : public QObject
{
    Q_OBJECT
private slots:
    void deadlineCountsDays()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        const Profile &p = tw.profile();
        auto s = RegistrationDeadline::status(p, QDate(2022, 4, 20));
        QVERIFY(s.known);
        QCOMPARE(s.date, QDate(2022, 4, 22));
        QCOMPARE(s.daysLeft, 2);
        QVERIFY(!s.overdue());
        QVERIFY2(s.text.contains(u"2 day"_s) && s.text.contains(u"left"_s), qPrintable(s.text));

        s = RegistrationDeadline::status(p, QDate(2022, 4, 22));
        QCOMPARE(s.daysLeft, 0);
        QVERIFY(s.text.contains(u"today"_s));

        // Past the registration deadline while the call still runs (upload and review are later): overdue,
        // naming the campaign.
        FixedClock clock(QDateTime(QDate(2022, 5, 1), QTime(10, 0)));
        s = RegistrationDeadline::status(p, clock);
        QVERIFY(s.overdue());
        QCOMPARE(s.daysLeft, -9);
        QVERIFY2(s.text.contains(u"OVERDUE by 9 day"_s) && s.text.contains(u"2022 lifelong-education"_s),
                 qPrintable(s.text));

        // Once the call's last deadline (review, 2022-05-22) has passed, the campaign is closed: no overdue
        // count, a hint to import the current call's profile.
        clock.setNow(QDateTime(QDate(2025, 11, 25), QTime(10, 0)));
        s = RegistrationDeadline::status(p, clock);
        QVERIFY(s.closed);
        QVERIFY(!s.overdue());
        QVERIFY2(s.text.contains(u"2022 lifelong-education"_s) && s.text.contains(u"closed"_s) &&
                     !s.text.contains(u"OVERDUE"_s) && !s.text.contains(u"1313"_s),
                 qPrintable(s.text));
        QVERIFY2(s.hint.contains(u"import"_s), qPrintable(s.hint));
    }

    void scanKindByContent()
    {
        QCOMPARE(StampedScan::detect(QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10)), StampedScan::Jpeg);
        QCOMPARE(StampedScan::detect(QByteArray("\x89PNG\r\n\x1A\n\0\0", 10)), StampedScan::Png);
        QCOMPARE(StampedScan::detect("%PDF-1.4\n"), StampedScan::Pdf);
        QCOMPARE(StampedScan::detect("GIF89a"), StampedScan::Unknown);
        QCOMPARE(StampedScan::detect("PK\x03\x04"), StampedScan::Unknown);
        QCOMPARE(StampedScan::detect(QByteArray()), StampedScan::Unknown);
    }

    void attachChecksContentAndStoresPath()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        UnitStore store(tw.workspace());
        Unit unit;
        QString error;
        QVERIFY2(RegistrationUnit::load(store, &unit, &error), qPrintable(error));
        QVERIFY(unit.id != 0);

        // A text file named .jpg is refused and nothing is stored.
        const QString fake = tw.dir() + u"/fake.jpg"_s;
        QFile f(fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an image");
        f.close();
        QVERIFY(!StampedScan::attach(store, unit.id, fake, &error));
        QVERIFY2(error.contains(u"fake.jpg"_s), qPrintable(error));
        QVERIFY(store.find(unit.id, &unit));
        QVERIFY(unit.stampedScan.isEmpty());

        // A real PNG named .dat is accepted.
        const QString png = tw.dir() + u"/scan.dat"_s;
        QImage image(200, 100, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(png, "PNG"));
        QVERIFY2(StampedScan::attach(store, unit.id, png, &error), qPrintable(error));
        QVERIFY(store.find(unit.id, &unit));
        QCOMPARE(unit.stampedScan, png);

        QVERIFY2(StampedScan::detach(store, unit.id, &error), qPrintable(error));
        QVERIFY(store.find(unit.id, &unit));
        QVERIFY(unit.stampedScan.isEmpty());
    }

    void draftCarriesPdfWithoutScan()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        EmlDraft d;
        QString error;
        QVERIFY2(RegistrationMail::build(sampleUnit(), tw.profile(), &d, &error), qPrintable(error));
        QCOMPARE(d.toAddress, tw.profile().mailbox);
        QVERIFY(d.subject.contains(RegistrationPdf::formTitle()));
        QVERIFY(d.subject.contains(u"上海市教育委员会"_s));
        QCOMPARE(d.attachments.size(), 1);
        QCOMPARE(d.attachments.first().mimeType, QByteArray("application/pdf"));
        QVERIFY(d.attachments.first().data.startsWith("%PDF-"));
        QVERIFY(d.attachments.first().fileName.endsWith(u".pdf"_s));
        QVERIFY(d.body.contains(u"13912345678"_s));
    }

    void draftCarriesTheStampedScan()
    {
        TempWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        const QString jpg = tw.dir() + u"/stamped.jpeg"_s;
        QImage image(300, 400, QImage::Format_RGB32);
        image.fill(Qt::white);
        QVERIFY(image.save(jpg, "JPEG"));
        QFile f(jpg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();

        Unit u = sampleUnit();
        u.stampedScan = jpg;
        const QString eml = tw.dir() + u"/out.eml"_s;
        QString error;
        QVERIFY2(RegistrationMail::writeEml(u, tw.profile(), eml, &error), qPrintable(error));
        QFile e(eml);
        QVERIFY(e.open(QIODevice::ReadOnly));
        const QByteArray message = e.readAll();
        QVERIFY(message.contains("Content-Type: image/jpeg;"));
        QVERIFY(message.contains("To: <le@ouchn.edu.cn>"));
        QCOMPARE(attachmentOf(message), bytes);

        // A scan that has gone missing is an error, not a silent fallback to the unstamped form.
        u.stampedScan = tw.dir() + u"/gone.jpg"_s;
        QVERIFY(!RegistrationMail::writeEml(u, tw.profile(), eml, &error));
        QVERIFY2(error.contains(u"gone.jpg"_s), qPrintable(error));
    }
};

QTEST_MAIN(TestRegistrationMail)
#include "TestRegistrationMail.moc"
