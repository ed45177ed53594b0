-- Issue 16: IMR action plans. An agency's action plan from its individual management review of a
-- case (a serious case review or not), monitored by the board until every action is complete and
-- the plan signed off. The case is a short pseudonymous label and, where there is one, its case
-- review referral; one plan per agency per case (case_key is the label in lower case).
CREATE TABLE imr_action_plans (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  case_label TEXT NOT NULL,
  case_key TEXT NOT NULL,
  referral_id BIGINT REFERENCES case_referrals(id),
  agency_id BIGINT NOT NULL REFERENCES agencies(id),
  received_on TEXT NOT NULL,
  signed_off_on TEXT,
  signed_off_meeting_id BIGINT REFERENCES meetings(id),
  sign_off_note TEXT NOT NULL DEFAULT '',
  UNIQUE (partnership_id, case_key, agency_id)
);
CREATE TABLE imr_plan_actions (
  id {{ID}},
  plan_id BIGINT NOT NULL REFERENCES imr_action_plans(id),
  action TEXT NOT NULL,
  due_on TEXT NOT NULL,
  completed_on TEXT
);
CREATE INDEX imr_plan_actions_by_plan ON imr_plan_actions (plan_id);
