#include "CliSupport.h"

#include "common/AppPaths.h"
#include "profile/ProfileLoader.h"
#include "workspace/BatchStore.h"

#include <QFileInfo>
#include <cstdio>

using namespace Qt::StringLiterals;

void CliSupport::out(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliSupport::err(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void CliSupport::outJson(const QJsonDocument &doc)
{
    const QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

bool CliSupport::openWorkspace(const QString &path, bool create, Workspace *workspace, Profile *profile,
                               QString *error)
{
    if (path.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("CliSupport", "no workspace given");
        return false;
    }
    if (!create && !QFileInfo::exists(path)) {
        if (error)
            *error = QCoreApplication::translate(
                         "CliSupport", "%1: no such workspace (create one with `submitdesk-cli init`)")
                         .arg(path);
        return false;
    }
    if (!create && QFileInfo(path).isFile() && QFileInfo(path).size() == 0) {
        if (error)
            *error =
                QCoreApplication::translate("CliSupport", "%1 is an empty file, not a workspace").arg(path);
        return false;
    }
    if (!workspace->open(path, error))
        return false;
    if (!ProfileLoader::loadReference(workspace->profileId(), profile, error))
        return false;
    // Batches made before schema 3 record no profile yet: they were judged by this one.
    return BatchStore(*workspace).adoptProfile(profile->id, profile->version, error);
}

ProfileRegistry CliSupport::profileRegistry()
{
    return ProfileRegistry(AppPaths::profileLibrary());
}

bool CliSupport::batchProfile(const Batch &batch, const Profile &workspaceProfile, Profile *out,
                              QString *error)
{
    return profileRegistry().loadRecorded(batch.profileId, batch.profileVersion, workspaceProfile, out,
                                          error);
}

bool CliSupport::openWorkspaceOrReport(const QString &path, bool create, Workspace *workspace,
                                       Profile *profile, const QString &failFormat)
{
    QString error;
    if (openWorkspace(path, create, workspace, profile, &error))
        return true;
    err(failFormat.arg(error));
    return false;
}
