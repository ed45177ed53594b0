-- Issue 17: evaluating training. Up to three evaluations of an attended place: the baseline
-- before the course, straight after, and 6 to 8 weeks later with the manager (whether the
-- learning is used in practice). Scores 1 to 5; averages are computed.
CREATE TABLE training_evaluations (
  id {{ID}},
  booking_id BIGINT NOT NULL REFERENCES training_bookings(id),
  stage TEXT NOT NULL CHECK (stage IN ('before', 'after', 'follow_up')),
  confidence INTEGER NOT NULL CHECK (confidence BETWEEN 1 AND 5),
  knowledge INTEGER NOT NULL CHECK (knowledge BETWEEN 1 AND 5),
  used_in_practice INTEGER CHECK (used_in_practice IN (0, 1)),
  with_manager INTEGER NOT NULL DEFAULT 0 CHECK (with_manager IN (0, 1)),
  comment TEXT NOT NULL DEFAULT '',
  completed_on TEXT NOT NULL,
  UNIQUE (booking_id, stage)
);
