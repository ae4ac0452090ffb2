-- SubmitDesk workspace: replacing a resource's media file and "Make compliant".
-- file_history: the files a resource had before, newest last; a replacement is undone by putting the
-- recorded file back. note says what was done to the new file (e.g. "upscaled from 640×360").
CREATE TABLE file_history (
    id          INTEGER PRIMARY KEY,
    resource_id INTEGER NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
    role        TEXT NOT NULL,
    path        TEXT NOT NULL,
    size        INTEGER NOT NULL DEFAULT 0,
    mtime       TEXT NOT NULL DEFAULT '',
    replaced_by TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT 'replace',
    note        TEXT NOT NULL DEFAULT '',
    replaced_at TEXT NOT NULL
);
CREATE INDEX file_history_resource ON file_history(resource_id, id);
-- fix_jobs: the fix queue, kept across restarts; a job found "running" at start was interrupted and runs
-- again from the beginning. options is FixOptions as JSON.
CREATE TABLE fix_jobs (
    id          INTEGER PRIMARY KEY,
    resource_id INTEGER NOT NULL DEFAULT 0,
    input       TEXT NOT NULL,
    target      TEXT NOT NULL,
    options     TEXT NOT NULL DEFAULT '{}',
    state       TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    message     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX fix_jobs_state ON fix_jobs(state, id);
