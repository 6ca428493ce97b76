<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CheckResultJson</name>
    <message>
        <source>cannot write the result: %1</source>
        <translation>cannot write the result: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Check a cohort given as JSON against the rules; print the findings as JSON.</source>
        <translation>Check a cohort given as JSON against the rules; print the findings as JSON.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation>Run &quot;%1 COMMAND --help&quot; for the options of a command.</translation>
    </message>
    <message>
        <source>(standard input)</source>
        <translation>(standard input)</translation>
    </message>
    <message>
        <source>%1: is a directory, not a JSON file</source>
        <translation>%1: is a directory, not a JSON file</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: is larger than %2 MB, which is no cohort</source>
        <translation>%1: is larger than %2 MB, which is no cohort</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>The date the check is made (default: the input&apos;s &quot;today&quot;, else the system date).</source>
        <translation>The date the check is made (default: the input&apos;s &quot;today&quot;, else the system date).</translation>
    </message>
    <message>
        <source>proposal checks the plan; validation also the deliverables (proof, reports, grades); close also whether each student completed the year (default: the input&apos;s &quot;stage&quot;, else proposal).</source>
        <translation>proposal checks the plan; validation also the deliverables (proof, reports, grades); close also whether each student completed the year (default: the input&apos;s &quot;stage&quot;, else proposal).</translation>
    </message>
    <message>
        <source>Indent the JSON output.</source>
        <translation>Indent the JSON output.</translation>
    </message>
    <message>
        <source>Print the keys of &quot;rules&quot; with their Paris-Saclay M1 defaults (for the academic year of --today, else of the system date), one per line, and exit.</source>
        <translation>Print the keys of &quot;rules&quot; with their Paris-Saclay M1 defaults (for the academic year of --today, else of the system date), one per line, and exit.</translation>
    </message>
    <message>
        <source>The cohort as JSON, or - for standard input.</source>
        <translation>The cohort as JSON, or - for standard input.</translation>
    </message>
    <message>
        <source>Run &quot;%1 check --help&quot; for usage.</source>
        <translation>Run &quot;%1 check --help&quot; for usage.</translation>
    </message>
    <message>
        <source>--today: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--today: &quot;%1&quot; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--stage: &quot;%1&quot; is not one of proposal, validation, close</source>
        <translation>--stage: &quot;%1&quot; is not one of proposal, validation, close</translation>
    </message>
    <message>
        <source>check needs a FILE.json (or - for standard input)</source>
        <translation>check needs a FILE.json (or - for standard input)</translation>
    </message>
    <message>
        <source>check takes one FILE.json, not %1</source>
        <translation>check takes one FILE.json, not %1</translation>
    </message>
    <message>
        <source>InternTrack on the command line: checks, imports and exports of a master&apos;s programme&apos;s internships and research projects (TER).</source>
        <translation>InternTrack on the command line: checks, imports and exports of a master&apos;s programme&apos;s internships and research projects (TER).</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>The command to run (see below).</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Import a list (students, internships…) from CSV or JSON into a database.</source>
        <translation>Import a list (students, internships…) from CSV or JSON into a database.</translation>
    </message>
    <message>
        <source>Export a list of a database as CSV or JSON.</source>
        <translation>Export a list of a database as CSV or JSON.</translation>
    </message>
    <message>
        <source>Write a consistent copy of a database.</source>
        <translation>Write a consistent copy of a database.</translation>
    </message>
    <message>
        <source>Replace the contents of a database by those of a backup.</source>
        <translation>Replace the contents of a database by those of a backup.</translation>
    </message>
    <message>
        <source>Create the realistic demo database.</source>
        <translation>Create the realistic demo database.</translation>
    </message>
    <message>
        <source>Checks a cohort against the programme&apos;s rules and prints the findings as JSON.

Input: FILE.json, or - for standard input (the format is specified in docs/CLI.md):
  {&quot;academic_year&quot;: &quot;2025-2026&quot;, &quot;today&quot;: &quot;2026-01-15&quot;, &quot;stage&quot;: &quot;proposal&quot;,
   &quot;rules&quot;: {…}, &quot;students&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;email&quot;…}],
   &quot;internships&quot;: [{&quot;id&quot;, &quot;student&quot;, &quot;host&quot;, &quot;start&quot;, &quot;end&quot;, &quot;weekly_hours&quot;,
                    &quot;work_days&quot;, &quot;absences&quot;, &quot;submitted&quot;, &quot;signatures&quot;,
                    &quot;gratification&quot;, &quot;previous_summer&quot;, &quot;proof&quot;, &quot;report_pages&quot;,
                    &quot;overrides&quot;…}],
   &quot;ters&quot;: [{&quot;id&quot;, &quot;students&quot;, &quot;kind&quot;, &quot;subject&quot;, &quot;capacity&quot;, &quot;lab&quot;, &quot;start&quot;,
             &quot;end&quot;, &quot;weekly_hours&quot;, &quot;paid&quot;, &quot;report_pages&quot;, &quot;grade&quot;…}],
   &quot;summer_schools&quot;: [{&quot;id&quot;, &quot;student&quot;, &quot;name&quot;, &quot;proposed&quot;, &quot;start&quot;, &quot;end&quot;,
                       &quot;full_time_days&quot;, &quot;report_pages&quot;, &quot;report_links&quot;…}],
   &quot;seminars&quot;: [{&quot;id&quot;, &quot;student&quot;, &quot;title&quot;, &quot;date&quot;, &quot;paragraph&quot;…}]}
  Dates are YYYY-MM-DD; omitted optional fields take their defaults. Unknown keys,
  unknown or duplicate ids, bad dates or codes, an end before its start, negative
  hours or amounts are bad input. &quot;rules&quot; overrides defaults of the rule set by
  key, e.g. {&quot;internship_min_weeks&quot;: 8}; --help-rules lists every key.
  --today (default: the input&apos;s &quot;today&quot;, else the system date) and --stage
  (default: the input&apos;s &quot;stage&quot;, else proposal) win over the input.
  Or --db FILE: an academic year of a database (--year; default: the latest there).

Output (standard output), one JSON object:
  {&quot;findings&quot;: [{&quot;subject&quot;, &quot;student&quot;, &quot;rule&quot;, &quot;severity&quot;, &quot;message&quot;,
                 &quot;overridden&quot;}],
   &quot;internships&quot;: {ID: {&quot;counted_start&quot;, &quot;scheduled_days&quot;, &quot;presence_days&quot;,
                        &quot;presence_hours&quot;, &quot;fte_weeks&quot;, &quot;gratification_required&quot;,
                        &quot;gratification_min_eur&quot;}},
   &quot;students&quot;: {ID: {&quot;complete&quot;, &quot;missing&quot;}}}
  Days are integers; hours, weeks and euros are rounded to 2 decimals. &quot;rule&quot; is a
  code of docs/RULES.md:
%1

Exit status:
  0  no error finding remains that is not overridden
  1  at least one error finding is not overridden
  2  bad input or usage: nothing on standard output; standard error says what is
     wrong and where, as a path into the input (internships[0].start: …)</source>
        <translation>Checks a cohort against the programme&apos;s rules and prints the findings as JSON.

Input: FILE.json, or - for standard input (the format is specified in docs/CLI.md):
  {&quot;academic_year&quot;: &quot;2025-2026&quot;, &quot;today&quot;: &quot;2026-01-15&quot;, &quot;stage&quot;: &quot;proposal&quot;,
   &quot;rules&quot;: {…}, &quot;students&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;email&quot;…}],
   &quot;internships&quot;: [{&quot;id&quot;, &quot;student&quot;, &quot;host&quot;, &quot;start&quot;, &quot;end&quot;, &quot;weekly_hours&quot;,
                    &quot;work_days&quot;, &quot;absences&quot;, &quot;submitted&quot;, &quot;signatures&quot;,
                    &quot;gratification&quot;, &quot;previous_summer&quot;, &quot;proof&quot;, &quot;report_pages&quot;,
                    &quot;overrides&quot;…}],
   &quot;ters&quot;: [{&quot;id&quot;, &quot;students&quot;, &quot;kind&quot;, &quot;subject&quot;, &quot;capacity&quot;, &quot;lab&quot;, &quot;start&quot;,
             &quot;end&quot;, &quot;weekly_hours&quot;, &quot;paid&quot;, &quot;report_pages&quot;, &quot;grade&quot;…}],
   &quot;summer_schools&quot;: [{&quot;id&quot;, &quot;student&quot;, &quot;name&quot;, &quot;proposed&quot;, &quot;start&quot;, &quot;end&quot;,
                       &quot;full_time_days&quot;, &quot;report_pages&quot;, &quot;report_links&quot;…}],
   &quot;seminars&quot;: [{&quot;id&quot;, &quot;student&quot;, &quot;title&quot;, &quot;date&quot;, &quot;paragraph&quot;…}]}
  Dates are YYYY-MM-DD; omitted optional fields take their defaults. Unknown keys,
  unknown or duplicate ids, bad dates or codes, an end before its start, negative
  hours or amounts are bad input. &quot;rules&quot; overrides defaults of the rule set by
  key, e.g. {&quot;internship_min_weeks&quot;: 8}; --help-rules lists every key.
  --today (default: the input&apos;s &quot;today&quot;, else the system date) and --stage
  (default: the input&apos;s &quot;stage&quot;, else proposal) win over the input.
  Or --db FILE: an academic year of a database (--year; default: the latest there).

Output (standard output), one JSON object:
  {&quot;findings&quot;: [{&quot;subject&quot;, &quot;student&quot;, &quot;rule&quot;, &quot;severity&quot;, &quot;message&quot;,
                 &quot;overridden&quot;}],
   &quot;internships&quot;: {ID: {&quot;counted_start&quot;, &quot;scheduled_days&quot;, &quot;presence_days&quot;,
                        &quot;presence_hours&quot;, &quot;fte_weeks&quot;, &quot;gratification_required&quot;,
                        &quot;gratification_min_eur&quot;}},
   &quot;students&quot;: {ID: {&quot;complete&quot;, &quot;missing&quot;}}}
  Days are integers; hours, weeks and euros are rounded to 2 decimals. &quot;rule&quot; is a
  code of docs/RULES.md:
%1

Exit status:
  0  no error finding remains that is not overridden
  1  at least one error finding is not overridden
  2  bad input or usage: nothing on standard output; standard error says what is
     wrong and where, as a path into the input (internships[0].start: …)</translation>
    </message>
    <message>
        <source>Check a year of this database instead of a FILE.json (a postgresql:// URL is not supported yet).</source>
        <translation>Check a year of this database instead of a FILE.json (a postgresql:// URL is not supported yet).</translation>
    </message>
    <message>
        <source>With --db: the academic year to check (default: the latest in the database).</source>
        <translation>With --db: the academic year to check (default: the latest in the database).</translation>
    </message>
    <message>
        <source>check --db takes no FILE.json</source>
        <translation>check --db takes no FILE.json</translation>
    </message>
    <message>
        <source>--year goes with --db</source>
        <translation>--year goes with --db</translation>
    </message>
    <message>
        <source>cannot write the result: %1</source>
        <translation>cannot write the result: %1</translation>
    </message>
    <message>
        <source>The database: an InternTrack database file (a postgresql:// URL is not supported yet).</source>
        <translation>The database: an InternTrack database file (a postgresql:// URL is not supported yet).</translation>
    </message>
    <message>
        <source>The academic year (default: the latest in the database).</source>
        <translation>The academic year (default: the latest in the database).</translation>
    </message>
    <message>
        <source>Who makes the change, as the audit log records it (default: your login name).</source>
        <translation>Who makes the change, as the audit log records it (default: your login name).</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for usage.</source>
        <translation>Run &quot;%1 %2 --help&quot; for usage.</translation>
    </message>
    <message>
        <source>%1 needs --db FILE</source>
        <translation>%1 needs --db FILE</translation>
    </message>
    <message>
        <source>usage: %1 %2</source>
        <translation>usage: %1 %2</translation>
    </message>
    <message>
        <source>--db: PostgreSQL is not supported yet: give the path of a database file</source>
        <translation>--db: PostgreSQL is not supported yet: give the path of a database file</translation>
    </message>
    <message>
        <source>--db: give the path of a database file</source>
        <translation>--db: give the path of a database file</translation>
    </message>
    <message>
        <source>--year: &quot;%1&quot; is not an academic year YYYY-YYYY, e.g. 2025-2026</source>
        <translation>--year: &quot;%1&quot; is not an academic year YYYY-YYYY, e.g. 2025-2026</translation>
    </message>
    <message>
        <source>%1 holds no academic year yet</source>
        <translation>%1 holds no academic year yet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of list: one of %2</source>
        <translation>&quot;%1&quot; is not a kind of list: one of %2</translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation>%1: is a directory, not a file</translation>
    </message>
    <message>
        <source>%1: is larger than %2 MB, which is no list of a programme</source>
        <translation>%1: is larger than %2 MB, which is no list of a programme</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: cannot be written: %2</translation>
    </message>
    <message>
        <source>is not a student of %1 in the database: import the students first</source>
        <translation>is not a student of %1 in the database: import the students first</translation>
    </message>
    <message>
        <source>Imports one list into an academic year of a database, all or nothing: when anything is wrong,
nothing is written, and each problem is reported with where it is, e.g.
  interns.csv:14:10 (Début): &quot;2026-13-04&quot;: not a date: write YYYY-MM-DD or DD/MM/YYYY

KIND: %1.
FILE: CSV (UTF-8 with or without a BOM, or Windows-1252 as Excel writes it; &quot;;&quot; or &quot;,&quot;
  as the header line uses; the columns in any order, named in English or French, as
  resources/csv-columns.md lists them), a JSON list as &quot;export --format json&quot; writes
  it, or - for standard input.

Items are matched by id within the year (hosts by name, TER subjects by title): a known
one is updated, a new one added, none deleted. Import the students before the items
that name them. The database is created when it does not exist, and the year (with the
Paris-Saclay M1 rules) when the database does not have it; without --year, the latest
year of the database, else the current one.

Exit status:
  0  imported (a one-line summary on standard error)
  2  bad input or a failure: nothing was written</source>
        <translation>Imports one list into an academic year of a database, all or nothing: when anything is wrong,
nothing is written, and each problem is reported with where it is, e.g.
  interns.csv:14:10 (Début): &quot;2026-13-04&quot;: not a date: write YYYY-MM-DD or DD/MM/YYYY

KIND: %1.
FILE: CSV (UTF-8 with or without a BOM, or Windows-1252 as Excel writes it; &quot;;&quot; or &quot;,&quot;
  as the header line uses; the columns in any order, named in English or French, as
  resources/csv-columns.md lists them), a JSON list as &quot;export --format json&quot; writes
  it, or - for standard input.

Items are matched by id within the year (hosts by name, TER subjects by title): a known
one is updated, a new one added, none deleted. Import the students before the items
that name them. The database is created when it does not exist, and the year (with the
Paris-Saclay M1 rules) when the database does not have it; without --year, the latest
year of the database, else the current one.

Exit status:
  0  imported (a one-line summary on standard error)
  2  bad input or a failure: nothing was written</translation>
    </message>
    <message>
        <source>Exports one list of an academic year of a database, as import reads it back: importing
an export gives the same data.

KIND: %1.
  hosts are every host of the database, each with the tutors of the year&apos;s internships
  there; ter_subjects the year&apos;s TER subjects.
CSV (the default): UTF-8 with a BOM, the English column names of
  resources/csv-columns.md, CRLF line ends; &quot;;&quot; and &quot;,&quot; as decimal separator (what a
  French Excel opens), or &quot;,&quot; and &quot;.&quot; with --delimiter &apos;,&apos;.
JSON: a list of the items, one per line, with the keys of the cohort JSON of check.

Exit status:
  0  exported
  2  bad input or a failure: nothing was written to OUT</source>
        <translation>Exports one list of an academic year of a database, as import reads it back: importing
an export gives the same data.

KIND: %1.
  hosts are every host of the database, each with the tutors of the year&apos;s internships
  there; ter_subjects the year&apos;s TER subjects.
CSV (the default): UTF-8 with a BOM, the English column names of
  resources/csv-columns.md, CRLF line ends; &quot;;&quot; and &quot;,&quot; as decimal separator (what a
  French Excel opens), or &quot;,&quot; and &quot;.&quot; with --delimiter &apos;,&apos;.
JSON: a list of the items, one per line, with the keys of the cohort JSON of check.

Exit status:
  0  exported
  2  bad input or a failure: nothing was written to OUT</translation>
    </message>
    <message>
        <source>The file&apos;s format (default: json for a .json file or a file starting with &quot;[&quot;, else csv).</source>
        <translation>The file&apos;s format (default: json for a .json file or a file starting with &quot;[&quot;, else csv).</translation>
    </message>
    <message>
        <source>The kind of list (see above).</source>
        <translation>The kind of list (see above).</translation>
    </message>
    <message>
        <source>The list, or - for standard input.</source>
        <translation>The list, or - for standard input.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not csv or json</source>
        <translation>--format: &quot;%1&quot; is not csv or json</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>imported %1 %2 into %3</source>
        <translation>imported %1 %2 into %3</translation>
    </message>
    <message>
        <source>The format (default: csv).</source>
        <translation>The format (default: csv).</translation>
    </message>
    <message>
        <source>The CSV delimiter: &apos;;&apos; (the default, with &apos;,&apos; as decimal separator) or &apos;,&apos;.</source>
        <translation>The CSV delimiter: &apos;;&apos; (the default, with &apos;,&apos; as decimal separator) or &apos;,&apos;.</translation>
    </message>
    <message>
        <source>Write to OUT, whole or not at all (default: standard output).</source>
        <translation>Write to OUT, whole or not at all (default: standard output).</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not &apos;;&apos; or &apos;,&apos;</source>
        <translation>--delimiter: &quot;%1&quot; is not &apos;;&apos; or &apos;,&apos;</translation>
    </message>
    <message>
        <source>--delimiter goes with --format csv</source>
        <translation>--delimiter goes with --format csv</translation>
    </message>
    <message>
        <source>exported %1 %2 of %3 to %4</source>
        <translation>exported %1 %2 of %3 to %4</translation>
    </message>
    <message>
        <source>Writes a consistent copy of a database to OUT (SQLite&apos;s VACUUM INTO), even while other programs
use it. OUT must not exist: a backup never replaces a file. The copy is checked before it
takes its name, so a backup cut short is never found under OUT.

Exit status:
  0  the backup is written
  2  bad input or a failure: OUT was not written</source>
        <translation>Writes a consistent copy of a database to OUT (SQLite&apos;s VACUUM INTO), even while other programs
use it. OUT must not exist: a backup never replaces a file. The copy is checked before it
takes its name, so a backup cut short is never found under OUT.

Exit status:
  0  the backup is written
  2  bad input or a failure: OUT was not written</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>The backup file to write.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name (a backup never replaces a file).</source>
        <translation>%1 already exists: choose another name (a backup never replaces a file).</translation>
    </message>
    <message>
        <source>backed up %1 to %2</source>
        <translation>backed up %1 to %2</translation>
    </message>
    <message>
        <source>Replaces every row of a database by the rows of BACKUP, in one transaction: all or nothing.
BACKUP is checked first (an InternTrack database, not damaged, not from a newer version);
an older one is upgraded on a copy, never in place. The database&apos;s audit log is kept and
records the restore. The database must exist: to start anew from a backup, copy the
backup file itself.

Exit status:
  0  restored
  2  bad input or a failure: the database was not changed</source>
        <translation>Replaces every row of a database by the rows of BACKUP, in one transaction: all or nothing.
BACKUP is checked first (an InternTrack database, not damaged, not from a newer version);
an older one is upgraded on a copy, never in place. The database&apos;s audit log is kept and
records the restore. The database must exist: to start anew from a backup, copy the
backup file itself.

Exit status:
  0  restored
  2  bad input or a failure: the database was not changed</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>The backup to restore.</translation>
    </message>
    <message>
        <source>%1 does not exist: to start from a backup, copy the backup file to that name.</source>
        <translation>%1 does not exist: to start from a backup, copy the backup file to that name.</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>restored %1 from %2</translation>
    </message>
    <message>
        <source>Creates the realistic demo database: about 25 M1 students, real Paris-Saclay labs and AI
companies as hosts, TERs of every kind, internships and alternatives in every workflow state,
some breaking each rule (check it with --stage close --today %1-05-20).
The database must not exist, unless --force replaces it.

Exit status:
  0  created
  2  bad input or a failure: nothing was written</source>
        <translation>Creates the realistic demo database: about 25 M1 students, real Paris-Saclay labs and AI
companies as hosts, TERs of every kind, internships and alternatives in every workflow state,
some breaking each rule (check it with --stage close --today %1-05-20).
The database must not exist, unless --force replaces it.

Exit status:
  0  created
  2  bad input or a failure: nothing was written</translation>
    </message>
    <message>
        <source>The academic year of the demo (default: %1).</source>
        <translation>The academic year of the demo (default: %1).</translation>
    </message>
    <message>
        <source>Replace the database if it exists.</source>
        <translation>Replace the database if it exists.</translation>
    </message>
    <message>
        <source>%1 already exists: give another name, or --force to replace it.</source>
        <translation>%1 already exists: give another name, or --force to replace it.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Cannot create the database beside %1: %2</source>
        <translation>Cannot create the database beside %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>created the demo database %1 for %2: %3 students, %4 internships, %5 TERs, %6 summer schools, %7 seminars</source>
        <translation>created the demo database %1 for %2: %3 students, %4 internships, %5 TERs, %6 summer schools, %7 seminars</translation>
    </message>
</context>
<context>
    <name>CohortJson</name>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>expected %1, got %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>%1 has spaces around it</source>
        <translation>%1 has spaces around it</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>expected a number, got %1</translation>
    </message>
    <message>
        <source>%1 is out of range: %2</source>
        <translation>%1 is out of range: %2</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 is not a whole number</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 is more than %2 years away from the academic year %3</source>
        <translation>%1 is more than %2 years away from the academic year %3</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>expected an object, got %1</translation>
    </message>
    <message>
        <source>unknown key (did you mean &quot;%1&quot;?)</source>
        <translation>unknown key (did you mean &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>unknown key (known keys: %1)</source>
        <translation>unknown key (known keys: %1)</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 is not one of %2</translation>
    </message>
    <message>
        <source>%1 is not a rule code of RULES.md</source>
        <translation>%1 is not a rule code of RULES.md</translation>
    </message>
    <message>
        <source>%1 is not a date and time (YYYY-MM-DDTHH:MM:SS)</source>
        <translation>%1 is not a date and time (YYYY-MM-DDTHH:MM:SS)</translation>
    </message>
    <message>
        <source>an override needs a written reason</source>
        <translation>an override needs a written reason</translation>
    </message>
    <message>
        <source>%1 is before the start %2</source>
        <translation>%1 is before the start %2</translation>
    </message>
    <message>
        <source>%1 is already the id of %2</source>
        <translation>%1 is already the id of %2</translation>
    </message>
    <message>
        <source>is required (e.g. &quot;2025-2026&quot;)</source>
        <translation>is required (e.g. &quot;2025-2026&quot;)</translation>
    </message>
    <message>
        <source>%1 is not an academic year YYYY-(YYYY+1), e.g. &quot;2025-2026&quot;</source>
        <translation>%1 is not an academic year YYYY-(YYYY+1), e.g. &quot;2025-2026&quot;</translation>
    </message>
    <message>
        <source>%1 is not the id of a student listed in &quot;students&quot;</source>
        <translation>%1 is not the id of a student listed in &quot;students&quot;</translation>
    </message>
    <message>
        <source>hours a week must be from 0 to 168</source>
        <translation>hours a week must be from 0 to 168</translation>
    </message>
    <message>
        <source>a page count must be 0 or more</source>
        <translation>a page count must be 0 or more</translation>
    </message>
    <message>
        <source>an amount in euros must be 0 or more</source>
        <translation>an amount in euros must be 0 or more</translation>
    </message>
    <message>
        <source>%1 is not a day (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>%1 is not a day (mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 is listed twice</translation>
    </message>
    <message>
        <source>names no day: a schedule needs at least one working day</source>
        <translation>names no day: a schedule needs at least one working day</translation>
    </message>
    <message>
        <source>%1 is outside the internship (%2 to %3)</source>
        <translation>%1 is outside the internship (%2 to %3)</translation>
    </message>
    <message>
        <source>is required (a list of student ids)</source>
        <translation>is required (a list of student ids)</translation>
    </message>
    <message>
        <source>a list of student ids</source>
        <translation>a list of student ids</translation>
    </message>
    <message>
        <source>names no student</source>
        <translation>names no student</translation>
    </message>
    <message>
        <source>expected a student id, got %1</source>
        <translation>expected a student id, got %1</translation>
    </message>
    <message>
        <source>a capacity must be 1 or more</source>
        <translation>a capacity must be 1 or more</translation>
    </message>
    <message>
        <source>a grade must be from 0 to %1</source>
        <translation>a grade must be from 0 to %1</translation>
    </message>
    <message>
        <source>a number of days must be 0 or more</source>
        <translation>a number of days must be 0 or more</translation>
    </message>
    <message>
        <source>%1 is more than the %2 days from start to end</source>
        <translation>%1 is more than the %2 days from start to end</translation>
    </message>
    <message>
        <source>expected a link, got %1</source>
        <translation>expected a link, got %1</translation>
    </message>
    <message>
        <source>line %1, column %2 (byte %3): not valid JSON: %4</source>
        <translation>line %1, column %2 (byte %3): not valid JSON: %4</translation>
    </message>
    <message>
        <source>(top level): expected an object {&quot;academic_year&quot;: …}, got %1</source>
        <translation>(top level): expected an object {&quot;academic_year&quot;: …}, got %1</translation>
    </message>
    <message>
        <source>duplicate key: a key may appear only once in an object</source>
        <translation>duplicate key: a key may appear only once in an object</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>the input is empty</translation>
    </message>
    <message>
        <source>more follows the end of the document</source>
        <translation>more follows the end of the document</translation>
    </message>
    <message>
        <source>expected a value (a string, number, object, list, true, false or null)</source>
        <translation>expected a value (a string, number, object, list, true, false or null)</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>expected a key in double quotes</translation>
    </message>
    <message>
        <source>expected &quot;:&quot; after a key</source>
        <translation>expected &quot;:&quot; after a key</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;}&quot; after a value in an object</source>
        <translation>expected &quot;,&quot; or &quot;}&quot; after a value in an object</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot; after a value in a list</source>
        <translation>expected &quot;,&quot; or &quot;]&quot; after a value in a list</translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>a \u escape needs four hexadecimal digits</translation>
    </message>
    <message>
        <source>a \u escape holds half of a UTF-16 surrogate pair</source>
        <translation>a \u escape holds half of a UTF-16 surrogate pair</translation>
    </message>
    <message>
        <source>a control character (a line break, a tab…) in a string must be escaped (\n, \t…)</source>
        <translation>a control character (a line break, a tab…) in a string must be escaped (\n, \t…)</translation>
    </message>
    <message>
        <source>unknown escape sequence in a string</source>
        <translation>unknown escape sequence in a string</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>a string is not closed</translation>
    </message>
    <message>
        <source>not valid UTF-8 (the file must be saved as UTF-8)</source>
        <translation>not valid UTF-8 (the file must be saved as UTF-8)</translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation>a number is too large</translation>
    </message>
    <message>
        <source>expected digits after the decimal point</source>
        <translation>expected digits after the decimal point</translation>
    </message>
    <message>
        <source>expected digits in the exponent</source>
        <translation>expected digits in the exponent</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>nested more than %1 levels deep</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>syntax error</translation>
    </message>
</context>
<context>
    <name>CohortRepository</name>
    <message>
        <source>The database holds a value that cannot be read (table %1, row %2, column %3: &quot;%4&quot;). Restore the file from a backup.</source>
        <translation>The database holds a value that cannot be read (table %1, row %2, column %3: &quot;%4&quot;). Restore the file from a backup.</translation>
    </message>
    <message>
        <source>Could not read the database</source>
        <translation>Could not read the database</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>The academic year %1 is not in this database: create it first.</source>
        <translation>The academic year %1 is not in this database: create it first.</translation>
    </message>
    <message>
        <source>The rule set names no valid academic year.</source>
        <translation>The rule set names no valid academic year.</translation>
    </message>
    <message>
        <source>The academic year %1 already exists.</source>
        <translation>The academic year %1 already exists.</translation>
    </message>
    <message>
        <source>Could not create the academic year %1</source>
        <translation>Could not create the academic year %1</translation>
    </message>
    <message>
        <source>The rule set of %1 stored in the database cannot be read (%2).</source>
        <translation>The rule set of %1 stored in the database cannot be read (%2).</translation>
    </message>
    <message>
        <source>The rule set of %1 stored in the database cannot be read: %2</source>
        <translation>The rule set of %1 stored in the database cannot be read: %2</translation>
    </message>
    <message>
        <source>Could not save the rules of %1</source>
        <translation>Could not save the rules of %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Cancelled: nothing was saved.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The cohort names no valid academic year.</source>
        <translation>The cohort names no valid academic year.</translation>
    </message>
    <message>
        <source>There is no %1 &quot;%2&quot; in %3.</source>
        <translation>There is no %1 &quot;%2&quot; in %3.</translation>
    </message>
    <message>
        <source>student %1</source>
        <translation>student %1</translation>
    </message>
    <message>
        <source>internship %1</source>
        <translation>internship %1</translation>
    </message>
    <message>
        <source>TER %1</source>
        <translation>TER %1</translation>
    </message>
    <message>
        <source>summer school %1</source>
        <translation>summer school %1</translation>
    </message>
    <message>
        <source>seminar %1</source>
        <translation>seminar %1</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>host %1</translation>
    </message>
    <message>
        <source>tutor %1</source>
        <translation>tutor %1</translation>
    </message>
    <message>
        <source>TER subject %1</source>
        <translation>TER subject %1</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>There is no document %1.</translation>
    </message>
    <message>
        <source>Could not write the audit log</source>
        <translation>Could not write the audit log</translation>
    </message>
    <message>
        <source>%1: the %2 has no id.</source>
        <translation>%1: the %2 has no id.</translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; is given to two %3s: each needs its own.</source>
        <translation>%1: the id &quot;%2&quot; is given to two %3s: each needs its own.</translation>
    </message>
    <message>
        <source>%1: no student is given.</source>
        <translation>%1: no student is given.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a student of %3: add the student first.</source>
        <translation>%1: &quot;%2&quot; is not a student of %3: add the student first.</translation>
    </message>
    <message>
        <source>%1: could not save the overrides</source>
        <translation>%1: could not save the overrides</translation>
    </message>
    <message>
        <source>%1: override %2 names no rule.</source>
        <translation>%1: override %2 names no rule.</translation>
    </message>
    <message>
        <source>%1: the override of %2 has no reason: an override needs a written justification.</source>
        <translation>%1: the override of %2 has no reason: an override needs a written justification.</translation>
    </message>
    <message>
        <source>%1: could not save the student</source>
        <translation>%1: could not save the student</translation>
    </message>
    <message>
        <source>%1: could not save the internship</source>
        <translation>%1: could not save the internship</translation>
    </message>
    <message>
        <source>%1: the weekly hours and the gratification must be numbers.</source>
        <translation>%1: the weekly hours and the gratification must be numbers.</translation>
    </message>
    <message>
        <source>%1: absence %2 is not a date.</source>
        <translation>%1: absence %2 is not a date.</translation>
    </message>
    <message>
        <source>%1: could not save the TER</source>
        <translation>%1: could not save the TER</translation>
    </message>
    <message>
        <source>%1: the weekly hours and the grade must be numbers.</source>
        <translation>%1: the weekly hours and the grade must be numbers.</translation>
    </message>
    <message>
        <source>%1: the student &quot;%2&quot; is listed twice.</source>
        <translation>%1: the student &quot;%2&quot; is listed twice.</translation>
    </message>
    <message>
        <source>%1: could not save the summer school</source>
        <translation>%1: could not save the summer school</translation>
    </message>
    <message>
        <source>%1: could not save the seminar</source>
        <translation>%1: could not save the seminar</translation>
    </message>
    <message>
        <source>%1: could not save the host</source>
        <translation>%1: could not save the host</translation>
    </message>
    <message>
        <source>%1: the host &quot;%2&quot; is given with other details than in %3; hosts are matched by name, so the same name must come with the same details.</source>
        <translation>%1: the host &quot;%2&quot; is given with other details than in %3; hosts are matched by name, so the same name must come with the same details.</translation>
    </message>
    <message>
        <source>%1: could not save the tutor</source>
        <translation>%1: could not save the tutor</translation>
    </message>
    <message>
        <source>%1: the tutor &quot;%2&quot; is given with other details than in %3; tutors are matched by name, so the same name must come with the same details.</source>
        <translation>%1: the tutor &quot;%2&quot; is given with other details than in %3; tutors are matched by name, so the same name must come with the same details.</translation>
    </message>
    <message>
        <source>%1: could not save the TER subject</source>
        <translation>%1: could not save the TER subject</translation>
    </message>
    <message>
        <source>%1: the capacity of a subject cannot be negative.</source>
        <translation>%1: the capacity of a subject cannot be negative.</translation>
    </message>
    <message>
        <source>%1: the TER subject &quot;%2&quot; is given with another kind, capacity or lab than in %3; TERs with the same subject share it, so they must agree.</source>
        <translation>%1: the TER subject &quot;%2&quot; is given with another kind, capacity or lab than in %3; TERs with the same subject share it, so they must agree.</translation>
    </message>
    <message>
        <source>Could not remove an unused row of %1</source>
        <translation>Could not remove an unused row of %1</translation>
    </message>
    <message>
        <source>%1: a host needs a name.</source>
        <translation>%1: a host needs a name.</translation>
    </message>
    <message>
        <source>%1: a tutor needs a name.</source>
        <translation>%1: a tutor needs a name.</translation>
    </message>
    <message>
        <source>%1: a TER subject needs a title.</source>
        <translation>%1: a TER subject needs a title.</translation>
    </message>
    <message>
        <source>%1: there is no %2 &quot;%3&quot; in %4.</source>
        <translation>%1: there is no %2 &quot;%3&quot; in %4.</translation>
    </message>
    <message>
        <source>%1: could not delete the %2</source>
        <translation>%1: could not delete the %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: the student &quot;%2&quot; still has %n item(s) (internships, TERs, summer schools or seminars): delete them or give them to another student first.</source>
        <translation>
            <numerusform>%1: the student &quot;%2&quot; still has %n item (an internship, TER, summer school or seminar): delete it or give it to another student first.</numerusform>
            <numerusform>%1: the student &quot;%2&quot; still has %n items (internships, TERs, summer schools or seminars): delete them or give them to another student first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now %2, not %3: someone changed it meanwhile. Reload it and try again.</source>
        <translation>%1 is now %2, not %3: someone changed it meanwhile. Reload it and try again.</translation>
    </message>
    <message>
        <source>A %1 has no workflow.</source>
        <translation>A %1 has no workflow.</translation>
    </message>
    <message>
        <source>%1: could not record the transition</source>
        <translation>%1: could not record the transition</translation>
    </message>
    <message>
        <source>%1: the file %2 is empty.</source>
        <translation>%1: the file %2 is empty.</translation>
    </message>
    <message>
        <source>%1: a page count cannot be negative.</source>
        <translation>%1: a page count cannot be negative.</translation>
    </message>
    <message>
        <source>%1: could not attach %2</source>
        <translation>%1: could not attach %2</translation>
    </message>
    <message>
        <source>Could not remove document %1</source>
        <translation>Could not remove document %1</translation>
    </message>
    <message>
        <source>%1: could not save the tutors</source>
        <translation>%1: could not save the tutors</translation>
    </message>
    <message>
        <source>%1: the tutor &quot;%2&quot; is also listed under another host in %3; a tutor works at one host.</source>
        <translation>%1: the tutor &quot;%2&quot; is also listed under another host in %3; a tutor works at one host.</translation>
    </message>
</context>
<context>
    <name>CsvErrors</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvMapping</name>
    <message>
        <source>duplicate subject: line %1 has it too</source>
        <translation>duplicate subject: line %1 has it too</translation>
    </message>
    <message>
        <source>unknown kind of CSV file</source>
        <translation>unknown kind of CSV file</translation>
    </message>
    <message>
        <source>hosts, items %1 and %2: two hosts have the name %3, which names a host in the file</source>
        <translation>hosts, items %1 and %2: two hosts have the name %3, which names a host in the file</translation>
    </message>
    <message>
        <source>hosts, item %1: a tutor with no name, email or phone cannot be written</source>
        <translation>hosts, item %1: a tutor with no name, email or phone cannot be written</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <source>not a number: write e.g. 35, 17.5 or 17,5</source>
        <translation>not a number: write e.g. 35, 17.5 or 17,5</translation>
    </message>
    <message>
        <source>an empty element cannot be written in a list</source>
        <translation>an empty element cannot be written in a list</translation>
    </message>
    <message>
        <source>the element %1 holds a space or a list separator, which a list cannot hold</source>
        <translation>the element %1 holds a space or a list separator, which a list cannot hold</translation>
    </message>
    <message>
        <source>not a list of overrides in JSON: write [{&quot;rule&quot;: &quot;INT_LEAD_TIME&quot;, &quot;by&quot;: &quot;advisor&quot;, &quot;at&quot;: &quot;2026-01-10T09:00:00Z&quot;, &quot;reason&quot;: &quot;…&quot;}]</source>
        <translation>not a list of overrides in JSON: write [{&quot;rule&quot;: &quot;INT_LEAD_TIME&quot;, &quot;by&quot;: &quot;advisor&quot;, &quot;at&quot;: &quot;2026-01-10T09:00:00Z&quot;, &quot;reason&quot;: &quot;…&quot;}]</translation>
    </message>
    <message>
        <source>override %1: unknown key &quot;%2&quot; (the keys are rule, by, at, reason)</source>
        <translation>override %1: unknown key &quot;%2&quot; (the keys are rule, by, at, reason)</translation>
    </message>
    <message>
        <source>override %1: &quot;rule&quot; must name a rule code</source>
        <translation>override %1: &quot;rule&quot; must name a rule code</translation>
    </message>
    <message>
        <source>override %1: &quot;reason&quot; must give the written justification</source>
        <translation>override %1: &quot;reason&quot; must give the written justification</translation>
    </message>
    <message>
        <source>override %1: &quot;by&quot; must be text</source>
        <translation>override %1: &quot;by&quot; must be text</translation>
    </message>
    <message>
        <source>override %1: &quot;at&quot; must be a date and time like 2026-01-10T09:00:00Z</source>
        <translation>override %1: &quot;at&quot; must be a date and time like 2026-01-10T09:00:00Z</translation>
    </message>
    <message>
        <source>not a date: write YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>not a date: write YYYY-MM-DD or DD/MM/YYYY</translation>
    </message>
    <message>
        <source>not yes or no: write yes/no, oui/non, true/false or 1/0</source>
        <translation>not yes or no: write yes/no, oui/non, true/false or 1/0</translation>
    </message>
    <message>
        <source>%1 is not a day of the week: write mon tue wed thu fri sat sun (or lun mar mer jeu ven sam dim), or none</source>
        <translation>%1 is not a day of the week: write mon tue wed thu fri sat sun (or lun mar mer jeu ven sam dim), or none</translation>
    </message>
    <message>
        <source>%1 is not a date: write dates as YYYY-MM-DD or DD/MM/YYYY, separated by spaces or |</source>
        <translation>%1 is not a date: write dates as YYYY-MM-DD or DD/MM/YYYY, separated by spaces or |</translation>
    </message>
    <message>
        <source>a list of dates cannot hold an empty date</source>
        <translation>a list of dates cannot hold an empty date</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>a value is required</translation>
    </message>
    <message>
        <source>not one of: %1</source>
        <translation>not one of: %1</translation>
    </message>
    <message>
        <source>this column has no name in the header</source>
        <translation>this column has no name in the header</translation>
    </message>
    <message>
        <source>unknown column for %1; the columns are: %2 (see csv-columns.md)</source>
        <translation>unknown column for %1; the columns are: %2 (see csv-columns.md)</translation>
    </message>
    <message>
        <source>column %1 (%2) already gives %3</source>
        <translation>column %1 (%2) already gives %3</translation>
    </message>
    <message>
        <source>%1:%2: the required column &quot;%3&quot; is missing (other accepted names: %4)</source>
        <translation>%1:%2: the required column &quot;%3&quot; is missing (other accepted names: %4)</translation>
    </message>
    <message>
        <source>the end is before the start (%1)</source>
        <translation>the end is before the start (%1)</translation>
    </message>
    <message>
        <source>duplicate id: line %1 has it too</source>
        <translation>duplicate id: line %1 has it too</translation>
    </message>
    <message>
        <source>line %1 gives this host %2 here: give a host the same details on each of its lines</source>
        <translation>line %1 gives this host %2 here: give a host the same details on each of its lines</translation>
    </message>
    <message>
        <source>%1, item %2, column %3: %4</source>
        <translation>%1, item %2, column %3: %4</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: this is a spreadsheet workbook (.xlsx, .xls or .ods), not a CSV file: save it as &quot;CSV UTF-8&quot; or &quot;CSV (semicolon separated)&quot; first</source>
        <translation>%1: this is a spreadsheet workbook (.xlsx, .xls or .ods), not a CSV file: save it as &quot;CSV UTF-8&quot; or &quot;CSV (semicolon separated)&quot; first</translation>
    </message>
    <message>
        <source>%1: the file starts as UTF-16 but is not valid UTF-16: save it as &quot;CSV UTF-8&quot;</source>
        <translation>%1: the file starts as UTF-16 but is not valid UTF-16: save it as &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>%1:%2: the file starts with a UTF-8 byte order mark but holds a byte that is not UTF-8 (0x%3): it is damaged or mixes encodings</source>
        <translation>%1:%2: the file starts with a UTF-8 byte order mark but holds a byte that is not UTF-8 (0x%3): it is damaged or mixes encodings</translation>
    </message>
    <message>
        <source>%1: the file is empty: a CSV file needs a header line naming its columns</source>
        <translation>%1: the file is empty: a CSV file needs a header line naming its columns</translation>
    </message>
    <message>
        <source>%1:%2: the file holds a NUL byte, which no CSV text has: is it a UTF-16 file without a byte order mark, or not a CSV file at all?</source>
        <translation>%1:%2: the file holds a NUL byte, which no CSV text has: is it a UTF-16 file without a byte order mark, or not a CSV file at all?</translation>
    </message>
    <message>
        <source>%1: the CSV parser could not start (out of memory)</source>
        <translation>%1: the CSV parser could not start (out of memory)</translation>
    </message>
    <message>
        <source>%1:%2: the file cannot be read: %3</source>
        <translation>%1:%2: the file cannot be read: %3</translation>
    </message>
    <message>
        <source>text goes on after the closing quote of a quoted value: a quote inside a quoted value must be doubled (&quot;&quot;)</source>
        <translation>text goes on after the closing quote of a quoted value: a quote inside a quoted value must be doubled (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote in a value that does not start with a quote: put the whole value in quotes and double the quotes inside (&quot;&quot;)</source>
        <translation>a quote in a value that does not start with a quote: put the whole value in quotes and double the quotes inside (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quoted value is never closed: its closing quote is missing</source>
        <translation>a quoted value is never closed: its closing quote is missing</translation>
    </message>
    <message>
        <source>%1:%2: the header line has no column names</source>
        <translation>%1:%2: the header line has no column names</translation>
    </message>
    <message>
        <source>duplicate column: column %1 has the same name</source>
        <translation>duplicate column: column %1 has the same name</translation>
    </message>
    <message numerus="yes">
        <source>this line has %n field(s) but the header has %1 columns: is a value holding the delimiter not in quotes?</source>
        <translation>
            <numerusform>this line has %n field but the header has %1 columns: is a value holding the delimiter not in quotes?</numerusform>
            <numerusform>this line has %n fields but the header has %1 columns: is a value holding the delimiter not in quotes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this line has %n field(s) but the header has %1 columns: a value is missing</source>
        <translation>
            <numerusform>this line has %n field but the header has %1 columns: a value is missing</numerusform>
            <numerusform>this line has %n fields but the header has %1 columns: a value is missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4: %5</source>
        <translation>%1:%2:%3: %4: %5</translation>
    </message>
    <message>
        <source>%1:%2:%3 (%4): %5: %6</source>
        <translation>%1:%2:%3 (%4): %5: %6</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an InternTrack database (it is not an SQLite database file). Nothing was changed.</source>
        <translation>%1 is not an InternTrack database (it is not an SQLite database file). Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an InternTrack database. Nothing was changed.</source>
        <translation>%1 is an SQLite database of another program, not an InternTrack database. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is truncated: it holds %2 bytes where its header announces %3. It was cut short, e.g. by an interrupted copy. Nothing was changed; restore it from a backup.</source>
        <translation>%1 is truncated: it holds %2 bytes where its header announces %3. It was cut short, e.g. by an interrupted copy. Nothing was changed; restore it from a backup.</translation>
    </message>
    <message>
        <source>%1 cannot be checked</source>
        <translation>%1 cannot be checked</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s check found: %2). Nothing was changed; restore it from a backup.</source>
        <translation>%1 is damaged (SQLite&apos;s check found: %2). Nothing was changed; restore it from a backup.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not an InternTrack database.</source>
        <translation>%1 is empty: it is not an InternTrack database.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Cannot open %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available: install the Qt Sql SQLite plugin (Debian: libqt6sql6-sqlite).</source>
        <translation>The Qt SQLite driver (QSQLITE) is not available: install the Qt Sql SQLite plugin (Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot configure %1</source>
        <translation>Cannot configure %1</translation>
    </message>
    <message>
        <source>%1: the file system does not support SQLite&apos;s write-ahead log (journal mode stays &quot;%2&quot;). Keep the database on a local disk.</source>
        <translation>%1: the file system does not support SQLite&apos;s write-ahead log (journal mode stays &quot;%2&quot;). Keep the database on a local disk.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>No database file was given.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>%1 is read-only for you: it is open for reading only, and nothing can be changed.</source>
        <translation>%1 is read-only for you: it is open for reading only, and nothing can be changed.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of InternTrack (schema version %2; this version knows up to %3). It is open read-only and will not be changed: update InternTrack to change it.</source>
        <translation>%1 was written by a newer version of InternTrack (schema version %2; this version knows up to %3). It is open read-only and will not be changed: update InternTrack to change it.</translation>
    </message>
    <message>
        <source>%1 uses an older schema (version %2) and must be upgraded to version %3 before it can be read, which needs write access. Open it without read-only, or upgrade a copy.</source>
        <translation>%1 uses an older schema (version %2) and must be upgraded to version %3 before it can be read, which needs write access. Open it without read-only, or upgrade a copy.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1</source>
        <translation>Cannot upgrade %1</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema version %2 (%3)</source>
        <translation>Cannot upgrade %1 to schema version %2 (%3)</translation>
    </message>
    <message>
        <source>%1: rows of table %2 refer to missing rows.</source>
        <translation>%1: rows of table %2 refer to missing rows.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1 is open read-only.</source>
        <translation>Nothing was saved: %1 is open read-only.</translation>
    </message>
    <message>
        <source>Cannot check %1</source>
        <translation>Cannot check %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of InternTrack (schema version %2; this version knows up to %3).</source>
        <translation>%1 was written by a newer version of InternTrack (schema version %2; this version knows up to %3).</translation>
    </message>
    <message>
        <source>A backup cannot be made in the middle of a transaction.</source>
        <translation>A backup cannot be made in the middle of a transaction.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation>A backup cannot replace the database itself.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name (a backup never replaces a file).</source>
        <translation>%1 already exists: choose another name (a backup never replaces a file).</translation>
    </message>
    <message>
        <source>Could not back up %1 to %2</source>
        <translation>Could not back up %1 to %2</translation>
    </message>
    <message>
        <source>Could not back up %1 to %2: %3</source>
        <translation>Could not back up %1 to %2: %3</translation>
    </message>
    <message>
        <source>The backup %1 failed its check: %2</source>
        <translation>The backup %1 failed its check: %2</translation>
    </message>
    <message>
        <source>A backup cannot be restored in the middle of a transaction.</source>
        <translation>A backup cannot be restored in the middle of a transaction.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>A database cannot be restored from itself.</translation>
    </message>
    <message>
        <source>Could not restore %1 from %2</source>
        <translation>Could not restore %1 from %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 cannot be restored: %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: it was written by a newer version of InternTrack (schema version %2; this version knows up to %3).</source>
        <translation>%1 cannot be restored: it was written by a newer version of InternTrack (schema version %2; this version knows up to %3).</translation>
    </message>
    <message>
        <source>%1: the backup&apos;s table %2 does not have the columns of this database.</source>
        <translation>%1: the backup&apos;s table %2 does not have the columns of this database.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>InternTrack: the internships and research projects (TER) of a master&apos;s programme.</source>
        <translation>InternTrack: the internships and research projects (TER) of a master&apos;s programme.</translation>
    </message>
    <message>
        <source>Interface language: %1 (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Interface language: %1 (default: the one chosen in Settings, else the system&apos;s).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation>The database file to open.</translation>
    </message>
    <message>
        <source>Give at most one database file.</source>
        <translation>Give at most one database file.</translation>
    </message>
</context>
<context>
    <name>ItemListJson</name>
    <message>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: not valid JSON: %4</translation>
    </message>
    <message>
        <source>%1: is not a JSON list ([…]) of %2</source>
        <translation>%1: is not a JSON list ([…]) of %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>unknown key (known keys: %1)</source>
        <translation>unknown key (known keys: %1)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>%1 is not a text</source>
        <translation>%1 is not a text</translation>
    </message>
    <message>
        <source>may not be empty</source>
        <translation>may not be empty</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 is not true or false</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 is not a whole number from %2 to %3</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 is not one of %2</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 is not an object</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 is not a list</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of %2</source>
        <translation>&quot;%1&quot; is already the name of %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the subject of %2</source>
        <translation>&quot;%1&quot; is already the subject of %2</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Migration %1 is not named NNN_name.sql.</source>
        <translation>Migration %1 is not named NNN_name.sql.</translation>
    </message>
    <message>
        <source>Cannot read migration %1: %2</source>
        <translation>Cannot read migration %1: %2</translation>
    </message>
    <message>
        <source>Migration %1 should be number %2: migrations are numbered from 1 without gaps.</source>
        <translation>Migration %1 should be number %2: migrations are numbered from 1 without gaps.</translation>
    </message>
    <message>
        <source>No migration script was found in %1.</source>
        <translation>No migration script was found in %1.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>advisor</source>
        <translation>advisor</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>secretariat</translation>
    </message>
    <message>
        <source>student</source>
        <translation>student</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>is not a number</source>
        <translation>is not a number</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 is out of range (%2 to %3)</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 is not a whole number</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>is not true or false</translation>
    </message>
    <message>
        <source>is not a list of strings</source>
        <translation>is not a list of strings</translation>
    </message>
    <message>
        <source>[%1] is not a string</source>
        <translation>[%1] is not a string</translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation>is not a string</translation>
    </message>
    <message>
        <source>is not a list of periods</source>
        <translation>is not a list of periods</translation>
    </message>
    <message>
        <source>[%1].name: a period needs a name</source>
        <translation>[%1].name: a period needs a name</translation>
    </message>
    <message>
        <source>[%1].start: is not a date (YYYY-MM-DD)</source>
        <translation>[%1].start: is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>[%1].end: is not a date (YYYY-MM-DD)</source>
        <translation>[%1].end: is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>[%1].end: %2 is before the start %3</source>
        <translation>[%1].end: %2 is before the start %3</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>is not a list of &quot;MM-DD&quot; days</source>
        <translation>is not a list of &quot;MM-DD&quot; days</translation>
    </message>
    <message>
        <source>[%1]: is not a day &quot;MM-DD&quot;</source>
        <translation>[%1]: is not a day &quot;MM-DD&quot;</translation>
    </message>
    <message>
        <source>is not a list of day offsets</source>
        <translation>is not a list of day offsets</translation>
    </message>
    <message>
        <source>[%1]: is not a whole number of days from -100 to 100</source>
        <translation>[%1]: is not a whole number of days from -100 to 100</translation>
    </message>
    <message>
        <source>is not a list of days (&quot;mon&quot; … &quot;sun&quot;)</source>
        <translation>is not a list of days (&quot;mon&quot; … &quot;sun&quot;)</translation>
    </message>
    <message>
        <source>[%1]: is not a day (&quot;mon&quot; … &quot;sun&quot;)</source>
        <translation>[%1]: is not a day (&quot;mon&quot; … &quot;sun&quot;)</translation>
    </message>
    <message>
        <source>needs at least one day</source>
        <translation>needs at least one day</translation>
    </message>
    <message>
        <source>is not a list of {&quot;from&quot;, &quot;hourly_eur&quot;}</source>
        <translation>is not a list of {&quot;from&quot;, &quot;hourly_eur&quot;}</translation>
    </message>
    <message>
        <source>[%1].from: is not a date (YYYY-MM-DD)</source>
        <translation>[%1].from: is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>[%1].hourly_eur: is not an amount in euros</source>
        <translation>[%1].hourly_eur: is not an amount in euros</translation>
    </message>
    <message>
        <source>[%1].from: the table must be in increasing date order</source>
        <translation>[%1].from: the table must be in increasing date order</translation>
    </message>
    <message>
        <source>is not a list of {&quot;code&quot;, &quot;any_of&quot;}</source>
        <translation>is not a list of {&quot;code&quot;, &quot;any_of&quot;}</translation>
    </message>
    <message>
        <source>[%1].code: a requirement needs a code</source>
        <translation>[%1].code: a requirement needs a code</translation>
    </message>
    <message>
        <source>[%1].any_of[%2]: is not one of %3</source>
        <translation>[%1].any_of[%2]: is not one of %3</translation>
    </message>
    <message>
        <source>[%1].any_of: names no activity</source>
        <translation>[%1].any_of: names no activity</translation>
    </message>
    <message>
        <source>%1: is not a rule of the rule set</source>
        <translation>%1: is not a rule of the rule set</translation>
    </message>
    <message>
        <source>%1.report_max_pages: is below report_min_pages</source>
        <translation>%1.report_max_pages: is below report_min_pages</translation>
    </message>
    <message>
        <source>%1.ter_max_weekly_hours: is below ter_min_weekly_hours</source>
        <translation>%1.ter_max_weekly_hours: is below ter_min_weekly_hours</translation>
    </message>
    <message>
        <source>%1.ter_max_months: is below ter_min_months</source>
        <translation>%1.ter_max_months: is below ter_min_months</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <source>host representative</source>
        <translation>host representative</translation>
    </message>
    <message>
        <source>tutor</source>
        <translation>tutor</translation>
    </message>
    <message>
        <source>university</source>
        <translation>university</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <source>TER</source>
        <translation>TER</translation>
    </message>
    <message>
        <source>internship</source>
        <translation>internship</translation>
    </message>
    <message>
        <source>summer school</source>
        <translation>summer school</translation>
    </message>
    <message>
        <source>%1 seminars</source>
        <translation>%1 seminars</translation>
    </message>
    <message>
        <source>a validated %1</source>
        <translation>a validated %1</translation>
    </message>
    <message>
        <source>a validated %1 or %2</source>
        <translation>a validated %1 or %2</translation>
    </message>
    <message numerus="yes">
        <source>Contact the academic advisor at least %n month(s) before the start, by %1: several parties must sign the agreement before you begin.</source>
        <translation>
            <numerusform>Contact the academic advisor at least %n month before the start, by %1: several parties must sign the agreement before you begin.</numerusform>
            <numerusform>Contact the academic advisor at least %n months before the start, by %1: several parties must sign the agreement before you begin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contact the academic advisor at least %n month(s) before the start: several parties must sign the agreement before you begin.</source>
        <translation>
            <numerusform>Contact the academic advisor at least %n month before the start: several parties must sign the agreement before you begin.</numerusform>
            <numerusform>Contact the academic advisor at least %n months before the start: several parties must sign the agreement before you begin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed during the previous summer: it can be validated with the completion proof and the report; the teaching-period, lead-time and deadline rules do not apply.</source>
        <translation>Completed during the previous summer: it can be validated with the completion proof and the report; the teaching-period, lead-time and deadline rules do not apply.</translation>
    </message>
    <message>
        <source>%1 is not recorded as a public lab or company doing research in AI, machine learning or data science: choose such a host, or have the advisor confirm it.</source>
        <translation>%1 is not recorded as a public lab or company doing research in AI, machine learning or data science: choose such a host, or have the advisor confirm it.</translation>
    </message>
    <message>
        <source>The host</source>
        <translation>The host</translation>
    </message>
    <message numerus="yes">
        <source>Submitted on %1, less than %n month(s) before the start on %2: it had to reach the advisor by %3. Start on or after %4, or ask the advisor for an override.</source>
        <translation>
            <numerusform>Submitted on %1, less than %n month before the start on %2: it had to reach the advisor by %3. Start on or after %4, or ask the advisor for an override.</numerusform>
            <numerusform>Submitted on %1, less than %n months before the start on %2: it had to reach the advisor by %3. Start on or after %4, or ask the advisor for an override.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not submitted yet and the start on %1 is less than %n month(s) away: the proposal had to reach the advisor by %2. Submit it now and start on or after %3, or ask the advisor for an override.</source>
        <translation>
            <numerusform>Not submitted yet and the start on %1 is less than %n month away: the proposal had to reach the advisor by %2. Submit it now and start on or after %3, or ask the advisor for an override.</numerusform>
            <numerusform>Not submitted yet and the start on %1 is less than %n months away: the proposal had to reach the advisor by %2. Submit it now and start on or after %3, or ask the advisor for an override.</numerusform>
        </translation>
    </message>
    <message>
        <source>The remaining %1 weeks still reach %2 weeks.</source>
        <translation>The remaining %1 weeks still reach %2 weeks.</translation>
    </message>
    <message>
        <source>The remaining %1 weeks no longer reach %2 weeks: end on or after %3.</source>
        <translation>The remaining %1 weeks no longer reach %2 weeks: end on or after %3.</translation>
    </message>
    <message numerus="yes">
        <source>The agreement got its last signature on %1, after the start on %2: the %n scheduled day(s) before it do not count (the student was not insured).</source>
        <translation>
            <numerusform>The agreement got its last signature on %1, after the start on %2: the %n scheduled day before it does not count (the student was not insured).</numerusform>
            <numerusform>The agreement got its last signature on %1, after the start on %2: the %n scheduled days before it do not count (the student was not insured).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started on %1 without every signature (missing: %2): no day before the last signature counts, %n scheduled day(s) lost so far.</source>
        <translation>
            <numerusform>Started on %1 without every signature (missing: %2): no day before the last signature counts, %n scheduled day lost so far.</numerusform>
            <numerusform>Started on %1 without every signature (missing: %2): no day before the last signature counts, %n scheduled days lost so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed yet (missing: %1): the four parties must sign on or before the start on %2, or the days before the last signature will not count.</source>
        <translation>Not signed yet (missing: %1): the four parties must sign on or before the start on %2, or the days before the last signature will not count.</translation>
    </message>
    <message>
        <source>end on or after %1, or work more hours a week.</source>
        <translation>end on or after %1, or work more hours a week.</translation>
    </message>
    <message>
        <source>work more hours a week or for longer.</source>
        <translation>work more hours a week or for longer.</translation>
    </message>
    <message>
        <source>%1 full-time-equivalent weeks (%2 h scheduled) is less than the %3 weeks required (%4 h): %5</source>
        <translation>%1 full-time-equivalent weeks (%2 h scheduled) is less than the %3 weeks required (%4 h): %5</translation>
    </message>
    <message>
        <source>%1 presence hours with %2 this academic year exceed the legal maximum of %3 months (%4 h): end on or before %5.</source>
        <translation>%1 presence hours with %2 this academic year exceed the legal maximum of %3 months (%4 h): end on or before %5.</translation>
    </message>
    <message>
        <source>%1 presence hours is more than %2 months (%3 h): the law requires a gratification of at least %4 a month (%5 an hour), %6 in total.</source>
        <translation>%1 presence hours is more than %2 months (%3 h): the law requires a gratification of at least %4 a month (%5 an hour), %6 in total.</translation>
    </message>
    <message>
        <source>A gratification of %1 a month is below the legal minimum of %2 a month (%3 an hour × %4 h a week × 52 / 12): raise it to at least %2.</source>
        <translation>A gratification of %1 a month is below the legal minimum of %2 a month (%3 an hour × %4 h a week × 52 / 12): raise it to at least %2.</translation>
    </message>
    <message>
        <source>A gratification of %1 an hour is below the legal minimum of %2 an hour in force on %3: raise it to at least %2.</source>
        <translation>A gratification of %1 an hour is below the legal minimum of %2 an hour in force on %3: raise it to at least %2.</translation>
    </message>
    <message>
        <source>Scheduled on %1, in the teaching period (%2): a full-time internship must be outside it. Start on or after %3.</source>
        <translation>Scheduled on %1, in the teaching period (%2): a full-time internship must be outside it. Start on or after %3.</translation>
    </message>
    <message>
        <source>This part-time internship is scheduled in the teaching period (%2, from %1): check with the advisor that it does not clash with classes.</source>
        <translation>This part-time internship is scheduled in the teaching period (%2, from %1): check with the advisor that it does not clash with classes.</translation>
    </message>
    <message>
        <source>Ends on %1, after the completion deadline of %2: end on or before %2.</source>
        <translation>Ends on %1, after the completion deadline of %2: end on or before %2.</translation>
    </message>
    <message>
        <source>Overlaps internship %1 (%2 to %3) of the same student: change the dates so that they do not overlap.</source>
        <translation>Overlaps internship %1 (%2 to %3) of the same student: change the dates so that they do not overlap.</translation>
    </message>
    <message>
        <source>the host supervisor</source>
        <translation>the host supervisor</translation>
    </message>
    <message>
        <source>Report missing: hand in a report of %1 to %2 pages.</source>
        <translation>Report missing: hand in a report of %1 to %2 pages.</translation>
    </message>
    <message numerus="yes">
        <source>The report has %n page(s); it should have %1 to %2.</source>
        <translation>
            <numerusform>The report has %n page; it should have %1 to %2.</numerusform>
            <numerusform>The report has %n pages; it should have %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h a week is outside the expected half a day to a day a week (%2 to %3 h): plan between %2 and %3 h a week.</source>
        <translation>%1 h a week is outside the expected half a day to a day a week (%2 to %3 h): plan between %2 and %3 h a week.</translation>
    </message>
    <message>
        <source>From %1 to %2 is shorter than %3 months: end on or after %4.</source>
        <translation>From %1 to %2 is shorter than %3 months: end on or after %4.</translation>
    </message>
    <message>
        <source>From %1 to %2 is longer than %3 months: end on or before %4.</source>
        <translation>From %1 to %2 is longer than %3 months: end on or before %4.</translation>
    </message>
    <message>
        <source>From %1 to %2 is not within the teaching period %3: a TER takes place during the teaching period, most commonly in T4.</source>
        <translation>From %1 to %2 is not within the teaching period %3: a TER takes place during the teaching period, most commonly in T4.</translation>
    </message>
    <message>
        <source>An AI-challenge preparation TER runs in %1, before the challenge class; from %2 to %3 is not within it: move it there.</source>
        <translation>An AI-challenge preparation TER runs in %1, before the challenge class; from %2 to %3 is not within it: move it there.</translation>
    </message>
    <message>
        <source>it must run in %1, not from %2 to %3</source>
        <translation>it must run in %1, not from %2 to %3</translation>
    </message>
    <message numerus="yes">
        <source>it is done by exactly %1 students, not %n</source>
        <translation>
            <numerusform>it is done by exactly %1 students, not %n</numerusform>
            <numerusform>it is done by exactly %1 students, not %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Solving a classmates&apos; mini-challenge: %1.</source>
        <translation>Solving a classmates&apos; mini-challenge: %1.</translation>
    </message>
    <message>
        <source>%1 is outside Université Paris-Saclay: the advisor must approve this TER first.</source>
        <translation>%1 is outside Université Paris-Saclay: the advisor must approve this TER first.</translation>
    </message>
    <message>
        <source>The lab</source>
        <translation>The lab</translation>
    </message>
    <message>
        <source>The student is paid: this TER needs an internship agreement (convention de stage).</source>
        <translation>The student is paid: this TER needs an internship agreement (convention de stage).</translation>
    </message>
    <message>
        <source>The lab is outside Université Paris-Saclay: this TER needs an internship agreement (convention de stage).</source>
        <translation>The lab is outside Université Paris-Saclay: this TER needs an internship agreement (convention de stage).</translation>
    </message>
    <message>
        <source>The subject &quot;%1&quot; is taken by %2 students, more than its capacity of %3: move %4 of them to another subject, or raise the capacity.</source>
        <translation>The subject &quot;%1&quot; is taken by %2 students, more than its capacity of %3: move %4 of them to another subject, or raise the capacity.</translation>
    </message>
    <message>
        <source>Report missing: hand a report of %1 to %2 pages to the supervising researchers.</source>
        <translation>Report missing: hand a report of %1 to %2 pages to the supervising researchers.</translation>
    </message>
    <message>
        <source>No grade yet: the supervisors must give a grade from 0 to %1.</source>
        <translation>No grade yet: the supervisors must give a grade from 0 to %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of full-time classes: a summer school must have at least %1; choose a longer one.</source>
        <translation>
            <numerusform>%n day of full-time classes: a summer school must have at least %1; choose a longer one.</numerusform>
            <numerusform>%n days of full-time classes: a summer school must have at least %1; choose a longer one.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the programme&apos;s list of proposed schools: the advisor must approve it.</source>
        <translation>&quot;%1&quot; is not in the programme&apos;s list of proposed schools: the advisor must approve it.</translation>
    </message>
    <message>
        <source>Report missing: send a short report (about 2 pages) with links to the classes followed and the projects finished.</source>
        <translation>Report missing: send a short report (about 2 pages) with links to the classes followed and the projects finished.</translation>
    </message>
    <message>
        <source>The report gives %1 link(s); it needs at least %2 to the classes followed and the projects finished.</source>
        <translation>The report gives %1 link(s); it needs at least %2 to the classes followed and the projects finished.</translation>
    </message>
    <message numerus="yes">
        <source>The paragraph on &quot;%1&quot; has %n word(s): write at least %2, in your own words, on what you learned and what it brings to your field.</source>
        <translation>
            <numerusform>The paragraph on &quot;%1&quot; has %n word: write at least %2, in your own words, on what you learned and what it brings to your field.</numerusform>
            <numerusform>The paragraph on &quot;%1&quot; has %n words: write at least %2, in your own words, on what you learned and what it brings to your field.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seminar(s) recorded: attend at least %1 seminars in the field (online or in a room) to replace the internship.</source>
        <translation>
            <numerusform>%n seminar recorded: attend at least %1 seminars in the field (online or in a room) to replace the internship.</numerusform>
            <numerusform>%n seminars recorded: attend at least %1 seminars in the field (online or in a room) to replace the internship.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has not completed the year by %2: missing %3.</source>
        <translation>%1 has not completed the year by %2: missing %3.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>No completion proof: ask %1 to sign a proof that the internship was completed successfully.</source>
        <translation>No completion proof: ask %1 to sign a proof that the internship was completed successfully.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <source>internship</source>
        <translation>internship</translation>
    </message>
    <message>
        <source>TER</source>
        <translation>TER</translation>
    </message>
    <message>
        <source>summer school</source>
        <translation>summer school</translation>
    </message>
    <message>
        <source>seminar</source>
        <translation>seminar</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>the disk is full (or the database reached its size limit); nothing was saved. Free some space and try again</source>
        <translation>the disk is full (or the database reached its size limit); nothing was saved. Free some space and try again</translation>
    </message>
    <message>
        <source>the database is read-only; nothing was saved</source>
        <translation>the database is read-only; nothing was saved</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from a backup</source>
        <translation>the database file is damaged; restore it from a backup</translation>
    </message>
    <message>
        <source>the file is not an InternTrack database</source>
        <translation>the file is not an InternTrack database</translation>
    </message>
    <message>
        <source>another program kept the database busy for too long; nothing was saved. Try again</source>
        <translation>another program kept the database busy for too long; nothing was saved. Try again</translation>
    </message>
    <message>
        <source>the disk reported an input/output error; nothing was saved</source>
        <translation>the disk reported an input/output error; nothing was saved</translation>
    </message>
    <message>
        <source>the file cannot be opened (check that it exists and that you may read it)</source>
        <translation>the file cannot be opened (check that it exists and that you may read it)</translation>
    </message>
    <message>
        <source>an item with the same identifier already exists</source>
        <translation>an item with the same identifier already exists</translation>
    </message>
    <message>
        <source>it refers to an item that does not exist, or other items still refer to it</source>
        <translation>it refers to an item that does not exist, or other items still refer to it</translation>
    </message>
    <message>
        <source>a value breaks a rule of the database</source>
        <translation>a value breaks a rule of the database</translation>
    </message>
    <message>
        <source>the database reported an error</source>
        <translation>the database reported an error</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>Could not start a transaction</source>
        <translation>Could not start a transaction</translation>
    </message>
    <message>
        <source>The transaction is no longer active: nothing was saved.</source>
        <translation>The transaction is no longer active: nothing was saved.</translation>
    </message>
    <message>
        <source>Transactions were closed out of order: nothing was saved.</source>
        <translation>Transactions were closed out of order: nothing was saved.</translation>
    </message>
    <message>
        <source>An earlier step failed and undid the transaction: nothing was saved.</source>
        <translation>An earlier step failed and undid the transaction: nothing was saved.</translation>
    </message>
    <message>
        <source>Could not save the changes</source>
        <translation>Could not save the changes</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>Unknown language &quot;%1&quot; (available: %2).</source>
        <translation>Unknown language &quot;%1&quot; (available: %2).</translation>
    </message>
    <message>
        <source>The %1 translation is missing from this build.</source>
        <translation>The %1 translation is missing from this build.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>The item is already %1.</source>
        <translation>The item is already %1.</translation>
    </message>
    <message>
        <source>The item is %1: it cannot change any more.</source>
        <translation>The item is %1: it cannot change any more.</translation>
    </message>
    <message>
        <source>An item cannot go from %1 to %2.</source>
        <translation>An item cannot go from %1 to %2.</translation>
    </message>
    <message>
        <source>Only the %1 may move an item from %2 to %3.</source>
        <translation>Only the %1 may move an item from %2 to %3.</translation>
    </message>
    <message>
        <source>A student may only change their own proposals.</source>
        <translation>A student may only change their own proposals.</translation>
    </message>
    <message>
        <source>Moving an item to %1 needs a comment that tells the student why.</source>
        <translation>Moving an item to %1 needs a comment that tells the student why.</translation>
    </message>
    <message>
        <source>The agreement must be sent for signature and signed before the placement starts.</source>
        <translation>The agreement must be sent for signature and signed before the placement starts.</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) of the agreement are missing: record every signature first.</source>
        <translation>
            <numerusform>%n signature of the agreement is missing: record every signature first.</numerusform>
            <numerusform>%n signatures of the agreement are missing: record every signature first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The item cannot be %1 while %n error(s) remain (%2): fix them, or the advisor overrides them with a written reason.</source>
        <translation>
            <numerusform>The item cannot be %1 while %n error remains (%2): fix it, or the advisor overrides it with a written reason.</numerusform>
            <numerusform>The item cannot be %1 while %n errors remain (%2): fix them, or the advisor overrides them with a written reason.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the advisor may override a rule.</source>
        <translation>Only the advisor may override a rule.</translation>
    </message>
    <message>
        <source>The proposal is %1: only a draft or a proposal sent back for changes can be edited by the student.</source>
        <translation>The proposal is %1: only a draft or a proposal sent back for changes can be edited by the student.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>changes requested</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>sent for signature</source>
        <translation>sent for signature</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validated</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>interntrack::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Choose the database file of a programme</source>
        <translation>Choose the database file of a programme</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About InternTrack</source>
        <translation>&amp;About InternTrack</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>The students of the year and where each stands on the year&apos;s requirements.</source>
        <translation>The students of the year and where each stands on the year&apos;s requirements.</translation>
    </message>
    <message>
        <source>TERs</source>
        <translation>TERs</translation>
    </message>
    <message>
        <source>Research projects (TER): subjects, labs, capacity and the students of each group.</source>
        <translation>Research projects (TER): subjects, labs, capacity and the students of each group.</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Internships</translation>
    </message>
    <message>
        <source>Internships: host, tutor, schedule, absences, signatures and gratification, with what the rules find in each.</source>
        <translation>Internships: host, tutor, schedule, absences, signatures and gratification, with what the rules find in each.</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternatives</translation>
    </message>
    <message>
        <source>The alternatives to an internship: summer schools and seminars.</source>
        <translation>The alternatives to an internship: summer schools and seminars.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>The year on a calendar: the periods T1 to T4, the deadlines and every internship.</source>
        <translation>The year on a calendar: the periods T1 to T4, the deadlines and every internship.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Internship agreements (convention de stage), completion certificates and lists, as PDF, ODT or CSV.</source>
        <translation>Internship agreements (convention de stage), completion certificates and lists, as PDF, ODT or CSV.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>InternTrack</source>
        <translation>InternTrack</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>%1 — InternTrack</source>
        <translation>%1 — InternTrack</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>Cannot open %1: there is no such file.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>InternTrack databases (*.interntrack *.sqlite *.db)</source>
        <translation>InternTrack databases (*.interntrack *.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>About InternTrack</source>
        <translation>About InternTrack</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InternTrack %1&lt;/h3&gt;&lt;p&gt;Tracks the internships and research projects (TER) of a master&apos;s programme, and checks every plan against the programme&apos;s rules.&lt;/p&gt;&lt;p&gt;For the programme&apos;s advisor, its students and its secretariat.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InternTrack %1&lt;/h3&gt;&lt;p&gt;Tracks the internships and research projects (TER) of a master&apos;s programme, and checks every plan against the programme&apos;s rules.&lt;/p&gt;&lt;p&gt;For the programme&apos;s advisor, its students and its secretariat.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>interntrack::PlaceholderPage</name>
    <message>
        <source>This view is coming in a later version of InternTrack.</source>
        <translation>This view is coming in a later version of InternTrack.</translation>
    </message>
</context>
<context>
    <name>interntrack::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Applies at once and is remembered for the next start.</source>
        <translation>Applies at once and is remembered for the next start.</translation>
    </message>
</context>
</TS>
