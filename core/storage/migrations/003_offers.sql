-- InternTrack schema, version 3: internship offers and students' applications to them (issue 6).
-- Written as 001 is: SQLite STRICT tables whose ids are never reused (AUTOINCREMENT: the audit log
-- names rows by id); dates ISO 8601 text ('YYYY-MM-DD', NULL = not given), instants UTC ISO 8601
-- text, booleans 0/1, states their stable codes. CHECKs compare (no IN list: see 002). Everything
-- else is SQL that PostgreSQL reads as it is; its own script changes only the id columns (identity).

-- An offer a partner lab or company sent (or a TER subject), for one academic year ("2025-2026").
-- topics: comma-separated keywords. gratification_eur: per month.
CREATE TABLE offers (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    academic_year      TEXT NOT NULL CHECK (length(academic_year) = 9),
    host_name          TEXT NOT NULL,
    host_kind          TEXT NOT NULL CHECK (host_kind = 'public_lab' OR host_kind = 'company'),
    ai_research        INTEGER NOT NULL CHECK (ai_research = 0 OR ai_research = 1),
    city               TEXT NOT NULL,
    country            TEXT NOT NULL,
    title              TEXT NOT NULL CHECK (title <> ''),
    topics             TEXT NOT NULL,
    description        TEXT NOT NULL,
    start_earliest     TEXT,
    start_latest       TEXT CHECK (start_latest IS NULL OR start_earliest IS NULL OR start_latest >= start_earliest),
    weeks              INTEGER NOT NULL CHECK (weeks >= 0),
    gratification_eur  REAL NOT NULL CHECK (gratification_eur >= 0),
    contact_name       TEXT NOT NULL,
    contact_email      TEXT NOT NULL,
    url                TEXT NOT NULL,
    posted             TEXT,
    closed             INTEGER NOT NULL CHECK (closed = 0 OR closed = 1)
) STRICT;
CREATE INDEX offers_by_year ON offers (academic_year, start_earliest);

-- A student's application to an offer (student_id: the student's id, as students.uid); one per student
-- and offer. changed_at: when it reached its state; note: what was said with that change.
CREATE TABLE applications (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    offer_id    INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
    student_id  TEXT NOT NULL CHECK (student_id <> ''),
    state       TEXT NOT NULL CHECK (state = 'applied' OR state = 'screened' OR state = 'accepted'
                    OR state = 'declined' OR state = 'withdrawn'),
    changed_at  TEXT NOT NULL,
    note        TEXT NOT NULL,
    UNIQUE (offer_id, student_id)
) STRICT;
CREATE INDEX applications_by_student ON applications (student_id);
