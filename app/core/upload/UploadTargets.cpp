#include "upload/UploadTargets.h"

#include <QEventLoop>
#include <QSettings>

#ifdef SD_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

namespace {
const auto kService = "SubmitDesk upload"_L1;
}

TusAccount UploadTarget::account() const
{
    TusAccount a;
    a.endpoint = endpoint;
    a.user = user;
    a.caFile = caFile;
    a.allowPlainHttp = allowPlainHttp;
    return a;
}

QList<UploadTarget> UploadTargets::load()
{
    QSettings settings;
    QList<UploadTarget> out;
    const int n = settings.beginReadArray(u"uploadTargets"_s);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        UploadTarget t;
        t.name = settings.value(u"name"_s).toString();
        t.endpoint = QUrl(settings.value(u"endpoint"_s).toString());
        t.user = settings.value(u"user"_s).toString();
        t.caFile = settings.value(u"caFile"_s).toString();
        t.allowPlainHttp = settings.value(u"allowPlainHttp"_s).toBool();
        if (!t.name.isEmpty())
            out.append(t);
    }
    settings.endArray();
    return out;
}

void UploadTargets::save(const QList<UploadTarget> &targets)
{
    QSettings settings;
    settings.remove(u"uploadTargets"_s);
    settings.beginWriteArray(u"uploadTargets"_s, int(targets.size()));
    for (int i = 0; i < targets.size(); ++i) {
        settings.setArrayIndex(i);
        const UploadTarget &t = targets.at(i);
        settings.setValue(u"name"_s, t.name);
        settings.setValue(u"endpoint"_s, t.endpoint.toString());
        settings.setValue(u"user"_s, t.user);
        settings.setValue(u"caFile"_s, t.caFile);
        settings.setValue(u"allowPlainHttp"_s, t.allowPlainHttp);
    }
    settings.endArray();
    settings.sync();
}

bool UploadTargets::find(const QList<UploadTarget> &targets, const QString &name, UploadTarget *out)
{
    for (const UploadTarget &t : targets) {
        if (t.name == name) {
            *out = t;
            return true;
        }
    }
    return false;
}

QMap<QString, QString> &TokenVault::session()
{
    static QMap<QString, QString> tokens;
    return tokens;
}

bool TokenVault::sessionOnly(const QString &target)
{
    return session().contains(target);
}

bool TokenVault::keychainBuiltIn()
{
#ifdef SD_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

#ifdef SD_HAVE_KEYCHAIN
namespace {
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}
} // namespace
#endif

bool TokenVault::readBlocking(const QString &target, QString *token, QString *error)
{
    if (session().contains(target)) {
        *token = session().value(target);
        return true;
    }
#ifdef SD_HAVE_KEYCHAIN
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(target);
    runJob(job);
    if (job.error() == QKeychain::NoError) {
        *token = job.textData();
        return true;
    }
    if (error)
        *error = job.error() == QKeychain::EntryNotFound
                     ? tr("no token is stored for \"%1\"").arg(target)
                     : tr("the keychain did not answer: %1").arg(job.errorString());
    return false;
#else
    if (error)
        *error = tr("this build has no keychain support");
    return false;
#endif
}

bool TokenVault::writeBlocking(const QString &target, const QString &token, QString *notice)
{
#ifdef SD_HAVE_KEYCHAIN
    QKeychain::WritePasswordJob job(kService);
    job.setKey(target);
    job.setTextData(token);
    runJob(job);
    if (job.error() == QKeychain::NoError) {
        session().remove(target);
        return true;
    }
    const QString why = job.errorString();
#else
    const QString why = tr("this build has no keychain support");
#endif
    session().insert(target, token);
    if (notice)
        *notice =
            tr("The system keychain did not answer (%1). The token is kept only until SubmitDesk closes; "
               "you will be asked again next time.")
                .arg(why);
    return false;
}

bool TokenVault::removeBlocking(const QString &target, QString *error)
{
    session().remove(target);
#ifdef SD_HAVE_KEYCHAIN
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(target);
    runJob(job);
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return true;
    if (error)
        *error = job.errorString();
    return false;
#else
    Q_UNUSED(error);
    return true;
#endif
}
