#pragma once

#include <QCoreApplication>
#include <QFileInfo>
#include <QObject>
#include <QSqlDatabase>

// One SQLite file holding everything a unit drafts: units, batches, resources, field values, files.
// WAL journal and foreign keys are on; every write is committed at once, so killing the program
// loses nothing that was stored. One Workspace per thread: a worker thread opens its own on the same file.
// Stores (UnitStore, BatchStore, ResourceStore, CheckResultStore) read and write through it and
// announce changes through its signals, which the GUI's models follow.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Opens (creating when missing) and migrates the file. The parent folder is created too.
    // An existing file is recognised first, on a read-only look: another program's SQLite file is refused
    // before anything (journal mode, application id, tables) is written into it.
    bool open(const QString &path, QString *error);
    // Opens an existing workspace at the latest schema for reading only (background checks): nothing is
    // written into the file, no journal mode, no application id, no migration, no default settings.
    bool openReadOnly(const QString &path, QString *error);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase database() const;

    int schemaVersion() const;
    // "wal" normally; "delete" on network file systems where WAL cannot work.
    QString journalMode() const { return m_journalMode; }
    // PRAGMA application_id of every SubmitDesk workspace: 'SDWS'.
    static constexpr qint64 kApplicationId = 0x53445753;

    // Small settings stored in the file itself: "profile_id" …
    QString meta(const QString &key, const QString &fallback = QString()) const;
    bool setMeta(const QString &key, const QString &value, QString *error = nullptr);
    // The campaign profile: a built-in profile's id, or the absolute path of a profile file
    // (ProfileLoader::loadReference reads either).
    QString profileId() const;

    // Copies the whole workspace to another file (File > Save As) with VACUUM INTO; the copy is consistent.
    // An existing file there (and its -wal/-shm) is replaced only once the new copy is complete and synced.
    bool saveCopyAs(const QString &target, QString *error) const;

    // Timestamps written by the stores, in UTC ISO format.
    static QString nowText();

    // Called by stores after a write; the GUI listens.
    void notifyUnitChanged(qint64 unitId) { emit unitChanged(unitId); }
    void notifyBatchesChanged() { emit batchesChanged(); }
    void notifyResourcesChanged(qint64 batchId) { emit resourcesChanged(batchId); }
    void notifyResourceChanged(qint64 resourceId, const QString &fieldId)
    {
        emit resourceChanged(resourceId, fieldId);
    }

signals:
    void unitChanged(qint64 unitId);
    void batchesChanged();
    void resourcesChanged(qint64 batchId);                           // added, removed or reordered
    void resourceChanged(qint64 resourceId, const QString &fieldId); // one value or file ("" = several)

private:
    enum class Kind { New, Ours };
    bool checkPath(const QFileInfo &info, bool create, QString *error) const;
    bool recognise(const QString &absolutePath, Kind *kind, QString *error) const;
    bool recogniseSchema(const QString &absolutePath, Kind *kind, QString *error) const;
    bool addConnection(const QString &absolutePath, bool readOnly, QString *error);
    static bool removeJournals(const QString &file, QString *error);
    bool configure(QSqlDatabase &db, const QString &absolutePath, QString *error);
    bool fail(const QString &path, const QString &why, QString *error);

    QString m_connection;
    QString m_journalMode;
    QString m_path;
};
