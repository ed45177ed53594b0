-- Issue 17: the inter-agency training programme. Courses and their events (a conference is an
-- event of a course delivered as a conference); places asked for by practitioners (their name
-- and work email: personal data, shown to the training team only; email_key is the email in
-- lower case, one place per person per event), confirmed, waiting or cancelled, with the
-- register's mark; and the board's charging rules as data. Figures and charges are computed.
CREATE TABLE training_courses (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  title TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('awareness', 'inter_agency', 'specialist')),
  themes TEXT NOT NULL DEFAULT '',
  delivery TEXT NOT NULL CHECK (delivery IN ('classroom', 'e_learning', 'briefing', 'forum', 'conference')),
  provider TEXT NOT NULL CHECK (provider IN ('pool', 'bought_in')),
  description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE training_events (
  id {{ID}},
  course_id BIGINT NOT NULL REFERENCES training_courses(id),
  held_on TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  venue TEXT NOT NULL,
  capacity INTEGER NOT NULL CHECK (capacity > 0),
  trainers TEXT NOT NULL DEFAULT '',
  cancelled_on TEXT,
  CHECK (ends_at > starts_at)
);
CREATE INDEX training_events_by_day ON training_events (held_on);
CREATE TABLE training_bookings (
  id {{ID}},
  event_id BIGINT NOT NULL REFERENCES training_events(id),
  name TEXT NOT NULL,
  work_email TEXT NOT NULL,
  email_key TEXT NOT NULL,
  agency_id BIGINT REFERENCES agencies(id),
  organisation TEXT NOT NULL DEFAULT '',
  manager_email TEXT NOT NULL DEFAULT '',
  requested_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('requested', 'confirmed', 'waiting', 'cancelled')),
  cancelled_on TEXT,
  substitute_name TEXT NOT NULL DEFAULT '',
  attendance TEXT CHECK (attendance IN ('attended', 'partial', 'did_not_attend')),
  UNIQUE (event_id, email_key),
  CHECK ((agency_id IS NULL) <> (organisation = ''))
);
CREATE INDEX training_bookings_by_event ON training_bookings (event_id);
CREATE TABLE training_charge_rules (
  partnership_id BIGINT PRIMARY KEY REFERENCES partnerships(id),
  fee_pence BIGINT NOT NULL CHECK (fee_pence >= 0),
  late_cancellation_pence BIGINT NOT NULL CHECK (late_cancellation_pence >= 0),
  no_show_pence BIGINT NOT NULL CHECK (no_show_pence >= 0),
  late_days INTEGER NOT NULL CHECK (late_days >= 0)
);
CREATE TABLE training_free_agencies (
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  agency_id BIGINT NOT NULL REFERENCES agencies(id),
  PRIMARY KEY (partnership_id, agency_id)
);
