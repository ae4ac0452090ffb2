-- SubmitDesk workspace, schema 2: a random uid per resource, fixed at creation. A spreadsheet row finds
-- the resource it was exported from by id and uid (MetadataSheetWriter's "资源键"): the id alone is not
-- enough, SQLite gives a new row the id of a deleted last one.
ALTER TABLE resources ADD COLUMN uid TEXT NOT NULL DEFAULT '';
UPDATE resources SET uid = lower(hex(randomblob(8))) WHERE uid = '';
CREATE TRIGGER resources_uid AFTER INSERT ON resources FOR EACH ROW WHEN NEW.uid = '' BEGIN UPDATE resources SET uid = lower(hex(randomblob(8))) WHERE id = NEW.id; END;
