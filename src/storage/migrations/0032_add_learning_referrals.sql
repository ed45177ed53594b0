-- Issue 16 (links): training needs and procedure reviews raised from where the learning was
-- found (a planned audit, a case review: source and source_id name the record, source_label says
-- what it is in words anyone may read) for the group that takes them up, with its answer (where
-- the learning led). The need is written to be shared: never a case's details.
CREATE TABLE learning_referrals (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  kind TEXT NOT NULL CHECK (kind IN ('training_need', 'procedure_review')),
  source TEXT NOT NULL CHECK (source IN ('planned_audit', 'case_review')),
  source_id BIGINT NOT NULL,
  source_label TEXT NOT NULL,
  need TEXT NOT NULL,
  raised_on TEXT NOT NULL,
  for_group_id BIGINT REFERENCES partnership_groups(id),
  responded_on TEXT,
  response TEXT NOT NULL DEFAULT ''
);
CREATE INDEX learning_referrals_by_source ON learning_referrals (partnership_id, source, source_id);
