// FieldValidator: dispatches each field of the profile to its rule kind, and adds the required check.

#include "MetadataFixture.h"
#include "metadata/FieldValidator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MetadataFixture;

namespace {
// A value that every field of this kind must refuse, whatever its rule's parameters. No default: a new kind
// makes the compiler ask for its value here.
QString refusedByEveryRuleOf(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Text:
        return u"   "_s; // only spaces
    case FieldKind::Date:
        return u"2022/3/23"_s;
    case FieldKind::Integer:
        return u"3万"_s;
    case FieldKind::Enum:
        return u"§§§"_s;
    case FieldKind::List:
        return u"张建华；朱新"_s; // a full-width separator
    case FieldKind::Url:
        return u"ftp://x.cn/a"_s;
    case FieldKind::Image:
        return u"/nonexistent/cover.jpg"_s;
    case FieldKind::Xml:
        return u"<catalog>"_s;
    case FieldKind::Category:
        return u"科学文化--航空发动机"_s;
    }
    return QString();
}
} // namespace

class TestFieldValidator : public QObject
{
    Q_OBJECT
private slots:
    void dispatchesByKind_data()
    {
        QTest::addColumn<QString>("fieldId");
        QTest::addColumn<QString>("good");
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("badCode");
        QTest::newRow("text") << u"title"_s << u"航空发动机原理"_s << QString(101, u'航') << u"too_long"_s;
        QTest::newRow("enum") << u"type"_s << u"A01"_s << u"A09"_s << u"not_in_list"_s;
        QTest::newRow("date") << u"created"_s << u"2022-03-23"_s << u"2022/3/23"_s << u"date_format"_s;
        QTest::newRow("integer") << u"clicks"_s << u"36500"_s << u"3万"_s << u"not_integer"_s;
        QTest::newRow("list") << u"speakers"_s << u"张建华;朱新;(藏族)班班多杰"_s << u"张建华；朱新"_s
                              << u"fullwidth_separator"_s;
        QTest::newRow("url") << u"url"_s << u"https://le.ouchn.cn/course/12345"_s << u"ftp://x.cn/a"_s
                             << u"url_scheme"_s;
        QTest::newRow("image") << u"cover"_s << QString() << u"/nonexistent/cover.jpg"_s << u"file_missing"_s;
        QTest::newRow("xml") << u"catalog"_s << u"<catalog/>"_s << u"<catalog>"_s << u"xml_invalid"_s;
        QTest::newRow("category") << u"category"_s << u"科学文化-航空知识-航空发动机"_s
                                  << u"科学文化--航空发动机"_s << u"category_empty_level"_s;
    }
    void dispatchesByKind()
    {
        QFETCH(QString, fieldId);
        QFETCH(QString, good);
        QFETCH(QString, bad);
        QFETCH(QString, badCode);
        if (!good.isEmpty())
            QVERIFY(FieldValidator::validate(field(fieldId), good, context()).isEmpty());
        const auto messages = FieldValidator::validate(field(fieldId), bad, context());
        QCOMPARE(codes(messages), QStringList{u"error:"_s + badCode});
        QCOMPARE(messages.first().fieldId, fieldId);
        QCOMPARE(messages.first().resourceId, 0);
    }

    void required()
    {
        // Required for every type.
        auto messages =
            FieldValidator::validateWithRequired(field(u"title"_s), u"A01"_s, QString(), context());
        QCOMPARE(codes(messages), QStringList{u"error:required"_s});
        QVERIFY(messages.first().text.contains(field(u"title"_s).label.text()));
        // Required for A03 only.
        QCOMPARE(codes(FieldValidator::validateWithRequired(field(u"url"_s), u"A03"_s, QString(), context())),
                 QStringList{u"error:required"_s});
        QVERIFY(
            FieldValidator::validateWithRequired(field(u"url"_s), u"A01"_s, QString(), context()).isEmpty());
        // Optional and empty: fine.
        QVERIFY(FieldValidator::validateWithRequired(field(u"clicks"_s), u"A01"_s, QString(), context())
                    .isEmpty());
        // Filled: the rule applies.
        QCOMPARE(
            codes(FieldValidator::validateWithRequired(field(u"clicks"_s), u"A01"_s, u"-1"_s, context())),
            QStringList{u"error:too_small"_s});
        QVERIFY(FieldValidator::validateWithRequired(field(u"title"_s), u"A02"_s, u"声音"_s, context())
                    .isEmpty());
    }

    void everyProfileFieldHasAValidator()
    {
        // Every field of the profile is given a value its kind refuses whatever the field's rule: the answer
        // must be an error naming the field, with a text; a field whose validator says nothing fails here.
        // A nonsense value besides: nothing crashes and each answer names its field.
        for (const FieldSpec &spec : profile().fields) {
            const QString bad = refusedByEveryRuleOf(spec.kind);
            const auto messages = FieldValidator::validate(spec, bad, context());
            QVERIFY2(!messages.isEmpty() && messages.first().isError(),
                     qPrintable(u"%1 (%2) accepted \"%3\": %4"_s.arg(spec.id, fieldKindName(spec.kind), bad,
                                                                     codes(messages).join(u", "_s))));
            for (const ValidationMessage &m : messages) {
                QCOMPARE(m.fieldId, spec.id);
                QVERIFY2(!m.text.isEmpty(), qPrintable(spec.id + u": "_s + m.code));
            }
            for (const ValidationMessage &m : FieldValidator::validate(spec, u"§§§"_s, context()))
                QCOMPARE(m.fieldId, spec.id);
        }
    }
};

QTEST_GUILESS_MAIN(TestFieldValidator)
#include "TestFieldValidator.moc"
