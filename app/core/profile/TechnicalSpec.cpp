#include "profile/TechnicalSpec.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// The value types of the technical section (docs/profile-format.md, "Value types").
enum class Type {
    PositiveNumber, // 25.0
    PositiveWhole,  // 1280
    Whole,          // 0, 5
    Strings,        // ["h264"], not empty
    StringsOrEmpty, // ["M4V "] or []
    PositiveNumbers,
    Name,   // "libx264", not empty
    Status, // "pass", "warning", "fail"
    Text,   // {"zh": "…", "en": "…"}
    Ratio,  // "16:9"
    Share,  // 0.001: a number from 0 to 1
};

struct Key
{
    const char *name;
    Type type;
    bool required;
};

struct RuleSchema
{
    const char *kind;
    const char *rule;
    QList<Key> keys; // besides "name" and "explain", which every rule has
};

// Every rule of every media kind and its keys. Optional keys (required = false) are limits that a
// notice may set; absent means no limit.
const QList<RuleSchema> &ruleSchemas()
{
    static const QList<RuleSchema> schemas{
        {"video",
         "container",
         {{"brands_pass", Type::Strings, true}, {"brands_warn", Type::StringsOrEmpty, true}}},
        {"video",
         "video_codec",
         {{"codecs", Type::Strings, true},
          {"streams", Type::PositiveWhole, true},
          {"encoder", Type::Name, true}}},
        {"video",
         "audio_codec",
         {{"codecs", Type::Strings, true},
          {"min_streams", Type::PositiveWhole, true},
          {"encoder", Type::Name, true}}},
        {"video",
         "resolution",
         {{"min_long", Type::PositiveWhole, true},
          {"min_short", Type::PositiveWhole, true},
          {"portrait", Type::Status, true},
          {"exact_long", Type::PositiveWhole, false},
          {"exact_short", Type::PositiveWhole, false},
          {"aspect", Type::Ratio, false}}},
        {"video",
         "frame_rate",
         {{"min", Type::PositiveNumber, true}, {"allowed", Type::PositiveNumbers, false}}},
        {"video",
         "bitrate",
         {{"min_bps", Type::PositiveWhole, true}, {"max_bps", Type::PositiveWhole, false}}},
        {"video",
         "browser",
         {{"video_codecs", Type::Strings, true},
          {"h264_profiles", Type::Strings, true},
          {"max_level", Type::PositiveWhole, true},
          {"pixel_formats", Type::Strings, true},
          {"audio_codecs", Type::Strings, true},
          {"aac_profiles", Type::Strings, true},
          {"moov_after_mdat", Type::Status, true}}},
        {"video", "duration", {{"max_seconds", Type::PositiveNumber, true}}},
        {"video", "file_size", {{"max_bytes", Type::PositiveWhole, true}}},
        {"video", "integrity", {}},
        {"audio", "container", {{"formats", Type::Strings, true}}},
        {"audio",
         "audio_codec",
         {{"codecs", Type::Strings, true},
          {"min_streams", Type::PositiveWhole, true},
          {"encoder", Type::Name, true}}},
        {"audio",
         "sample_rate",
         {{"min_hz", Type::PositiveWhole, true}, {"max_hz", Type::PositiveWhole, false}}},
        {"audio", "bit_depth", {{"min_bits", Type::PositiveWhole, true}}},
        {"audio", "channels", {{"exact", Type::PositiveWhole, true}, {"layout", Type::Name, true}}},
        {"audio", "duration", {{"max_seconds", Type::PositiveNumber, true}}},
        {"audio", "file_size", {{"max_bytes", Type::PositiveWhole, true}}},
        {"audio", "integrity", {}},
        // An online course's address: fetched with these limits (the "link" object is always needed).
        {"link", "link", {{"max_redirects", Type::Whole, true}, {"timeout_ms", Type::PositiveWhole, true}}},
        {"link", "https", {{"http", Type::Status, true}}},
        {"link", "protection_level", {{"min_level", Type::PositiveWhole, true}}},
        {"link", "filing_number", {}},
        // A document (a digital textbook, courseware) as a PDF file.
        {"document", "opens", {}},
        {"document", "page_count", {{"min", Type::PositiveWhole, true}, {"max", Type::PositiveWhole, false}}},
        {"document", "fonts_embedded", {}},
        {"document", "text_extractable", {{"min_chars_per_page", Type::PositiveNumber, true}}},
        {"document", "not_garbled", {{"max_share", Type::Share, true}}},
        {"document", "file_size", {{"max_bytes", Type::PositiveWhole, true}}},
    };
    return schemas;
}

const RuleSchema *findSchema(const QString &kind, const QString &rule)
{
    for (const RuleSchema &s : ruleSchemas()) {
        if (kind == QLatin1StringView(s.kind) && rule == QLatin1StringView(s.rule))
            return &s;
    }
    return nullptr;
}

QString describe(Type type)
{
    switch (type) {
    case Type::PositiveNumber:
        return TechnicalSpec::tr("a positive number");
    case Type::PositiveWhole:
        return TechnicalSpec::tr("a positive whole number");
    case Type::Whole:
        return TechnicalSpec::tr("a whole number ≥ 0");
    case Type::Strings:
        return TechnicalSpec::tr("a non-empty list of strings");
    case Type::StringsOrEmpty:
        return TechnicalSpec::tr("a list of strings");
    case Type::PositiveNumbers:
        return TechnicalSpec::tr("a non-empty list of positive numbers");
    case Type::Name:
        return TechnicalSpec::tr("a non-empty string");
    case Type::Status:
        return TechnicalSpec::tr("one of pass, warning, fail");
    case Type::Text:
        return TechnicalSpec::tr("an object {\"zh\": …, \"en\": …}");
    case Type::Ratio:
        return TechnicalSpec::tr("a ratio such as 16:9");
    case Type::Share:
        return TechnicalSpec::tr("a number from 0 to 1");
    }
    return QString();
}

bool isWhole(const QJsonValue &v, double min)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d) && d >= min && d <= 9007199254740992.0;
}

bool isPositive(const QJsonValue &v)
{
    return v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() > 0;
}

bool isStringList(const QJsonValue &v, bool allowEmpty)
{
    if (!v.isArray() || (!allowEmpty && v.toArray().isEmpty()))
        return false;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString() || item.toString().isEmpty())
            return false;
    }
    return true;
}

bool isPositiveList(const QJsonValue &v)
{
    if (!v.isArray() || v.toArray().isEmpty())
        return false;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        if (!isPositive(item))
            return false;
    }
    return true;
}

bool isRatio(const QJsonValue &v)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(u"[1-9][0-9]{0,3}:[1-9][0-9]{0,3}"_s));
    return v.isString() && re.match(v.toString()).hasMatch();
}

// A profile number as written: "2000000", "29.97".
QString plain(double value)
{
    return QString::number(value, 'g', 15);
}

bool fail(TechnicalSpec::Problem *problem, const QString &where, const QString &what)
{
    if (problem)
        *problem = {where, what};
    return false;
}

// {"zh": "…", "en": "…"}: both languages, nothing else.
bool checkText(const QJsonValue &v, const QString &where, TechnicalSpec::Problem *problem)
{
    if (!v.isObject())
        return fail(problem, where, TechnicalSpec::tr("must be %1").arg(describe(Type::Text)));
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != "zh"_L1 && it.key() != "en"_L1)
            return fail(problem, where + u'.' + it.key(),
                        TechnicalSpec::tr("unknown key (expected one of: zh, en)"));
    }
    for (const QString &lang : {u"zh"_s, u"en"_s}) {
        const QJsonValue text = o.value(lang);
        if (text.isUndefined())
            return fail(problem, where + u'.' + lang,
                        TechnicalSpec::tr("is missing (expected %1)").arg(describe(Type::Name)));
        if (!text.isString() || text.toString().trimmed().isEmpty())
            return fail(problem, where + u'.' + lang,
                        TechnicalSpec::tr("must be %1").arg(describe(Type::Name)));
    }
    return true;
}

bool checkValue(const QJsonValue &v, Type type, const QString &where, TechnicalSpec::Problem *problem)
{
    bool ok = false;
    switch (type) {
    case Type::PositiveNumber:
        ok = isPositive(v);
        break;
    case Type::PositiveWhole:
        ok = isWhole(v, 1);
        break;
    case Type::Whole:
        ok = isWhole(v, 0);
        break;
    case Type::Strings:
        ok = isStringList(v, false);
        break;
    case Type::StringsOrEmpty:
        ok = isStringList(v, true);
        break;
    case Type::PositiveNumbers:
        ok = isPositiveList(v);
        break;
    case Type::Name:
        ok = v.isString() && !v.toString().trimmed().isEmpty();
        break;
    case Type::Status:
        ok = v.isString() && QStringList{u"pass"_s, u"warning"_s, u"fail"_s}.contains(v.toString());
        break;
    case Type::Text:
        return checkText(v, where, problem);
    case Type::Ratio:
        ok = isRatio(v);
        break;
    case Type::Share:
        ok = v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 1;
        break;
    }
    return ok || fail(problem, where, TechnicalSpec::tr("must be %1").arg(describe(type)));
}

QStringList keyNames(const QList<Key> &keys)
{
    QStringList names;
    for (const Key &k : keys)
        names.append(QLatin1StringView(k.name));
    return names;
}

// Every key known, every required key present, every value of its type.
bool checkKeys(const QJsonObject &o, const QList<Key> &keys, const QString &where,
               TechnicalSpec::Problem *problem)
{
    const QStringList known = keyNames(keys);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(problem, where + u'.' + it.key(),
                        TechnicalSpec::tr("unknown key (expected one of: %1)").arg(known.join(u", "_s)));
    }
    for (const Key &k : keys) {
        const QString name = QLatin1StringView(k.name);
        const QJsonValue v = o.value(name);
        if (v.isUndefined()) {
            if (k.required)
                return fail(problem, where + u'.' + name,
                            TechnicalSpec::tr("is missing (expected %1)").arg(describe(k.type)));
            continue;
        }
        if (!checkValue(v, k.type, where + u'.' + name, problem))
            return false;
    }
    return true;
}

// A maximum must not be below its minimum; both are present when this is called.
bool checkNotBelow(const QJsonObject &o, const char *maxKey, const char *minKey, const QString &where,
                   TechnicalSpec::Problem *problem)
{
    const QJsonValue max = o.value(QLatin1StringView(maxKey));
    if (max.isUndefined() || max.toDouble() >= o.value(QLatin1StringView(minKey)).toDouble())
        return true;
    return fail(problem, where + u'.' + QLatin1StringView(maxKey),
                TechnicalSpec::tr("is below %1 (%2)")
                    .arg(QLatin1StringView(minKey))
                    .arg(plain(o.value(QLatin1StringView(minKey)).toDouble())));
}

// The checks between keys of one rule: ranges, pairs, allowed values above the minimum.
bool checkRelations(const QString &rule, const QJsonObject &o, const QString &where,
                    TechnicalSpec::Problem *problem)
{
    if (rule == "bitrate"_L1)
        return checkNotBelow(o, "max_bps", "min_bps", where, problem);
    if (rule == "sample_rate"_L1)
        return checkNotBelow(o, "max_hz", "min_hz", where, problem);
    if (rule == "page_count"_L1)
        return checkNotBelow(o, "max", "min", where, problem);
    if (rule == "resolution"_L1 && o.contains("exact_long"_L1) != o.contains("exact_short"_L1)) {
        const QString missing = o.contains("exact_long"_L1) ? u"exact_short"_s : u"exact_long"_s;
        return fail(problem, where + u'.' + missing,
                    TechnicalSpec::tr("is missing (exact_long and exact_short go together)"));
    }
    if (rule == "frame_rate"_L1) {
        const double min = o.value("min"_L1).toDouble();
        const QJsonArray allowed = o.value("allowed"_L1).toArray();
        for (qsizetype i = 0; i < allowed.size(); ++i) {
            if (allowed.at(i).toDouble() < min)
                return fail(problem, where + u".allowed[%1]"_s.arg(i),
                            TechnicalSpec::tr("%1 is below min (%2)")
                                .arg(plain(allowed.at(i).toDouble()), plain(min)));
        }
    }
    return true;
}

bool checkRules(const QString &kind, const QJsonObject &section, const QString &where,
                TechnicalSpec::Problem *problem)
{
    const QJsonValue rules = section.value("rules"_L1);
    if (rules.isUndefined())
        return fail(problem, where + u".rules"_s,
                    TechnicalSpec::tr("is missing (expected %1)").arg(describe(Type::Strings)));
    if (!isStringList(rules, false))
        return fail(problem, where + u".rules"_s,
                    TechnicalSpec::tr("must be %1").arg(describe(Type::Strings)));
    const QStringList known = TechnicalSpec::ruleIds(kind);
    QStringList seen;
    const QJsonArray array = rules.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString id = array.at(i).toString();
        const QString at = where + u".rules[%1]"_s.arg(i);
        if (!known.contains(id))
            return fail(
                problem, at,
                TechnicalSpec::tr("unknown rule \"%1\" (expected one of: %2)").arg(id, known.join(u", "_s)));
        if (seen.contains(id))
            return fail(problem, at, TechnicalSpec::tr("\"%1\" appears twice").arg(id));
        seen.append(id);
        if (!section.contains(id))
            return fail(problem, where + u'.' + id,
                        TechnicalSpec::tr("is missing (expected an object: the rule is listed in rules)"));
    }
    return true;
}

bool checkSection(const QString &kind, const QJsonObject &section, const QString &where,
                  TechnicalSpec::Problem *problem)
{
    if (!checkRules(kind, section, where, problem))
        return false;
    const QStringList known = TechnicalSpec::ruleIds(kind);
    for (auto it = section.begin(); it != section.end(); ++it) {
        if (it.key() == "rules"_L1)
            continue;
        const QString at = where + u'.' + it.key();
        if (!known.contains(it.key()))
            return fail(
                problem, at,
                TechnicalSpec::tr("unknown key (expected rules or one of: %1)").arg(known.join(u", "_s)));
        if (!it.value().isObject())
            return fail(problem, at, TechnicalSpec::tr("must be an object"));
        if (!TechnicalSpec::checkRule(kind, it.key(), it.value().toObject(), at, problem))
            return false;
    }
    // The address is fetched whatever rules are listed: its limits are always needed.
    if (kind == "link"_L1 && !section.contains("link"_L1))
        return fail(problem, where + u".link"_s,
                    TechnicalSpec::tr("is missing (expected an object with max_redirects and timeout_ms)"));
    return true;
}
} // namespace

QStringList TechnicalSpec::ruleIds(const QString &kind)
{
    QStringList ids;
    for (const RuleSchema &s : ruleSchemas()) {
        if (kind == QLatin1StringView(s.kind))
            ids.append(QLatin1StringView(s.rule));
    }
    return ids;
}

bool TechnicalSpec::checkRule(const QString &kind, const QString &rule, const QJsonObject &object,
                              const QString &where, Problem *problem)
{
    const RuleSchema *schema = findSchema(kind, rule);
    if (!schema)
        return fail(problem, where, tr("unknown rule \"%1\" for %2 media").arg(rule, kind));
    QList<Key> keys{{"name", Type::Text, true}, {"explain", Type::Text, true}};
    keys += schema->keys;
    return checkKeys(object, keys, where, problem) && checkRelations(rule, object, where, problem);
}

bool TechnicalSpec::check(const QJsonObject &technical, const QStringList &mediaKinds, Problem *problem)
{
    const QString root = u"technical"_s;
    static const QStringList kinds{u"video"_s, u"audio"_s, u"link"_s, u"document"_s};
    for (auto it = technical.begin(); it != technical.end(); ++it) {
        const QString where = root + u'.' + it.key();
        if (!kinds.contains(it.key()))
            return fail(problem, where, tr("unknown key (expected one of: video, audio, link, document)"));
        if (!it.value().isObject())
            return fail(problem, where, tr("must be an object"));
        const QJsonObject section = it.value().toObject();
        if (!checkSection(it.key(), section, where, problem))
            return false;
    }
    for (const QString &kind : mediaKinds) {
        if (!technical.contains(kind))
            return fail(problem, root + u'.' + kind,
                        tr("is missing (a resource type has %1 media)").arg(kind));
    }
    return true;
}
