-- Issue 14: a new partnership's first business manager is invited: a one-time link that expires
-- after 7 days and sets the account's password. Only the token's hash is stored; accepting the
-- invitation deletes it, and a new invitation replaces the user's earlier ones. An account made
-- for an invitation has no password (an empty hash, which no password verifies) until then.
CREATE TABLE invitations (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX invitations_by_user ON invitations (user_id);
