-- SubmitDesk workspace, schema 3: each batch records the campaign profile (id and version) it is judged by,
-- so that one workspace can hold batches of several calls. Batches of older workspaces start with '' and are
-- given the workspace's current profile the first time it is loaded (BatchStore::adoptProfile): SQL does not
-- know the version of a profile named by file.
ALTER TABLE batches ADD COLUMN profile_id TEXT NOT NULL DEFAULT '';
ALTER TABLE batches ADD COLUMN profile_version TEXT NOT NULL DEFAULT '';
