-- SubmitDesk workspace: the preview's waveform overviews, so that an audio file is decoded once, not each
-- time its resource is opened. Keyed by the file's identity (absolute path, size, modification time) and the
-- parameters that shaped the overview; a changed file simply misses and is decoded again.
CREATE TABLE waveform_cache (
    path       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    mtime      TEXT NOT NULL,
    parameters TEXT NOT NULL,
    peaks      BLOB NOT NULL,
    info_json  TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (path, size, mtime, parameters)
) WITHOUT ROWID;
