-- Issue 15: the day a meeting's papers were circulated to its members (NULL: not yet), each
-- account's choice of which emails it gets (no row: every kind), and the day each partnership's
-- daily digest of actions was queued, so a restarted server never sends it twice.
ALTER TABLE meetings ADD COLUMN papers_circulated_on TEXT;
CREATE TABLE email_choices (
  user_id BIGINT NOT NULL REFERENCES users(id),
  kind TEXT NOT NULL,
  wanted INTEGER NOT NULL,
  PRIMARY KEY (user_id, kind)
);
CREATE TABLE digests_queued (
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  queued_on TEXT NOT NULL,
  PRIMARY KEY (partnership_id, queued_on)
);
