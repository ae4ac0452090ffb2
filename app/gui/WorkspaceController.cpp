#include "WorkspaceController.h"

#include "common/AppPaths.h"
#include "common/Clock.h"
#include "profile/ProfileLoader.h"
#include "profile/ProfileRegistry.h"
#include "workspace/BatchStore.h"
#include "workspace/UnitStore.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

WorkspaceController::WorkspaceController(QObject *parent)
    : QObject(parent), m_profileLibrary(AppPaths::profileLibrary())
{
}

bool WorkspaceController::open(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Try the file on the side first, so that a file that cannot be opened leaves the current one open.
    Profile profile;
    {
        Workspace probe;
        if (absolute != m_workspace.path()) {
            if (!probe.open(absolute, error))
                return false;
            if (!ProfileLoader::loadReference(probe.profileId(), &profile, error))
                return false;
        }
    }
    emit aboutToChange();
    m_workspace.close();
    if (!m_workspace.open(absolute, error)) {
        emit workspaceChanged();
        return false;
    }
    if (profile.id.isEmpty() && !ProfileLoader::loadReference(m_workspace.profileId(), &profile, error)) {
        m_workspace.close();
        emit workspaceChanged();
        return false;
    }
    m_profile = profile;
    m_workspaceProfile = profile;
    // Batches of older workspaces record no profile yet, and new ones record the one in use.
    if (QString adoptError; !BatchStore(m_workspace).adoptProfile(profile.id, profile.version, &adoptError))
        qWarning("%s", qPrintable(adoptError));
    emit workspaceChanged();
    return true;
}

bool WorkspaceController::setProfile(const Profile &profile)
{
    if (profile.idAndVersion() == m_profile.idAndVersion())
        return false;
    m_profile = profile;
    emit profileChanged();
    return true;
}

bool WorkspaceController::useProfileOfBatch(qint64 batchId, bool *changed, QString *error)
{
    Batch batch;
    QString readError;
    if (batchId == 0 || !m_workspace.isOpen() || !BatchStore(m_workspace).find(batchId, &batch, &readError)) {
        *changed = setProfile(m_workspaceProfile);
        if (error)
            *error = readError;
        return readError.isEmpty();
    }
    Profile recorded;
    if (!ProfileRegistry(m_profileLibrary)
             .loadRecorded(batch.profileId, batch.profileVersion, m_workspaceProfile, &recorded, error)) {
        *changed = setProfile(m_workspaceProfile);
        return false;
    }
    *changed = setProfile(recorded);
    return true;
}

bool WorkspaceController::create(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    emit aboutToChange();
    if (absolute == m_workspace.path())
        m_workspace.close();
    for (const QString &file : {absolute, absolute + u"-wal"_s, absolute + u"-shm"_s}) {
        if (QFile::exists(file) && !QFile::remove(file)) {
            if (error)
                *error = tr("cannot replace %1: the file cannot be removed").arg(file);
            return false;
        }
    }
    return open(absolute, error);
}

bool WorkspaceController::saveCopyAs(const QString &target, QString *error)
{
    // Workspace::saveCopyAs replaces an existing file (and its -wal/-shm) only once the copy is complete.
    const QString absolute = QFileInfo(target).absoluteFilePath();
    emit aboutToChange(); // the copy includes what was typed last
    if (!m_workspace.saveCopyAs(absolute, error))
        return false;
    return open(absolute, error);
}

void WorkspaceController::close()
{
    emit aboutToChange();
    m_workspace.close();
    emit workspaceChanged();
}

ValidationContext WorkspaceController::validationContext() const
{
    ValidationContext context;
    context.today = Clock::system().today();
    context.unitName = unit().name;
    context.taxonomy = &m_profile.taxonomy;
    context.listSeparator = m_profile.listSeparator;
    return context;
}

Unit WorkspaceController::unit() const
{
    if (!m_workspace.isOpen())
        return {};
    // UnitStore reads through the workspace; it is not modified here.
    QList<Unit> units;
    QString error;
    if (!UnitStore(const_cast<Workspace &>(m_workspace)).all(&units, &error))
        qWarning("%s", qPrintable(error)); // the unit's name is only a hint for the checks
    return units.isEmpty() ? Unit() : units.first();
}
