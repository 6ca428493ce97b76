-- InternTrack schema, version 5 on PostgreSQL: academic_years.programme, a year unique per programme (see
-- ../005_programmes.sql for the meaning). A year written before takes the id of its rule set's profile, the
-- Paris-Saclay M1's when it names none.

ALTER TABLE academic_years ADD COLUMN programme TEXT;
UPDATE academic_years
    SET programme = COALESCE(NULLIF(btrim(rules_json::jsonb #>> '{profile,id}'), ''), 'paris-saclay-m1');
ALTER TABLE academic_years ALTER COLUMN programme SET NOT NULL;
ALTER TABLE academic_years ADD CONSTRAINT academic_years_programme_check CHECK (length(programme) BETWEEN 1 AND 64);
ALTER TABLE academic_years DROP CONSTRAINT academic_years_start_year_key;
ALTER TABLE academic_years ADD CONSTRAINT academic_years_programme_start_year_key UNIQUE (programme, start_year);
