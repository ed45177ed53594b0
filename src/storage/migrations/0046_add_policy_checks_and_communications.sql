-- Issue 18: organisations' own safeguarding policies checked against the board's procedures, with
-- the outcome and advice; and the board's communication activities: campaigns, surveys and their
-- results, media enquiries (who responded, whether the Director of Children's Services was
-- consulted: constitution appendix 1, duty 17), engagement with children, young people and
-- communities, and reviews of the communication strategy.
CREATE TABLE procedure_policy_checks (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  organisation TEXT NOT NULL,
  policy TEXT NOT NULL,
  checked_on TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('consistent', 'changes_advised', 'not_consistent')),
  advice TEXT NOT NULL DEFAULT ''
);
CREATE TABLE communication_activities (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  kind TEXT NOT NULL CHECK (kind IN ('strategy_review', 'campaign', 'survey', 'media_enquiry', 'engagement')),
  title TEXT NOT NULL,
  held_on TEXT NOT NULL,
  details TEXT NOT NULL DEFAULT '',
  results TEXT NOT NULL DEFAULT '',
  responded_by TEXT NOT NULL DEFAULT '',
  dcs_consulted INTEGER NOT NULL DEFAULT 0 CHECK (dcs_consulted IN (0, 1))
);
