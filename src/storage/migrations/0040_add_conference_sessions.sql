-- Issue 17: the programme of a conference (an event of a course delivered as a conference):
-- its talks and workshops, when, and who gives them.
CREATE TABLE training_conference_sessions (
  id {{ID}},
  event_id BIGINT NOT NULL REFERENCES training_events(id),
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('talk', 'workshop')),
  title TEXT NOT NULL,
  speaker TEXT NOT NULL,
  organisation TEXT NOT NULL DEFAULT '',
  CHECK (ends_at > starts_at)
);
CREATE INDEX training_conference_sessions_by_event ON training_conference_sessions (event_id);
