#pragma once

#include <QSqlDatabase>
#include <QString>

// A nestable unit of work: SQLite SAVEPOINT … RELEASE, rolled back when not released.
// Outside a transaction it starts one; inside a caller's transaction it joins it, so a store method
// never commits work its caller may still roll back (which QSqlDatabase::transaction() would).
class SavePoint
{
public:
    explicit SavePoint(QSqlDatabase db);
    ~SavePoint();
    SavePoint(const SavePoint &) = delete;
    SavePoint &operator=(const SavePoint &) = delete;

    bool isActive() const { return m_active; }
    // Keeps the work; false (with the SQLite message) when that failed.
    bool release(QString *error = nullptr);
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_active = false;
};
