-- InternTrack schema, version 2: the same tables, with every CHECK of the form `col IN ('a', 'b', 'c', …)`
-- written `(col = 'a' OR col = 'b' OR …)`.
--
-- Why: SQLite evaluates an IN list of three or more constants by building a temporary b-tree of the list
-- each time the statement runs, so every inserted or updated row of these tables paid for one or more
-- temporary b-trees (a quarter of the time of a CSV import went there). Comparisons cost next to nothing.
-- The columns are NOT NULL, so both forms accept exactly the same values. Lists of two values (hosts.kind,
-- the 0/1 booleans) are already compiled to comparisons: hosts is left as it is.
--
-- A CHECK cannot be changed in place: each table is rebuilt the SQLite way
-- (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"): create the
-- new table, copy the rows (ids kept), keep the AUTOINCREMENT counter (sqlite_sequence: ids of deleted rows
-- are never reused, the audit log names rows by id), drop the old table, rename the new one, recreate the
-- indexes. The migration runs in one transaction with foreign keys off; PRAGMA foreign_key_check runs before
-- the commit (Database::migrate). No triggers or views refer to these tables.

-- ter_subjects ----------------------------------------------------------------------------------------------
CREATE TABLE ter_subjects_new (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    academic_year_id     INTEGER NOT NULL REFERENCES academic_years (id),
    title                TEXT NOT NULL,
    kind                 TEXT NOT NULL CHECK (kind = 'research' OR kind = 'challenge_prep' OR kind = 'challenge_solve'),
    capacity             INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    lab_name             TEXT NOT NULL,
    lab_in_paris_saclay  INTEGER NOT NULL CHECK (lab_in_paris_saclay = 0 OR lab_in_paris_saclay = 1)
) STRICT;
INSERT INTO ter_subjects_new (id, academic_year_id, title, kind, capacity, lab_name, lab_in_paris_saclay)
    SELECT id, academic_year_id, title, kind, capacity, lab_name, lab_in_paris_saclay FROM ter_subjects ORDER BY id;
DELETE FROM sqlite_sequence WHERE name = 'ter_subjects_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'ter_subjects_new', seq FROM sqlite_sequence WHERE name = 'ter_subjects';
DROP TABLE ter_subjects;
ALTER TABLE ter_subjects_new RENAME TO ter_subjects;
CREATE UNIQUE INDEX ter_subjects_by_title ON ter_subjects (academic_year_id, title) WHERE title <> '';

-- ters ------------------------------------------------------------------------------------------------------
CREATE TABLE ters_new (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    academic_year_id  INTEGER NOT NULL REFERENCES academic_years (id),
    uid               TEXT NOT NULL CHECK (uid <> ''),
    subject_id        INTEGER NOT NULL REFERENCES ter_subjects (id),
    supervisor        TEXT NOT NULL,
    start_date        TEXT,
    end_date          TEXT,
    weekly_hours      REAL NOT NULL,
    paid              INTEGER NOT NULL CHECK (paid = 0 OR paid = 1),
    report_pages      INTEGER,
    grade             REAL,
    state             TEXT NOT NULL CHECK (state = 'draft' OR state = 'submitted' OR state = 'changes_requested'
                          OR state = 'approved' OR state = 'sent_for_signature' OR state = 'signed'
                          OR state = 'in_progress' OR state = 'completed' OR state = 'validated'
                          OR state = 'rejected' OR state = 'cancelled'),
    UNIQUE (academic_year_id, uid)
) STRICT;
INSERT INTO ters_new (id, academic_year_id, uid, subject_id, supervisor, start_date, end_date, weekly_hours, paid,
                      report_pages, grade, state)
    SELECT id, academic_year_id, uid, subject_id, supervisor, start_date, end_date, weekly_hours, paid, report_pages,
           grade, state
    FROM ters ORDER BY id;
DELETE FROM sqlite_sequence WHERE name = 'ters_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'ters_new', seq FROM sqlite_sequence WHERE name = 'ters';
DROP TABLE ters;
ALTER TABLE ters_new RENAME TO ters;
-- Reading a year walks this index: rows come in id order with no sort.
CREATE INDEX ters_by_year ON ters (academic_year_id);
CREATE INDEX ters_by_subject ON ters (subject_id);

-- internships -----------------------------------------------------------------------------------------------
CREATE TABLE internships_new (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    academic_year_id   INTEGER NOT NULL REFERENCES academic_years (id),
    uid                TEXT NOT NULL CHECK (uid <> ''),
    student_id         INTEGER NOT NULL REFERENCES students (id),
    host_id            INTEGER REFERENCES hosts (id),
    tutor_id           INTEGER REFERENCES tutors (id),
    subject            TEXT NOT NULL,
    start_date         TEXT,
    end_date           TEXT,
    weekly_hours       REAL NOT NULL,
    work_days          INTEGER NOT NULL CHECK (work_days BETWEEN 0 AND 127), -- bit 0 = Monday … bit 6 = Sunday
    submitted_on       TEXT,
    signed_student     TEXT,
    signed_host        TEXT,
    signed_tutor       TEXT,
    signed_university  TEXT,
    gratification_eur  REAL NOT NULL,
    gratification_per  TEXT NOT NULL CHECK (gratification_per = 'month' OR gratification_per = 'hour'),
    previous_summer    INTEGER NOT NULL CHECK (previous_summer = 0 OR previous_summer = 1),
    proof              INTEGER NOT NULL CHECK (proof = 0 OR proof = 1),
    report_pages       INTEGER,
    state              TEXT NOT NULL CHECK (state = 'draft' OR state = 'submitted' OR state = 'changes_requested'
                           OR state = 'approved' OR state = 'sent_for_signature' OR state = 'signed'
                           OR state = 'in_progress' OR state = 'completed' OR state = 'validated'
                           OR state = 'rejected' OR state = 'cancelled'),
    UNIQUE (academic_year_id, uid)
) STRICT;
INSERT INTO internships_new (id, academic_year_id, uid, student_id, host_id, tutor_id, subject, start_date, end_date,
                             weekly_hours, work_days, submitted_on, signed_student, signed_host, signed_tutor,
                             signed_university, gratification_eur, gratification_per, previous_summer, proof,
                             report_pages, state)
    SELECT id, academic_year_id, uid, student_id, host_id, tutor_id, subject, start_date, end_date, weekly_hours,
           work_days, submitted_on, signed_student, signed_host, signed_tutor, signed_university, gratification_eur,
           gratification_per, previous_summer, proof, report_pages, state
    FROM internships ORDER BY id;
DELETE FROM sqlite_sequence WHERE name = 'internships_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'internships_new', seq FROM sqlite_sequence WHERE name = 'internships';
DROP TABLE internships;
ALTER TABLE internships_new RENAME TO internships;
CREATE INDEX internships_by_year ON internships (academic_year_id);
CREATE INDEX internships_by_student ON internships (student_id);
CREATE INDEX internships_by_host ON internships (host_id);
CREATE INDEX internships_by_tutor ON internships (tutor_id);

-- summer_schools --------------------------------------------------------------------------------------------
CREATE TABLE summer_schools_new (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    academic_year_id  INTEGER NOT NULL REFERENCES academic_years (id),
    uid               TEXT NOT NULL CHECK (uid <> ''),
    student_id        INTEGER NOT NULL REFERENCES students (id),
    name              TEXT NOT NULL,
    proposed          INTEGER NOT NULL CHECK (proposed = 0 OR proposed = 1),
    start_date        TEXT,
    end_date          TEXT,
    full_time_days    INTEGER,
    report_pages      INTEGER,
    state             TEXT NOT NULL CHECK (state = 'draft' OR state = 'submitted' OR state = 'changes_requested'
                          OR state = 'approved' OR state = 'sent_for_signature' OR state = 'signed'
                          OR state = 'in_progress' OR state = 'completed' OR state = 'validated'
                          OR state = 'rejected' OR state = 'cancelled'),
    UNIQUE (academic_year_id, uid)
) STRICT;
INSERT INTO summer_schools_new (id, academic_year_id, uid, student_id, name, proposed, start_date, end_date,
                                full_time_days, report_pages, state)
    SELECT id, academic_year_id, uid, student_id, name, proposed, start_date, end_date, full_time_days, report_pages,
           state
    FROM summer_schools ORDER BY id;
DELETE FROM sqlite_sequence WHERE name = 'summer_schools_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'summer_schools_new', seq FROM sqlite_sequence WHERE name = 'summer_schools';
DROP TABLE summer_schools;
ALTER TABLE summer_schools_new RENAME TO summer_schools;
CREATE INDEX summer_schools_by_year ON summer_schools (academic_year_id);
CREATE INDEX summer_schools_by_student ON summer_schools (student_id);

-- overrides -------------------------------------------------------------------------------------------------
CREATE TABLE overrides_new (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    academic_year_id  INTEGER NOT NULL REFERENCES academic_years (id),
    item_kind         TEXT NOT NULL CHECK (item_kind = 'student' OR item_kind = 'internship' OR item_kind = 'ter'
                          OR item_kind = 'summer_school' OR item_kind = 'seminar'),
    item_id           INTEGER NOT NULL,
    position          INTEGER NOT NULL,
    rule              TEXT NOT NULL,
    decided_by        TEXT NOT NULL,
    decided_at        TEXT,
    reason            TEXT NOT NULL,
    UNIQUE (item_kind, item_id, position)
) STRICT;
INSERT INTO overrides_new (id, academic_year_id, item_kind, item_id, position, rule, decided_by, decided_at, reason)
    SELECT id, academic_year_id, item_kind, item_id, position, rule, decided_by, decided_at, reason
    FROM overrides ORDER BY id;
DELETE FROM sqlite_sequence WHERE name = 'overrides_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'overrides_new', seq FROM sqlite_sequence WHERE name = 'overrides';
DROP TABLE overrides;
ALTER TABLE overrides_new RENAME TO overrides;
CREATE INDEX overrides_by_year ON overrides (academic_year_id, item_kind, item_id, position);

-- documents -------------------------------------------------------------------------------------------------
CREATE TABLE documents_new (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    academic_year_id  INTEGER NOT NULL REFERENCES academic_years (id),
    item_kind         TEXT NOT NULL CHECK (item_kind = 'student' OR item_kind = 'internship' OR item_kind = 'ter'
                          OR item_kind = 'summer_school' OR item_kind = 'seminar'),
    item_id           INTEGER NOT NULL,
    kind              TEXT NOT NULL CHECK (kind = 'report' OR kind = 'agreement' OR kind = 'proof'
                          OR kind = 'certificate' OR kind = 'other'),
    file_name         TEXT NOT NULL,
    media_type        TEXT NOT NULL,
    size_bytes        INTEGER NOT NULL CHECK (size_bytes >= 0),
    sha256            TEXT NOT NULL,
    page_count        INTEGER CHECK (page_count IS NULL OR page_count >= 0),
    content           BLOB NOT NULL,
    added_by          TEXT NOT NULL,
    added_at          TEXT NOT NULL
) STRICT;
INSERT INTO documents_new (id, academic_year_id, item_kind, item_id, kind, file_name, media_type, size_bytes, sha256,
                           page_count, content, added_by, added_at)
    SELECT id, academic_year_id, item_kind, item_id, kind, file_name, media_type, size_bytes, sha256, page_count,
           content, added_by, added_at
    FROM documents ORDER BY id;
DELETE FROM sqlite_sequence WHERE name = 'documents_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'documents_new', seq FROM sqlite_sequence WHERE name = 'documents';
DROP TABLE documents;
ALTER TABLE documents_new RENAME TO documents;
CREATE INDEX documents_by_item ON documents (item_kind, item_id);

-- workflow_transitions --------------------------------------------------------------------------------------
CREATE TABLE workflow_transitions_new (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    academic_year_id  INTEGER NOT NULL REFERENCES academic_years (id),
    item_kind         TEXT NOT NULL CHECK (item_kind = 'internship' OR item_kind = 'ter' OR item_kind = 'summer_school'),
    item_id           INTEGER NOT NULL,
    from_state        TEXT NOT NULL,
    to_state          TEXT NOT NULL,
    actor             TEXT NOT NULL,
    role              TEXT NOT NULL CHECK (role = 'advisor' OR role = 'secretariat' OR role = 'student'),
    at                TEXT NOT NULL,
    comment           TEXT NOT NULL
) STRICT;
INSERT INTO workflow_transitions_new (id, academic_year_id, item_kind, item_id, from_state, to_state, actor, role, at,
                                      comment)
    SELECT id, academic_year_id, item_kind, item_id, from_state, to_state, actor, role, at, comment
    FROM workflow_transitions ORDER BY id;
DELETE FROM sqlite_sequence WHERE name = 'workflow_transitions_new';
INSERT INTO sqlite_sequence (name, seq)
    SELECT 'workflow_transitions_new', seq FROM sqlite_sequence WHERE name = 'workflow_transitions';
DROP TABLE workflow_transitions;
ALTER TABLE workflow_transitions_new RENAME TO workflow_transitions;
CREATE INDEX workflow_transitions_by_item ON workflow_transitions (item_kind, item_id);

-- audit_log -------------------------------------------------------------------------------------------------
CREATE TABLE audit_log_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    table_name  TEXT NOT NULL,
    row_id      INTEGER,
    action      TEXT NOT NULL CHECK (action = 'insert' OR action = 'update' OR action = 'delete' OR action = 'restore'),
    old_json    TEXT,
    new_json    TEXT
) STRICT;
INSERT INTO audit_log_new (id, at, actor, table_name, row_id, action, old_json, new_json)
    SELECT id, at, actor, table_name, row_id, action, old_json, new_json FROM audit_log ORDER BY id;
DELETE FROM sqlite_sequence WHERE name = 'audit_log_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'audit_log_new', seq FROM sqlite_sequence WHERE name = 'audit_log';
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_log_by_row ON audit_log (table_name, row_id);
