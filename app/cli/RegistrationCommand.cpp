// submitdesk-cli registration WORKSPACE [--name … --email …] [--scan FILE] [--pdf OUT.pdf] [--eml OUT.eml]:
// the contact registration form of attachment 3: sets fields (validated; a bad value stores nothing),
// attaches the stamped scan, renders the printable PDF and writes the e-mail draft.

#include "CliCommand.h"
#include "CliSupport.h"
#include "UnitFieldOptions.h"

#include "registration/ContactValidators.h"
#include "registration/RegistrationDeadline.h"
#include "registration/RegistrationMail.h"
#include "registration/RegistrationPdf.h"
#include "registration/RegistrationUnit.h"
#include "registration/StampedScan.h"
#include "workspace/UnitStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
class RegistrationCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationCommand)

public:
    QString name() const override { return u"registration"_s; }
    QString summary() const override
    {
        return tr("The contact registration form: set fields, attach the stamped scan, write the PDF or "
                  "e-mail draft.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(u"WORKSPACE"_s, tr("The workspace file."));
        UnitFieldOptions::addTo(parser);
        parser.addOption(
            {u"scan"_s, tr("Attach the scan or photo of the stamped form (JPEG, PNG or PDF)."), u"FILE"_s});
        parser.addOption({u"pdf"_s, tr("Write the printable form (A4) to this PDF file."), u"OUT.pdf"_s});
        parser.addOption({u"eml"_s, tr("Write the e-mail draft to the profile's mailbox to this .eml file."),
                          u"OUT.eml"_s});
    }

    int run(const QCommandLineParser &parser) override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            CliSupport::err(tr("registration: give exactly one WORKSPACE"));
            return ExitCouldNotRun;
        }
        Workspace workspace;
        Profile profile;
        if (!CliSupport::openWorkspaceOrReport(args.first(), false, &workspace, &profile,
                                               tr("registration: %1")))
            return ExitCouldNotRun;
        QString error;
        UnitStore store(workspace);
        Unit unit;
        if (!RegistrationUnit::load(store, &unit, &error)) {
            CliSupport::err(tr("registration: %1").arg(error));
            return ExitCouldNotRun;
        }

        // Check everything first: one bad value and nothing is stored.
        QStringList problems;
        bool changed = UnitFieldOptions::apply(parser, &unit, &problems);
        if (parser.isSet(u"scan"_s)) {
            QString why;
            if (StampedScan::detectFile(parser.value(u"scan"_s), &why) == StampedScan::Unknown)
                problems.append(u"--scan: %1"_s.arg(why));
            unit.stampedScan = QFileInfo(parser.value(u"scan"_s)).absoluteFilePath();
            changed = true;
        }
        if (!problems.isEmpty()) {
            for (const QString &p : std::as_const(problems))
                CliSupport::err(tr("registration: %1").arg(p));
            CliSupport::err(tr("registration: nothing was stored"));
            return ExitProblems;
        }
        if (changed && !store.save(&unit, &error)) {
            CliSupport::err(tr("registration: %1").arg(error));
            return ExitCouldNotRun;
        }

        // What the form still lacks.
        const QStringList incomplete = UnitFieldOptions::check(unit);

        QJsonObject outputs;
        if (parser.isSet(u"pdf"_s)) {
            const QString path = parser.value(u"pdf"_s);
            if (!RegistrationPdf(unit).writeFile(path, &error)) {
                CliSupport::err(tr("registration: %1").arg(error));
                return ExitCouldNotRun;
            }
            outputs.insert("pdf"_L1, QFileInfo(path).absoluteFilePath());
        }
        if (parser.isSet(u"eml"_s)) {
            const QString path = parser.value(u"eml"_s);
            if (!RegistrationMail::writeEml(unit, profile, path, &error)) {
                CliSupport::err(tr("registration: %1").arg(error));
                return ExitCouldNotRun;
            }
            outputs.insert("eml"_L1, QFileInfo(path).absoluteFilePath());
        }

        const RegistrationDeadline::Status deadline = RegistrationDeadline::status(profile);
        if (parser.isSet(u"json"_s)) {
            QJsonObject json = UnitFieldOptions::toJson(unit);
            json.insert("mailbox"_L1, profile.mailbox);
            json.insert("campaign"_L1, deadline.campaign);
            json.insert("campaign_closed"_L1, deadline.closed);
            if (deadline.known) {
                json.insert("deadline"_L1, deadline.date.toString(Qt::ISODate));
                if (!deadline.closed)
                    json.insert("days_left"_L1, deadline.daysLeft);
            }
            json.insert("deadline_text"_L1, deadline.text);
            if (!deadline.hint.isEmpty())
                json.insert("hint"_L1, deadline.hint);
            json.insert("problems"_L1, QJsonArray::fromStringList(incomplete));
            json.insert("outputs"_L1, outputs);
            CliSupport::outJson(QJsonDocument(json));
        } else {
            UnitFieldOptions::print(unit);
            CliSupport::out(u"%1: %2"_s.arg(ContactValidators::fieldLabel(u"stamped_scan"_s),
                                            unit.stampedScan.isEmpty() ? tr("(none)") : unit.stampedScan));
            CliSupport::out(tr("Send to: %1").arg(profile.mailbox));
            CliSupport::out(deadline.text);
            if (!deadline.hint.isEmpty())
                CliSupport::out(deadline.hint);
            for (auto it = outputs.constBegin(); it != outputs.constEnd(); ++it)
                CliSupport::out(tr("Wrote %1").arg(it.value().toString()));
        }
        for (const QString &p : std::as_const(incomplete))
            CliSupport::err(tr("registration: incomplete: %1").arg(p));
        return incomplete.isEmpty() ? ExitClean : ExitProblems;
    }
};
const CliCommandRegistration registration([] { return std::make_unique<RegistrationCommand>(); });
} // namespace
