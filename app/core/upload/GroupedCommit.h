#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

// Groups the upload-state writes of a short while (delayMs) into one transaction. A small file's upload
// stores its URL, its offset, its completion and the next file's start; committed one by one (synchronous
// = FULL) that was four disk flushes per file, about 2 ms each here, on the thread that drives the
// network. open() before a write begins the transaction (or does nothing when one is open, or when the
// caller's own transaction is running, whose commit then keeps the write); it commits delayMs later, or
// at flush(). A crash loses at most the state of that while: the next run asks the server for the offset
// of a known URL (HEAD) anyway, and a file whose URL was lost is sent again as a new upload.
class GroupedCommit : public QObject
{
    Q_OBJECT
public:
    explicit GroupedCommit(QSqlDatabase db, int delayMs = 100, QObject *parent = nullptr);
    ~GroupedCommit() override;
    void open();
    // Commits what is open; false with the SQLite message when that failed.
    bool flush(QString *error);

signals:
    void failed(const QString &error);

private:
    QSqlDatabase m_db;
    QTimer m_commit;
    bool m_open = false;
};
