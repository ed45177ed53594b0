-- Performance data: the child population by year, the child protection data set and its
-- breakdowns, and the indicator catalogue with values, targets and comparators.

CREATE TABLE child_populations (
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  year_start INTEGER NOT NULL,          -- the financial year starting 1 April of this year
  population BIGINT NOT NULL CHECK (population > 0),
  PRIMARY KEY (partnership_id, year_start)
);

-- One figure per measure per year; measures are the codes of performance::ChildProtectionMeasures,
-- "category:<code>" and "age:<code>".
CREATE TABLE child_protection_figures (
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  year_start INTEGER NOT NULL,
  measure TEXT NOT NULL,
  value BIGINT NOT NULL CHECK (value >= 0),
  PRIMARY KEY (partnership_id, year_start, measure)
);

CREATE TABLE indicators (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  cluster TEXT NOT NULL,
  agency_id BIGINT REFERENCES agencies(id),
  unit TEXT NOT NULL,
  better TEXT NOT NULL CHECK (better IN ('higher', 'lower')),
  frequency TEXT NOT NULL CHECK (frequency IN ('quarterly', 'annual')),
  UNIQUE (partnership_id, code)
);

CREATE TABLE indicator_values (
  indicator_id BIGINT NOT NULL REFERENCES indicators(id),
  period TEXT NOT NULL,                 -- "2010-11" or "2010-11 Q1"
  value DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (indicator_id, period)
);

CREATE TABLE indicator_targets (
  indicator_id BIGINT NOT NULL REFERENCES indicators(id),
  year_label TEXT NOT NULL,             -- "2010-11"
  value DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (indicator_id, year_label)
);

CREATE TABLE indicator_comparators (
  indicator_id BIGINT NOT NULL REFERENCES indicators(id),
  year_label TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('national', 'statistical_neighbours')),
  value DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (indicator_id, year_label, kind)
);
