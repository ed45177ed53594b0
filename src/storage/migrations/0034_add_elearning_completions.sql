-- Issue 17: e-learning completions, imported from the provider's export: one row per learner,
-- module and day (completion_key is the three in lower case, so an import never records one
-- twice). The learner's name and work email are personal data, shown to the training team only;
-- figures (people, completions, by module and agency) are computed.
CREATE TABLE elearning_completions (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  module TEXT NOT NULL,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  completion_key TEXT NOT NULL,
  agency_id BIGINT REFERENCES agencies(id),
  organisation TEXT NOT NULL DEFAULT '',
  completed_on TEXT NOT NULL,
  UNIQUE (partnership_id, completion_key)
);
CREATE INDEX elearning_completions_by_day ON elearning_completions (partnership_id, completed_on);
