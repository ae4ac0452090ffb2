#include "TempWorkspace.h"

#include "profile/ProfileLoader.h"

using namespace Qt::StringLiterals;

TempWorkspace::TempWorkspace()
{
    m_ok = m_dir.isValid() && m_workspace.open(path(), &m_error) &&
           ProfileLoader::loadReference(m_workspace.profileId(), &m_profile, &m_error);
}

QString TempWorkspace::path() const
{
    return m_dir.filePath(u"test.submitdesk"_s);
}
