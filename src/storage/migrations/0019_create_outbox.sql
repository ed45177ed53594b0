-- Issue 15: email through a real SMTP client. A message is queued in the same transaction as
-- the write it tells about (nothing is sent for a write that rolled back), then sent by the
-- server's mail sender, which retries a failed message later. Kept 90 days after it was sent or
-- given up: the outbox is a delivery queue, not an archive (messages carry no case-level data).
CREATE TABLE outbox (
  id {{ID}},
  partnership_id BIGINT REFERENCES partnerships(id),
  to_address TEXT NOT NULL,
  to_name TEXT NOT NULL DEFAULT '',
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  queued_at TEXT NOT NULL,
  next_attempt_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  sent_at TEXT,
  failed_at TEXT,
  last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_due ON outbox (sent_at, failed_at, next_attempt_at);
