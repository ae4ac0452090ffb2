// ProfileLoader: the built-in campaign profile loads whole and as SPEC.md describes it; every broken
// profile under tests/data/profiles/<case>/ is refused with a message naming the file and what is wrong.

#include "TestSupport.h"
#include "profile/ProfileLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString brokenProfilesDir()
{
    return TestSupport::sourceDir() + u"/tests/data/profiles"_s;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray minimalProfile(const QString &taxonomy = QString())
{
    QJsonObject root{{"format"_L1, 1},
                     {"id"_L1, u"mini"_s},
                     {"version"_L1, u"7"_s},
                     {"resource_types"_L1, QJsonArray{QJsonObject{{"code"_L1, u"A01"_s},
                                                                  {"media"_L1, u"video"_s},
                                                                  {"extensions"_L1, QJsonArray{u"mp4"_s}}}}},
                     {"fields"_L1, QJsonArray{QJsonObject{{"id"_L1, u"title"_s},
                                                          {"label"_L1, u"资源名称"_s},
                                                          {"kind"_L1, u"text"_s},
                                                          {"required"_L1, QJsonArray{u"A01"_s}}}}}};
    if (!taxonomy.isEmpty())
        root.insert("taxonomy"_L1, taxonomy);
    return QJsonDocument(root).toJson();
}
} // namespace

class TestProfileLoader : public QObject
{
    Q_OBJECT
private slots:
    void builtinProfileLoads()
    {
        QVERIFY(ProfileLoader::builtinIds().contains(u"lifelong-2022"_s));
        Profile p;
        QString error;
        QVERIFY2(ProfileLoader::loadBuiltin(u"lifelong-2022"_s, &p, &error), qPrintable(error));
        QCOMPARE(p.id, u"lifelong-2022"_s);
        QCOMPARE(p.idAndVersion(), u"lifelong-2022/2022.1"_s);
        QCOMPARE(p.mailbox, u"le@ouchn.edu.cn"_s);
        QCOMPARE(p.listSeparator, u";"_s);
        // SPEC §1 deadlines.
        QVERIFY(p.deadline(u"registration"_s));
        QCOMPARE(p.deadline(u"registration"_s)->date, QDate(2022, 4, 22));
        QCOMPARE(p.deadline(u"upload"_s)->date, QDate(2022, 5, 15));
        QCOMPARE(p.deadline(u"review"_s)->date, QDate(2022, 5, 22));
        QVERIFY(!p.deadline(u"nope"_s));
        // SPEC §2 types.
        QCOMPARE(p.resourceTypes.size(), 3);
        QCOMPARE(p.resourceType(u"A01"_s)->media, u"video"_s);
        QCOMPARE(p.resourceType(u"A02"_s)->media, u"audio"_s);
        QCOMPARE(p.resourceType(u"A03"_s)->media, u"link"_s);
        QCOMPARE(p.resourceType(u"A01"_s)->minFiles, 1);
        QVERIFY(!p.resourceType(u"A04"_s));
        QCOMPARE(p.linkTypeCode(), u"A03"_s);
        // SPEC §3 fields, with their kinds.
        const QList<QPair<QString, FieldKind>> expected{
            {u"title"_s, FieldKind::Text},     {u"type"_s, FieldKind::Enum},
            {u"summary"_s, FieldKind::Text},   {u"unit"_s, FieldKind::Text},
            {u"url"_s, FieldKind::Url},        {u"created"_s, FieldKind::Date},
            {u"copyright"_s, FieldKind::Text}, {u"speakers"_s, FieldKind::List},
            {u"clicks"_s, FieldKind::Integer}, {u"learners"_s, FieldKind::Integer},
            {u"cover"_s, FieldKind::Image},    {u"catalog"_s, FieldKind::Xml},
            {u"keywords"_s, FieldKind::List},  {u"category"_s, FieldKind::Category}};
        for (const auto &[id, kind] : expected) {
            const FieldSpec *f = p.field(id);
            QVERIFY2(f, qPrintable(id));
            QCOMPARE(f->kind, kind);
            QVERIFY2(!f->label.zh.isEmpty() && !f->label.en.isEmpty(), qPrintable(id));
        }
        QVERIFY(p.field(u"title"_s)->isRequiredFor(u"A02"_s));
        QVERIFY(!p.field(u"clicks"_s)->isRequiredFor(u"A01"_s));
        QVERIFY(p.field(u"url"_s)->isRequiredFor(u"A03"_s));
        QVERIFY(!p.field(u"url"_s)->isRequiredFor(u"A01"_s));
        QCOMPARE(p.field(u"title"_s)->rule.value("max_length"_L1).toInt(), 100);
        QCOMPARE(p.field(u"summary"_s)->rule.value("min_length"_L1).toInt(), 20);
        QCOMPARE(p.field(u"speakers"_s)->example, u"张建华;朱新;(藏族)班班多杰"_s);
        QVERIFY(!p.taxonomy.isEmpty());
        QVERIFY(p.taxonomy.contains({u"科学文化"_s, u"航空知识"_s, u"航空发动机"_s}));
        QCOMPARE(p.technical.value("video"_L1)
                     .toObject()
                     .value("bitrate"_L1)
                     .toObject()
                     .value("min_bps"_L1)
                     .toInt(),
                 2000000);
        QCOMPARE(p.technical.value("audio"_L1)
                     .toObject()
                     .value("sample_rate"_L1)
                     .toObject()
                     .value("min_hz"_L1)
                     .toInt(),
                 44100);
    }

    void fieldsForType()
    {
        Profile p;
        QString error;
        QVERIFY2(ProfileLoader::loadBuiltin(u"lifelong-2022"_s, &p, &error), qPrintable(error));
        QStringList a01;
        for (const FieldSpec *f : p.fieldsFor(u"A01"_s))
            a01.append(f->id);
        QStringList a03;
        for (const FieldSpec *f : p.fieldsFor(u"A03"_s))
            a03.append(f->id);
        QVERIFY(!a01.contains(u"url"_s));
        QVERIFY(!a01.contains(u"protection_level"_s));
        QVERIFY(a03.contains(u"url"_s));
        QVERIFY(a03.contains(u"filing_number"_s));
        QCOMPARE(a01.first(), u"title"_s); // the profile's order
        QCOMPARE(a03.size(), p.fields.size());
    }

    void guessType_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("type");
        QTest::newRow("mp4") << u"/x/航空发动机原理.mp4"_s << u"A01"_s;
        QTest::newRow("upper MP4") << u"LECTURE.MP4"_s << u"A01"_s;
        QTest::newRow("mov") << u"a.mov"_s << u"A01"_s;
        QTest::newRow("mp3") << u"b.mp3"_s << u"A02"_s;
        QTest::newRow("wav") << u"b.wav"_s << u"A02"_s;
        QTest::newRow("txt") << u"readme.txt"_s << QString();
        QTest::newRow("no suffix") << u"Makefile"_s << QString();
    }
    void guessType()
    {
        QFETCH(QString, file);
        QFETCH(QString, type);
        Profile p;
        QString error;
        QVERIFY2(ProfileLoader::loadBuiltin(u"lifelong-2022"_s, &p, &error), qPrintable(error));
        QCOMPARE(p.guessTypeForFile(file), type);
    }

    void loadFileFromSourceTreeFindsTaxonomy()
    {
        const QString path = TestSupport::sourceDir() + u"/resources/profiles/lifelong-2022.json"_s;
        Profile p;
        QString error;
        QVERIFY2(ProfileLoader::loadFile(path, &p, &error), qPrintable(error));
        QVERIFY(!p.taxonomy.isEmpty());
    }

    void missingFileNamesIt()
    {
        Profile p;
        QString error;
        QVERIFY(!ProfileLoader::loadFile(u"/nonexistent/dir/profile.json"_s, &p, &error));
        QVERIFY2(error.contains(u"/nonexistent/dir/profile.json"_s), qPrintable(error));
        QVERIFY(!ProfileLoader::loadBuiltin(u"no-such-campaign"_s, &p, &error));
        QVERIFY2(error.contains(u"no-such-campaign"_s), qPrintable(error));
    }

    void minimalProfileWithTaxonomyBesideIt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString profilePath = dir.filePath(u"profiles/mini.json"_s);
        QVERIFY(writeFile(profilePath, minimalProfile(u"tree.json"_s)));
        QVERIFY(writeFile(dir.filePath(u"taxonomy/tree.json"_s),
                          R"({"categories": [{"name": "甲", "children": [{"name": "乙"}]}]})"));
        Profile p;
        QString error;
        QVERIFY2(ProfileLoader::loadFile(profilePath, &p, &error), qPrintable(error));
        QCOMPARE(p.idAndVersion(), u"mini/7"_s);
        QCOMPARE(p.listSeparator, u";"_s); // the default
        QCOMPARE(p.field(u"title"_s)->label.zh, u"资源名称"_s);
        QCOMPARE(p.field(u"title"_s)->label.en, u"资源名称"_s);
        QVERIFY(p.taxonomy.contains({u"甲"_s, u"乙"_s}));
        QCOMPARE(p.taxonomy.leafPaths(u"-"_s), QStringList{u"甲-乙"_s});
    }

    void brokenTaxonomyNamesTaxonomyFile()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"profiles/mini.json"_s), minimalProfile(u"tree.json"_s)));
        const QString taxonomyPath = dir.filePath(u"taxonomy/tree.json"_s);
        QVERIFY(writeFile(taxonomyPath, R"({"categories": [{"name": "甲", "children": [{"name": "  "}]}]})"));
        Profile p;
        QString error;
        QVERIFY(!ProfileLoader::loadFile(dir.filePath(u"profiles/mini.json"_s), &p, &error));
        QVERIFY2(error.contains(u"tree.json"_s), qPrintable(error));
        QVERIFY2(error.contains(u"no name"_s), qPrintable(error));
        QVERIFY(writeFile(taxonomyPath, "{ not json"));
        QVERIFY(!ProfileLoader::loadFile(dir.filePath(u"profiles/mini.json"_s), &p, &error));
        QVERIFY2(error.contains(u"tree.json"_s) && error.contains(u"not valid JSON"_s), qPrintable(error));
    }

    void refusedProfileLeavesOutputUntouched()
    {
        Profile p;
        p.id = u"untouched"_s;
        QString error;
        QVERIFY(!ProfileLoader::loadJson("{}", u"inline"_s, QString(), &p, &error));
        QCOMPARE(p.id, u"untouched"_s);
        QVERIFY2(error.startsWith(u"inline: "_s), qPrintable(error));
    }

    // A custom profile's type codes become folder names in the package: only a safe pattern is allowed,
    // and the refusal names the file, the field and the reason.
    void unsafeTypeCodeIsRefused_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("parent") << u"../x"_s;
        QTest::newRow("slash") << u"a/b"_s;
        QTest::newRow("backslash") << u"a\\b"_s;
        QTest::newRow("dot") << u"."_s;
        QTest::newRow("leading dash") << u"-A01"_s;
        QTest::newRow("space") << u"A 01"_s;
        QTest::newRow("line break") << u"A01\n"_s;
        QTest::newRow("too long") << QString(33, u'A');
        QTest::newRow("non-ascii") << u"视频"_s;
    }
    void unsafeTypeCodeIsRefused()
    {
        QFETCH(QString, code);
        QJsonDocument doc = QJsonDocument::fromJson(minimalProfile());
        QJsonObject root = doc.object();
        root.insert("resource_types"_L1,
                    QJsonArray{QJsonObject{{"code"_L1, code}, {"media"_L1, u"video"_s}}});
        root.insert("fields"_L1, QJsonArray{QJsonObject{{"id"_L1, u"title"_s},
                                                        {"label"_L1, u"资源名称"_s},
                                                        {"kind"_L1, u"text"_s},
                                                        {"required"_L1, QJsonArray{code}}}});
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profiles/custom.json"_s);
        QVERIFY(writeFile(path, QJsonDocument(root).toJson()));
        Profile p;
        QString error;
        QVERIFY2(!ProfileLoader::loadFile(path, &p, &error), qPrintable(code));
        QVERIFY2(error.contains(u"custom.json"_s), qPrintable(error));
        QVERIFY2(error.contains(u"resource_types[0].code"_s), qPrintable(error));
        QVERIFY2(error.contains(u"letters"_s), qPrintable(error));
    }
    void safeTypeCodesLoad()
    {
        QJsonDocument doc = QJsonDocument::fromJson(minimalProfile());
        QJsonObject root = doc.object();
        const QString longest = u"B"_s + QString(31, u'x');
        root.insert("resource_types"_L1,
                    QJsonArray{QJsonObject{{"code"_L1, u"A01"_s}, {"media"_L1, u"video"_s}},
                               QJsonObject{{"code"_L1, u"x_course-2"_s}, {"media"_L1, u"link"_s}},
                               QJsonObject{{"code"_L1, longest}, {"media"_L1, u"audio"_s}}});
        // A type with link media needs the field that holds its address.
        QJsonArray fields = root.value("fields"_L1).toArray();
        fields.append(QJsonObject{{"id"_L1, u"url"_s},
                                  {"label"_L1, u"链接"_s},
                                  {"kind"_L1, u"url"_s},
                                  {"role"_L1, u"course_url"_s}});
        root.insert("fields"_L1, fields);
        Profile p;
        QString error;
        QVERIFY2(ProfileLoader::loadJson(QJsonDocument(root).toJson(), u"inline"_s, QString(), &p, &error),
                 qPrintable(error));
        QVERIFY(p.resourceType(u"x_course-2"_s));
        QVERIFY(p.resourceType(longest));
    }

    void brokenProfiles_data()
    {
        QTest::addColumn<QString>("caseDir");
        const QDir root(brokenProfilesDir());
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(cases.size() >= 9, qPrintable(root.path()));
        for (const QString &name : cases) {
            if (QFileInfo::exists(root.filePath(name + u"/expected-error.txt"_s)))
                QTest::newRow(name.toUtf8().constData()) << root.filePath(name);
        }
    }
    void brokenProfiles()
    {
        QFETCH(QString, caseDir);
        QFile expectedFile(caseDir + u"/expected-error.txt"_s);
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(caseDir));
        const QString expected = QString::fromUtf8(expectedFile.readAll()).trimmed();
        QVERIFY(!expected.isEmpty());
        const QString path = caseDir + u"/profile.json"_s;
        Profile p;
        QString error;
        QVERIFY2(!ProfileLoader::loadFile(path, &p, &error), qPrintable(caseDir));
        QVERIFY2(error.contains(expected), qPrintable(u"expected \"%1\" in \"%2\""_s.arg(expected, error)));
        // The message names the file.
        QVERIFY2(error.contains(u"profile.json"_s), qPrintable(error));
    }

    // Valid cases (docs/profile-format.md): tests/data/profiles/<case>/expected-values.json maps a
    // dotted path under "technical" to the value the loaded profile must hold there.
    void validProfiles_data()
    {
        QTest::addColumn<QString>("caseDir");
        const QDir root(brokenProfilesDir());
        int found = 0;
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : cases) {
            if (!QFileInfo::exists(root.filePath(name + u"/expected-values.json"_s)))
                continue;
            QTest::newRow(name.toUtf8().constData()) << root.filePath(name);
            ++found;
        }
        QVERIFY2(found >= 3, qPrintable(root.path()));
    }
    void validProfiles()
    {
        QFETCH(QString, caseDir);
        QFile expectedFile(caseDir + u"/expected-values.json"_s);
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(caseDir));
        const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
        QVERIFY(!expected.isEmpty());
        Profile p;
        QString error;
        QVERIFY2(ProfileLoader::loadFile(caseDir + u"/profile.json"_s, &p, &error), qPrintable(error));
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            QJsonValue v = p.technical;
            for (const QString &key : it.key().split(u'.'))
                v = v.toObject().value(key);
            QVERIFY2(v == it.value(), qPrintable(it.key()));
        }
    }

    // Every rule of the built-in profile names and explains itself in both languages.
    void builtinRulesHaveNamesAndExplanations()
    {
        Profile p;
        QString error;
        QVERIFY2(ProfileLoader::loadBuiltin(u"lifelong-2022"_s, &p, &error), qPrintable(error));
        for (const QString &kind : {u"video"_s, u"audio"_s, u"link"_s}) {
            const QJsonObject section = p.technical.value(kind).toObject();
            const QJsonArray rules = section.value("rules"_L1).toArray();
            QVERIFY(!rules.isEmpty());
            for (const QJsonValue &rule : rules) {
                const QJsonObject o = section.value(rule.toString()).toObject();
                const QString where = kind + u'.' + rule.toString();
                for (const char *key : {"name", "explain"}) {
                    const QJsonObject text = o.value(QLatin1StringView(key)).toObject();
                    QVERIFY2(!text.value("zh"_L1).toString().isEmpty(), qPrintable(where));
                    QVERIFY2(!text.value("en"_L1).toString().isEmpty(), qPrintable(where));
                }
            }
        }
    }

    // A profile or taxonomy file is outside data: its size is bounded before it is read, the taxonomy
    // is a plain file name beside the profile, and a symbolic link is not followed.
    void oversizedProfileIsRefused()
    {
        QTemporaryDir dir;
        QByteArray json = minimalProfile();
        json.insert(1, QByteArray(2 * 1024 * 1024, ' ')); // valid JSON, 2 MiB of blanks
        const QString path = dir.filePath(u"profiles/big.json"_s);
        QVERIFY(writeFile(path, json));
        Profile p;
        QString error;
        QVERIFY(!ProfileLoader::loadFile(path, &p, &error));
        QVERIFY2(error.contains(u"big.json"_s) && error.contains(u"too large"_s), qPrintable(error));
    }
    void oversizedTaxonomyIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"profiles/mini.json"_s), minimalProfile(u"tree.json"_s)));
        QByteArray tree = R"({"categories": [{"name": "甲"}]})";
        tree.insert(1, QByteArray(5 * 1024 * 1024, ' '));
        QVERIFY(writeFile(dir.filePath(u"taxonomy/tree.json"_s), tree));
        Profile p;
        QString error;
        QVERIFY(!ProfileLoader::loadFile(dir.filePath(u"profiles/mini.json"_s), &p, &error));
        QVERIFY2(error.contains(u"tree.json"_s) && error.contains(u"too large"_s), qPrintable(error));
    }
    void taxonomyOutsideItsFolderIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << u"../secret.json"_s;
        QTest::newRow("subfolder") << u"sub/tree.json"_s;
        QTest::newRow("absolute") << u"/etc/hostname"_s;
        QTest::newRow("backslash") << u"..\\tree.json"_s;
    }
    void taxonomyOutsideItsFolderIsRefused()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"profiles/mini.json"_s), minimalProfile(name)));
        const QByteArray tree = R"({"categories": [{"name": "甲"}]})";
        QVERIFY(writeFile(dir.filePath(u"secret.json"_s), tree));
        QVERIFY(writeFile(dir.filePath(u"taxonomy/sub/tree.json"_s), tree));
        Profile p;
        QString error;
        QVERIFY(!ProfileLoader::loadFile(dir.filePath(u"profiles/mini.json"_s), &p, &error));
        QVERIFY2(error.contains(u"taxonomy: "_s) && error.contains(u"file name"_s), qPrintable(error));
    }
    void symlinkedTaxonomyIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"profiles/mini.json"_s), minimalProfile(u"tree.json"_s)));
        QVERIFY(writeFile(dir.filePath(u"elsewhere.json"_s), R"({"categories": [{"name": "甲"}]})"));
        QVERIFY(QDir().mkpath(dir.filePath(u"taxonomy"_s)));
        QVERIFY(QFile::link(dir.filePath(u"elsewhere.json"_s), dir.filePath(u"taxonomy/tree.json"_s)));
        Profile p;
        QString error;
        QVERIFY(!ProfileLoader::loadFile(dir.filePath(u"profiles/mini.json"_s), &p, &error));
        QVERIFY2(error.contains(u"tree.json"_s) && error.contains(u"link"_s), qPrintable(error));
    }

    void localizedText()
    {
        const LocalizedText both =
            LocalizedText::fromJson(QJsonObject{{"zh"_L1, u"视频"_s}, {"en"_L1, u"Video"_s}});
        QCOMPARE(both.zh, u"视频"_s);
        QCOMPARE(both.en, u"Video"_s);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(both.text(), u"视频"_s);
        QCOMPARE(LocalizedText::fromJson(QJsonObject{{"en"_L1, u"Only English"_s}}).text(),
                 u"Only English"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(both.text(), u"Video"_s);
        QCOMPARE(LocalizedText::fromJson(QJsonObject{{"zh"_L1, u"只有中文"_s}}).text(), u"只有中文"_s);
        QVERIFY(LocalizedText::fromJson(QJsonValue()).isEmpty());
        QLocale::setDefault(QLocale::c());
    }

    void profileLanguage()
    {
        // The package's texts follow the profile's language, not the UI's.
        Profile builtin;
        QString error;
        QVERIFY2(ProfileLoader::loadReference(u"lifelong-2022"_s, &builtin, &error), qPrintable(error));
        QCOMPARE(builtin.language, u"zh_CN"_s);
        const LocalizedText both =
            LocalizedText::fromJson(QJsonObject{{"zh"_L1, u"视频"_s}, {"en"_L1, u"Video"_s}});
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(both.in(builtin.language), u"视频"_s);
        QCOMPARE(both.in(u"en"_s), u"Video"_s);
        QLocale::setDefault(QLocale::c());
        QJsonObject root = QJsonDocument::fromJson(minimalProfile()).object();
        root.insert("language"_L1, u"Chinese; DROP"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profiles/custom.json"_s);
        QVERIFY(writeFile(path, QJsonDocument(root).toJson()));
        Profile p;
        QVERIFY(!ProfileLoader::loadFile(path, &p, &error));
        QVERIFY2(error.contains(u"language"_s), qPrintable(error));
        root.insert("language"_L1, u"en"_s);
        QVERIFY(writeFile(path, QJsonDocument(root).toJson()));
        QVERIFY2(ProfileLoader::loadFile(path, &p, &error), qPrintable(error));
        QCOMPARE(p.language, u"en"_s);
    }

    void fieldKindNames()
    {
        for (const char *name :
             {"text", "date", "integer", "enum", "list", "url", "image", "xml", "category"}) {
            FieldKind kind;
            QVERIFY2(fieldKindFromName(QLatin1StringView(name), &kind), name);
            QCOMPARE(fieldKindName(kind), QLatin1StringView(name));
        }
        FieldKind kind = FieldKind::Date;
        QVERIFY(!fieldKindFromName(u"Text"_s, &kind));
        QVERIFY(!fieldKindFromName(QString(), &kind));
        QCOMPARE(kind, FieldKind::Date);
    }
};

QTEST_GUILESS_MAIN(TestProfileLoader)
#include "TestProfileLoader.moc"
