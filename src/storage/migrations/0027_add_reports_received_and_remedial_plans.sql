-- Issue 16: what partners report to the board, and the challenge that follows (constitution
-- 4o-4q). A report received (an annual report, an update, an inspection report, a single-agency
-- audit) has the board's standard summary sheet, the meeting that considered it, the group's
-- comment and whether the board is assured. Where it is not, the board and the agency agree a
-- remedial action plan, review its implementation and impact, and may escalate to the Chair, who
-- consults the Director of Children's Services and explains the concerns to the agency.
CREATE TABLE agency_reports (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  kind TEXT NOT NULL CHECK (kind IN ('annual_report', 'update', 'inspection', 'single_agency_audit', 'other')),
  title TEXT NOT NULL,
  agency_id BIGINT REFERENCES agencies(id),
  from_name TEXT NOT NULL DEFAULT '',
  period TEXT NOT NULL DEFAULT '',
  received_on TEXT NOT NULL,
  considered_at_meeting_id BIGINT REFERENCES meetings(id),
  purpose TEXT NOT NULL DEFAULT '',
  key_findings TEXT NOT NULL DEFAULT '',
  strengths TEXT NOT NULL DEFAULT '',
  shortcomings TEXT NOT NULL DEFAULT '',
  actions_for_board TEXT NOT NULL DEFAULT '',
  comment TEXT NOT NULL DEFAULT '',
  assurance TEXT CHECK (assurance IN ('assured', 'partly_assured', 'not_assured'))
);
CREATE INDEX agency_reports_by_partnership ON agency_reports (partnership_id, received_on);
CREATE TABLE remedial_plans (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  agency_id BIGINT NOT NULL REFERENCES agencies(id),
  agency_report_id BIGINT REFERENCES agency_reports(id),
  shortcomings TEXT NOT NULL,
  plan TEXT NOT NULL,
  agreed_on TEXT NOT NULL,
  review_due_on TEXT NOT NULL,
  escalated_on TEXT,
  dcs_consulted_on TEXT,
  concerns_explained_on TEXT,
  closed_on TEXT,
  CHECK (review_due_on >= agreed_on)
);
CREATE TABLE remedial_plan_reviews (
  id {{ID}},
  plan_id BIGINT NOT NULL REFERENCES remedial_plans(id),
  reviewed_on TEXT NOT NULL,
  meeting_id BIGINT REFERENCES meetings(id),
  outcome TEXT NOT NULL CHECK (outcome IN ('on_track', 'not_convinced', 'completed')),
  impact TEXT NOT NULL
);
