-- Issue 17: the day a confirmed place's reminder was emailed, so it is sent once.
ALTER TABLE training_bookings ADD COLUMN reminded_on TEXT;
