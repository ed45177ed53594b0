-- The foundation: partnerships, their agencies, people, groups and memberships; user accounts,
-- sessions, sign-in throttling and the append-only audit log.

CREATE TABLE partnerships (
  id {{ID}},
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  area TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);

CREATE TABLE users (
  id {{ID}},
  email TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  is_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  created_at TEXT NOT NULL
);

CREATE TABLE agencies (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  name TEXT NOT NULL,
  sector TEXT NOT NULL,
  statutory INTEGER NOT NULL DEFAULT 0 CHECK (statutory IN (0, 1)),
  signed_constitution_on TEXT,
  joined_on TEXT,
  ended_on TEXT,
  UNIQUE (partnership_id, name)
);
CREATE INDEX agencies_by_partnership ON agencies (partnership_id);

CREATE TABLE people (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  full_name TEXT NOT NULL,
  job_title TEXT NOT NULL DEFAULT '',
  agency_id BIGINT REFERENCES agencies(id),
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  user_id BIGINT REFERENCES users(id),
  ended_on TEXT
);
CREATE INDEX people_by_partnership ON people (partnership_id);
CREATE INDEX people_by_user ON people (user_id);

CREATE TABLE partnership_groups (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  name TEXT NOT NULL,
  short_name TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  parent_group_id BIGINT REFERENCES partnership_groups(id),
  chair_person_id BIGINT REFERENCES people(id),
  vice_chair_person_id BIGINT REFERENCES people(id),
  cadence TEXT NOT NULL DEFAULT '',
  terms_of_reference TEXT NOT NULL DEFAULT '',
  terms_reviewed_on TEXT,
  ended_on TEXT,
  UNIQUE (partnership_id, name)
);
CREATE INDEX groups_by_partnership ON partnership_groups (partnership_id);

CREATE TABLE memberships (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  group_id BIGINT NOT NULL REFERENCES partnership_groups(id),
  person_id BIGINT NOT NULL REFERENCES people(id),
  agency_id BIGINT REFERENCES agencies(id),
  role_category TEXT NOT NULL,
  started_on TEXT NOT NULL,
  ended_on TEXT,
  confidentiality_signed_on TEXT,
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX memberships_by_group ON memberships (group_id);
CREATE INDEX memberships_by_person ON memberships (person_id);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE sign_in_failures (
  id {{ID}},
  email TEXT NOT NULL,
  remote_address TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX sign_in_failures_by_email ON sign_in_failures (email, at);
CREATE INDEX sign_in_failures_by_address ON sign_in_failures (remote_address, at);

-- Append-only: triggers in 0002 refuse UPDATE and DELETE. Never holds sensitive field content.
CREATE TABLE audit_log (
  id {{ID}},
  at TEXT NOT NULL,
  user_id BIGINT,
  partnership_id BIGINT,
  action TEXT NOT NULL,
  record_type TEXT NOT NULL DEFAULT '',
  record_id BIGINT,
  detail TEXT NOT NULL DEFAULT '',
  remote_address TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_partnership ON audit_log (partnership_id, id);
