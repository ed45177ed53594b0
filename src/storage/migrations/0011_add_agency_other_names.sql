-- Issue 14: an agency can have other names it is known by ("TVP" for Thames Valley Police, an
-- old name after a merger); imports and lookups match them as well as its name.
CREATE TABLE agency_other_names (
  agency_id BIGINT NOT NULL REFERENCES agencies(id),
  name TEXT NOT NULL,
  PRIMARY KEY (agency_id, name)
);
