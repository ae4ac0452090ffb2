-- SubmitDesk workspace: resumable uploads (tus 1.0). One row per file of a batch's package sent to one
-- endpoint and account: the upload URL the server gave, the offset it acknowledged, the state and the last
-- error, so that a batch resumes after the program was closed, crashed or lost the network. size, mtime
-- and sha256 describe the local file the upload was made from: a file that changed is never resumed onto
-- its old upload. fingerprint = sha256(file sha256, endpoint, account). No token is ever stored here.
CREATE TABLE uploads (
    id           INTEGER PRIMARY KEY,
    batch_id     INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    endpoint     TEXT NOT NULL,
    account      TEXT NOT NULL DEFAULT '',
    bag_path     TEXT NOT NULL,
    position     INTEGER NOT NULL DEFAULT 0,
    local_path   TEXT NOT NULL,
    size         INTEGER NOT NULL,
    mtime        TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    url          TEXT NOT NULL DEFAULT '',
    offset_acked INTEGER NOT NULL DEFAULT 0,
    expires_at   TEXT NOT NULL DEFAULT '',
    state        TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'uploading', 'paused', 'done', 'failed')),
    last_error   TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    UNIQUE (batch_id, endpoint, account, bag_path)
);
CREATE INDEX uploads_fingerprint ON uploads(fingerprint);
-- What a receiver acknowledged, kept after the queue forgets: the batch's upload history.
CREATE TABLE upload_history (
    id              INTEGER PRIMARY KEY,
    batch_id        INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    endpoint        TEXT NOT NULL,
    account         TEXT NOT NULL DEFAULT '',
    bag_path        TEXT NOT NULL,
    url             TEXT NOT NULL,
    size            INTEGER NOT NULL,
    sha256          TEXT NOT NULL,
    acknowledged_at TEXT NOT NULL
);
CREATE INDEX upload_history_batch ON upload_history(batch_id, acknowledged_at);
