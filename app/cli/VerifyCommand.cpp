// submitdesk-cli verify PACKAGE [--json]: check a package's structure, checksums, metadata and media
// (technical check).

#include "CliCommand.h"
#include "CliSupport.h"

#include "package/BagVerifier.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
class VerifyCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    QString name() const override { return u"verify"_s; }
    QString summary() const override
    {
        return tr("Check a submission package (folder or .zip): structure, checksums, metadata, media.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(u"PACKAGE"_s, tr("The package: a .zip file or a bag folder."));
        parser.addOption({u"no-metadata"_s, tr("Skip re-validating the metadata against the profile.")});
        parser.addOption({u"no-technical"_s, tr("Skip re-running the technical check of the media files.")});
        parser.addOption({u"profile"_s,
                          tr("Judge by this profile (a built-in id or a .json file) instead of the built-in "
                             "one the package names."),
                          u"ID"_s});
    }
    int run(const QCommandLineParser &parser) override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            CliSupport::err(tr("verify: give exactly one PACKAGE"));
            return ExitCouldNotRun;
        }
        BagVerifier::Options options;
        options.metadata = !parser.isSet(u"no-metadata"_s);
        options.technical = !parser.isSet(u"no-technical"_s);
        options.profile = parser.value(u"profile"_s);
        const BagVerifier::Result result = BagVerifier::verify(args.first(), options);
        if (parser.isSet(u"json"_s)) {
            QJsonObject o = result.toJson();
            o.insert(u"package"_s, args.first());
            CliSupport::outJson(QJsonDocument(o));
        } else if (!result.ran) {
            CliSupport::err(tr("verify: %1").arg(result.error));
        } else {
            for (const BagVerifier::Problem &p : result.problems) {
                CliSupport::out(u"%1  %2  %3"_s.arg(p.warning ? u"warning"_s : u"error"_s, -7)
                                    .arg(p.code, -12)
                                    .arg(p.text));
                if (!p.detail.isEmpty())
                    CliSupport::out(u"                       "_s + p.detail);
            }
            CliSupport::out(
                result.isValid()
                    ? tr("%1: valid package%2, %n payload file(s)", nullptr, int(result.files))
                          .arg(args.first(), result.draft ? tr(" (draft)") : QString())
                    : tr("%1: %n problem(s)", nullptr, int(result.problems.size())).arg(args.first()));
        }
        if (!result.ran)
            return ExitCouldNotRun;
        return result.isValid() ? ExitClean : ExitProblems;
    }
};

const CliCommandRegistration registration(std::make_unique<VerifyCommand>);
} // namespace
