-- Issue 16: quality assurance. First the audit programme: each financial year's priorities and
-- where they were agreed, and the audits planned under it with their kind, themes, lead group
-- and dates. Whether an audit is planned, running, reported or overdue is computed from its
-- dates and the day, never stored.
CREATE TABLE audit_programmes (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  year_start INTEGER NOT NULL,
  priorities TEXT NOT NULL DEFAULT '',
  agreed_at_meeting_id BIGINT REFERENCES meetings(id),
  UNIQUE (partnership_id, year_start)
);
CREATE TABLE planned_audits (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  programme_id BIGINT NOT NULL REFERENCES audit_programmes(id),
  title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('section_11', 'case_file', 'thematic', 'safer_workforce', 'single_agency', 'commissioned')),
  themes TEXT NOT NULL DEFAULT '',
  lead_group_id BIGINT REFERENCES partnership_groups(id),
  starts_on TEXT NOT NULL,
  report_due_on TEXT NOT NULL,
  reported_on TEXT,
  reported_at_meeting_id BIGINT REFERENCES meetings(id),
  findings TEXT NOT NULL DEFAULT '',
  CHECK (report_due_on >= starts_on)
);
CREATE INDEX planned_audits_by_programme ON planned_audits (programme_id);
