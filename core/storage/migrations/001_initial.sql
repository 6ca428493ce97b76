-- InternTrack schema, version 1.
-- Written for SQLite (STRICT tables) in SQL that PostgreSQL also reads where it costs nothing:
-- dates are ISO 8601 text ('YYYY-MM-DD', instants 'YYYY-MM-DDTHH:MM:SS.zzzZ' in UTC), booleans 0/1,
-- enumerations their stable codes, checked. Row ids are never reused (AUTOINCREMENT) because the
-- audit log names rows by id.

-- An academic year and its rule set (RuleSet::toJson, proposed summer schools included).
CREATE TABLE academic_years (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    start_year  INTEGER NOT NULL UNIQUE CHECK (start_year BETWEEN 1901 AND 9000),
    rules_json  TEXT NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;

-- Hosts and tutors are kept across years and matched by name; a nameless one is private to its
-- internship (hence the partial unique indexes).
CREATE TABLE hosts (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('public_lab', 'company')),
    ai_research  INTEGER NOT NULL CHECK (ai_research IN (0, 1)),
    address      TEXT NOT NULL,
    city         TEXT NOT NULL,
    country      TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX hosts_by_name ON hosts (name) WHERE name <> '';
CREATE INDEX hosts_by_name_nocase ON hosts (name COLLATE NOCASE);

-- A tutor ("tuteur") works at a host (the host directory lists them there); NULL when not known.
CREATE TABLE tutors (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    name     TEXT NOT NULL,
    email    TEXT NOT NULL,
    phone    TEXT NOT NULL,
    host_id  INTEGER REFERENCES hosts (id)
) STRICT;
CREATE UNIQUE INDEX tutors_by_name ON tutors (name) WHERE name <> '';
CREATE INDEX tutors_by_host ON tutors (host_id);

CREATE TABLE students (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    academic_year_id  INTEGER NOT NULL REFERENCES academic_years (id),
    uid               TEXT NOT NULL CHECK (uid <> ''),
    name              TEXT NOT NULL,
    email             TEXT NOT NULL,
    student_number    TEXT NOT NULL,
    UNIQUE (academic_year_id, uid)
) STRICT;
CREATE INDEX students_by_year ON students (academic_year_id);
CREATE INDEX students_by_name ON students (name COLLATE NOCASE);

-- A TER subject of a year: shared by the TERs that name the same title, which is what its
-- capacity limits. An untitled subject is private to its TER.
CREATE TABLE ter_subjects (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    academic_year_id     INTEGER NOT NULL REFERENCES academic_years (id),
    title                TEXT NOT NULL,
    kind                 TEXT NOT NULL CHECK (kind IN ('research', 'challenge_prep', 'challenge_solve')),
    capacity             INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    lab_name             TEXT NOT NULL,
    lab_in_paris_saclay  INTEGER NOT NULL CHECK (lab_in_paris_saclay IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX ter_subjects_by_title ON ter_subjects (academic_year_id, title) WHERE title <> '';

CREATE TABLE ters (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    academic_year_id  INTEGER NOT NULL REFERENCES academic_years (id),
    uid               TEXT NOT NULL CHECK (uid <> ''),
    subject_id        INTEGER NOT NULL REFERENCES ter_subjects (id),
    supervisor        TEXT NOT NULL,
    start_date        TEXT,
    end_date          TEXT,
    weekly_hours      REAL NOT NULL,
    paid              INTEGER NOT NULL CHECK (paid IN (0, 1)),
    report_pages      INTEGER,
    grade             REAL,
    state             TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'changes_requested', 'approved',
                          'sent_for_signature', 'signed', 'in_progress', 'completed', 'validated', 'rejected',
                          'cancelled')),
    UNIQUE (academic_year_id, uid)
) STRICT;
-- Reading a year walks this index: rows come in id order with no sort.
CREATE INDEX ters_by_year ON ters (academic_year_id);
CREATE INDEX ters_by_subject ON ters (subject_id);

CREATE TABLE ter_students (
    ter_id      INTEGER NOT NULL REFERENCES ters (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    student_id  INTEGER NOT NULL REFERENCES students (id),
    PRIMARY KEY (ter_id, position),
    UNIQUE (ter_id, student_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX ter_students_by_student ON ter_students (student_id);

CREATE TABLE internships (
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
    gratification_per  TEXT NOT NULL CHECK (gratification_per IN ('month', 'hour')),
    previous_summer    INTEGER NOT NULL CHECK (previous_summer IN (0, 1)),
    proof              INTEGER NOT NULL CHECK (proof IN (0, 1)),
    report_pages       INTEGER,
    state              TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'changes_requested', 'approved',
                           'sent_for_signature', 'signed', 'in_progress', 'completed', 'validated', 'rejected',
                           'cancelled')),
    UNIQUE (academic_year_id, uid)
) STRICT;
CREATE INDEX internships_by_year ON internships (academic_year_id);
CREATE INDEX internships_by_student ON internships (student_id);
CREATE INDEX internships_by_host ON internships (host_id);
CREATE INDEX internships_by_tutor ON internships (tutor_id);

CREATE TABLE internship_absences (
    internship_id  INTEGER NOT NULL REFERENCES internships (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    day            TEXT NOT NULL,
    PRIMARY KEY (internship_id, position)
) STRICT, WITHOUT ROWID; -- rows stored in (internship, position) order: a year's absences read in one pass

CREATE TABLE summer_schools (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    academic_year_id  INTEGER NOT NULL REFERENCES academic_years (id),
    uid               TEXT NOT NULL CHECK (uid <> ''),
    student_id        INTEGER NOT NULL REFERENCES students (id),
    name              TEXT NOT NULL,
    proposed          INTEGER NOT NULL CHECK (proposed IN (0, 1)),
    start_date        TEXT,
    end_date          TEXT,
    full_time_days    INTEGER,
    report_pages      INTEGER,
    state             TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'changes_requested', 'approved',
                          'sent_for_signature', 'signed', 'in_progress', 'completed', 'validated', 'rejected',
                          'cancelled')),
    UNIQUE (academic_year_id, uid)
) STRICT;
CREATE INDEX summer_schools_by_year ON summer_schools (academic_year_id);
CREATE INDEX summer_schools_by_student ON summer_schools (student_id);

CREATE TABLE summer_school_links (
    summer_school_id  INTEGER NOT NULL REFERENCES summer_schools (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    url               TEXT NOT NULL,
    PRIMARY KEY (summer_school_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE seminars (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    academic_year_id  INTEGER NOT NULL REFERENCES academic_years (id),
    uid               TEXT NOT NULL CHECK (uid <> ''),
    student_id        INTEGER NOT NULL REFERENCES students (id),
    title             TEXT NOT NULL,
    held_on           TEXT,
    paragraph         TEXT NOT NULL,
    UNIQUE (academic_year_id, uid)
) STRICT;
CREATE INDEX seminars_by_year ON seminars (academic_year_id);
CREATE INDEX seminars_by_student ON seminars (student_id);

-- An advisor's override of a rule for an item (item_kind names the item's table).
CREATE TABLE overrides (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    academic_year_id  INTEGER NOT NULL REFERENCES academic_years (id),
    item_kind         TEXT NOT NULL CHECK (item_kind IN ('student', 'internship', 'ter', 'summer_school', 'seminar')),
    item_id           INTEGER NOT NULL,
    position          INTEGER NOT NULL,
    rule              TEXT NOT NULL,
    decided_by        TEXT NOT NULL,
    decided_at        TEXT,
    reason            TEXT NOT NULL,
    UNIQUE (item_kind, item_id, position)
) STRICT;
CREATE INDEX overrides_by_year ON overrides (academic_year_id, item_kind, item_id, position);

-- Files attached to an item (reports, agreements, proofs), stored in the database itself so that a
-- backup holds them too.
CREATE TABLE documents (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    academic_year_id  INTEGER NOT NULL REFERENCES academic_years (id),
    item_kind         TEXT NOT NULL CHECK (item_kind IN ('student', 'internship', 'ter', 'summer_school', 'seminar')),
    item_id           INTEGER NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('report', 'agreement', 'proof', 'certificate', 'other')),
    file_name         TEXT NOT NULL,
    media_type        TEXT NOT NULL,
    size_bytes        INTEGER NOT NULL CHECK (size_bytes >= 0),
    sha256            TEXT NOT NULL,
    page_count        INTEGER CHECK (page_count IS NULL OR page_count >= 0),
    content           BLOB NOT NULL,
    added_by          TEXT NOT NULL,
    added_at          TEXT NOT NULL
) STRICT;
CREATE INDEX documents_by_item ON documents (item_kind, item_id);

CREATE TABLE workflow_transitions (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    academic_year_id  INTEGER NOT NULL REFERENCES academic_years (id),
    item_kind         TEXT NOT NULL CHECK (item_kind IN ('internship', 'ter', 'summer_school')),
    item_id           INTEGER NOT NULL,
    from_state        TEXT NOT NULL,
    to_state          TEXT NOT NULL,
    actor             TEXT NOT NULL,
    role              TEXT NOT NULL CHECK (role IN ('advisor', 'secretariat', 'student')),
    at                TEXT NOT NULL,
    comment           TEXT NOT NULL
) STRICT;
CREATE INDEX workflow_transitions_by_item ON workflow_transitions (item_kind, item_id);

-- Every change a user makes, written in the same transaction as the change.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    table_name  TEXT NOT NULL,
    row_id      INTEGER,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'restore')),
    old_json    TEXT,
    new_json    TEXT
) STRICT;
CREATE INDEX audit_log_by_row ON audit_log (table_name, row_id);
