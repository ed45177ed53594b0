-- Issue 17: a practitioner asks for a place on the public site. The request waits for their
-- manager, who gets a one-time link: only its hash is kept, and it is cleared once used. Who
-- confirmed a place is kept (the manager or the training team). Each public request is logged
-- by a hash of the address it came from and the email it was for, so requests can be limited per
-- address and per email; the log is kept one day.
ALTER TABLE training_bookings ADD COLUMN approval_token_hash TEXT;
ALTER TABLE training_bookings ADD COLUMN confirmed_by TEXT CHECK (confirmed_by IN ('manager', 'team'));
CREATE UNIQUE INDEX training_bookings_by_token ON training_bookings (approval_token_hash);
CREATE TABLE public_requests (
  id {{ID}},
  partnership_id BIGINT NOT NULL REFERENCES partnerships(id),
  form TEXT NOT NULL,
  address_key TEXT NOT NULL,
  email_key TEXT NOT NULL,
  requested_at TEXT NOT NULL
);
CREATE INDEX public_requests_by_time ON public_requests (partnership_id, form, requested_at);
