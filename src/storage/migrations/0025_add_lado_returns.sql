-- Issue 16: the LADO's quarterly returns, as aggregates only: no case, person or employer is ever
-- recorded. Each quarter: referrals and advice-only contacts, police involvement, how many were
-- considered within one working day, how many concluded within three months and why others took
-- longer; referrals by employer sector and concluded cases by outcome as counts. Contacts, year
-- totals, percentages, year-on-year change and the publication version (small numbers shown as
-- 1-5) are computed, never stored.
CREATE TABLE lado_returns (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  year_start INTEGER NOT NULL,
  quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
  referrals INTEGER NOT NULL CHECK (referrals >= 0),
  advice INTEGER NOT NULL CHECK (advice >= 0),
  police_involved INTEGER NOT NULL CHECK (police_involved >= 0),
  considered_within_1_day INTEGER NOT NULL CHECK (considered_within_1_day >= 0),
  concluded_within_3_months INTEGER NOT NULL CHECK (concluded_within_3_months >= 0),
  delay_reasons TEXT NOT NULL DEFAULT '',
  reported_at_meeting_id BIGINT REFERENCES meetings(id),
  UNIQUE (partnership_id, year_start, quarter)
);
CREATE TABLE lado_return_counts (
  return_id BIGINT NOT NULL REFERENCES lado_returns(id),
  dimension TEXT NOT NULL CHECK (dimension IN ('sector', 'outcome')),
  code TEXT NOT NULL,
  count INTEGER NOT NULL CHECK (count >= 0),
  PRIMARY KEY (return_id, dimension, code)
);
