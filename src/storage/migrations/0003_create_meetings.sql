-- Meetings of a group, individual attendance, decisions and actions; quorum rules on groups.

-- RULE: Constitution 6g and appendix 4 - quorum rules are data on each group.
ALTER TABLE partnership_groups ADD COLUMN quorum_min_members INTEGER NOT NULL DEFAULT 0;
ALTER TABLE partnership_groups ADD COLUMN quorum_min_agencies INTEGER NOT NULL DEFAULT 0;

CREATE TABLE group_quorum_agencies (
  group_id BIGINT NOT NULL REFERENCES partnership_groups(id),
  agency_id BIGINT NOT NULL REFERENCES agencies(id),
  PRIMARY KEY (group_id, agency_id)
);

CREATE TABLE meetings (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  group_id BIGINT NOT NULL REFERENCES partnership_groups(id),
  title TEXT NOT NULL DEFAULT '',
  meets_on TEXT NOT NULL,
  starts_at TEXT NOT NULL DEFAULT '10:00',
  location TEXT NOT NULL DEFAULT '',
  cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
  counts_for_attendance INTEGER NOT NULL DEFAULT 1 CHECK (counts_for_attendance IN (0, 1))
);
CREATE INDEX meetings_by_group ON meetings (group_id, meets_on);
CREATE INDEX meetings_by_partnership ON meetings (partnership_id, meets_on);

-- One row per member per meeting; a deputy stands in for the member, from their agency.
CREATE TABLE attendance (
  meeting_id BIGINT NOT NULL REFERENCES meetings(id),
  membership_id BIGINT NOT NULL REFERENCES memberships(id),
  status TEXT NOT NULL CHECK (status IN ('present', 'apologies', 'deputy', 'absent')),
  deputy_person_id BIGINT REFERENCES people(id),
  PRIMARY KEY (meeting_id, membership_id),
  CHECK ((status = 'deputy') = (deputy_person_id IS NOT NULL))
);

CREATE TABLE decisions (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  meeting_id BIGINT REFERENCES meetings(id),
  group_id BIGINT NOT NULL REFERENCES partnership_groups(id),
  decided_on TEXT NOT NULL,
  text TEXT NOT NULL,
  chairs_action INTEGER NOT NULL DEFAULT 0 CHECK (chairs_action IN (0, 1)),
  ratified_at_meeting_id BIGINT REFERENCES meetings(id)
);
CREATE INDEX decisions_by_meeting ON decisions (meeting_id);

CREATE TABLE meeting_actions (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  meeting_id BIGINT NOT NULL REFERENCES meetings(id),
  description TEXT NOT NULL,
  owner_person_id BIGINT REFERENCES people(id),
  due_on TEXT,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped'))
);
CREATE INDEX meeting_actions_by_meeting ON meeting_actions (meeting_id);
