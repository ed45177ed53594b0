-- Issue 18: a chapter's review: the draft (Markdown), the consultation sheet (the agencies asked,
-- when, when it closes, each one's response), the approvals (an agency once each: who, how, at
-- which meeting), the Board's ratifying decision (its day is the decision's, read from it) and
-- publication. The stage is computed.
CREATE TABLE procedure_reviews (
  id {{ID}},
  chapter_id BIGINT NOT NULL REFERENCES procedure_chapters(id),
  opened_on TEXT NOT NULL,
  draft TEXT NOT NULL DEFAULT '',
  consultation_closes_on TEXT,
  ratified_decision_id BIGINT REFERENCES decisions(id),
  published_on TEXT,
  CHECK (published_on IS NULL OR ratified_decision_id IS NOT NULL)
);
CREATE INDEX procedure_reviews_by_chapter ON procedure_reviews (chapter_id);
CREATE TABLE procedure_consultees (
  review_id BIGINT NOT NULL REFERENCES procedure_reviews(id),
  agency_id BIGINT NOT NULL REFERENCES agencies(id),
  sent_on TEXT NOT NULL,
  responded_on TEXT,
  response TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (review_id, agency_id)
);
CREATE TABLE procedure_approvals (
  id {{ID}},
  review_id BIGINT NOT NULL REFERENCES procedure_reviews(id),
  agency_id BIGINT NOT NULL REFERENCES agencies(id),
  approver TEXT NOT NULL,
  route TEXT NOT NULL CHECK (route IN ('meeting', 'email')),
  meeting_id BIGINT REFERENCES meetings(id),
  approved_on TEXT NOT NULL,
  UNIQUE (review_id, agency_id),
  CHECK ((route = 'meeting') = (meeting_id IS NOT NULL))
);
