-- Issue 12: the sign-in throttle slows guessing without locking anyone out. A browser that has
-- signed in as an account gets a "known browser" cookie; only its hash is stored here, and it
-- expires after 180 days. Failures from a known browser carry its hash so that they count
-- against that browser alone. Failures are kept for one day (see docs/access.md).
ALTER TABLE sign_in_failures ADD COLUMN browser_hash TEXT;
CREATE INDEX sign_in_failures_by_time ON sign_in_failures (at);

CREATE TABLE known_browsers (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX known_browsers_by_user ON known_browsers (user_id);
