// submitdesk-cli unit WORKSPACE [--name … --person … --title … --phone … --mobile … --email …]:
// shows or sets the submitting unit and its responsible person, validated as in the registration form.

#include "CliCommand.h"
#include "CliSupport.h"

#include "registration/ContactValidators.h"
#include "workspace/UnitStore.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
struct UnitOption
{
    const char *option;
    const char *column;
};
constexpr UnitOption kOptions[] = {{"name", "name"},     {"person", "person"}, {"title", "title"},
                                   {"phone", "phone"},   {"mobile", "mobile"}, {"email", "email"}};

QString *memberFor(Unit &unit, const QString &column)
{
    if (column == "name"_L1)
        return &unit.name;
    if (column == "person"_L1)
        return &unit.person;
    if (column == "title"_L1)
        return &unit.title;
    if (column == "phone"_L1)
        return &unit.phone;
    if (column == "mobile"_L1)
        return &unit.mobile;
    return &unit.email;
}

class UnitCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(UnitCommand)

public:
    QString name() const override { return u"unit"_s; }
    QString summary() const override { return tr("Show or set the submitting unit and its responsible person."); }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(u"WORKSPACE"_s, tr("The workspace file."));
        parser.addOption({u"name"_s, tr("省(区、市)/单位名称: the unit's name."), u"TEXT"_s});
        parser.addOption({u"person"_s, tr("负责人姓名: the responsible person."), u"TEXT"_s});
        parser.addOption({u"title"_s, tr("职务: the person's position."), u"TEXT"_s});
        parser.addOption({u"phone"_s, tr("座机: landline with area code, e.g. 010-66096459."), u"NUMBER"_s});
        parser.addOption({u"mobile"_s, tr("手机: mobile number, e.g. 13800138000."), u"NUMBER"_s});
        parser.addOption({u"email"_s, tr("电子邮箱: e-mail address."), u"ADDRESS"_s});
    }
    int run(const QCommandLineParser &parser) override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            CliSupport::err(tr("unit: give exactly one WORKSPACE"));
            return ExitCouldNotRun;
        }
        Workspace workspace;
        Profile profile;
        QString error;
        if (!CliSupport::openWorkspace(args.first(), false, &workspace, &profile, &error)) {
            CliSupport::err(tr("unit: %1").arg(error));
            return ExitCouldNotRun;
        }
        UnitStore store(workspace);
        Unit unit = store.primary(&error);
        QStringList problems;
        bool changed = false;
        for (const UnitOption &o : kOptions) {
            const QString option = QLatin1StringView(o.option);
            if (!parser.isSet(option))
                continue;
            const QString column = QLatin1StringView(o.column);
            const QString value = parser.value(option).trimmed();
            const QString problem = ContactValidators::checkUnitField(column, value);
            if (!problem.isEmpty())
                problems.append(u"--%1: %2"_s.arg(option, problem));
            *memberFor(unit, column) = value;
            changed = true;
        }
        if (!problems.isEmpty()) {
            for (const QString &p : problems)
                CliSupport::err(tr("unit: %1").arg(p));
            CliSupport::err(tr("unit: nothing was stored"));
            return ExitProblems;
        }
        if (changed && !store.save(&unit, &error)) {
            CliSupport::err(tr("unit: %1").arg(error));
            return ExitCouldNotRun;
        }
        const QJsonObject json{{"id"_L1, unit.id},         {"name"_L1, unit.name},     {"person"_L1, unit.person},
                               {"title"_L1, unit.title},   {"phone"_L1, unit.phone},   {"mobile"_L1, unit.mobile},
                               {"email"_L1, unit.email},   {"stamped_scan"_L1, unit.stampedScan}};
        if (parser.isSet(u"json"_s)) {
            CliSupport::outJson(QJsonDocument(json));
        } else {
            for (const UnitOption &o : kOptions) {
                const QString column = QLatin1StringView(o.column);
                CliSupport::out(u"%1: %2"_s.arg(ContactValidators::fieldLabel(column), *memberFor(unit, column)));
            }
        }
        return ExitClean;
    }
};
const CliCommandRegistration registration([] { return std::make_unique<UnitCommand>(); });
} // namespace
