-- Issue 14: each import into a plan is a record: the actions and objectives it made carry its id,
-- so the import can be undone as a whole, and a fingerprint of its rows, so the same rows
-- imported into the same plan again are refused.
CREATE TABLE plan_imports (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  plan_id BIGINT NOT NULL REFERENCES plans(id),
  file_name TEXT NOT NULL DEFAULT '',
  fingerprint TEXT NOT NULL,
  actions INTEGER NOT NULL,
  imported_at TEXT NOT NULL,
  undone_at TEXT
);
CREATE INDEX plan_imports_by_plan ON plan_imports (plan_id);
ALTER TABLE objectives ADD COLUMN import_id BIGINT REFERENCES plan_imports(id);
ALTER TABLE plan_actions ADD COLUMN import_id BIGINT REFERENCES plan_imports(id);
