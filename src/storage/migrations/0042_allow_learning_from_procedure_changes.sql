-- Issue 18: a training briefing asked for when a procedures chapter changes is a training need
-- raised through learning_referrals like those from audits and case reviews (source
-- 'procedure_change', source_id the chapter's review), so the training sub-group works through
-- one list. SQLite cannot change a CHECK, so it rebuilds the table (nothing refers to it yet).
-- @sqlite
CREATE TABLE learning_referrals_new (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  kind TEXT NOT NULL CHECK (kind IN ('training_need', 'procedure_review')),
  source TEXT NOT NULL CHECK (source IN ('planned_audit', 'case_review', 'procedure_change')),
  source_id BIGINT NOT NULL,
  source_label TEXT NOT NULL,
  need TEXT NOT NULL,
  raised_on TEXT NOT NULL,
  for_group_id BIGINT REFERENCES partnership_groups(id),
  responded_on TEXT,
  response TEXT NOT NULL DEFAULT ''
);
INSERT INTO learning_referrals_new (id, partnership_id, kind, source, source_id, source_label, need, raised_on,
                                    for_group_id, responded_on, response)
  SELECT id, partnership_id, kind, source, source_id, source_label, need, raised_on, for_group_id, responded_on, response
  FROM learning_referrals;
DROP TABLE learning_referrals;
ALTER TABLE learning_referrals_new RENAME TO learning_referrals;
CREATE INDEX learning_referrals_by_source ON learning_referrals (partnership_id, source, source_id);
-- @postgres
ALTER TABLE learning_referrals DROP CONSTRAINT learning_referrals_source_check;
ALTER TABLE learning_referrals ADD CONSTRAINT learning_referrals_source_check
  CHECK (source IN ('planned_audit', 'case_review', 'procedure_change'));
