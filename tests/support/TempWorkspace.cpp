#include "TempWorkspace.h"

#include "profile/ProfileLoader.h"
#include "workspace/BatchStore.h"

using namespace Qt::StringLiterals;

TempWorkspace::TempWorkspace()
{
    // As the GUI and the CLI do: the loaded profile is the one batches made from now on record.
    m_ok = m_dir.isValid() && m_workspace.open(path(), &m_error) &&
           ProfileLoader::loadReference(m_workspace.profileId(), &m_profile, &m_error) &&
           BatchStore(m_workspace).adoptProfile(m_profile.id, m_profile.version, &m_error);
}

QString TempWorkspace::path() const
{
    return m_dir.filePath(u"test.submitdesk"_s);
}
