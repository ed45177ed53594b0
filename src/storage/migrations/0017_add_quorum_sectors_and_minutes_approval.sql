-- Issue 14: a quorum may need an agency of a sector ("a health agency") as well as named
-- agencies; and a group's minutes may be approved by another group (e.g. its parent) instead of
-- at the group's own next meeting.
CREATE TABLE group_quorum_sectors (
  group_id BIGINT NOT NULL REFERENCES partnership_groups(id),
  sector TEXT NOT NULL,
  PRIMARY KEY (group_id, sector)
);

ALTER TABLE partnership_groups ADD COLUMN minutes_approved_by_group_id BIGINT REFERENCES partnership_groups(id);
