-- Issue 14: posts as well as people. A post ("Head of Safeguarding") belongs to an agency or, with
-- no agency, to the board; people hold it one at a time over the years, and it may be vacant.
CREATE TABLE posts (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  title TEXT NOT NULL,
  agency_id BIGINT REFERENCES agencies(id),
  ended_on TEXT
);
CREATE UNIQUE INDEX posts_by_title ON posts (partnership_id, COALESCE(agency_id, 0), title);

CREATE TABLE post_holdings (
  id {{ID}},
  post_id BIGINT NOT NULL REFERENCES posts(id),
  person_id BIGINT NOT NULL REFERENCES people(id),
  started_on TEXT NOT NULL,
  ended_on TEXT
);
CREATE INDEX post_holdings_by_post ON post_holdings (post_id);

-- A plan action's lead is a group, a post, a person, or several of these together, in the order
-- the board names them.
CREATE TABLE plan_action_leads (
  action_id BIGINT NOT NULL REFERENCES plan_actions(id),
  position INTEGER NOT NULL,
  group_id BIGINT REFERENCES partnership_groups(id),
  post_id BIGINT REFERENCES posts(id),
  person_id BIGINT REFERENCES people(id),
  PRIMARY KEY (action_id, position),
  CHECK ((CASE WHEN group_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN post_id IS NULL THEN 0 ELSE 1 END) +
         (CASE WHEN person_id IS NULL THEN 0 ELSE 1 END) = 1)
);
CREATE INDEX plan_action_leads_by_group ON plan_action_leads (group_id);

INSERT INTO plan_action_leads (action_id, position, group_id, person_id)
SELECT id, 1, lead_group_id, CASE WHEN lead_group_id IS NULL THEN lead_person_id END
FROM plan_actions WHERE lead_group_id IS NOT NULL OR lead_person_id IS NOT NULL;

-- plan_actions.lead_group_id and lead_person_id are no longer read or written: plan_action_leads
-- holds every lead. SQLite cannot drop a column that has a foreign key, so they stay, emptied.
DROP INDEX plan_actions_by_lead_group;
UPDATE plan_actions SET lead_group_id = NULL, lead_person_id = NULL;
