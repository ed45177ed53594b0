-- Issue 16: complaints about the board's functions (constitution 10). No complainant's name or
-- contact details: who complained is a kind (a parent, a professional, ...), the correspondence
-- stays in the board's email. Each board sets its own deadlines to acknowledge and to respond,
-- in working days; when each is due, and whether it was met, is computed, never stored. A
-- complaint that belongs elsewhere is recorded as redirected, with where.
CREATE TABLE complaint_deadlines (
  partnership_id BIGINT PRIMARY KEY REFERENCES partnerships(id),
  acknowledge_working_days INTEGER NOT NULL CHECK (acknowledge_working_days BETWEEN 1 AND 60),
  respond_working_days INTEGER NOT NULL CHECK (respond_working_days BETWEEN 1 AND 120)
);
CREATE TABLE complaints (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  received_on TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('email', 'letter', 'phone', 'in_person', 'website')),
  complainant TEXT NOT NULL CHECK (complainant IN ('parent', 'young_person', 'professional', 'public', 'other')),
  summary TEXT NOT NULL,
  acknowledged_on TEXT,
  responded_on TEXT,
  outcome TEXT CHECK (outcome IN ('upheld', 'partly_upheld', 'not_upheld', 'withdrawn')),
  learning TEXT NOT NULL DEFAULT '',
  redirected_to TEXT CHECK (redirected_to IN ('agency', 'conference', 'lado', 'escalation', 'other')),
  redirected_where TEXT NOT NULL DEFAULT '',
  redirected_on TEXT
);
CREATE INDEX complaints_by_partnership ON complaints (partnership_id, received_on);
