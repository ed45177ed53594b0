-- A secret per user for their calendar feed URL (calendar apps cannot send a session cookie).
ALTER TABLE users ADD COLUMN calendar_token TEXT;
CREATE UNIQUE INDEX users_by_calendar_token ON users (calendar_token);
