-- Issue 18: communications and the public website. What the site's home page says (about the
-- board, who to call locally), and the board's publications: on the public site only when marked
-- public, from their day of publication until withdrawn.
CREATE TABLE publishing_sites (
  partnership_id BIGINT PRIMARY KEY REFERENCES partnerships(id),
  about TEXT NOT NULL,
  who_to_call TEXT NOT NULL
);
CREATE TABLE publications (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('leaflet', 'newsletter', 'induction_pack', 'annual_report', 'guidance', 'strategy',
                                     'survey_report', 'other')),
  audience TEXT NOT NULL DEFAULT '',
  format TEXT NOT NULL DEFAULT '',
  distribution TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  published_on TEXT,
  on_public_site INTEGER NOT NULL DEFAULT 0 CHECK (on_public_site IN (0, 1)),
  withdrawn_on TEXT,
  CHECK (on_public_site = 0 OR published_on IS NOT NULL)
);
