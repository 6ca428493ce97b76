-- InternTrack schema, version 4 on PostgreSQL: the same columns as ../004_row_versions.sql (row_version,
-- changed_by, changed_at on the item tables; internships.host_screening). See that script for their meaning.
-- ADD COLUMN keeps the rows and their ids; a NOT NULL column needs its DEFAULT.

ALTER TABLE students ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE students ADD COLUMN changed_by TEXT;
ALTER TABLE students ADD COLUMN changed_at TEXT;

ALTER TABLE internships ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE internships ADD COLUMN changed_by TEXT;
ALTER TABLE internships ADD COLUMN changed_at TEXT;
ALTER TABLE internships ADD COLUMN host_screening TEXT NOT NULL DEFAULT 'not_needed'
    CHECK (host_screening = 'not_needed' OR host_screening = 'pending' OR host_screening = 'accepted'
           OR host_screening = 'declined');

ALTER TABLE ters ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE ters ADD COLUMN changed_by TEXT;
ALTER TABLE ters ADD COLUMN changed_at TEXT;

ALTER TABLE summer_schools ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE summer_schools ADD COLUMN changed_by TEXT;
ALTER TABLE summer_schools ADD COLUMN changed_at TEXT;

ALTER TABLE seminars ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE seminars ADD COLUMN changed_by TEXT;
ALTER TABLE seminars ADD COLUMN changed_at TEXT;
