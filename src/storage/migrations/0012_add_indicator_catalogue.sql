-- Issue 14: each board keeps its own indicator catalogue. Clusters are the board's own list (the
-- four the demo's indicators used become rows of their partnership); an indicator is the
-- responsibility of one agency (agency_id), several (indicator_agencies), all agencies, or a
-- group; it has an intended outcome, and is retired on a date rather than deleted, so its values
-- stay in the reports of the years it was measured.
CREATE TABLE indicator_clusters (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  name TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  UNIQUE (partnership_id, name)
);

INSERT INTO indicator_clusters (partnership_id, name, position)
SELECT DISTINCT partnership_id,
       CASE cluster WHEN 'staying_safe' THEN 'Staying safe'
                    WHEN 'prevention' THEN 'Engagement with prevention'
                    WHEN 'child_protection' THEN 'Engagement with child protection'
                    WHEN 'quality' THEN 'Quality and improvement' ELSE cluster END,
       CASE cluster WHEN 'staying_safe' THEN 1 WHEN 'prevention' THEN 2
                    WHEN 'child_protection' THEN 3 WHEN 'quality' THEN 4 ELSE 5 END
FROM indicators;

ALTER TABLE indicators ADD COLUMN cluster_id BIGINT REFERENCES indicator_clusters(id);
UPDATE indicators SET cluster_id = (
  SELECT c.id FROM indicator_clusters c WHERE c.partnership_id = indicators.partnership_id AND c.name =
    CASE indicators.cluster WHEN 'staying_safe' THEN 'Staying safe'
                            WHEN 'prevention' THEN 'Engagement with prevention'
                            WHEN 'child_protection' THEN 'Engagement with child protection'
                            WHEN 'quality' THEN 'Quality and improvement' ELSE indicators.cluster END);
ALTER TABLE indicators DROP COLUMN cluster;

ALTER TABLE indicators ADD COLUMN responsible TEXT NOT NULL DEFAULT 'agency'
  CHECK (responsible IN ('agency', 'agencies', 'all_agencies', 'group'));
ALTER TABLE indicators ADD COLUMN group_id BIGINT REFERENCES partnership_groups(id);
ALTER TABLE indicators ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN retired_on TEXT;

CREATE TABLE indicator_agencies (
  indicator_id BIGINT NOT NULL REFERENCES indicators(id),
  agency_id BIGINT NOT NULL REFERENCES agencies(id),
  PRIMARY KEY (indicator_id, agency_id)
);
