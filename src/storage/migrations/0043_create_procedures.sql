-- Issue 18: the inter-agency policy and procedures register. Chapters (number unique in the
-- board's manual) with owner group, status and review dates; an amendment note for every
-- version (the manual-wide log is all of them); documents chapters link to; the manual's next
-- planned update; and triggers for review naming the chapters they affect. When a review is due
-- or met is computed, never stored.
CREATE TABLE procedure_chapters (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  number TEXT NOT NULL,
  title TEXT NOT NULL,
  owner_group_id BIGINT REFERENCES partnership_groups(id),
  status TEXT NOT NULL CHECK (status IN ('current', 'under_review', 'identified')),
  last_reviewed_on TEXT,
  next_review_on TEXT,
  UNIQUE (partnership_id, number)
);
CREATE TABLE procedure_amendments (
  id {{ID}},
  chapter_id BIGINT NOT NULL REFERENCES procedure_chapters(id),
  amended_on TEXT NOT NULL,
  note TEXT NOT NULL
);
CREATE INDEX procedure_amendments_by_chapter ON procedure_amendments (chapter_id);
CREATE TABLE procedure_documents (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  approved_on TEXT,
  url TEXT NOT NULL DEFAULT ''
);
CREATE TABLE procedure_chapter_documents (
  chapter_id BIGINT NOT NULL REFERENCES procedure_chapters(id),
  document_id BIGINT NOT NULL REFERENCES procedure_documents(id),
  PRIMARY KEY (chapter_id, document_id)
);
CREATE TABLE procedure_manuals (
  partnership_id BIGINT PRIMARY KEY REFERENCES partnerships(id),
  next_update_on TEXT NOT NULL
);
CREATE TABLE procedure_triggers (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  kind TEXT NOT NULL CHECK (kind IN ('national_guidance', 'case_review', 'audit_finding', 'local_need', 'agency_request')),
  title TEXT NOT NULL,
  dated_on TEXT NOT NULL,
  referral_id BIGINT REFERENCES learning_referrals(id)
);
CREATE TABLE procedure_trigger_chapters (
  trigger_id BIGINT NOT NULL REFERENCES procedure_triggers(id),
  chapter_id BIGINT NOT NULL REFERENCES procedure_chapters(id),
  PRIMARY KEY (trigger_id, chapter_id)
);
