-- Agendas, papers, minutes and their corrections; chair's action ratification; the
-- procedure-approval rule; members' own apologies.

CREATE TABLE agenda_items (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  meeting_id BIGINT NOT NULL REFERENCES meetings(id),
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  presenter TEXT NOT NULL DEFAULT '',
  decision_needed INTEGER NOT NULL DEFAULT 0 CHECK (decision_needed IN (0, 1)),
  confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
  -- What the item is for when the system adds it: '' (ordinary), 'minutes' (approve the
  -- previous meeting's minutes), 'ratify' (ratify a chair's action), 'matters_arising'.
  purpose TEXT NOT NULL DEFAULT '',
  subject_id BIGINT,
  minute_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agenda_items_by_meeting ON agenda_items (meeting_id, position);

-- Paper files live in the database: one file holds everything, and backups take them too.
CREATE TABLE papers (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  agenda_item_id BIGINT NOT NULL REFERENCES agenda_items(id),
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  content TEXT NOT NULL,
  uploaded_at TEXT NOT NULL,
  uploaded_by BIGINT REFERENCES users(id),
  late INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
  late_accepted INTEGER NOT NULL DEFAULT 0 CHECK (late_accepted IN (0, 1))
);
CREATE INDEX papers_by_item ON papers (agenda_item_id);

ALTER TABLE decisions ADD COLUMN agenda_item_id BIGINT REFERENCES agenda_items(id);
ALTER TABLE decisions ADD COLUMN approves_procedure INTEGER NOT NULL DEFAULT 0;

-- RULE: Constitution appendix 4 - the policy and procedures sub-group needs 3 agencies to
-- approve a procedure document.
ALTER TABLE partnership_groups ADD COLUMN procedure_approval_agencies INTEGER NOT NULL DEFAULT 0;

CREATE TABLE minutes (
  meeting_id BIGINT PRIMARY KEY REFERENCES meetings(id),
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  body TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'circulated', 'approved')),
  circulated_on TEXT,
  approved_at_meeting_id BIGINT REFERENCES meetings(id),
  approved_on TEXT
);

-- Approved minutes are locked; a correction is recorded beside them, never over them.
CREATE TABLE minute_corrections (
  id {{ID}},
  meeting_id BIGINT NOT NULL REFERENCES minutes(meeting_id),
  corrected_on TEXT NOT NULL,
  text TEXT NOT NULL,
  recorded_by BIGINT REFERENCES users(id)
);

-- The dates the governance calendar counts from (Constitution 5, 13; annual report 1.4).
ALTER TABLE partnerships ADD COLUMN constitution_reviewed_on TEXT;
ALTER TABLE partnerships ADD COLUMN chair_appointment_reviewed_on TEXT;
ALTER TABLE partnerships ADD COLUMN lead_member_met_chair_on TEXT;

-- RULE: Constitution 4 - a dispute between partners is convened within 28 days, met within
-- 3 months, and a mediator agreed within 28 days.
CREATE TABLE disputes (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  summary TEXT NOT NULL,
  raised_on TEXT NOT NULL,
  convened_on TEXT,
  met_on TEXT,
  mediator_agreed_on TEXT
);
