-- Issue 15: search with the database's own full-text search. The index holds one row per
-- searchable record of a partnership (its title, text, link and what access it needs) and is
-- rebuilt from the records whenever the partnership's audit log shows a write after the last
-- build (search_index_state): the records stay the only truth, the index is derived.
-- Case records (child deaths, case reviews) are never indexed.
-- @sqlite
CREATE VIRTUAL TABLE search_index USING fts5(
  title, body, context UNINDEXED, kind UNINDEXED, record_id UNINDEXED, partnership_id UNINDEXED,
  group_id UNINDEXED, confidential UNINDEXED, board_team_only UNINDEXED, link UNINDEXED,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
-- @postgres
CREATE TABLE search_index (
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  kind TEXT NOT NULL,
  record_id BIGINT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  context TEXT NOT NULL,
  group_id BIGINT,
  confidential INTEGER NOT NULL,
  board_team_only INTEGER NOT NULL,
  link TEXT NOT NULL,
  document tsvector GENERATED ALWAYS AS
    (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) STORED
);
CREATE INDEX search_index_by_document ON search_index USING GIN (document);
CREATE INDEX search_index_by_partnership ON search_index (partnership_id);
-- @both
CREATE TABLE search_index_state (
  partnership_id BIGINT PRIMARY KEY REFERENCES partnerships(id),
  indexed_through_audit_id BIGINT NOT NULL,
  indexed_at TEXT NOT NULL,
  documents INTEGER NOT NULL
);
