-- Issue 16: an audit can follow up an earlier one (a re-audit of what the first found), so each
-- audit shows where it came from and where it led.
ALTER TABLE planned_audits ADD COLUMN follows_audit_id BIGINT REFERENCES planned_audits(id);
