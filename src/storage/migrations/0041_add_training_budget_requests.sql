-- Issue 17: the training sub-group's yearly budget request: its items (amounts in pence; the
-- total asked is their sum, never stored), when it was submitted and to which group, and the
-- decision: the amount agreed and when.
CREATE TABLE training_budget_requests (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  year_start INTEGER NOT NULL,
  submitted_on TEXT,
  submitted_to_group_id BIGINT REFERENCES partnership_groups(id),
  decided_on TEXT,
  agreed_pence BIGINT CHECK (agreed_pence >= 0),
  decision_note TEXT NOT NULL DEFAULT '',
  UNIQUE (partnership_id, year_start),
  CHECK (decided_on IS NULL OR (submitted_on IS NOT NULL AND decided_on >= submitted_on AND agreed_pence IS NOT NULL))
);
CREATE TABLE training_budget_items (
  id {{ID}},
  request_id BIGINT NOT NULL REFERENCES training_budget_requests(id),
  description TEXT NOT NULL,
  pence BIGINT NOT NULL CHECK (pence > 0)
);
CREATE INDEX training_budget_items_by_request ON training_budget_items (request_id);
