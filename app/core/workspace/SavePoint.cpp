#include "workspace/SavePoint.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QAtomicInteger<quint64> s_counter;

// SQLITE_ERROR: what BEGIN answers inside a transaction ("cannot start a transaction within a
// transaction"); busy, locked or read-only answer with their own codes.
bool isPlainError(const QSqlError &error)
{
    return (error.nativeErrorCode().toInt() & 0xff) == 1;
}
} // namespace

SavePoint::SavePoint(QSqlDatabase db)
    : m_db(std::move(db)), m_name(u"sd_sp_%1"_s.arg(s_counter.fetchAndAddRelaxed(1)))
{
    QSqlQuery q(m_db);
    if (q.exec(u"BEGIN IMMEDIATE"_s)) {
        m_ownsTransaction = true;
        m_active = true;
        return;
    }
    if (!isPlainError(q.lastError())) {
        m_error = q.lastError().text();
        return;
    }
    m_active = q.exec(u"SAVEPOINT "_s + m_name);
    if (!m_active)
        m_error = q.lastError().text();
}

SavePoint::~SavePoint()
{
    if (m_active)
        rollback();
}

bool SavePoint::release(QString *error)
{
    if (!m_active) {
        if (error)
            *error = m_error;
        return false;
    }
    QSqlQuery q(m_db);
    if (!q.exec(m_ownsTransaction ? u"COMMIT"_s : u"RELEASE "_s + m_name)) {
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
    if (m_ownsTransaction) {
        q.exec(u"ROLLBACK"_s);
    } else {
        q.exec(u"ROLLBACK TO "_s + m_name);
        q.exec(u"RELEASE "_s + m_name);
    }
    m_active = false;
}
