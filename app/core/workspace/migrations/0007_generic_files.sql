-- SubmitDesk workspace, schema 7: any image or file field of the profile keeps its file in `files`
-- under the field's id as the role (docs/profile-format.md, "Field roles"); the role is no longer
-- limited to media, cover and attachment, only to a non-empty name.
-- SQLite cannot drop a CHECK: the table is rebuilt with the same rows and ids, then its index.
CREATE TABLE files_generic (
    id          INTEGER PRIMARY KEY,
    resource_id INTEGER NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role <> ''),
    path        TEXT NOT NULL,
    size        INTEGER NOT NULL DEFAULT 0,
    mtime       TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
);
INSERT INTO files_generic(id, resource_id, role, path, size, mtime, position)
    SELECT id, resource_id, role, path, size, mtime, position FROM files;
DROP TABLE files;
ALTER TABLE files_generic RENAME TO files;
CREATE INDEX files_resource ON files(resource_id, role, position);
