#include "workspace/SavePoint.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QAtomicInteger<quint64> s_counter;
}

SavePoint::SavePoint(QSqlDatabase db)
    : m_db(std::move(db)), m_name(u"sd_sp_%1"_s.arg(s_counter.fetchAndAddRelaxed(1)))
{
    QSqlQuery q(m_db);
    m_active = q.exec(u"SAVEPOINT "_s + m_name);
}

SavePoint::~SavePoint()
{
    if (m_active)
        rollback();
}

bool SavePoint::release(QString *error)
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(u"RELEASE "_s + m_name)) {
        if (error)
            *error = q.lastError().text();
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void SavePoint::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(u"ROLLBACK TO "_s + m_name);
    q.exec(u"RELEASE "_s + m_name);
    m_active = false;
}
