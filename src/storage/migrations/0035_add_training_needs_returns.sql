-- Issue 17: the training needs analysis. One return a year from each respondent (a board agency,
-- or another organisation by name; respondent_key is "agency:<id>" or the name in lower case):
-- whether single-agency safeguarding training is in place, whether staff access inter-agency
-- training, and the gaps it sees. Percentages are computed.
CREATE TABLE training_needs_returns (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  year_start INTEGER NOT NULL,
  agency_id BIGINT REFERENCES agencies(id),
  organisation TEXT NOT NULL DEFAULT '',
  respondent_key TEXT NOT NULL,
  single_agency_in_place INTEGER NOT NULL CHECK (single_agency_in_place IN (0, 1)),
  accessing_inter_agency INTEGER NOT NULL CHECK (accessing_inter_agency IN (0, 1)),
  gaps TEXT NOT NULL DEFAULT '',
  returned_on TEXT NOT NULL,
  UNIQUE (partnership_id, year_start, respondent_key),
  CHECK ((agency_id IS NULL) <> (organisation = ''))
);
