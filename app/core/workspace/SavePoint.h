#pragma once

#include <QSqlDatabase>
#include <QString>

// A nestable unit of work, rolled back when not released.
// Outside a transaction it begins one IMMEDIATE: the write lock is taken at the start, so a transaction that
// reads before it writes waits (busy timeout) for another writer instead of failing at its first write
// (SQLite cannot upgrade a read transaction while another connection writes). Inside a caller's
// transaction it is an SQLite SAVEPOINT that joins it, so a store method never commits work its caller
// may still roll back (which QSqlDatabase::transaction() would).
class SavePoint
{
public:
    explicit SavePoint(QSqlDatabase db);
    ~SavePoint();
    SavePoint(const SavePoint &) = delete;
    SavePoint &operator=(const SavePoint &) = delete;

    bool isActive() const { return m_active; }
    // Why it is not active (e.g. "database is locked" after the busy timeout).
    QString errorString() const { return m_error; }
    // Keeps the work; false (with the SQLite message) when that failed.
    bool release(QString *error = nullptr);
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_name;
    QString m_error;
    bool m_active = false;
    bool m_ownsTransaction = false; // began the transaction (COMMIT/ROLLBACK) rather than a SAVEPOINT
};
