-- Issue 15: each meeting's agenda pack (one PDF of the agenda and its papers) as last made, one
-- with and one without confidential items' papers, with the fingerprint of what it showed: a
-- pack whose fingerprint no longer matches the meeting is made again. The PDF is base64, as papers are.
CREATE TABLE agenda_packs (
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  meeting_id BIGINT NOT NULL REFERENCES meetings(id),
  with_confidential INTEGER NOT NULL,
  fingerprint TEXT NOT NULL,
  made_at TEXT NOT NULL,
  page_count INTEGER NOT NULL,
  left_out TEXT NOT NULL,
  content TEXT NOT NULL,
  PRIMARY KEY (meeting_id, with_confidential)
);
-- Each paper as PDF when it is a Word or Excel file (NULL for a PDF, or when it could not be
-- converted), its text for search (NULL: not extracted), and why a conversion failed.
ALTER TABLE papers ADD COLUMN pdf_rendition TEXT;
ALTER TABLE papers ADD COLUMN text_content TEXT;
ALTER TABLE papers ADD COLUMN rendition_error TEXT;
