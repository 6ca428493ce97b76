-- InternTrack schema, version 4: who changed each item last, when, and how many times (issue 9), and the
-- host's screening of an internship's student (issue 10).
--
-- row_version counts the changes of a row: 1 when inserted, one more at every UPDATE (ItemWriter's
-- statements add it). A program that read version N and saves refuses when the row is no longer at N
-- ("changed by <changed_by> at <changed_at>"): optimistic locking, no silent overwrite between two people.
-- changed_by / changed_at: the actor and the UTC instant (ISO 8601) of the last change; NULL for rows
-- written before this version.
--
-- ADD COLUMN keeps the rows and their ids; a NOT NULL column needs its DEFAULT.

ALTER TABLE students ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE students ADD COLUMN changed_by TEXT;
ALTER TABLE students ADD COLUMN changed_at TEXT;

ALTER TABLE internships ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE internships ADD COLUMN changed_by TEXT;
ALTER TABLE internships ADD COLUMN changed_at TEXT;
ALTER TABLE internships ADD COLUMN host_screening TEXT NOT NULL DEFAULT 'not_needed'
    CHECK (host_screening = 'not_needed' OR host_screening = 'pending' OR host_screening = 'accepted'
           OR host_screening = 'declined');

ALTER TABLE ters ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE ters ADD COLUMN changed_by TEXT;
ALTER TABLE ters ADD COLUMN changed_at TEXT;

ALTER TABLE summer_schools ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE summer_schools ADD COLUMN changed_by TEXT;
ALTER TABLE summer_schools ADD COLUMN changed_at TEXT;

ALTER TABLE seminars ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE seminars ADD COLUMN changed_by TEXT;
ALTER TABLE seminars ADD COLUMN changed_at TEXT;
