-- Issue 16: the safer workforce self-assessment. An assessment (usually the programme's safer
-- workforce audit) collects one return per organisation: a board agency, or another
-- organisation by name (a school, a setting, a commissioning organisation; organisation_key is
-- "agency:<id>" or the name in lower case, so an organisation returns once). Each return rates
-- the four domains; a domain less than compliant is a deficit, and the sub-group's support for
-- it is an action followed to completion. Counts and percentages are computed, never stored.
CREATE TABLE workforce_assessments (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  planned_audit_id BIGINT REFERENCES planned_audits(id),
  title TEXT NOT NULL,
  opens_on TEXT NOT NULL,
  returns_due_on TEXT NOT NULL,
  reported_on TEXT,
  reported_at_meeting_id BIGINT REFERENCES meetings(id),
  findings TEXT NOT NULL DEFAULT '',
  CHECK (returns_due_on >= opens_on)
);
CREATE TABLE workforce_returns (
  id {{ID}},
  assessment_id BIGINT NOT NULL REFERENCES workforce_assessments(id),
  agency_id BIGINT REFERENCES agencies(id),
  organisation TEXT NOT NULL DEFAULT '',
  organisation_key TEXT NOT NULL,
  organisation_type TEXT NOT NULL CHECK (organisation_type IN ('board_agency', 'school', 'early_years', 'voluntary',
                                                               'commissioning', 'other')),
  returned_on TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  UNIQUE (assessment_id, organisation_key),
  CHECK ((agency_id IS NULL) <> (organisation = ''))
);
CREATE TABLE workforce_ratings (
  return_id BIGINT NOT NULL REFERENCES workforce_returns(id),
  domain TEXT NOT NULL CHECK (domain IN ('recruitment', 'induction_and_guidance', 'safe_working_culture', 'monitoring')),
  compliance TEXT NOT NULL CHECK (compliance IN ('compliant', 'partly_compliant', 'not_compliant')),
  PRIMARY KEY (return_id, domain)
);
CREATE TABLE workforce_support_actions (
  id {{ID}},
  return_id BIGINT NOT NULL REFERENCES workforce_returns(id),
  domain TEXT NOT NULL CHECK (domain IN ('recruitment', 'induction_and_guidance', 'safe_working_culture', 'monitoring')),
  support TEXT NOT NULL,
  by_whom TEXT NOT NULL DEFAULT '',
  due_on TEXT NOT NULL,
  completed_on TEXT
);
CREATE INDEX workforce_support_actions_by_return ON workforce_support_actions (return_id);
