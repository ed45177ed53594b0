-- Issue 17: the board's pool of trainers, practitioners its agencies release to deliver its
-- courses: who, from which agency, when they joined and left.
CREATE TABLE training_trainers (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  name TEXT NOT NULL,
  agency_id BIGINT REFERENCES agencies(id),
  joined_on TEXT NOT NULL,
  left_on TEXT,
  CHECK (left_on IS NULL OR left_on >= joined_on)
);
