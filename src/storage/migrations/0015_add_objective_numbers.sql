-- Issue 14: objectives keep the numbers their board gives them ("3", "2.1"), whatever order
-- they are listed in.
ALTER TABLE objectives ADD COLUMN number TEXT NOT NULL DEFAULT '';
