#include "profile/ProfileLoader.h"

#include "profile/TechnicalSpec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
// Collects the first error with its location: "<file>: <where>: <what>".
class ErrorSink
{
public:
    ErrorSink(QString origin, QString *error) : m_origin(std::move(origin)), m_error(error) {}
    bool fail(const QString &where, const QString &what)
    {
        if (m_error)
            *m_error = where.isEmpty() ? u"%1: %2"_s.arg(m_origin, what)
                                       : u"%1: %2: %3"_s.arg(m_origin, where, what);
        return false;
    }

private:
    QString m_origin;
    QString *m_error;
};

bool readStringList(const QJsonValue &v, QStringList *out)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray())
        return false;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            return false;
        out->append(item.toString());
    }
    return true;
}

// Type codes become folder names in the package (data/resources/<code>-0001): no separators, dots,
// spaces or control characters, and a bounded length.
bool isSafeTypeCode(const QString &code)
{
    // Anchored as a whole: "$" alone would accept a final line break.
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9][A-Za-z0-9_-]{0,31}"_s));
    return re.match(code).hasMatch();
}

bool readTypes(const QJsonArray &array, Profile *p, ErrorSink &sink)
{
    static const QStringList kMedia{u"video"_s, u"audio"_s, u"link"_s, u"document"_s};
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString where = u"resource_types[%1]"_s.arg(i);
        ResourceTypeSpec t;
        t.code = o.value("code"_L1).toString();
        if (t.code.isEmpty())
            return sink.fail(where, ProfileLoader::tr("\"code\" is missing"));
        if (!isSafeTypeCode(t.code))
            return sink.fail(
                where + u".code"_s,
                ProfileLoader::tr("\"%1\" is not a safe type code: it names folders in the "
                                  "package, so it must be 1–32 ASCII letters, digits, '_' or '-', "
                                  "starting with a letter or digit")
                    .arg(t.code));
        if (p->resourceType(t.code))
            return sink.fail(where, ProfileLoader::tr("type code \"%1\" appears twice").arg(t.code));
        t.label = LocalizedText::fromJson(o.value("label"_L1));
        t.media = o.value("media"_L1).toString();
        if (!kMedia.contains(t.media))
            return sink.fail(
                where + u".media"_s,
                ProfileLoader::tr("\"%1\" is not one of video, audio, link, document").arg(t.media));
        if (!readStringList(o.value("extensions"_L1), &t.extensions))
            return sink.fail(where + u".extensions"_s, ProfileLoader::tr("must be a list of strings"));
        t.minFiles = o.value("min_files"_L1).toInt(0);
        p->resourceTypes.append(t);
    }
    if (p->resourceTypes.isEmpty())
        return sink.fail(u"resource_types"_s, ProfileLoader::tr("at least one resource type is needed"));
    return true;
}

bool checkRule(const FieldSpec &f, const QString &where, ErrorSink &sink)
{
    const QJsonObject &r = f.rule;
    auto isNumberOrAbsent = [&](const char *key) {
        const QJsonValue v = r.value(QLatin1StringView(key));
        return v.isUndefined() || v.isDouble();
    };
    for (const char *key : {"min_length", "max_length", "min", "max", "item_min_length", "item_max_length",
                            "min_width", "min_height"}) {
        if (!isNumberOrAbsent(key))
            return sink.fail(where + u".rule."_s + QLatin1StringView(key),
                             ProfileLoader::tr("must be a number"));
    }
    if (r.contains("min_length"_L1) && r.contains("max_length"_L1) &&
        r.value("min_length"_L1).toInt() > r.value("max_length"_L1).toInt())
        return sink.fail(where + u".rule"_s, ProfileLoader::tr("min_length is larger than max_length"));
    for (const char *key : {"pattern", "item_pattern"}) {
        const QString pattern = r.value(QLatin1StringView(key)).toString();
        if (!pattern.isEmpty() && !QRegularExpression(pattern).isValid())
            return sink.fail(where + u".rule."_s + QLatin1StringView(key),
                             ProfileLoader::tr("invalid regular expression: %1")
                                 .arg(QRegularExpression(pattern).errorString()));
    }
    static const QRegularExpression kRatio(
        QRegularExpression::anchoredPattern(u"[1-9][0-9]{0,3}:[1-9][0-9]{0,3}"_s));
    if (r.contains("aspect"_L1) && !kRatio.match(r.value("aspect"_L1).toString()).hasMatch())
        return sink.fail(where + u".rule.aspect"_s, ProfileLoader::tr("must be a ratio such as 16:9"));
    if (r.contains("default_from"_L1))
        return sink.fail(where + u".rule.default_from"_s,
                         ProfileLoader::tr("no longer read: give the field \"role\": \"unit_name\" instead"));
    if (f.kind == FieldKind::Enum && r.value("values"_L1).toArray().isEmpty())
        return sink.fail(where + u".rule.values"_s,
                         ProfileLoader::tr("an enum field needs a list of values"));
    return true;
}

// "role": one of the known role names, on a field of a kind that role allows; per resource type, one
// field at most has a given role (docs/profile-format.md, "Field roles").
bool readRole(const QJsonObject &o, const Profile &p, FieldSpec *f, const QString &where, ErrorSink &sink)
{
    const QJsonValue v = o.value("role"_L1);
    if (v.isUndefined())
        return true;
    const QString expected = fieldRoleNames().join(u", "_s);
    if (!v.isString())
        return sink.fail(where + u".role"_s, ProfileLoader::tr("must be a string, one of: %1").arg(expected));
    if (!fieldRoleFromName(v.toString(), &f->role))
        return sink.fail(
            where + u".role"_s,
            ProfileLoader::tr("unknown role \"%1\" (expected one of: %2)").arg(v.toString(), expected));
    const QList<FieldKind> kinds = fieldKindsForRole(f->role);
    if (!kinds.contains(f->kind)) {
        QStringList names;
        for (FieldKind k : kinds)
            names.append(fieldKindName(k));
        return sink.fail(where + u".role"_s,
                         ProfileLoader::tr("the role \"%1\" needs a field of kind %2, not %3")
                             .arg(v.toString(), names.join(u" or "_s), fieldKindName(f->kind)));
    }
    for (const ResourceTypeSpec &t : p.resourceTypes) {
        const FieldSpec *other = f->appliesToType(t.code) ? p.fieldWithRole(f->role, t.code) : nullptr;
        if (other)
            return sink.fail(where + u".role"_s,
                             ProfileLoader::tr("the role \"%1\" is already the field \"%2\"'s for type %3; "
                                               "a type has one field per role")
                                 .arg(v.toString(), other->id, t.code));
    }
    return true;
}

// Every type whose media is a link needs the field holding its address.
bool checkCourseUrls(const Profile &p, ErrorSink &sink)
{
    for (const ResourceTypeSpec &t : p.resourceTypes) {
        if (t.media == "link"_L1 && !p.fieldWithRole(FieldRole::CourseUrl, t.code))
            return sink.fail(u"fields"_s, ProfileLoader::tr("type %1 has link media, so one of its fields "
                                                            "needs \"role\": \"course_url\"")
                                              .arg(t.code));
    }
    return true;
}

bool readFields(const QJsonArray &array, Profile *p, ErrorSink &sink)
{
    static const QRegularExpression kIdPattern(u"^[a-z][a-z0-9_]*$"_s);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        FieldSpec f;
        f.id = o.value("id"_L1).toString();
        const QString where = f.id.isEmpty() ? u"fields[%1]"_s.arg(i) : u"fields[%1] (%2)"_s.arg(i).arg(f.id);
        if (f.id.isEmpty())
            return sink.fail(where, ProfileLoader::tr("\"id\" is missing"));
        if (!kIdPattern.match(f.id).hasMatch())
            return sink.fail(
                where + u".id"_s,
                ProfileLoader::tr("\"%1\" must be lower-case ASCII letters, digits and _").arg(f.id));
        if (p->field(f.id))
            return sink.fail(where, ProfileLoader::tr("field id \"%1\" appears twice").arg(f.id));
        f.label = LocalizedText::fromJson(o.value("label"_L1));
        if (f.label.isEmpty())
            return sink.fail(where + u".label"_s, ProfileLoader::tr("a field needs a label"));
        const QString kindName = o.value("kind"_L1).toString();
        if (!fieldKindFromName(kindName, &f.kind))
            return sink.fail(
                where + u".kind"_s,
                ProfileLoader::tr("unknown kind \"%1\" (expected text, date, integer, enum, list, "
                                  "url, image, xml or category)")
                    .arg(kindName));
        if (!readStringList(o.value("required"_L1), &f.requiredFor))
            return sink.fail(where + u".required"_s, ProfileLoader::tr("must be a list of type codes"));
        if (!readStringList(o.value("applies"_L1), &f.appliesTo))
            return sink.fail(where + u".applies"_s, ProfileLoader::tr("must be a list of type codes"));
        for (const QString &code : f.requiredFor + f.appliesTo) {
            if (!p->resourceType(code))
                return sink.fail(where, ProfileLoader::tr("unknown resource type \"%1\"").arg(code));
        }
        const QJsonValue rule = o.value("rule"_L1);
        if (!rule.isUndefined() && !rule.isObject())
            return sink.fail(where + u".rule"_s, ProfileLoader::tr("must be an object"));
        f.rule = rule.toObject();
        f.example = o.value("example"_L1).toString();
        f.help = LocalizedText::fromJson(o.value("help"_L1));
        if (!checkRule(f, where, sink) || !readRole(o, *p, &f, where, sink))
            return false;
        p->fields.append(f);
    }
    return checkCourseUrls(*p, sink);
}

bool readDeadlines(const QJsonArray &array, Profile *p, ErrorSink &sink)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString where = u"deadlines[%1]"_s.arg(i);
        Profile::Deadline d;
        d.id = o.value("id"_L1).toString();
        d.date = QDate::fromString(o.value("date"_L1).toString(), Qt::ISODate);
        d.label = LocalizedText::fromJson(o.value("label"_L1));
        if (d.id.isEmpty())
            return sink.fail(where, ProfileLoader::tr("\"id\" is missing"));
        if (!d.date.isValid())
            return sink.fail(
                where + u".date"_s,
                ProfileLoader::tr("\"%1\" is not a date yyyy-mm-dd").arg(o.value("date"_L1).toString()));
        p->deadlines.append(d);
    }
    return true;
}
// The technical standard (docs/profile-format.md, "The technical section"): optional as a whole, but
// when present every key is known, every value typed, and each media kind of the types has a section.
bool readTechnical(const QJsonValue &technical, Profile *p, ErrorSink &sink)
{
    if (technical.isUndefined())
        return true;
    if (!technical.isObject())
        return sink.fail(u"technical"_s, ProfileLoader::tr("must be an object"));
    QStringList mediaKinds;
    for (const ResourceTypeSpec &t : std::as_const(p->resourceTypes)) {
        if (!mediaKinds.contains(t.media))
            mediaKinds.append(t.media);
    }
    TechnicalSpec::Problem problem;
    if (!TechnicalSpec::check(technical.toObject(), mediaKinds, &problem))
        return sink.fail(problem.where, problem.what);
    p->technical = technical.toObject();
    return true;
}
// Profiles and taxonomies are outside data: read at most this much (the built-in ones are ~13 KB and
// ~2 KB).
constexpr qint64 kMaxProfileBytes = 1024 * 1024;
constexpr qint64 kMaxTaxonomyBytes = 4 * 1024 * 1024;

// The whole file when it has at most `limit` bytes; reads no more than limit + 1 bytes either way.
bool readBounded(const QString &path, qint64 limit, QByteArray *out, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return false;
    }
    *out = file.read(limit + 1);
    if (out->size() > limit) {
        *why = ProfileLoader::tr("the file is too large (more than %1 bytes)").arg(limit);
        return false;
    }
    return true;
}

// The taxonomy named by the profile: a plain file name in `taxonomyDir`, not a symbolic link.
bool readTaxonomy(const QString &name, const QString &taxonomyDir, Profile *p, ErrorSink &sink,
                  QString *error)
{
    if (name.isEmpty())
        return true;
    static const QRegularExpression kFileName(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9_][A-Za-z0-9._-]{0,99}"_s));
    if (!kFileName.match(name).hasMatch())
        return sink.fail(
            u"taxonomy"_s,
            ProfileLoader::tr("\"%1\" must be a file name in the taxonomy folder (ASCII letters, "
                              "digits, '.', '_', '-'; no folders)")
                .arg(name));
    const QString path = QDir(taxonomyDir).filePath(name);
    if (QFileInfo(path).isSymLink())
        return sink.fail(
            u"taxonomy"_s,
            ProfileLoader::tr("%1 is a symbolic link; a taxonomy is not read through links").arg(path));
    QByteArray json;
    QString why;
    if (!readBounded(path, kMaxTaxonomyBytes, &json, &why))
        return sink.fail(u"taxonomy"_s, ProfileLoader::tr("cannot read %1: %2").arg(path, why));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ErrorSink(path, error)
            .fail(ProfileLoader::tr("offset %1").arg(parseError.offset),
                  ProfileLoader::tr("not valid JSON: %1").arg(parseError.errorString()));
    QString taxError;
    if (!Taxonomy::fromJson(doc.object().value("categories"_L1).toArray(), &p->taxonomy, &taxError))
        return ErrorSink(path, error).fail(QString(), taxError);
    return true;
}
} // namespace

bool ProfileLoader::loadJson(const QByteArray &json, const QString &origin, const QString &taxonomyDir,
                             Profile *out, QString *error)
{
    ErrorSink sink(origin, error);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return sink.fail(tr("offset %1").arg(parseError.offset),
                         tr("not valid JSON: %1").arg(parseError.errorString()));
    if (!doc.isObject())
        return sink.fail(QString(), tr("the profile must be a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value("format"_L1).toInt() != 1)
        return sink.fail(u"format"_s, tr("unsupported profile format %1 (this SubmitDesk reads format 1)")
                                          .arg(root.value("format"_L1).toVariant().toString()));

    Profile p;
    p.id = root.value("id"_L1).toString();
    if (p.id.isEmpty())
        return sink.fail(u"id"_s, tr("\"id\" is missing"));
    p.version = root.value("version"_L1).toString();
    if (p.version.isEmpty())
        return sink.fail(u"version"_s, tr("\"version\" is missing"));
    p.title = LocalizedText::fromJson(root.value("title"_L1));
    p.issuer = LocalizedText::fromJson(root.value("issuer"_L1));
    if (root.contains("language"_L1)) {
        p.language = root.value("language"_L1).toString();
        static const QRegularExpression languageTag(u"^[a-z]{2,3}(_[A-Z]{2})?$"_s);
        if (!languageTag.match(p.language).hasMatch())
            return sink.fail(u"language"_s,
                             tr("\"%1\" is not a language such as \"zh_CN\" or \"en\"").arg(p.language));
    }
    p.mailbox = root.value("mailbox"_L1).toString();
    if (!p.mailbox.isEmpty() && !p.mailbox.contains(u'@'))
        return sink.fail(u"mailbox"_s, tr("\"%1\" is not an e-mail address").arg(p.mailbox));
    if (root.contains("list_separator"_L1))
        p.listSeparator = root.value("list_separator"_L1).toString();
    if (p.listSeparator.isEmpty())
        return sink.fail(u"list_separator"_s, tr("must not be empty"));

    if (!readTypes(root.value("resource_types"_L1).toArray(), &p, sink))
        return false;
    if (!readFields(root.value("fields"_L1).toArray(), &p, sink))
        return false;
    if (!readDeadlines(root.value("deadlines"_L1).toArray(), &p, sink))
        return false;
    if (!readTechnical(root.value("technical"_L1), &p, sink))
        return false;

    if (!readTaxonomy(root.value("taxonomy"_L1).toString(), taxonomyDir, &p, sink, error))
        return false;
    *out = p;
    return true;
}

bool ProfileLoader::loadFile(const QString &path, Profile *out, QString *error)
{
    QByteArray json;
    QString why;
    if (!readBounded(path, kMaxProfileBytes, &json, &why)) {
        if (error)
            *error = tr("%1: cannot read the profile: %2").arg(path, why);
        return false;
    }
    const QString taxonomyDir = QFileInfo(path).dir().filePath(u"../taxonomy"_s);
    return loadJson(json, path, QDir::cleanPath(taxonomyDir), out, error);
}

bool ProfileLoader::loadBuiltin(const QString &profileId, Profile *out, QString *error)
{
    return loadFile(u":/profiles/%1.json"_s.arg(profileId), out, error);
}

bool ProfileLoader::loadReference(const QString &reference, Profile *out, QString *error)
{
    if (reference.endsWith(".json"_L1, Qt::CaseInsensitive) || QFileInfo(reference).isFile())
        return loadFile(reference, out, error);
    return loadBuiltin(reference, out, error);
}

QStringList ProfileLoader::builtinIds()
{
    QStringList ids;
    const auto entries = QDir(u":/profiles"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : entries)
        ids.append(QFileInfo(name).completeBaseName());
    return ids;
}
