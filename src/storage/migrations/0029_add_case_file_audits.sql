-- Issue 16: multi-agency case file audits. A case joins a quarter's cohort of a planned audit
-- under a pseudonymous reference only (never a name; never reused: reference_key is its lower
-- case); each agency that knew the child completes its part; a multi-agency discussion grades
-- the work by domain and records findings, strengths and deficits by agency, that become
-- actions or referrals to the training sub-group. Cohort sizes, grade counts and tallies are
-- computed, never stored. The board's target of cases per quarter is its own setting.
CREATE TABLE case_audit_targets (
  partnership_id BIGINT PRIMARY KEY REFERENCES partnerships(id),
  cases_per_quarter INTEGER NOT NULL CHECK (cases_per_quarter BETWEEN 1 AND 100)
);
CREATE TABLE audited_cases (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  planned_audit_id BIGINT NOT NULL REFERENCES planned_audits(id),
  reference TEXT NOT NULL,
  reference_key TEXT NOT NULL,
  selected_on TEXT NOT NULL,
  focus TEXT NOT NULL DEFAULT '',
  discussed_on TEXT,
  UNIQUE (partnership_id, reference_key)
);
CREATE INDEX audited_cases_by_audit ON audited_cases (planned_audit_id);
CREATE TABLE audited_case_parts (
  id {{ID}},
  case_id BIGINT NOT NULL REFERENCES audited_cases(id),
  agency_id BIGINT NOT NULL REFERENCES agencies(id),
  summary TEXT NOT NULL DEFAULT '',
  completed_on TEXT,
  UNIQUE (case_id, agency_id)
);
CREATE TABLE audited_case_grades (
  case_id BIGINT NOT NULL REFERENCES audited_cases(id),
  domain TEXT NOT NULL CHECK (domain IN ('recognition_of_risk', 'assessment', 'planning', 'joint_working', 'impact',
                                         'overall')),
  grade TEXT NOT NULL CHECK (grade IN ('outstanding', 'good', 'requires_improvement', 'inadequate')),
  PRIMARY KEY (case_id, domain)
);
CREATE TABLE audited_case_findings (
  id {{ID}},
  case_id BIGINT NOT NULL REFERENCES audited_cases(id),
  agency_id BIGINT REFERENCES agencies(id),
  kind TEXT NOT NULL CHECK (kind IN ('strength', 'deficit')),
  text TEXT NOT NULL,
  follow_up TEXT NOT NULL CHECK (follow_up IN ('noted', 'action', 'training')),
  follow_up_text TEXT NOT NULL DEFAULT '',
  due_on TEXT,
  completed_on TEXT,
  CHECK (kind = 'deficit' OR follow_up = 'noted'),
  CHECK ((follow_up = 'action') = (due_on IS NOT NULL))
);
CREATE INDEX audited_case_findings_by_case ON audited_case_findings (case_id);
