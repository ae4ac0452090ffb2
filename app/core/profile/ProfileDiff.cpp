#include "profile/ProfileDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
QString valueText(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return ProfileDiff::tr("(none)");
    if (v.isBool())
        return v.toBool() ? ProfileDiff::tr("yes") : ProfileDiff::tr("no");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 12);
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items.append(valueText(item));
        return items.join(u", "_s);
    }
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QString kindName(const QString &kind)
{
    if (kind == "video"_L1)
        return ProfileDiff::tr("Video");
    if (kind == "audio"_L1)
        return ProfileDiff::tr("Audio");
    if (kind == "link"_L1)
        return ProfileDiff::tr("Course link");
    return kind;
}

// The rule's name from the profile, in the UI's language, or its id.
QString ruleName(const QJsonObject &rule, const QString &id)
{
    const QString name = LocalizedText::fromJson(rule.value("name"_L1)).text();
    return name.isEmpty() ? id : name;
}

QString typesText(const QStringList &codes)
{
    return codes.isEmpty() ? ProfileDiff::tr("(none)") : codes.join(u", "_s);
}

// Keys compared in pairs, shown as one W×H value: {first key, second key, what it is}.
struct Pair
{
    const char *first;
    const char *second;
    const char *what;
};
const Pair kPairs[] = {
    {"min_long", "min_short", QT_TRANSLATE_NOOP("ProfileDiff", "minimum resolution")},
    {"exact_long", "exact_short", QT_TRANSLATE_NOOP("ProfileDiff", "exact resolution")},
    {"min_width", "min_height", QT_TRANSLATE_NOOP("ProfileDiff", "minimum size")},
};

QString pairText(const QJsonObject &o, const Pair &pair)
{
    const QJsonValue a = o.value(QLatin1StringView(pair.first));
    const QJsonValue b = o.value(QLatin1StringView(pair.second));
    if (a.isUndefined() && b.isUndefined())
        return ProfileDiff::tr("(none)");
    return valueText(a) + u'×' + valueText(b);
}

void add(QList<ProfileDiff::Change> *out, const QString &area, const QString &where, const QString &text)
{
    out->append({area, where, text});
}
} // namespace

QJsonObject ProfileDiff::Change::toJson() const
{
    return {{"area"_L1, area}, {"where"_L1, where}, {"text"_L1, text}};
}

QList<ProfileDiff::Change> ProfileDiff::compare(const Profile &from, const Profile &to)
{
    QList<Change> out;
    compareHeader(from, to, &out);
    compareDeadlines(from, to, &out);
    compareTypes(from, to, &out);
    compareFields(from, to, &out);
    compareTechnical(from, to, &out);
    return out;
}

void ProfileDiff::compareHeader(const Profile &a, const Profile &b, QList<Change> *out)
{
    if (a.id != b.id || a.version != b.version)
        add(out, u"profile"_s, u"version"_s,
            tr("Profile %1 → %2").arg(a.id + u'@' + a.version, b.id + u'@' + b.version));
    if (a.title.text() != b.title.text())
        add(out, u"profile"_s, u"title"_s, tr("Campaign: %1 → %2").arg(a.title.text(), b.title.text()));
    if (a.mailbox != b.mailbox)
        add(out, u"profile"_s, u"mailbox"_s,
            tr("Mailbox for the registration form: %1 → %2").arg(a.mailbox, b.mailbox));
}

void ProfileDiff::compareDeadlines(const Profile &a, const Profile &b, QList<Change> *out)
{
    for (const Profile::Deadline &d : a.deadlines) {
        const QString label = d.label.isEmpty() ? d.id : d.label.text();
        const QString where = u"deadlines (%1)"_s.arg(d.id);
        const Profile::Deadline *n = b.deadline(d.id);
        if (!n)
            add(out, u"deadline"_s, where,
                tr("Deadline removed: %1 (%2)").arg(label, d.date.toString(Qt::ISODate)));
        else if (n->date != d.date)
            add(out, u"deadline"_s, where + u".date"_s,
                tr("Deadline %1: %2 → %3")
                    .arg(label, d.date.toString(Qt::ISODate), n->date.toString(Qt::ISODate)));
    }
    for (const Profile::Deadline &d : b.deadlines)
        if (!a.deadline(d.id))
            add(out, u"deadline"_s, u"deadlines (%1)"_s.arg(d.id),
                tr("New deadline: %1 (%2)")
                    .arg(d.label.isEmpty() ? d.id : d.label.text(), d.date.toString(Qt::ISODate)));
}

void ProfileDiff::compareTypes(const Profile &a, const Profile &b, QList<Change> *out)
{
    for (const ResourceTypeSpec &t : a.resourceTypes) {
        const QString where = u"resource_types (%1)"_s.arg(t.code);
        const ResourceTypeSpec *n = b.resourceType(t.code);
        if (!n) {
            add(out, u"type"_s, where, tr("Resource type removed: %1 %2").arg(t.code, t.label.text()));
            continue;
        }
        if (n->media != t.media)
            add(out, u"type"_s, where + u".media"_s,
                tr("Resource type %1: checked as %2 → %3")
                    .arg(t.code, kindName(t.media), kindName(n->media)));
        if (n->minFiles != t.minFiles)
            add(out, u"type"_s, where + u".min_files"_s,
                tr("Resource type %1: at least %2 → %3 media file(s)")
                    .arg(t.code)
                    .arg(t.minFiles)
                    .arg(n->minFiles));
    }
    for (const ResourceTypeSpec &t : b.resourceTypes)
        if (!a.resourceType(t.code))
            add(out, u"type"_s, u"resource_types (%1)"_s.arg(t.code),
                tr("New resource type: %1 %2").arg(t.code, t.label.text()));
}

void ProfileDiff::compareFields(const Profile &a, const Profile &b, QList<Change> *out)
{
    for (const FieldSpec &f : a.fields) {
        if (const FieldSpec *n = b.field(f.id))
            compareField(f, *n, out);
        else
            add(out, u"field"_s, u"fields (%1)"_s.arg(f.id), tr("Field removed: %1").arg(f.label.text()));
    }
    for (const FieldSpec &f : b.fields)
        if (!a.field(f.id)) {
            const QString required = f.requiredFor.isEmpty()
                                         ? tr("optional")
                                         : tr("required for %1").arg(typesText(f.requiredFor));
            add(out, u"field"_s, u"fields (%1)"_s.arg(f.id),
                tr("New field: %1 (%2)").arg(f.label.text(), required));
        }
}

void ProfileDiff::compareField(const FieldSpec &a, const FieldSpec &b, QList<Change> *out)
{
    const QString where = u"fields (%1)"_s.arg(a.id);
    const QString label = b.label.text();
    if (a.kind != b.kind)
        add(out, u"field"_s, where + u".kind"_s,
            tr("%1: kind %2 → %3").arg(label, fieldKindName(a.kind), fieldKindName(b.kind)));
    if (a.requiredFor != b.requiredFor)
        add(out, u"field"_s, where + u".required"_s,
            tr("%1: required for %2 → %3").arg(label, typesText(a.requiredFor), typesText(b.requiredFor)));
    if (a.appliesTo != b.appliesTo)
        add(out, u"field"_s, where + u".applies"_s,
            tr("%1: shown for %2 → %3")
                .arg(label, a.appliesTo.isEmpty() ? tr("all types") : typesText(a.appliesTo),
                     b.appliesTo.isEmpty() ? tr("all types") : typesText(b.appliesTo)));
    QStringList keys = a.rule.keys() + b.rule.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : std::as_const(keys))
        if (a.rule.value(key) != b.rule.value(key))
            add(out, u"field"_s, where + u".rule."_s + key,
                tr("%1: %2 %3 → %4")
                    .arg(label, key, valueText(a.rule.value(key)), valueText(b.rule.value(key))));
}

void ProfileDiff::compareTechnical(const Profile &a, const Profile &b, QList<Change> *out)
{
    QStringList kinds = a.technical.keys() + b.technical.keys();
    kinds.removeDuplicates();
    for (const QString &kind : std::as_const(kinds))
        compareKind(kind, a.technical.value(kind).toObject(), b.technical.value(kind).toObject(), out);
}

void ProfileDiff::compareKind(const QString &kind, const QJsonObject &a, const QJsonObject &b,
                              QList<Change> *out)
{
    const QString where = u"technical."_s + kind;
    QStringList rulesA;
    QStringList rulesB;
    for (const QJsonValue &v : a.value("rules"_L1).toArray())
        rulesA.append(v.toString());
    for (const QJsonValue &v : b.value("rules"_L1).toArray())
        rulesB.append(v.toString());
    for (const QString &rule : std::as_const(rulesA))
        if (!rulesB.contains(rule))
            add(out, u"technical"_s, where + u".rules"_s,
                tr("%1: rule no longer checked: %2")
                    .arg(kindName(kind), ruleName(a.value(rule).toObject(), rule)));
    for (const QString &rule : std::as_const(rulesB))
        if (!rulesA.contains(rule))
            add(out, u"technical"_s, where + u".rules"_s,
                tr("%1: new rule: %2").arg(kindName(kind), ruleName(b.value(rule).toObject(), rule)));
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        if (key == "rules"_L1 || a.value(key) == b.value(key))
            continue;
        if (a.value(key).isObject() || b.value(key).isObject()) {
            if (rulesB.contains(key) && rulesA.contains(key))
                compareRule(kind, key, a.value(key).toObject(), b.value(key).toObject(), out);
            continue;
        }
        add(out, u"technical"_s, where + u'.' + key,
            tr("%1: %2 %3 → %4").arg(kindName(kind), key, valueText(a.value(key)), valueText(b.value(key))));
    }
}

void ProfileDiff::compareRule(const QString &kind, const QString &rule, const QJsonObject &a,
                              const QJsonObject &b, QList<Change> *out)
{
    const QString where = u"technical.%1.%2"_s.arg(kind, rule);
    const QString name = kindName(kind) + u" · "_s + ruleName(b, rule);
    QSet<QString> done{u"name"_s, u"explain"_s};
    for (const Pair &pair : kPairs) {
        const QString first = QLatin1StringView(pair.first);
        const QString second = QLatin1StringView(pair.second);
        done << first << second;
        if (a.value(first) == b.value(first) && a.value(second) == b.value(second))
            continue;
        add(out, u"technical"_s, where + u'.' + first,
            tr("%1: %2 %3 → %4").arg(name, tr(pair.what), pairText(a, pair), pairText(b, pair)));
    }
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        if (done.contains(key) || a.value(key) == b.value(key))
            continue;
        add(out, u"technical"_s, where + u'.' + key,
            tr("%1: %2 %3 → %4").arg(name, key, valueText(a.value(key)), valueText(b.value(key))));
    }
    if (ruleName(a, rule) != ruleName(b, rule))
        add(out, u"technical"_s, where + u".name"_s, tr("%1: renamed from %2").arg(name, ruleName(a, rule)));
}
