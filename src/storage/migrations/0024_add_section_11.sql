-- Issue 16: Section 11 self-assessment. A board keeps versioned standards templates (its own
-- scale of grades, best first, and the standards, each with a reference that stays the same
-- across versions so rounds can be compared). A round asks chosen statutory partners for a
-- return against one template version; each return has a lead (a person of the agency) who
-- grades every standard with evidence and files, then submits. The challenge session records
-- per standard whether the grade was accepted or changed, and why; gaps become actions that are
-- monitored to completion. Return rates, lateness, progress on the previous round's actions and
-- the comparison between rounds are computed from these rows, never stored.
CREATE TABLE section11_templates (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  name TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  grades TEXT NOT NULL,
  based_on_template_id BIGINT REFERENCES section11_templates(id),
  UNIQUE (partnership_id, name, version)
);
CREATE TABLE section11_standards (
  id {{ID}},
  template_id BIGINT NOT NULL REFERENCES section11_templates(id),
  position INTEGER NOT NULL,
  reference TEXT NOT NULL,
  title TEXT NOT NULL,
  guidance TEXT NOT NULL DEFAULT '',
  UNIQUE (template_id, reference)
);
CREATE TABLE section11_rounds (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  template_id BIGINT NOT NULL REFERENCES section11_templates(id),
  title TEXT NOT NULL,
  opens_on TEXT NOT NULL,
  returns_due_on TEXT NOT NULL,
  challenge_group_id BIGINT REFERENCES partnership_groups(id),
  planned_audit_id BIGINT REFERENCES planned_audits(id),
  CHECK (returns_due_on >= opens_on)
);
CREATE TABLE section11_returns (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  round_id BIGINT NOT NULL REFERENCES section11_rounds(id),
  agency_id BIGINT NOT NULL REFERENCES agencies(id),
  lead_person_id BIGINT REFERENCES people(id),
  submitted_on TEXT,
  UNIQUE (round_id, agency_id)
);
CREATE TABLE section11_answers (
  id {{ID}},
  return_id BIGINT NOT NULL REFERENCES section11_returns(id),
  standard_id BIGINT NOT NULL REFERENCES section11_standards(id),
  grade INTEGER CHECK (grade >= 1),
  evidence TEXT NOT NULL DEFAULT '',
  challenge_outcome TEXT CHECK (challenge_outcome IN ('accepted', 'changed')),
  agreed_grade INTEGER CHECK (agreed_grade >= 1),
  challenge_reason TEXT NOT NULL DEFAULT '',
  challenged_on TEXT,
  UNIQUE (return_id, standard_id)
);
CREATE TABLE section11_evidence_files (
  id {{ID}},
  return_id BIGINT NOT NULL REFERENCES section11_returns(id),
  standard_id BIGINT NOT NULL REFERENCES section11_standards(id),
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  content TEXT NOT NULL,
  uploaded_at TEXT NOT NULL
);
CREATE TABLE section11_actions (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  return_id BIGINT NOT NULL REFERENCES section11_returns(id),
  standard_id BIGINT NOT NULL REFERENCES section11_standards(id),
  description TEXT NOT NULL,
  owner TEXT NOT NULL,
  due_on TEXT NOT NULL,
  progress TEXT NOT NULL DEFAULT '',
  completed_on TEXT
);
CREATE INDEX section11_returns_by_round ON section11_returns (round_id);
CREATE INDEX section11_actions_by_return ON section11_actions (return_id);
