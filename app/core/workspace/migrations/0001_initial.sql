-- SubmitDesk workspace, schema 1.
-- One unit (the submitting organisation and its responsible person), its batches (one submission
-- package each), their resources, each resource's field values and attached files.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE units (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL DEFAULT '',
    person       TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    mobile       TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    stamped_scan TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL
);
CREATE TABLE batches (
    id         INTEGER PRIMARY KEY,
    unit_id    INTEGER REFERENCES units(id) ON DELETE SET NULL,
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE resources (
    id         INTEGER PRIMARY KEY,
    batch_id   INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    type       TEXT NOT NULL,
    position   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX resources_batch ON resources(batch_id, position);
CREATE TABLE field_values (
    resource_id INTEGER NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
    field_id    TEXT NOT NULL,
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (resource_id, field_id)
) WITHOUT ROWID;
CREATE TABLE files (
    id          INTEGER PRIMARY KEY,
    resource_id INTEGER NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('media', 'cover', 'attachment')),
    path        TEXT NOT NULL,
    size        INTEGER NOT NULL DEFAULT 0,
    mtime       TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX files_resource ON files(resource_id, role, position);
-- Technical-check results, keyed so that an unchanged file under an unchanged profile is not probed again.
CREATE TABLE check_results (
    path            TEXT NOT NULL,
    size            INTEGER NOT NULL,
    mtime           TEXT NOT NULL,
    profile_version TEXT NOT NULL,
    kind            TEXT NOT NULL,
    result_json     TEXT NOT NULL,
    checked_at      TEXT NOT NULL,
    PRIMARY KEY (path, size, mtime, profile_version, kind)
) WITHOUT ROWID;
