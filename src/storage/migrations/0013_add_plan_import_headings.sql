-- Issue 14: a plan import remembers how this partnership's spreadsheets name safeboard's fields
-- ("Activity" gives Actions, "Owner" gives Lead), so its next import's preview suggests them.
CREATE TABLE plan_import_headings (
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  heading TEXT NOT NULL,
  field TEXT NOT NULL,
  PRIMARY KEY (partnership_id, heading)
);
