// ProfileDiff (what changes between two profiles, in plain words) and CampaignStatus (deadlines name their
// campaign; a campaign whose last deadline has passed is closed, with a hint, never "overdue by N days").

#include "TestSupport.h"

#include "profile/CampaignStatus.h"
#include "profile/ProfileDiff.h"
#include "profile/ProfileLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool load(const QByteArray &json, Profile *out, QString *error)
{
    return ProfileLoader::loadJson(json, u"test.json"_s, u":/taxonomy"_s, out, error);
}

QStringList texts(const QList<ProfileDiff::Change> &changes)
{
    QStringList out;
    for (const ProfileDiff::Change &c : changes)
        out.append(c.text);
    return out;
}
} // namespace

class TestProfileDiff : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(ProfileLoader::loadBuiltin(u"lifelong-2022"_s, &m_2022, &error), qPrintable(error));
        m_builtinJson = readAll(u":/profiles/lifelong-2022.json"_s);
        QVERIFY2(
            load(readAll(TestSupport::sourceDir() + u"/tests/data/second-profile/profiles/hd-2026.json"_s),
                 &m_hd, &error),
            qPrintable(error));
    }

    void sameProfileHasNoChanges() { QVERIFY(ProfileDiff::compare(m_2022, m_2022).isEmpty()); }

    void thresholdsInPlainWords()
    {
        const QStringList t = texts(ProfileDiff::compare(m_2022, m_hd));
        const QString all = t.join(u'\n');
        QVERIFY2(t.contains(u"Profile lifelong-2022@2022.1 → hd-2026@2026.1"_s), qPrintable(all));
        QVERIFY2(t.contains(u"Video · Resolution: minimum resolution 1280×720 → 1920×1080"_s),
                 qPrintable(all));
        QVERIFY2(t.contains(u"Video · Resolution: exact resolution (none) → 1920×1080"_s), qPrintable(all));
        QVERIFY2(t.contains(u"Video · Bitrate: min_bps 2000000 → 8000000"_s), qPrintable(all));
        QVERIFY2(t.contains(u"Video · Frame rate (HD): min 25 → 30"_s), qPrintable(all));
        QVERIFY2(t.contains(u"Video: new rule: Duration"_s), qPrintable(all));
        QVERIFY2(t.contains(u"Audio · Sample rate: min_hz 44100 → 48000"_s), qPrintable(all));
        QVERIFY2(t.contains(u"Cover image: min_width (none) → 320"_s), qPrintable(all));
        // Backwards, the new rules are no longer checked.
        const QStringList back = texts(ProfileDiff::compare(m_hd, m_2022));
        QVERIFY2(back.contains(u"Video: rule no longer checked: Duration"_s), qPrintable(back.join(u'\n')));
        QVERIFY2(back.contains(u"Video · Resolution: minimum resolution 1920×1080 → 1280×720"_s),
                 qPrintable(back.join(u'\n')));
    }

    void fieldsTypesAndDeadlines()
    {
        QJsonObject o = QJsonDocument::fromJson(m_builtinJson).object();
        o.insert(u"version"_s, u"2023.1"_s);
        QJsonArray deadlines = o.value("deadlines"_L1).toArray();
        QJsonObject upload = deadlines.at(1).toObject();
        upload.insert(u"date"_s, u"2023-05-15"_s);
        deadlines.replace(1, upload);
        deadlines.removeAt(2); // review
        deadlines.append(QJsonObject{{"id"_L1, u"final"_s},
                                     {"date"_L1, u"2023-06-30"_s},
                                     {"label"_L1, QJsonObject{{"en"_L1, u"final list"_s}}}});
        o.insert(u"deadlines"_s, deadlines);
        QJsonArray fields = o.value("fields"_L1).toArray();
        QJsonObject title = fields.at(0).toObject();
        QJsonObject rule = title.value("rule"_L1).toObject();
        rule.insert(u"max_length"_s, 50);
        title.insert(u"rule"_s, rule);
        fields.replace(0, title);
        fields.append(QJsonObject{{"id"_L1, u"textbook_isbn"_s},
                                  {"label"_L1, QJsonObject{{"en"_L1, u"ISBN"_s}}},
                                  {"kind"_L1, u"text"_s},
                                  {"required"_L1, QJsonArray{u"A01"_s}}});
        o.insert(u"fields"_s, fields);
        Profile next;
        QString error;
        QVERIFY2(load(QJsonDocument(o).toJson(), &next, &error), qPrintable(error));
        const QList<ProfileDiff::Change> changes = ProfileDiff::compare(m_2022, next);
        const QStringList t = texts(changes);
        const QString all = t.join(u'\n');
        QVERIFY2(
            t.contains(u"Deadline units upload resources through the platform: 2022-05-15 → 2023-05-15"_s),
            qPrintable(all));
        QVERIFY2(
            t.contains(u"Deadline removed: provincial education departments finish review (2022-05-22)"_s),
            qPrintable(all));
        QVERIFY2(t.contains(u"New deadline: final list (2023-06-30)"_s), qPrintable(all));
        QVERIFY2(t.contains(u"Title: max_length 100 → 50"_s), qPrintable(all));
        QVERIFY2(t.contains(u"New field: ISBN (required for A01)"_s), qPrintable(all));
        QCOMPARE(changes.size(), 6); // and the version line: nothing else is reported
        for (const ProfileDiff::Change &c : changes)
            QVERIFY2(!c.area.isEmpty() && !c.where.isEmpty(), qPrintable(c.text));
    }

    void openCampaignNamesItsNextDeadline()
    {
        const QDate today = TestSupport::fixedClock().today(); // 2022-04-01
        QVERIFY(!CampaignStatus::isClosed(m_2022, today));
        const QString s = CampaignStatus::summary(m_2022, today);
        QVERIFY2(
            s.startsWith(
                u"2022 lifelong-education digital learning resources call: next deadline 2022-04-22"_s) &&
                s.contains(u"21 day(s) left"_s),
            qPrintable(s));
        QVERIFY(CampaignStatus::closedHint(m_2022, today).isEmpty());
        QVERIFY(CampaignStatus::summary(m_2022, QDate(2022, 5, 22)).contains(u"due today"_s));
    }

    void closedCampaignHasNoOverdueCount()
    {
        const QDate today(2026, 11, 29);
        QVERIFY(CampaignStatus::isClosed(m_2022, today));
        const QString s = CampaignStatus::summary(m_2022, today);
        QCOMPARE(
            s,
            u"2022 lifelong-education digital learning resources call: closed (last deadline 2022-05-22)"_s);
        QVERIFY(CampaignStatus::closedHint(m_2022, today).contains(u"import its profile"_s));
        Profile none = m_2022;
        none.deadlines.clear();
        QVERIFY(!CampaignStatus::isClosed(none, today));
        QVERIFY(CampaignStatus::summary(none, today).endsWith(u"no deadlines"_s));
    }

private:
    Profile m_2022;
    Profile m_hd;
    QByteArray m_builtinJson;
};

QTEST_GUILESS_MAIN(TestProfileDiff)
#include "TestProfileDiff.moc"
