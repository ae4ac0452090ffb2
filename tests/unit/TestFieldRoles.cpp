// Field roles (docs/profile-format.md, "Field roles"): what the code knows of a field is its role, asked
// per resource type; ProfileLoader's refusals of bad roles are data cases under tests/data/profiles
// (role-*, rule-default-from, link-type-without-course-url), run by TestProfileLoader.

#include "profile/ProfileLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject twoTypes()
{
    return QJsonObject{
        {"format"_L1, 1},
        {"id"_L1, u"roles"_s},
        {"version"_L1, u"1"_s},
        {"resource_types"_L1, QJsonArray{QJsonObject{{"code"_L1, u"A01"_s}, {"media"_L1, u"video"_s}},
                                         QJsonObject{{"code"_L1, u"A02"_s}, {"media"_L1, u"audio"_s}}}}};
}
} // namespace

class TestFieldRoles : public QObject
{
    Q_OBJECT
private slots:
    // What the code knows of a field is its role (docs/profile-format.md, "Field roles"), per type.
    void builtinRolesAnswerPerType()
    {
        Profile p;
        QString error;
        QVERIFY2(ProfileLoader::loadBuiltin(u"lifelong-2022"_s, &p, &error), qPrintable(error));
        const QList<QPair<FieldRole, QString>> expected{{FieldRole::Title, u"title"_s},
                                                        {FieldRole::CoverImage, u"cover"_s},
                                                        {FieldRole::CatalogXml, u"catalog"_s},
                                                        {FieldRole::UnitName, u"unit"_s},
                                                        {FieldRole::CourseUrl, u"url"_s},
                                                        {FieldRole::ProtectionLevel, u"protection_level"_s},
                                                        {FieldRole::FilingNumber, u"filing_number"_s}};
        for (const auto &[role, id] : expected) {
            QCOMPARE(p.fieldIdWithRole(role, u"A03"_s), id);
            QCOMPARE(p.fieldIdsWithRole(role), QStringList{id});
        }
        QCOMPARE(p.fieldIdWithRole(FieldRole::Title, u"A01"_s), u"title"_s);
        QVERIFY(!p.fieldWithRole(FieldRole::CourseUrl, u"A01"_s)); // only A03 has a course address
        QVERIFY(!p.fieldWithRole(FieldRole::None, u"A01"_s));
        QVERIFY(!p.fieldWithRole(FieldRole::Title, u"A09"_s) || p.field(u"title"_s)->appliesTo.isEmpty());
    }

    // One role may be two fields' when no type has both: a title per type.
    void roleOnDisjointTypesLoads()
    {
        QJsonObject root = twoTypes();
        QJsonArray fields;
        fields.append(QJsonObject{{"id"_L1, u"video_title"_s},
                                  {"label"_L1, u"视频名称"_s},
                                  {"kind"_L1, u"text"_s},
                                  {"role"_L1, u"title"_s},
                                  {"applies"_L1, QJsonArray{u"A01"_s}}});
        fields.append(QJsonObject{{"id"_L1, u"audio_title"_s},
                                  {"label"_L1, u"音频名称"_s},
                                  {"kind"_L1, u"text"_s},
                                  {"role"_L1, u"title"_s},
                                  {"applies"_L1, QJsonArray{u"A02"_s}}});
        root.insert("fields"_L1, fields);
        Profile p;
        QString error;
        QVERIFY2(
            ProfileLoader::loadJson(QJsonDocument(root).toJson(), u"roles.json"_s, QString(), &p, &error),
            qPrintable(error));
        QCOMPARE(p.fieldIdWithRole(FieldRole::Title, u"A01"_s), u"video_title"_s);
        QCOMPARE(p.fieldIdWithRole(FieldRole::Title, u"A02"_s), u"audio_title"_s);
        QCOMPARE(p.fieldIdsWithRole(FieldRole::Title), (QStringList{u"video_title"_s, u"audio_title"_s}));
    }

    // A field with a role that no type shows answers for no type.
    void roleOfNoTypeAnswersNothing()
    {
        QJsonObject root = twoTypes();
        root.insert("fields"_L1, QJsonArray{QJsonObject{{"id"_L1, u"poster"_s},
                                                        {"label"_L1, u"海报"_s},
                                                        {"kind"_L1, u"image"_s},
                                                        {"role"_L1, u"cover_image"_s},
                                                        {"applies"_L1, QJsonArray{u"A02"_s}}}});
        Profile p;
        QString error;
        QVERIFY2(
            ProfileLoader::loadJson(QJsonDocument(root).toJson(), u"roles.json"_s, QString(), &p, &error),
            qPrintable(error));
        QVERIFY(!p.fieldWithRole(FieldRole::CoverImage, u"A01"_s));
        QCOMPARE(p.fieldIdWithRole(FieldRole::CoverImage, u"A02"_s), u"poster"_s);
        QCOMPARE(p.valueWithRole(FieldRole::CoverImage, u"A02"_s, {{u"poster"_s, u"p.jpg"_s}}), u"p.jpg"_s);
        QCOMPARE(p.valueWithRole(FieldRole::CoverImage, u"A01"_s, {{u"poster"_s, u"p.jpg"_s}}), QString());
    }

    void roleNames()
    {
        for (const QString &name : fieldRoleNames()) {
            FieldRole role = FieldRole::None;
            QVERIFY2(fieldRoleFromName(name, &role), qPrintable(name));
            QCOMPARE(fieldRoleName(role), name);
            QVERIFY(!fieldKindsForRole(role).isEmpty());
        }
        FieldRole role = FieldRole::None;
        QVERIFY(!fieldRoleFromName(u"cover"_s, &role)); // a field id, not a role
        QCOMPARE(fieldRoleNames().size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestFieldRoles)
#include "TestFieldRoles.moc"
