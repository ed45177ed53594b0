-- Business plans: objectives under a plan, actions under an objective, progress updates with
-- their RAG status (the history is the updates themselves).

CREATE TABLE plans (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  title TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  approved_at_meeting_id BIGINT REFERENCES meetings(id),
  priorities TEXT NOT NULL DEFAULT '',
  CHECK (ends_on >= starts_on)
);
CREATE INDEX plans_by_partnership ON plans (partnership_id);

CREATE TABLE objectives (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  plan_id BIGINT NOT NULL REFERENCES plans(id),
  position INTEGER NOT NULL,
  outcome TEXT NOT NULL,
  lead_group_id BIGINT REFERENCES partnership_groups(id),
  risks TEXT NOT NULL DEFAULT '',
  likelihood INTEGER CHECK (likelihood IS NULL OR likelihood BETWEEN 1 AND 5),
  impact INTEGER CHECK (impact IS NULL OR impact BETWEEN 1 AND 5)
);
CREATE INDEX objectives_by_plan ON objectives (plan_id, position);

CREATE TABLE plan_actions (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  objective_id BIGINT NOT NULL REFERENCES objectives(id),
  position INTEGER NOT NULL,
  activity TEXT NOT NULL,
  measure TEXT NOT NULL DEFAULT '',
  lead_group_id BIGINT REFERENCES partnership_groups(id),
  lead_person_id BIGINT REFERENCES people(id),
  resources TEXT NOT NULL DEFAULT '',
  cost_pence BIGINT NOT NULL DEFAULT 0 CHECK (cost_pence >= 0),
  by_when TEXT NOT NULL,
  triggered_on TEXT,
  evidence TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_actions_by_objective ON plan_actions (objective_id, position);
CREATE INDEX plan_actions_by_lead_group ON plan_actions (lead_group_id);

CREATE TABLE progress_updates (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  action_id BIGINT NOT NULL REFERENCES plan_actions(id),
  updated_on TEXT NOT NULL,
  text TEXT NOT NULL,
  rag TEXT NOT NULL CHECK (rag IN ('red', 'amber', 'green')),
  by_user_id BIGINT REFERENCES users(id),
  by_name TEXT NOT NULL DEFAULT ''
);
CREATE INDEX progress_updates_by_action ON progress_updates (action_id, updated_on);
