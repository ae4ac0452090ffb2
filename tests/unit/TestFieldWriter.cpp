// FieldWriter: one field written wherever it lives (type column, cover file, value row);
// writeChecked stores nothing when the value has an error.

#include "MetadataFixture.h"
#include "TempWorkspace.h"
#include "metadata/FieldWriter.h"
#include "workspace/BatchStore.h"
#include "workspace/ResourceStore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MetadataFixture;

class TestFieldWriter : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_tw = std::make_unique<TempWorkspace>();
        QVERIFY2(m_tw->isValid(), qPrintable(m_tw->error()));
        Batch b;
        b.name = u"b"_s;
        QString error;
        QVERIFY(BatchStore(m_tw->workspace()).create(&b, &error));
        m_id = ResourceStore(m_tw->workspace()).create(b.id, u"A01"_s, &error);
        QVERIFY2(m_id != 0, qPrintable(error));
    }
    void cleanup() { m_tw.reset(); }

    void writeAndRead()
    {
        FieldWriter w(m_tw->workspace(), m_tw->profile());
        QString error;
        QVERIFY2(w.write(m_id, u"title"_s, u"航空发动机原理"_s, &error), qPrintable(error));
        QCOMPARE(w.read(m_id, u"title"_s), u"航空发动机原理"_s);
        // Drafts may hold invalid values.
        QVERIFY(w.write(m_id, u"speakers"_s, u"张建华；朱新"_s, &error));
        QCOMPARE(w.read(m_id, u"speakers"_s), u"张建华；朱新"_s);
        QVERIFY(w.write(m_id, u"title"_s, QString(), &error));
        QCOMPARE(w.read(m_id, u"title"_s), QString());
        QVERIFY(!w.write(m_id, u"no_such_field"_s, u"x"_s, &error));
        QVERIFY2(error.contains(u"no_such_field"_s), qPrintable(error));
        QCOMPARE(w.read(m_id + 1, u"title"_s), QString());
    }

    void typeLivesInTheResourceRow()
    {
        FieldWriter w(m_tw->workspace(), m_tw->profile());
        QString error;
        QVERIFY(w.write(m_id, u"type"_s, u" A02 "_s, &error));
        Resource r;
        QVERIFY(ResourceStore(m_tw->workspace()).load(m_id, &r));
        QCOMPARE(r.type, u"A02"_s);
        QVERIFY(!r.values.contains(u"type"_s));
        QCOMPARE(w.read(m_id, u"type"_s), u"A02"_s);
    }

    void coverIsAnAttachedFile()
    {
        FieldWriter w(m_tw->workspace(), m_tw->profile());
        const QString first = m_tw->dir() + u"/first.jpg"_s;
        const QString second = m_tw->dir() + u"/second.jpg"_s;
        QVERIFY(writeJpeg(first));
        QVERIFY(writeJpeg(second));
        QString error;
        QVERIFY2(w.write(m_id, u"cover"_s, first, &error), qPrintable(error));
        QVERIFY2(w.write(m_id, u"cover"_s, second, &error), qPrintable(error));
        Resource r;
        QVERIFY(ResourceStore(m_tw->workspace()).load(m_id, &r));
        QCOMPARE(r.filesWithRole(u"cover"_s).size(), 1);
        QCOMPARE(w.read(m_id, u"cover"_s), second);
        QVERIFY(!r.values.contains(u"cover"_s));
        QVERIFY(!w.write(m_id, u"cover"_s, m_tw->dir() + u"/none.jpg"_s, &error));
        QCOMPARE(w.read(m_id, u"cover"_s), second);
        QVERIFY(w.write(m_id, u"cover"_s, QString(), &error));
        QCOMPARE(w.read(m_id, u"cover"_s), QString());
    }

    void writeAllRefusesErrors()
    {
        FieldWriter w(m_tw->workspace(), m_tw->profile());
        QString error;
        QList<ValidationMessage> messages;
        QVERIFY(w.writeAll(m_id, {{u"speakers"_s, u"张建华;朱新"_s}}, context(), &messages, &error));
        QVERIFY(messages.isEmpty());
        QVERIFY(!w.writeAll(m_id, {{u"speakers"_s, u"张建华；朱新"_s}}, context(), &messages, &error));
        QCOMPARE(codes(messages), QStringList{u"error:fullwidth_separator"_s});
        QCOMPARE(messages.first().resourceId, m_id);
        QCOMPARE(messages.first().fix, u"张建华;朱新"_s);
        QCOMPARE(error, messages.first().text);
        QCOMPARE(w.read(m_id, u"speakers"_s), u"张建华;朱新"_s); // unchanged
        // Checked against the fixed clock of the context.
        QVERIFY(!w.writeAll(m_id, {{u"created"_s, u"2022-04-02"_s}}, context(), &messages, &error));
        QCOMPARE(w.read(m_id, u"created"_s), QString());
        QVERIFY(w.writeAll(m_id, {{u"created"_s, u"2022-04-01"_s}}, context(), &messages, &error));
        QCOMPARE(w.read(m_id, u"created"_s), u"2022-04-01"_s);
        // The taxonomy comes from the profile when the context has none.
        ValidationContext bare;
        bare.today = MetadataFixture::clock().today();
        QVERIFY(!w.writeAll(m_id, {{u"category"_s, u"科学文化-航空知识-火箭"_s}}, bare, &messages, &error));
        QCOMPARE(codes(messages), QStringList{u"error:category_unknown"_s});
    }

    void writeAllStoresWithWarnings()
    {
        FieldWriter w(m_tw->workspace(), m_tw->profile());
        QString error;
        QList<ValidationMessage> messages;
        QVERIFY(w.writeAll(m_id, {{u"speakers"_s, u"（藏族）班班多杰"_s}}, context(), &messages, &error));
        QCOMPARE(codes(messages), QStringList{u"warning:fullwidth_parentheses"_s});
        QCOMPARE(w.read(m_id, u"speakers"_s), u"（藏族）班班多杰"_s); // stored as typed; the fix is offered
        // Empty clears an optional field; a required one is refused ("required"), its value kept.
        QVERIFY(w.writeAll(m_id, {{u"clicks"_s, u"36500"_s}}, context(), &messages, &error));
        QVERIFY(w.writeAll(m_id, {{u"clicks"_s, QString()}}, context(), &messages, &error));
        QVERIFY(messages.isEmpty());
        QCOMPARE(w.read(m_id, u"clicks"_s), QString());
        QVERIFY(!w.writeAll(m_id, {{u"speakers"_s, QString()}}, context(), &messages, &error));
        QCOMPARE(codes(messages), QStringList{u"error:required"_s});
        QCOMPARE(w.read(m_id, u"speakers"_s), u"（藏族）班班多杰"_s);
    }

    void writeAllIsAllOrNothing()
    {
        FieldWriter w(m_tw->workspace(), m_tw->profile());
        QString error;
        QList<ValidationMessage> messages;
        // One bad value among good ones: nothing is stored.
        QVERIFY(!w.writeAll(m_id, {{u"title"_s, u"新标题"_s}, {u"clicks"_s, u"3万"_s}}, context(), &messages,
                            &error));
        QCOMPARE(codes(messages), QStringList{u"error:not_integer"_s});
        QVERIFY(w.read(m_id, u"title"_s) != u"新标题"_s);
        // The type must be one of the profile's.
        QVERIFY(!w.writeAll(m_id, {{u"type"_s, u"A99"_s}}, context(), &messages, &error));
        QCOMPARE(codes(messages), QStringList{u"error:unknown_type"_s});
        QVERIFY(w.writeAll(m_id, {{u"title"_s, u"新标题"_s}, {u"clicks"_s, u"30000"_s}}, context(), &messages,
                           &error));
        QCOMPARE(w.read(m_id, u"title"_s), u"新标题"_s);
        QCOMPARE(w.read(m_id, u"clicks"_s), u"30000"_s);
    }

    void writeAllNamesUnknownThings()
    {
        FieldWriter w(m_tw->workspace(), m_tw->profile());
        QString error;
        QList<ValidationMessage> messages;
        QVERIFY(!w.writeAll(m_id, {{u"titel"_s, u"x"_s}}, context(), &messages, &error));
        QVERIFY2(error.contains(u"titel"_s) && error.contains(u"title"_s),
                 qPrintable(error)); // lists the fields
        QVERIFY(!w.writeAll(m_id + 77, {{u"title"_s, u"x"_s}}, context(), &messages, &error));
        QVERIFY2(error.contains(QString::number(m_id + 77)), qPrintable(error));
    }

private:
    std::unique_ptr<TempWorkspace> m_tw;
    qint64 m_id = 0;
};

QTEST_GUILESS_MAIN(TestFieldWriter)
#include "TestFieldWriter.moc"
