#include "upload/WriteBehind.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

WriteBehind::WriteBehind(QSqlDatabase db, int delayMs, QObject *parent) : QObject(parent), m_db(std::move(db))
{
    m_commit.setSingleShot(true);
    m_commit.setInterval(delayMs);
    connect(&m_commit, &QTimer::timeout, this, [this] {
        QString error;
        if (!flush(&error))
            emit failed(error);
    });
}

WriteBehind::~WriteBehind()
{
    flush(nullptr);
}

void WriteBehind::open()
{
    if (m_open)
        return;
    // BEGIN fails inside another transaction (the write then joins it) or when another connection holds
    // the write lock past the busy timeout (the write then commits by itself, as without write-behind).
    QSqlQuery q(m_db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return;
    m_open = true;
    m_commit.start();
}

bool WriteBehind::flush(QString *error)
{
    m_commit.stop();
    if (!m_open)
        return true;
    m_open = false;
    QSqlQuery q(m_db);
    if (q.exec(u"COMMIT"_s))
        return true;
    if (error)
        *error = q.lastError().text();
    q.exec(u"ROLLBACK"_s);
    return false;
}
