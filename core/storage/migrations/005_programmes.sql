-- InternTrack schema, version 5: one database holds several programmes (issue 10).
--
-- An academic year now belongs to a programme: academic_years gains `programme`, the programme's key (its
-- profile's id when the year was created, e.g. 'paris-saclay-m1', 'imperial-msc-ai'), and a year is unique per
-- programme instead of in the whole database. Every item table refers to its year's row (academic_year_id),
-- so the items follow their year without a change. Hosts, tutors and the offers stay shared by the programmes
-- of the database (one faculty's directory).
--
-- A year written before this version takes the id of the profile its rule set names, the Paris-Saclay M1's
-- when it names none (the only profile there was).
--
-- UNIQUE (start_year) cannot be dropped in place: the table is rebuilt the SQLite way, as in
-- 002_check_without_in.sql (ids and the AUTOINCREMENT counter kept; foreign keys off during the migration,
-- PRAGMA foreign_key_check before the commit, Database::migrate). No trigger or view refers to the table.

CREATE TABLE academic_years_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    programme   TEXT NOT NULL CHECK (length(programme) BETWEEN 1 AND 64),
    start_year  INTEGER NOT NULL CHECK (start_year BETWEEN 1901 AND 9000),
    rules_json  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (programme, start_year)
) STRICT;
INSERT INTO academic_years_new (id, programme, start_year, rules_json, created_at)
    SELECT id,
           COALESCE(CASE WHEN json_valid(rules_json)
                         THEN NULLIF(trim(json_extract(rules_json, '$.profile.id')), '') END,
                    'paris-saclay-m1'),
           start_year, rules_json, created_at
    FROM academic_years ORDER BY id;
DELETE FROM sqlite_sequence WHERE name = 'academic_years_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'academic_years_new', seq FROM sqlite_sequence WHERE name = 'academic_years';
DROP TABLE academic_years;
ALTER TABLE academic_years_new RENAME TO academic_years;
