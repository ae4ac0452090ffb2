#include "upload/GroupedCommit.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

GroupedCommit::GroupedCommit(QSqlDatabase db, int delayMs, QObject *parent)
    : QObject(parent), m_db(std::move(db))
{
    m_commit.setSingleShot(true);
    m_commit.setInterval(delayMs);
    connect(&m_commit, &QTimer::timeout, this, [this] {
        QString error;
        if (!flush(&error))
            emit failed(error);
    });
}

GroupedCommit::~GroupedCommit()
{
    flush(nullptr);
}

void GroupedCommit::open()
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

bool GroupedCommit::flush(QString *error)
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
