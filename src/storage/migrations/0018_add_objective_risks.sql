-- Issue 14: an objective's risk assessment is a list of risks, each with its impact (what would
-- follow) and, optionally, its likelihood and severity from 1 to 5 (the score is their product,
-- computed, never stored). An objective's one risks text, likelihood and impact become its first
-- risk.
CREATE TABLE objective_risks (
  id {{ID}},
  objective_id BIGINT NOT NULL REFERENCES objectives(id),
  position INTEGER NOT NULL,
  description TEXT NOT NULL,
  impact TEXT NOT NULL DEFAULT '',
  likelihood INTEGER CHECK (likelihood IS NULL OR likelihood BETWEEN 1 AND 5),
  severity INTEGER CHECK (severity IS NULL OR severity BETWEEN 1 AND 5)
);
CREATE INDEX objective_risks_by_objective ON objective_risks (objective_id, position);

INSERT INTO objective_risks (objective_id, position, description, likelihood, severity)
SELECT id, 1, CASE WHEN risks = '' THEN 'Not described' ELSE risks END, likelihood, impact
FROM objectives WHERE risks <> '' OR likelihood IS NOT NULL OR impact IS NOT NULL;

ALTER TABLE objectives DROP COLUMN risks;
ALTER TABLE objectives DROP COLUMN likelihood;
ALTER TABLE objectives DROP COLUMN impact;
