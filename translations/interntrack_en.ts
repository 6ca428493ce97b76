<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CalendarExport</name>
    <message>
        <source>internship</source>
        <translation>internship</translation>
    </message>
    <message>
        <source>internship at %1</source>
        <translation>internship at %1</translation>
    </message>
    <message>
        <source>TER</source>
        <translation>TER</translation>
    </message>
    <message>
        <source>TER “%1”</source>
        <translation>TER “%1”</translation>
    </message>
    <message>
        <source>summer school</source>
        <translation>summer school</translation>
    </message>
    <message>
        <source>summer school %1</source>
        <translation>summer school %1</translation>
    </message>
    <message>
        <source>seminars</source>
        <translation>seminars</translation>
    </message>
    <message>
        <source>Proposal due: %1 (%2)</source>
        <translation>Proposal due: %1 (%2)</translation>
    </message>
    <message>
        <source>Agreement signatures due: %1 (%2)</source>
        <translation>Agreement signatures due: %1 (%2)</translation>
    </message>
    <message>
        <source>Start: %1 (%2)</source>
        <translation>Start: %1 (%2)</translation>
    </message>
    <message>
        <source>End: %1 (%2)</source>
        <translation>End: %1 (%2)</translation>
    </message>
    <message>
        <source>Report due: %1 (%2)</source>
        <translation>Report due: %1 (%2)</translation>
    </message>
    <message>
        <source>Seminars due: %1 (%2)</source>
        <translation>Seminars due: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Could not follow the changes other people make on %1</source>
        <translation>Could not follow the changes other people make on %1</translation>
    </message>
</context>
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
        <source>With --db: the academic year to check (default: the latest in the database).</source>
        <translation>With --db: the academic year to check (default: the latest in the database).</translation>
    </message>
    <message>
        <source>check --db takes no FILE.json</source>
        <translation>check --db takes no FILE.json</translation>
    </message>
    <message>
        <source>cannot write the result: %1</source>
        <translation>cannot write the result: %1</translation>
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
    <message>
        <source>proposal checks the plan; validation also the deliverables (proof, reports, grades); close also whether each student completed the year; current checks each item at the stage its progress calls for (default: the input&apos;s &quot;stage&quot;, else proposal).</source>
        <translation>proposal checks the plan; validation also the deliverables (proof, reports, grades); close also whether each student completed the year; current checks each item at the stage its progress calls for (default: the input&apos;s &quot;stage&quot;, else proposal).</translation>
    </message>
    <message>
        <source>--stage: &quot;%1&quot; is not one of proposal, validation, close, current</source>
        <translation>--stage: &quot;%1&quot; is not one of proposal, validation, close, current</translation>
    </message>
    <message>
        <source>Write agreements, certificates, lists, a calendar or reminders.</source>
        <translation>Write agreements, certificates, lists, a calendar or reminders.</translation>
    </message>
    <message>
        <source>Import students&apos; proposal files into a database.</source>
        <translation>Import students&apos; proposal files into a database.</translation>
    </message>
    <message>
        <source>Write the advisor&apos;s decision on a proposal as a reply file.</source>
        <translation>Write the advisor&apos;s decision on a proposal as a reply file.</translation>
    </message>
    <message>
        <source>Imports students&apos; proposal files (.%1, written by the student mode of interntrack) into the
database: each sender is matched to a student of the proposal&apos;s year (by id, email or name),
each item arrives as submitted, dated by the file, with the student&apos;s message as the comment.
A proposal sent again replaces the earlier one while it is not approved; the history keeps
both. All the files are imported in one transaction: all or nothing.

Exit status:
  0  imported
  2  bad input or a failure: nothing was imported</source>
        <translation>Imports students&apos; proposal files (.%1, written by the student mode of interntrack) into the
database: each sender is matched to a student of the proposal&apos;s year (by id, email or name),
each item arrives as submitted, dated by the file, with the student&apos;s message as the comment.
A proposal sent again replaces the earlier one while it is not approved; the history keeps
both. All the files are imported in one transaction: all or nothing.

Exit status:
  0  imported
  2  bad input or a failure: nothing was imported</translation>
    </message>
    <message>
        <source>Create the sender when no student of the year matches (else refused).</source>
        <translation>Create the sender when no student of the year matches (else refused).</translation>
    </message>
    <message>
        <source>The proposal files.</source>
        <translation>The proposal files.</translation>
    </message>
    <message>
        <source>%1 does not exist: a proposal is imported into an existing database.</source>
        <translation>%1 does not exist: a proposal is imported into an existing database.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give --create-student to create them.</source>
        <translation>Give --create-student to create them.</translation>
    </message>
    <message>
        <source>Writes the advisor&apos;s decision on a student&apos;s proposal as a reply file (.%1) for the student
mode of interntrack: the item&apos;s state (approved, changes requested, rejected…), the comment of
the last decision, who made it and when.

Exit status:
  0  written
  2  bad input or a failure: nothing was written</source>
        <translation>Writes the advisor&apos;s decision on a student&apos;s proposal as a reply file (.%1) for the student
mode of interntrack: the item&apos;s state (approved, changes requested, rejected…), the comment of
the last decision, who made it and when.

Exit status:
  0  written
  2  bad input or a failure: nothing was written</translation>
    </message>
    <message>
        <source>The id of the internship, TER or summer school.</source>
        <translation>The id of the internship, TER or summer school.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>wrote the reply on %1 to %2</source>
        <translation>wrote the reply on %1 to %2</translation>
    </message>
    <message>
        <source>What to write (default: agreements).</source>
        <translation>What to write (default: agreements).</translation>
    </message>
    <message>
        <source>The file format: pdf or odt for agreements and certificates, csv or pdf for lists.</source>
        <translation>The file format: pdf or odt for agreements and certificates, csv or pdf for lists.</translation>
    </message>
    <message>
        <source>With lists as CSV: &apos;;&apos; (the default, with &apos;,&apos; as decimal separator) or &apos;,&apos;.</source>
        <translation>With lists as CSV: &apos;;&apos; (the default, with &apos;,&apos; as decimal separator) or &apos;,&apos;.</translation>
    </message>
    <message>
        <source>The language of the documents (default: en).</source>
        <translation>The language of the documents (default: en).</translation>
    </message>
    <message>
        <source>Only these students, by id, separated by commas (default: every student of the year).</source>
        <translation>Only these students, by id, separated by commas (default: every student of the year).</translation>
    </message>
    <message>
        <source>The date the documents are made (default: the system date).</source>
        <translation>The date the documents are made (default: the system date).</translation>
    </message>
    <message>
        <source>The advisor&apos;s name on agreements and under reminders.</source>
        <translation>The advisor&apos;s name on agreements and under reminders.</translation>
    </message>
    <message>
        <source>The folder to write into (default: the current folder).</source>
        <translation>The folder to write into (default: the current folder).</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not one of %2</source>
        <translation>--kind: &quot;%1&quot; is not one of %2</translation>
    </message>
    <message>
        <source>--format does not go with --kind %1</source>
        <translation>--format does not go with --kind %1</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of %2 for %3</source>
        <translation>--format: &quot;%1&quot; is not one of %2 for %3</translation>
    </message>
    <message>
        <source>--delimiter goes with --kind lists as CSV</source>
        <translation>--delimiter goes with --kind lists as CSV</translation>
    </message>
    <message>
        <source>--students: &quot;%1&quot; is not a student of %2</source>
        <translation>--students: &quot;%1&quot; is not a student of %2</translation>
    </message>
    <message>
        <source>--students: give at least one student id</source>
        <translation>--students: give at least one student id</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>wrote %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n file written to %1</numerusform>
            <numerusform>%n files written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--profile: &quot;%1&quot; is not a programme InternTrack knows (%2).</source>
        <translation>--profile: &quot;%1&quot; is not a programme InternTrack knows (%2).</translation>
    </message>
    <message>
        <source>The login&apos;s role: advisor, secretariat or student.</source>
        <translation>The login&apos;s role: advisor, secretariat or student.</translation>
    </message>
    <message>
        <source>The student a student&apos;s login is tied to (their id).</source>
        <translation>The student a student&apos;s login is tied to (their id).</translation>
    </message>
    <message>
        <source>The PostgreSQL database.</source>
        <translation>The PostgreSQL database.</translation>
    </message>
    <message>
        <source>db %1: give a PostgreSQL database, postgresql://login@host:port/database (a database file needs no roles)</source>
        <translation>db %1: give a PostgreSQL database, postgresql://login@host:port/database (a database file needs no roles)</translation>
    </message>
    <message>
        <source>db add-user: --role must be advisor, secretariat or student</source>
        <translation>db add-user: --role must be advisor, secretariat or student</translation>
    </message>
    <message>
        <source>%1: schema version %2, roles and rights set up</source>
        <translation>%1: schema version %2, roles and rights set up</translation>
    </message>
    <message>
        <source>%1: login %2 added as %3</source>
        <translation>%1: login %2 added as %3</translation>
    </message>
    <message>
        <source>Set up a shared PostgreSQL database (its schema, roles, rights and logins), or copy a database to a server and back.</source>
        <translation>Set up a shared PostgreSQL database (its schema, roles, rights and logins), or copy a database to a server and back.</translation>
    </message>
    <message>
        <source>db copy: give a database file or a PostgreSQL database, postgresql://login@host:port/database</source>
        <translation>db copy: give a database file or a PostgreSQL database, postgresql://login@host:port/database</translation>
    </message>
    <message>
        <source>Copied %1 rows of %2 tables from %3 to %4.</source>
        <translation>Copied %1 rows of %2 tables from %3 to %4.</translation>
    </message>
    <message>
        <source>Students&apos; logins are not part of a file: add each with &quot;%1 db add-user %2 LOGIN --role student --student ID&quot; (and the staff&apos;s with --role advisor or secretariat).</source>
        <translation>Students&apos; logins are not part of a file: add each with &quot;%1 db add-user %2 LOGIN --role student --student ID&quot; (and the staff&apos;s with --role advisor or secretariat).</translation>
    </message>
    <message>
        <source>Sets up a shared PostgreSQL database, and moves a database to it and back; run by its owner
or an administrator.
  db init URL
      creates (or upgrades) the schema, the roles interntrack_advisor, interntrack_secretariat
      and interntrack_student, their rights, and the row-level security that keeps each
      student to their own rows; running it again changes nothing more
  db add-user URL LOGIN --role advisor|secretariat|student [--student ID]
      creates a person&apos;s login in a role; a student&apos;s login is tied to the student ID
  db copy FROM TO
      copies every row of the database FROM (a file or a URL) into TO, which must hold no data
      yet (a new file, a new PostgreSQL database, or one just set up with db init): the years,
      items, documents, workflow steps and audit log, ids kept; all or nothing. A file is
      created when missing; both must have the same schema version. Students&apos; logins are
      not part of a file: after a copy to a server, add them with db add-user
URL: postgresql://login@host:port/database. The password comes from the server&apos;s usual ways
(PGPASSWORD, ~/.pgpass) and is never shown. A new login has no password: set one on the
server (ALTER ROLE ... PASSWORD) or let the server authenticate it otherwise.

Exit status:
  0  done
  2  bad input or a failure: nothing was changed</source>
        <translation>Sets up a shared PostgreSQL database, and moves a database to it and back; run by its owner
or an administrator.
  db init URL
      creates (or upgrades) the schema, the roles interntrack_advisor, interntrack_secretariat
      and interntrack_student, their rights, and the row-level security that keeps each
      student to their own rows; running it again changes nothing more
  db add-user URL LOGIN --role advisor|secretariat|student [--student ID]
      creates a person&apos;s login in a role; a student&apos;s login is tied to the student ID
  db copy FROM TO
      copies every row of the database FROM (a file or a URL) into TO, which must hold no data
      yet (a new file, a new PostgreSQL database, or one just set up with db init): the years,
      items, documents, workflow steps and audit log, ids kept; all or nothing. A file is
      created when missing; both must have the same schema version. Students&apos; logins are
      not part of a file: after a copy to a server, add them with db add-user
URL: postgresql://login@host:port/database. The password comes from the server&apos;s usual ways
(PGPASSWORD, ~/.pgpass) and is never shown. A new login has no password: set one on the
server (ALTER ROLE ... PASSWORD) or let the server authenticate it otherwise.

Exit status:
  0  done
  2  bad input or a failure: nothing was changed</translation>
    </message>
    <message>
        <source>init, add-user or copy.</source>
        <translation>init, add-user or copy.</translation>
    </message>
    <message>
        <source>Writes documents of an academic year of a database into a folder, one file each:
  agreements    the internship agreements (pdf or odt; default pdf), only where French
                internship law applies (the year&apos;s programme profile says whether)
  certificates  the internship certificates (pdf or odt; default pdf)
  lists         where each student stands, the deliverables still owed and the TER
                grades (csv or pdf; default csv: UTF-8 with a BOM, &quot;;&quot; and a decimal
                comma, or &quot;,&quot; and a decimal point with --delimiter &apos;,&apos;)
  calendar      every deadline as an all-day event, in one iCalendar file (.ics)
  reminders     one e-mail draft (.eml) per student who still owes something
The folder is created when it does not exist. Each file written is named on standard
error, then a summary.

Exit status:
  0  every file was written
  2  bad input or a failure: standard error says what is wrong</source>
        <translation>Writes documents of an academic year of a database into a folder, one file each:
  agreements    the internship agreements (pdf or odt; default pdf), only where French
                internship law applies (the year&apos;s programme profile says whether)
  certificates  the internship certificates (pdf or odt; default pdf)
  lists         where each student stands, the deliverables still owed and the TER
                grades (csv or pdf; default csv: UTF-8 with a BOM, &quot;;&quot; and a decimal
                comma, or &quot;,&quot; and a decimal point with --delimiter &apos;,&apos;)
  calendar      every deadline as an all-day event, in one iCalendar file (.ics)
  reminders     one e-mail draft (.eml) per student who still owes something
The folder is created when it does not exist. Each file written is named on standard
error, then a summary.

Exit status:
  0  every file was written
  2  bad input or a failure: standard error says what is wrong</translation>
    </message>
    <message>
        <source>--kind agreements: %1</source>
        <translation>--kind agreements: %1</translation>
    </message>
    <message>
        <source>With --db: the programme, in a database that holds several (e.g. imperial-msc-ai; default: the only one).</source>
        <translation>With --db: the programme, in a database that holds several (e.g. imperial-msc-ai; default: the only one).</translation>
    </message>
    <message>
        <source>--year and --programme go with --db</source>
        <translation>--year and --programme go with --db</translation>
    </message>
    <message>
        <source>The programme, in a database that holds several (e.g. imperial-msc-ai; default: the only one).</source>
        <translation>The programme, in a database that holds several (e.g. imperial-msc-ai; default: the only one).</translation>
    </message>
    <message>
        <source>--programme: %1 holds no programme yet</source>
        <translation>--programme: %1 holds no programme yet</translation>
    </message>
    <message>
        <source>--programme: %1 holds no programme &quot;%2&quot;; it holds %3</source>
        <translation>--programme: %1 holds no programme &quot;%2&quot;; it holds %3</translation>
    </message>
    <message>
        <source>The programme whose rules and demo cohort to use: %1 (default: %2). Given several times, or &quot;all&quot;, the database holds each as its own programme.</source>
        <translation>The programme whose rules and demo cohort to use: %1 (default: %2). Given several times, or &quot;all&quot;, the database holds each as its own programme.</translation>
    </message>
    <message>
        <source>Check a year of this database instead of a FILE.json: a file, or a postgresql://login@host/database URL.</source>
        <translation>Check a year of this database instead of a FILE.json: a file, or a postgresql://login@host/database URL.</translation>
    </message>
    <message>
        <source>The database: an InternTrack database file, or a shared one&apos;s postgresql://login@host/database (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation>The database: an InternTrack database file, or a shared one&apos;s postgresql://login@host/database (the password from PGPASSWORD or ~/.pgpass).</translation>
    </message>
    <message>
        <source>--db: this command works on a database file; a PostgreSQL database is backed up and restored with pg_dump and pg_restore, and filled from a file with &quot;db copy&quot;</source>
        <translation>--db: this command works on a database file; a PostgreSQL database is backed up and restored with pg_dump and pg_restore, and filled from a file with &quot;db copy&quot;</translation>
    </message>
    <message>
        <source>--db: give the path of a database file or a postgresql:// URL</source>
        <translation>--db: give the path of a database file or a postgresql:// URL</translation>
    </message>
    <message>
        <source>The database: an InternTrack database file, or a postgresql://login@host/database URL.</source>
        <translation>The database: an InternTrack database file, or a postgresql://login@host/database URL.</translation>
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
    <message>
        <source>%1 was deleted by someone else after you opened it.</source>
        <translation>%1 was deleted by someone else after you opened it.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else at the same moment: look at their changes, then make yours again.</source>
        <translation>%1 was changed by someone else at the same moment: look at their changes, then make yours again.</translation>
    </message>
    <message>
        <source>%1: could not read its version</source>
        <translation>%1: could not read its version</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <source>%1 was created by %2 at %3, after you started yours: look at it, then make your changes again.</source>
        <translation>%1 was created by %2 at %3, after you started yours: look at it, then make your changes again.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3, after you opened it: look at their changes, then make yours again.</source>
        <translation>%1 was changed by %2 at %3, after you opened it: look at their changes, then make yours again.</translation>
    </message>
    <message>
        <source>This database holds several programmes (%1): choose one.</source>
        <translation>This database holds several programmes (%1): choose one.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a programme: use 1 to 64 lower-case letters, digits and dashes, e.g. imperial-msc-ai.</source>
        <translation>&quot;%1&quot; cannot name a programme: use 1 to 64 lower-case letters, digits and dashes, e.g. imperial-msc-ai.</translation>
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
    <message>
        <source>override %1: unknown key %2 (the keys are rule, by, at, reason)</source>
        <translation>override %1: unknown key %2 (the keys are rule, by, at, reason)</translation>
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
    <message>
        <source>%1 is a PostgreSQL database: its administrator backs it up with the server&apos;s tools (pg_dump), not InternTrack.</source>
        <translation>%1 is a PostgreSQL database: its administrator backs it up with the server&apos;s tools (pg_dump), not InternTrack.</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database: its administrator restores it with the server&apos;s tools (pg_restore), not InternTrack.</source>
        <translation>%1 is a PostgreSQL database: its administrator restores it with the server&apos;s tools (pg_restore), not InternTrack.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL database address: write postgresql://login@host:port/database.</source>
        <translation>%1 is not a PostgreSQL database address: write postgresql://login@host:port/database.</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not available: install the Qt Sql PostgreSQL plugin (Debian: libqt6sql6-psql).</source>
        <translation>The Qt PostgreSQL driver (QPSQL) is not available: install the Qt Sql PostgreSQL plugin (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>%1: the connection option &quot;%2&quot; cannot be used.</source>
        <translation>%1: the connection option &quot;%2&quot; cannot be used.</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>Cannot connect to %1</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not an InternTrack database. Nothing was changed.</source>
        <translation>%1 holds the tables of another program, not an InternTrack database. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 holds no InternTrack database yet (create it with interntrack-cli db init).</source>
        <translation>%1 holds no InternTrack database yet (create it with interntrack-cli db init).</translation>
    </message>
    <message>
        <source>%1 uses an older schema (version %2) and must be upgraded to version %3 before it can be read, which needs write access. Open it without read-only.</source>
        <translation>%1 uses an older schema (version %2) and must be upgraded to version %3 before it can be read, which needs write access. Open it without read-only.</translation>
    </message>
    <message>
        <source>Your login %1 is not an InternTrack user of %2: ask your administrator to run interntrack-cli db add-user.</source>
        <translation>Your login %1 is not an InternTrack user of %2: ask your administrator to run interntrack-cli db add-user.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The copy was cancelled: nothing was written to %1.</source>
        <translation>The copy was cancelled: nothing was written to %1.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2</source>
        <translation>Could not copy %1 to %2</translation>
    </message>
    <message>
        <source>%1: a database cannot be copied into itself.</source>
        <translation>%1: a database cannot be copied into itself.</translation>
    </message>
    <message>
        <source>%1: their schema versions differ (%2 and %3). Nothing was written; open both with the same version of InternTrack, which upgrades an older one.</source>
        <translation>%1: their schema versions differ (%2 and %3). Nothing was written; open both with the same version of InternTrack, which upgrades an older one.</translation>
    </message>
    <message>
        <source>%1: the target already holds data (table %2): copy into an empty database. Nothing was written.</source>
        <translation>%1: the target already holds data (table %2): copy into an empty database. Nothing was written.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>proposal due</source>
        <translation>proposal due</translation>
    </message>
    <message>
        <source>signatures due</source>
        <translation>signatures due</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>report due</source>
        <translation>report due</translation>
    </message>
    <message>
        <source>seminars due</source>
        <translation>seminars due</translation>
    </message>
</context>
<context>
    <name>DocumentBatch</name>
    <message>
        <source>There is no internship %1 in this cohort.</source>
        <translation>There is no internship %1 in this cohort.</translation>
    </message>
    <message>
        <source>The internship %1 belongs to the student %2, who is not in this cohort.</source>
        <translation>The internship %1 belongs to the student %2, who is not in this cohort.</translation>
    </message>
    <message>
        <source>The figures of the internship %1 were not computed: check the cohort again.</source>
        <translation>The figures of the internship %1 were not computed: check the cohort again.</translation>
    </message>
    <message numerus="yes">
        <source>%1 The %n document(s) written before stay in %2.</source>
        <translation>
            <numerusform>%1 The %n document written before stay in %2.</numerusform>
            <numerusform>%1 The %n documents written before stay in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentTemplate</name>
    <message>
        <source>The template %1 has a broken placeholder at line %2: a placeholder is written {{name}}, with letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; only.</source>
        <translation>The template %1 has a broken placeholder at line %2: a placeholder is written {{name}}, with letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; only.</translation>
    </message>
    <message>
        <source>The template %1 has a placeholder without a name at line %2.</source>
        <translation>The template %1 has a placeholder without a name at line %2.</translation>
    </message>
    <message>
        <source>The template %1 closes the section {{/%2}} at line %3, which is not the section open there.</source>
        <translation>The template %1 closes the section {{/%2}} at line %3, which is not the section open there.</translation>
    </message>
    <message>
        <source>The template %1 opens the section {{#%2}} at line %3 and never closes it with {{/%2}}.</source>
        <translation>The template %1 opens the section {{#%2}} at line %3 and never closes it with {{/%2}}.</translation>
    </message>
    <message>
        <source>There is no document template named &quot;%1&quot; in the language &quot;%2&quot;.</source>
        <translation>There is no document template named &quot;%1&quot; in the language &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>Cannot read the template %1: %2</translation>
    </message>
    <message>
        <source>The template %1 uses {{%2}} at line %3, which is not a field of this document: correct it or remove it. The fields are: %4.</source>
        <translation>The template %1 uses {{%2}} at line %3, which is not a field of this document: correct it or remove it. The fields are: %4.</translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <source>No folder was chosen for the documents.</source>
        <translation>No folder was chosen for the documents.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1: %2 is a file, not a folder.</source>
        <translation>Cannot write into the folder %1: %2 is a file, not a folder.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose another folder or create it first.</source>
        <translation>The folder %1 does not exist: choose another folder or create it first.</translation>
    </message>
    <message>
        <source>Cannot write into %1: it is a file, not a folder.</source>
        <translation>Cannot write into %1: it is a file, not a folder.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: choose another folder, or ask for the right to write in it.</source>
        <translation>The folder %1 is read-only: choose another folder, or ask for the right to write in it.</translation>
    </message>
    <message>
        <source>Cannot write %1: a folder of that name is in the way.</source>
        <translation>Cannot write %1: a folder of that name is in the way.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>The PDF of %1 could not be made.</source>
        <translation>The PDF of %1 could not be made.</translation>
    </message>
    <message>
        <source>The OpenDocument file %1 could not be made.</source>
        <translation>The OpenDocument file %1 could not be made.</translation>
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
        <source>Give at most one database file.</source>
        <translation>Give at most one database file.</translation>
    </message>
    <message>
        <source>Student mode: write your own proposals in your personal file (.%1) and send them to the advisor; no database needed.</source>
        <translation>Student mode: write your own proposals in your personal file (.%1) and send them to the advisor; no database needed.</translation>
    </message>
    <message>
        <source>The database file to open (in student mode: your personal file).</source>
        <translation>The database file to open (in student mode: your personal file).</translation>
    </message>
</context>
<context>
    <name>ItemHistory</name>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Student number</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Capacity of the subject</source>
        <translation>Capacity of the subject</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Lab</translation>
    </message>
    <message>
        <source>Lab in Université Paris-Saclay</source>
        <translation>Lab in Université Paris-Saclay</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Kind of host</source>
        <translation>Kind of host</translation>
    </message>
    <message>
        <source>Host does research in AI</source>
        <translation>Host does research in AI</translation>
    </message>
    <message>
        <source>Host&apos;s address</source>
        <translation>Host&apos;s address</translation>
    </message>
    <message>
        <source>Host&apos;s city</source>
        <translation>Host&apos;s city</translation>
    </message>
    <message>
        <source>Host&apos;s country</source>
        <translation>Host&apos;s country</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Tutor&apos;s e-mail</source>
        <translation>Tutor&apos;s e-mail</translation>
    </message>
    <message>
        <source>Tutor&apos;s phone</source>
        <translation>Tutor&apos;s phone</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Weekly hours</translation>
    </message>
    <message>
        <source>Work days</source>
        <translation>Work days</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Full-time days</source>
        <translation>Full-time days</translation>
    </message>
    <message>
        <source>Proposal received on</source>
        <translation>Proposal received on</translation>
    </message>
    <message>
        <source>Signature of the student</source>
        <translation>Signature of the student</translation>
    </message>
    <message>
        <source>Signature of the host representative</source>
        <translation>Signature of the host representative</translation>
    </message>
    <message>
        <source>Signature of the tutor</source>
        <translation>Signature of the tutor</translation>
    </message>
    <message>
        <source>Signature of the university</source>
        <translation>Signature of the university</translation>
    </message>
    <message>
        <source>Gratification</source>
        <translation>Gratification</translation>
    </message>
    <message>
        <source>Gratification paid per</source>
        <translation>Gratification paid per</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>In the programme&apos;s list</source>
        <translation>In the programme&apos;s list</translation>
    </message>
    <message>
        <source>Done the previous summer</source>
        <translation>Done the previous summer</translation>
    </message>
    <message>
        <source>Proof of completion</source>
        <translation>Proof of completion</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>Report pages</translation>
    </message>
    <message>
        <source>Report links</source>
        <translation>Report links</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1/20</source>
        <translation>%1/20</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hour</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>public lab</source>
        <translation>public lab</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>by %1: %2</translation>
    </message>
    <message>
        <source>by %1 on %2: %3</source>
        <translation>by %1 on %2: %3</translation>
    </message>
    <message>
        <source>Override of %1</source>
        <translation>Override of %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Report attached: %1 (%n page(s))</source>
        <translation>
            <numerusform>Report attached: %1 (%n page)</numerusform>
            <numerusform>Report attached: %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Document attached: %1</source>
        <translation>Document attached: %1</translation>
    </message>
    <message>
        <source>Saved without a change</source>
        <translation>Saved without a change</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ItemInfo</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
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
    <name>ListExport</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Students of %1: where each one stands</source>
        <translation>Students of %1: where each one stands</translation>
    </message>
    <message>
        <source>Student id</source>
        <translation>Student id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Internships</translation>
    </message>
    <message>
        <source>TER</source>
        <translation>TER</translation>
    </message>
    <message>
        <source>Summer schools</source>
        <translation>Summer schools</translation>
    </message>
    <message>
        <source>Seminars</source>
        <translation>Seminars</translation>
    </message>
    <message>
        <source>Blocking findings</source>
        <translation>Blocking findings</translation>
    </message>
    <message>
        <source>Year complete</source>
        <translation>Year complete</translation>
    </message>
    <message>
        <source>Deliverables still owed on %1</source>
        <translation>Deliverables still owed on %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>Item id</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <source>internship</source>
        <translation>internship</translation>
    </message>
    <message>
        <source>internship at %1</source>
        <translation>internship at %1</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>completion proof signed by the host</source>
        <translation>completion proof signed by the host</translation>
    </message>
    <message>
        <source>TER “%1”</source>
        <translation>TER “%1”</translation>
    </message>
    <message>
        <source>summer school</source>
        <translation>summer school</translation>
    </message>
    <message>
        <source>summer school %1</source>
        <translation>summer school %1</translation>
    </message>
    <message>
        <source>seminars</source>
        <translation>seminars</translation>
    </message>
    <message>
        <source>%1 seminars with a paragraph each (%2 attended, %3 with a paragraph)</source>
        <translation>%1 seminars with a paragraph each (%2 attended, %3 with a paragraph)</translation>
    </message>
    <message>
        <source>TER grades of %1</source>
        <translation>TER grades of %1</translation>
    </message>
    <message>
        <source>TER id</source>
        <translation>TER id</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Grade (out of 20)</source>
        <translation>Grade (out of 20)</translation>
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
    <name>Offer</name>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Screened by the host</source>
        <translation>Screened by the host</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>OfferRepository</name>
    <message>
        <source>Could not read the offers of the database</source>
        <translation>Could not read the offers of the database</translation>
    </message>
    <message>
        <source>the offer #%1 holds a value this version cannot read</source>
        <translation>the offer #%1 holds a value this version cannot read</translation>
    </message>
    <message>
        <source>the offer #%1 holds a date this version cannot read</source>
        <translation>the offer #%1 holds a date this version cannot read</translation>
    </message>
    <message>
        <source>the application #%1 holds a value this version cannot read</source>
        <translation>the application #%1 holds a value this version cannot read</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The offer names no valid academic year.</source>
        <translation>The offer names no valid academic year.</translation>
    </message>
    <message>
        <source>The offer has no title: give it one.</source>
        <translation>The offer has no title: give it one.</translation>
    </message>
    <message>
        <source>The latest start of the offer &quot;%1&quot; (%2) is before its earliest start (%3).</source>
        <translation>The latest start of the offer &quot;%1&quot; (%2) is before its earliest start (%3).</translation>
    </message>
    <message>
        <source>The offer &quot;%1&quot; lasts a negative number of weeks (%2).</source>
        <translation>The offer &quot;%1&quot; lasts a negative number of weeks (%2).</translation>
    </message>
    <message>
        <source>The gratification of the offer &quot;%1&quot; must be zero or more (it is %2).</source>
        <translation>The gratification of the offer &quot;%1&quot; must be zero or more (it is %2).</translation>
    </message>
    <message>
        <source>The topic &quot;%1&quot; of the offer &quot;%2&quot; holds a comma: give each topic on its own.</source>
        <translation>The topic &quot;%1&quot; of the offer &quot;%2&quot; holds a comma: give each topic on its own.</translation>
    </message>
    <message>
        <source>Could not write the audit log</source>
        <translation>Could not write the audit log</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>There is no offer #%1 in the database (it may have been removed).</source>
        <translation>There is no offer #%1 in the database (it may have been removed).</translation>
    </message>
    <message>
        <source>Could not add the offer &quot;%1&quot;</source>
        <translation>Could not add the offer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not save the offer &quot;%1&quot;</source>
        <translation>Could not save the offer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not remove the offer &quot;%1&quot;</source>
        <translation>Could not remove the offer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Two offers share the number %1: each offer needs its own.</source>
        <translation>Two offers share the number %1: each offer needs its own.</translation>
    </message>
    <message>
        <source>The offer #%1 (&quot;%2&quot;) is one of %3, not of %4: it cannot be replaced.</source>
        <translation>The offer #%1 (&quot;%2&quot;) is one of %3, not of %4: it cannot be replaced.</translation>
    </message>
    <message>
        <source>There is no application #%1 in the database (it may have been removed).</source>
        <translation>There is no application #%1 in the database (it may have been removed).</translation>
    </message>
    <message>
        <source>Say which student applies.</source>
        <translation>Say which student applies.</translation>
    </message>
    <message>
        <source>The offer &quot;%1&quot; is closed: it takes no more applications.</source>
        <translation>The offer &quot;%1&quot; is closed: it takes no more applications.</translation>
    </message>
    <message>
        <source>%1 already applied to the offer &quot;%2&quot; (the application is: %3).</source>
        <translation>%1 already applied to the offer &quot;%2&quot; (the application is: %3).</translation>
    </message>
    <message>
        <source>Could not record the application of %1 to &quot;%2&quot;</source>
        <translation>Could not record the application of %1 to &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The application of %1 is already in the state &quot;%2&quot;.</source>
        <translation>The application of %1 is already in the state &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The application of %1 is final (&quot;%2&quot;): it cannot become &quot;%3&quot;.</source>
        <translation>The application of %1 is final (&quot;%2&quot;): it cannot become &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>An application cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>An application cannot go from &quot;%1&quot; to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Could not change the application of %1</source>
        <translation>Could not change the application of %1</translation>
    </message>
</context>
<context>
    <name>OffersFile</name>
    <message>
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>%1 is not a text</source>
        <translation>%1 is not a text</translation>
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
        <source>%1 is not a number of at least %2</source>
        <translation>%1 is not a number of at least %2</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD, or null)</source>
        <translation>%1 is not a date (YYYY-MM-DD, or null)</translation>
    </message>
    <message>
        <source>%1 is not a list of texts</source>
        <translation>%1 is not a list of texts</translation>
    </message>
    <message>
        <source>%1 holds a comma: give each topic on its own</source>
        <translation>%1 holds a comma: give each topic on its own</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>may not be empty</source>
        <translation>may not be empty</translation>
    </message>
    <message>
        <source>%1 is not &quot;public_lab&quot; or &quot;company&quot;</source>
        <translation>%1 is not &quot;public_lab&quot; or &quot;company&quot;</translation>
    </message>
    <message>
        <source>%1 is before start_earliest (%2)</source>
        <translation>%1 is before start_earliest (%2)</translation>
    </message>
    <message>
        <source>%1 is empty: it is not an offers file. Ask the advisor for the file again.</source>
        <translation>%1 is empty: it is not an offers file. Ask the advisor for the file again.</translation>
    </message>
    <message>
        <source>%1 cannot be read: it is not complete JSON (%2, at byte %3). It may have been cut short or is not an offers file; ask the advisor for the file again.</source>
        <translation>%1 cannot be read: it is not complete JSON (%2, at byte %3). It may have been cut short or is not an offers file; ask the advisor for the file again.</translation>
    </message>
    <message>
        <source>%1 is not an InternTrack offers file (its &quot;format&quot; should be &quot;%2&quot;, it is %3).</source>
        <translation>%1 is not an InternTrack offers file (its &quot;format&quot; should be &quot;%2&quot;, it is %3).</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>%1: version: %2 is not a format version (1, 2…).</source>
        <translation>%1: version: %2 is not a format version (1, 2…).</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of InternTrack (offers format version %2; this version reads version %3). Update InternTrack to read it.</source>
        <translation>%1 was written by a newer version of InternTrack (offers format version %2; this version reads version %3). Update InternTrack to read it.</translation>
    </message>
    <message>
        <source>%1 is not an academic year such as &quot;2025-2026&quot;</source>
        <translation>%1 is not an academic year such as &quot;2025-2026&quot;</translation>
    </message>
    <message>
        <source>%1 is not a list of offers</source>
        <translation>%1 is not a list of offers</translation>
    </message>
    <message>
        <source>%1 is not an offer (a JSON object)</source>
        <translation>%1 is not an offer (a JSON object)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The file was not changed.</source>
        <translation>Cannot write %1: %2. The file was not changed.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for an offers file (%2 bytes; at most %3).</source>
        <translation>%1 is too large for an offers file (%2 bytes; at most %3).</translation>
    </message>
</context>
<context>
    <name>PdfInfo</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB): a report must be under %3 MB.</source>
        <translation>%1 is too large (%2 MB): a report must be under %3 MB.</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 is not a PDF file.</translation>
    </message>
    <message>
        <source>%1 is protected by a password: send a PDF without one.</source>
        <translation>%1 is protected by a password: send a PDF without one.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a PDF file: its pages cannot be counted.</source>
        <translation>%1 is damaged or not a PDF file: its pages cannot be counted.</translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation>%1 has no pages.</translation>
    </message>
</context>
<context>
    <name>ProfileLabels</name>
    <message>
        <source>TER</source>
        <translation>TER</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Internship</translation>
    </message>
    <message>
        <source>Summer school</source>
        <translation>Summer school</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>TERs</source>
        <translation>TERs</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Internships</translation>
    </message>
    <message>
        <source>Summer schools</source>
        <translation>Summer schools</translation>
    </message>
    <message>
        <source>Seminars</source>
        <translation>Seminars</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>There is no internship agreement (convention de stage) this year: French internship law is switched off in its rules.</source>
        <translation>There is no internship agreement (convention de stage) this year: French internship law is switched off in its rules.</translation>
    </message>
    <message>
        <source>There is no internship agreement (convention de stage) in this programme: it is not under French internship law.</source>
        <translation>There is no internship agreement (convention de stage) in this programme: it is not under French internship law.</translation>
    </message>
    <message>
        <source>There is no internship agreement (convention de stage) in %1: it is not under French internship law.</source>
        <translation>There is no internship agreement (convention de stage) in %1: it is not under French internship law.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>&quot;%1&quot; is not a programme profile; the profiles are: %2.</source>
        <translation>&quot;%1&quot; is not a programme profile; the profiles are: %2.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: rules.profile.id is &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>%1: rules.profile.id is &quot;%2&quot;, not &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: is not JSON (%2 at byte %3).</source>
        <translation>%1: is not JSON (%2 at byte %3).</translation>
    </message>
    <message>
        <source>%1: is not a JSON object.</source>
        <translation>%1: is not a JSON object.</translation>
    </message>
    <message>
        <source>%1: academic_year: is not an academic year YYYY-(YYYY+1), e.g. &quot;2025-2026&quot;.</source>
        <translation>%1: academic_year: is not an academic year YYYY-(YYYY+1), e.g. &quot;2025-2026&quot;.</translation>
    </message>
    <message>
        <source>%1: rules: is not an object.</source>
        <translation>%1: rules: is not an object.</translation>
    </message>
</context>
<context>
    <name>ProposalFile</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Line %1, column %2: not valid JSON (%3); the file may be truncated or damaged.</source>
        <translation>Line %1, column %2: not valid JSON (%3); the file may be truncated or damaged.</translation>
    </message>
    <message>
        <source>This is not an InternTrack file: it holds no JSON object.</source>
        <translation>This is not an InternTrack file: it holds no JSON object.</translation>
    </message>
    <message>
        <source>This is a cohort file (as `interntrack-cli check` reads), not a %1 file.</source>
        <translation>This is a cohort file (as `interntrack-cli check` reads), not a %1 file.</translation>
    </message>
    <message>
        <source>This is not an InternTrack %1 file (it has no &quot;format&quot;).</source>
        <translation>This is not an InternTrack %1 file (it has no &quot;format&quot;).</translation>
    </message>
    <message>
        <source>This is an InternTrack %1 file, not a %2 file.</source>
        <translation>This is an InternTrack %1 file, not a %2 file.</translation>
    </message>
    <message>
        <source>This is not an InternTrack %1 file (its format is &quot;%2&quot;).</source>
        <translation>This is not an InternTrack %1 file (its format is &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>version: expected a whole number from 1, got %1.</source>
        <translation>version: expected a whole number from 1, got %1.</translation>
    </message>
    <message>
        <source>This file was written by a newer InternTrack (format version %1; this one reads up to %2): update InternTrack to read it.</source>
        <translation>This file was written by a newer InternTrack (format version %1; this one reads up to %2): update InternTrack to read it.</translation>
    </message>
    <message>
        <source>%1: unknown field.</source>
        <translation>%1: unknown field.</translation>
    </message>
    <message>
        <source>%1.%2: unknown field.</source>
        <translation>%1.%2: unknown field.</translation>
    </message>
    <message>
        <source>%1: is required.</source>
        <translation>%1: is required.</translation>
    </message>
    <message>
        <source>%1.%2: is required.</source>
        <translation>%1.%2: is required.</translation>
    </message>
    <message>
        <source>%1: expected text.</source>
        <translation>%1: expected text.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date and time (YYYY-MM-DDThh:mm:ssZ).</source>
        <translation>%1: &quot;%2&quot; is not a date and time (YYYY-MM-DDThh:mm:ssZ).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an academic year (e.g. &quot;2025-2026&quot;).</source>
        <translation>%1: &quot;%2&quot; is not an academic year (e.g. &quot;2025-2026&quot;).</translation>
    </message>
    <message>
        <source>proposal: expected an object {&quot;academic_year&quot;: …, &quot;students&quot;: […], …}.</source>
        <translation>proposal: expected an object {&quot;academic_year&quot;: …, &quot;students&quot;: […], …}.</translation>
    </message>
    <message>
        <source>proposal.students: expected exactly one student, the sender.</source>
        <translation>proposal.students: expected exactly one student, the sender.</translation>
    </message>
    <message>
        <source>proposal.internships[%1].student: &quot;%2&quot; is not the sender (&quot;%3&quot;): a proposal file carries its sender&apos;s items only.</source>
        <translation>proposal.internships[%1].student: &quot;%2&quot; is not the sender (&quot;%3&quot;): a proposal file carries its sender&apos;s items only.</translation>
    </message>
    <message>
        <source>proposal.ters[%1].students: the sender (&quot;%2&quot;) is not one of them.</source>
        <translation>proposal.ters[%1].students: the sender (&quot;%2&quot;) is not one of them.</translation>
    </message>
    <message>
        <source>proposal.summer_schools[%1].student: &quot;%2&quot; is not the sender (&quot;%3&quot;).</source>
        <translation>proposal.summer_schools[%1].student: &quot;%2&quot; is not the sender (&quot;%3&quot;).</translation>
    </message>
    <message>
        <source>proposal.seminars[%1].student: &quot;%2&quot; is not the sender (&quot;%3&quot;).</source>
        <translation>proposal.seminars[%1].student: &quot;%2&quot; is not the sender (&quot;%3&quot;).</translation>
    </message>
    <message>
        <source>The proposal holds no internship, TER, summer school or seminar: nothing to import.</source>
        <translation>The proposal holds no internship, TER, summer school or seminar: nothing to import.</translation>
    </message>
    <message>
        <source>kind: &quot;%1&quot; is not one of internship, ter, summer_school, seminar.</source>
        <translation>kind: &quot;%1&quot; is not one of internship, ter, summer_school, seminar.</translation>
    </message>
    <message>
        <source>item: the id of the proposal is empty.</source>
        <translation>item: the id of the proposal is empty.</translation>
    </message>
    <message>
        <source>state: &quot;%1&quot; is not a workflow state.</source>
        <translation>state: &quot;%1&quot; is not a workflow state.</translation>
    </message>
    <message>
        <source>student: expected an object {&quot;name&quot;: …, &quot;email&quot;: …}.</source>
        <translation>student: expected an object {&quot;name&quot;: …, &quot;email&quot;: …}.</translation>
    </message>
    <message>
        <source>student.%1</source>
        <translation>student.%1</translation>
    </message>
    <message>
        <source>student: the reply names no student.</source>
        <translation>student: the reply names no student.</translation>
    </message>
</context>
<context>
    <name>ProposalImport</name>
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
    <message>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <source>%1 students of the year have the %2 of the sender (%3): give each their own before importing.</source>
        <translation>%1 students of the year have the %2 of the sender (%3): give each their own before importing.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The database already has a %1 %2 of another student: the proposal cannot replace it (ids are unique). Ask the student to write the proposal again.</source>
        <translation>The database already has a %1 %2 of another student: the proposal cannot replace it (ids are unique). Ask the student to write the proposal again.</translation>
    </message>
    <message>
        <source>%1 %2 is already %3: a new version replaces a proposal only while it is not approved. Nothing was imported.</source>
        <translation>%1 %2 is already %3: a new version replaces a proposal only while it is not approved. Nothing was imported.</translation>
    </message>
    <message>
        <source>The proposal is for the academic year %1, which this database does not have. Nothing was imported.</source>
        <translation>The proposal is for the academic year %1, which this database does not have. Nothing was imported.</translation>
    </message>
    <message>
        <source>No student of %1 matches %2 &lt;%3&gt; (by id, email or name): confirm to create them. Nothing was imported.</source>
        <translation>No student of %1 matches %2 &lt;%3&gt; (by id, email or name): confirm to create them. Nothing was imported.</translation>
    </message>
    <message>
        <source>advisor</source>
        <translation>advisor</translation>
    </message>
    <message>
        <source>Proposal file written on %1.</source>
        <translation>Proposal file written on %1.</translation>
    </message>
    <message>
        <source>%1
Nothing was imported.</source>
        <translation>%1
Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 has no internship, TER or summer school %2.</source>
        <translation>%1 has no internship, TER or summer school %2.</translation>
    </message>
    <message>
        <source>%1 %2 is %3: there is no decision to send yet.</source>
        <translation>%1 %2 is %3: there is no decision to send yet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>matched by name</translation>
    </message>
    <message>
        <source>matched by email</source>
        <translation>matched by email</translation>
    </message>
    <message>
        <source>matched by id</source>
        <translation>matched by id</translation>
    </message>
    <message>
        <source>%1 (a new student)</source>
        <translation>%1 (a new student)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new item(s)</source>
        <translation>
            <numerusform>%1: %n new item</numerusform>
            <numerusform>%1: %n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n earlier version(s) replaced</source>
        <translation>
            <numerusform>, %n earlier version replaced</numerusform>
            <numerusform>, %n earlier versions replaced</numerusform>
        </translation>
    </message>
    <message>
        <source>The TER partner is not in the database: add them to the TER (the message names them).</source>
        <translation>The TER partner is not in the database: add them to the TER (the message names them).</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>ProposalSubmit</name>
    <message>
        <source>There is no %1 %2.</source>
        <translation>There is no %1 %2.</translation>
    </message>
    <message>
        <source>Choose a proposal to send.</source>
        <translation>Choose a proposal to send.</translation>
    </message>
    <message>
        <source>The advisor has already decided on this %1 (%2): there is nothing to send.</source>
        <translation>The advisor has already decided on this %1 (%2): there is nothing to send.</translation>
    </message>
    <message>
        <source>The personal file has no student %1.</source>
        <translation>The personal file has no student %1.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Partner(s) for this TER: %1</source>
        <translation>Partner(s) for this TER: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Submit %1 %2</source>
        <translation>Submit %1 %2</translation>
    </message>
    <message>
        <source>Submission date of %1</source>
        <translation>Submission date of %1</translation>
    </message>
    <message>
        <source>internship (host to be given)</source>
        <translation>internship (host to be given)</translation>
    </message>
    <message>
        <source>internship at %1</source>
        <translation>internship at %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>TER (subject to be chosen)</source>
        <translation>TER (subject to be chosen)</translation>
    </message>
    <message>
        <source>TER: %1</source>
        <translation>TER: %1</translation>
    </message>
    <message>
        <source>summer school (name to be given)</source>
        <translation>summer school (name to be given)</translation>
    </message>
    <message>
        <source>summer school: %1</source>
        <translation>summer school: %1</translation>
    </message>
    <message>
        <source>seminar (title to be given)</source>
        <translation>seminar (title to be given)</translation>
    </message>
    <message>
        <source>seminar: %1</source>
        <translation>seminar: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Proposal from %1: %2</source>
        <translation>Proposal from %1: %2</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hello,</translation>
    </message>
    <message>
        <source>Here is my proposal for the programme: %1.</source>
        <translation>Here is my proposal for the programme: %1.</translation>
    </message>
    <message>
        <source>I attach the proposal file written by InternTrack: %1</source>
        <translation>I attach the proposal file written by InternTrack: %1</translation>
    </message>
    <message>
        <source>(An email link cannot attach a file by itself: attach %1 to this email before sending it. You can import it into InternTrack with File ▸ Import Proposal, or drop it on the window.)</source>
        <translation>(An email link cannot attach a file by itself: attach %1 to this email before sending it. You can import it into InternTrack with File ▸ Import Proposal, or drop it on the window.)</translation>
    </message>
    <message>
        <source>Best regards,</source>
        <translation>Best regards,</translation>
    </message>
    <message>
        <source>Student number: %1</source>
        <translation>Student number: %1</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>You have no TER yet: choose a subject with a lab and tell your advisor as soon as possible (the year must be completed by %1).</source>
        <translation>You have no TER yet: choose a subject with a lab and tell your advisor as soon as possible (the year must be completed by %1).</translation>
    </message>
    <message>
        <source>You have not proposed an internship yet, nor a summer school or seminars to replace it: submit a proposal as soon as possible (the year must be completed by %1).</source>
        <translation>You have not proposed an internship yet, nor a summer school or seminars to replace it: submit a proposal as soon as possible (the year must be completed by %1).</translation>
    </message>
    <message>
        <source>your internship at %1</source>
        <translation>your internship at %1</translation>
    </message>
    <message>
        <source>your internship</source>
        <translation>your internship</translation>
    </message>
    <message>
        <source>your TER</source>
        <translation>your TER</translation>
    </message>
    <message>
        <source>your TER “%1”</source>
        <translation>your TER “%1”</translation>
    </message>
    <message>
        <source>your summer school</source>
        <translation>your summer school</translation>
    </message>
    <message>
        <source>your summer school %1</source>
        <translation>your summer school %1</translation>
    </message>
    <message>
        <source>The proposal of %1 was due on %2: submit it now.</source>
        <translation>The proposal of %1 was due on %2: submit it now.</translation>
    </message>
    <message>
        <source>Submit the proposal of %1 by %2.</source>
        <translation>Submit the proposal of %1 by %2.</translation>
    </message>
    <message numerus="yes">
        <source>The agreement of %1 still lacks %n signature(s), which were due by %2: the internship cannot start without them.</source>
        <translation>
            <numerusform>The agreement of %1 still lacks %n signature, which was due by %2: the internship cannot start without them.</numerusform>
            <numerusform>The agreement of %1 still lacks %n signatures, which were due by %2: the internship cannot start without them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The agreement of %1 still lacks %n signature(s): it must be signed by all four parties by %2.</source>
        <translation>
            <numerusform>The agreement of %1 still lacks %n signature: it must be signed by all four parties by %2.</numerusform>
            <numerusform>The agreement of %1 still lacks %n signatures: it must be signed by all four parties by %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>the report of %1</source>
        <translation>the report of %1</translation>
    </message>
    <message>
        <source>the completion proof of %1, signed by your host supervisor</source>
        <translation>the completion proof of %1, signed by your host supervisor</translation>
    </message>
    <message>
        <source>Hand in %1: it was due on %2.</source>
        <translation>Hand in %1: it was due on %2.</translation>
    </message>
    <message>
        <source>Hand in %1 by %2.</source>
        <translation>Hand in %1 by %2.</translation>
    </message>
    <message numerus="yes">
        <source>You have %n seminar(s) with a paragraph of what you learned out of the %1 required: complete them by %2.</source>
        <translation>
            <numerusform>You have %n seminar with a paragraph of what you learned out of the %1 required: complete them by %2.</numerusform>
            <numerusform>You have %n seminars with a paragraph of what you learned out of the %1 required: complete them by %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your year %1: what is still missing</source>
        <translation>Your year %1: what is still missing</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hello %1,</translation>
    </message>
    <message>
        <source>According to the programme&apos;s records on %1, the following is still missing:</source>
        <translation>According to the programme&apos;s records on %1, the following is still missing:</translation>
    </message>
    <message>
        <source>If you have already sent it, please tell me so that I can update your file.</source>
        <translation>If you have already sent it, please tell me so that I can update your file.</translation>
    </message>
    <message>
        <source>Best regards,</source>
        <translation>Best regards,</translation>
    </message>
    <message numerus="yes">
        <source>%1 The %n reminder(s) written before stay in %2.</source>
        <translation>
            <numerusform>%1 The %n reminder written before stay in %2.</numerusform>
            <numerusform>%1 The %n reminders written before stay in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyImport</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an advisor&apos;s reply: nothing was imported.</source>
        <translation>%1 is too large to be an advisor&apos;s reply: nothing was imported.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No personal file is open.</source>
        <translation>No personal file is open.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>This reply is for %1, not for you (%2): nothing was imported.</source>
        <translation>This reply is for %1, not for you (%2): nothing was imported.</translation>
    </message>
    <message>
        <source>This reply is for the academic year %1; your personal file is for %2: nothing was imported.</source>
        <translation>This reply is for the academic year %1; your personal file is for %2: nothing was imported.</translation>
    </message>
    <message>
        <source>Your personal file has no %1 %2: the reply is about a proposal written elsewhere. Nothing was imported.</source>
        <translation>Your personal file has no %1 %2: the reply is about a proposal written elsewhere. Nothing was imported.</translation>
    </message>
    <message>
        <source>the advisor</source>
        <translation>the advisor</translation>
    </message>
    <message>
        <source>a date not given</source>
        <translation>a date not given</translation>
    </message>
    <message>
        <source>%1 approved your %2 on %3.</source>
        <translation>%1 approved your %2 on %3.</translation>
    </message>
    <message>
        <source>%1 asks for changes to your %2 (%3): change it, then submit it again.</source>
        <translation>%1 asks for changes to your %2 (%3): change it, then submit it again.</translation>
    </message>
    <message>
        <source>%1 rejected your %2 on %3.</source>
        <translation>%1 rejected your %2 on %3.</translation>
    </message>
    <message>
        <source>Your %1 is now %2 (%3, %4).</source>
        <translation>Your %1 is now %2 (%3, %4).</translation>
    </message>
    <message>
        <source>The reply could not be recorded: %1</source>
        <translation>The reply could not be recorded: %1</translation>
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
    <message>
        <source>is not an object {&quot;id&quot;, &quot;name&quot;, &quot;institution&quot;, &quot;country&quot;, &quot;legal_framework&quot;, &quot;labels&quot;, &quot;activities&quot;}</source>
        <translation>is not an object {&quot;id&quot;, &quot;name&quot;, &quot;institution&quot;, &quot;country&quot;, &quot;legal_framework&quot;, &quot;labels&quot;, &quot;activities&quot;}</translation>
    </message>
    <message>
        <source>.%1: is not a string</source>
        <translation>.%1: is not a string</translation>
    </message>
    <message>
        <source>.id: a profile needs an id</source>
        <translation>.id: a profile needs an id</translation>
    </message>
    <message>
        <source>.legal_framework: is not &quot;french_education_code&quot; or &quot;none&quot;</source>
        <translation>.legal_framework: is not &quot;french_education_code&quot; or &quot;none&quot;</translation>
    </message>
    <message>
        <source>.labels: is not an object of names by code</source>
        <translation>.labels: is not an object of names by code</translation>
    </message>
    <message>
        <source>.labels.%1: is not a name</source>
        <translation>.labels.%1: is not a name</translation>
    </message>
    <message>
        <source>.activities: is not a list of {&quot;code&quot;, &quot;supervision&quot;, &quot;deliverables&quot;}</source>
        <translation>.activities: is not a list of {&quot;code&quot;, &quot;supervision&quot;, &quot;deliverables&quot;}</translation>
    </message>
    <message>
        <source>.activities[%1].code: is not one of %2</source>
        <translation>.activities[%1].code: is not one of %2</translation>
    </message>
    <message>
        <source>.activities[%1].deliverables[%2]: is not a string</source>
        <translation>.activities[%1].deliverables[%2]: is not a string</translation>
    </message>
    <message>
        <source>.%1: is not a key of the profile</source>
        <translation>.%1: is not a key of the profile</translation>
    </message>
    <message>
        <source>is not null or {&quot;start&quot;, &quot;end&quot;}</source>
        <translation>is not null or {&quot;start&quot;, &quot;end&quot;}</translation>
    </message>
    <message>
        <source>.start: is not a date (YYYY-MM-DD)</source>
        <translation>.start: is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>.end: is not a date (YYYY-MM-DD)</source>
        <translation>.end: is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>.end: %1 is before the start %2</source>
        <translation>.end: %1 is before the start %2</translation>
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
    <message>
        <source>%1 screens its interns first and has not accepted the student yet: record the host&apos;s acceptance before the proposal is approved.</source>
        <translation>%1 screens its interns first and has not accepted the student yet: record the host&apos;s acceptance before the proposal is approved.</translation>
    </message>
    <message>
        <source>%1 declined the student at its screening: choose another host, or an individual project supervised by an academic.</source>
        <translation>%1 declined the student at its screening: choose another host, or an individual project supervised by an academic.</translation>
    </message>
    <message>
        <source>Starts on %1, before the programme&apos;s period of %2 to %3: start on or after %2.</source>
        <translation>Starts on %1, before the programme&apos;s period of %2 to %3: start on or after %2.</translation>
    </message>
    <message>
        <source>Ends on %1, after the programme&apos;s period of %2 to %3: end on or before %3.</source>
        <translation>Ends on %1, after the programme&apos;s period of %2 to %3: end on or before %3.</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>%1 is a database file: roles and rights are for a PostgreSQL database.</source>
        <translation>%1 is a database file: roles and rights are for a PostgreSQL database.</translation>
    </message>
    <message>
        <source>Could not set up the roles and rights of %1</source>
        <translation>Could not set up the roles and rights of %1</translation>
    </message>
    <message>
        <source>%1 is a database file: logins are for a PostgreSQL database.</source>
        <translation>%1 is a database file: logins are for a PostgreSQL database.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login: use lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter (at most 63).</source>
        <translation>&quot;%1&quot; cannot be a login: use lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter (at most 63).</translation>
    </message>
    <message>
        <source>A student&apos;s login is tied to the student: give the student&apos;s id.</source>
        <translation>A student&apos;s login is tied to the student: give the student&apos;s id.</translation>
    </message>
    <message>
        <source>Only a student&apos;s login is tied to a student.</source>
        <translation>Only a student&apos;s login is tied to a student.</translation>
    </message>
    <message>
        <source>Could not add the login %1</source>
        <translation>Could not add the login %1</translation>
    </message>
    <message>
        <source>%1: there is no student &quot;%2&quot; in %3.</source>
        <translation>%1: there is no student &quot;%2&quot; in %3.</translation>
    </message>
    <message>
        <source>Could not ask %1 who the login is</source>
        <translation>Could not ask %1 who the login is</translation>
    </message>
    <message>
        <source>Could not ask %1 the role of the login %2</source>
        <translation>Could not ask %1 the role of the login %2</translation>
    </message>
    <message>
        <source>Your login %1 is not an InternTrack user of %2: ask your administrator to run interntrack-cli db add-user.</source>
        <translation>Your login %1 is not an InternTrack user of %2: ask your administrator to run interntrack-cli db add-user.</translation>
    </message>
    <message>
        <source>Could not ask %1 which student the login %2 is</source>
        <translation>Could not ask %1 which student the login %2 is</translation>
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
    <message>
        <source>your login does not have the right to make this change; nothing was saved</source>
        <translation>your login does not have the right to make this change; nothing was saved</translation>
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
    <message>
        <source>An earlier step failed and undid the transaction: nothing was saved (%1).</source>
        <translation>An earlier step failed and undid the transaction: nothing was saved (%1).</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment: nothing was saved. Look at their changes, then try again.</source>
        <translation>Someone else changed the same data at the same moment: nothing was saved. Look at their changes, then try again.</translation>
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
    <name>Workspace</name>
    <message>
        <source>Could not undo or redo &quot;%1&quot;: %2</source>
        <translation>Could not undo or redo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 %2 has changed since (another person&apos;s change).</source>
        <translation>%1 %2 has changed since (another person&apos;s change).</translation>
    </message>
</context>
<context>
    <name>YearComparison</name>
    <message>
        <source>The comparison was stopped.</source>
        <translation>The comparison was stopped.</translation>
    </message>
</context>
<context>
    <name>interntrack::ActionController</name>
    <message>
        <source>&amp;Submit Proposal</source>
        <translation>&amp;Submit Proposal</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Request &amp;Changes…</source>
        <translation>Request &amp;Changes…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>&amp;Override Rule…</source>
        <translation>&amp;Override Rule…</translation>
    </message>
    <message>
        <source>S&amp;end for Signature</source>
        <translation>S&amp;end for Signature</translation>
    </message>
    <message>
        <source>Record Signat&amp;ures…</source>
        <translation>Record Signat&amp;ures…</translation>
    </message>
    <message>
        <source>Mar&amp;k Agreement Signed</source>
        <translation>Mar&amp;k Agreement Signed</translation>
    </message>
    <message>
        <source>S&amp;tart (In Progress)</source>
        <translation>S&amp;tart (In Progress)</translation>
    </message>
    <message>
        <source>Re&amp;port Received…</source>
        <translation>Re&amp;port Received…</translation>
    </message>
    <message>
        <source>Proo&amp;f of Completion Received</source>
        <translation>Proo&amp;f of Completion Received</translation>
    </message>
    <message>
        <source>Record &amp;Grade…</source>
        <translation>Record &amp;Grade…</translation>
    </message>
    <message>
        <source>Mark Co&amp;mpleted…</source>
        <translation>Mark Co&amp;mpleted…</translation>
    </message>
    <message>
        <source>&amp;Validate…</source>
        <translation>&amp;Validate…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Item…</source>
        <translation>Ca&amp;ncel Item…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>Send the proposal to the advisor.</source>
        <translation>Send the proposal to the advisor.</translation>
    </message>
    <message>
        <source>Approve the proposal: the agreement can then be sent for signature.</source>
        <translation>Approve the proposal: the agreement can then be sent for signature.</translation>
    </message>
    <message>
        <source>Send the proposal back to the student with a comment saying what to change.</source>
        <translation>Send the proposal back to the student with a comment saying what to change.</translation>
    </message>
    <message>
        <source>Reject the proposal, with a comment saying why.</source>
        <translation>Reject the proposal, with a comment saying why.</translation>
    </message>
    <message>
        <source>Accept the item although a rule flags it, with a written reason.</source>
        <translation>Accept the item although a rule flags it, with a written reason.</translation>
    </message>
    <message>
        <source>The agreement has been sent to the four parties for signature.</source>
        <translation>The agreement has been sent to the four parties for signature.</translation>
    </message>
    <message>
        <source>Record who signed the agreement and when; the fourth signature makes it signed.</source>
        <translation>Record who signed the agreement and when; the fourth signature makes it signed.</translation>
    </message>
    <message>
        <source>The agreement has come back signed.</source>
        <translation>The agreement has come back signed.</translation>
    </message>
    <message>
        <source>The placement or project has started.</source>
        <translation>The placement or project has started.</translation>
    </message>
    <message>
        <source>Attach the report (a PDF); its pages are counted from the file.</source>
        <translation>Attach the report (a PDF); its pages are counted from the file.</translation>
    </message>
    <message>
        <source>The proof of completion signed by the host supervisor has been received.</source>
        <translation>The proof of completion signed by the host supervisor has been received.</translation>
    </message>
    <message>
        <source>Record the TER&apos;s grade (0–20) given by its supervisors.</source>
        <translation>Record the TER&apos;s grade (0–20) given by its supervisors.</translation>
    </message>
    <message>
        <source>The placement or project is over.</source>
        <translation>The placement or project is over.</translation>
    </message>
    <message>
        <source>Validate the item: it counts towards the student&apos;s year.</source>
        <translation>Validate the item: it counts towards the student&apos;s year.</translation>
    </message>
    <message>
        <source>Cancel the item: it stops here.</source>
        <translation>Cancel the item: it stops here.</translation>
    </message>
    <message>
        <source>Every change of the item, its workflow steps and overrides: who, when, what.</source>
        <translation>Every change of the item, its workflow steps and overrides: who, when, what.</translation>
    </message>
    <message>
        <source>%1
Not now: %2</source>
        <translation>%1
Not now: %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Open a database first.</translation>
    </message>
    <message>
        <source>The year is still loading.</source>
        <translation>The year is still loading.</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>Select an item first.</translation>
    </message>
    <message>
        <source>Select an internship, a TER or a summer school first.</source>
        <translation>Select an internship, a TER or a summer school first.</translation>
    </message>
    <message>
        <source>%1 %2 is not in this year any more.</source>
        <translation>%1 %2 is not in this year any more.</translation>
    </message>
    <message>
        <source>This database is open read-only: nothing can be changed.</source>
        <translation>This database is open read-only: nothing can be changed.</translation>
    </message>
    <message>
        <source>An internship is signed when its four signatures are recorded: use Record Signatures.</source>
        <translation>An internship is signed when its four signatures are recorded: use Record Signatures.</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) missing: record them first (Record Signatures).</source>
        <translation>
            <numerusform>%n signature missing: record them first (Record Signatures).</numerusform>
            <numerusform>%n signatures missing: record them first (Record Signatures).</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is %2: it cannot change any more.</source>
        <translation>The %1 is %2: it cannot change any more.</translation>
    </message>
    <message>
        <source>No open error or warning to override on this %1.</source>
        <translation>No open error or warning to override on this %1.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Open: %1</translation>
    </message>
    <message>
        <source>Signatures are recorded for an internship&apos;s agreement.</source>
        <translation>Signatures are recorded for an internship&apos;s agreement.</translation>
    </message>
    <message>
        <source>Only the secretariat or the advisor records signatures.</source>
        <translation>Only the secretariat or the advisor records signatures.</translation>
    </message>
    <message>
        <source>Signatures are recorded once the proposal is approved (it is %1).</source>
        <translation>Signatures are recorded once the proposal is approved (it is %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) missing.</source>
        <translation>
            <numerusform>%n signature missing.</numerusform>
            <numerusform>%n signatures missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports are attached to internships, TERs and summer schools.</source>
        <translation>Reports are attached to internships, TERs and summer schools.</translation>
    </message>
    <message>
        <source>Only the secretariat or the advisor records a report received.</source>
        <translation>Only the secretariat or the advisor records a report received.</translation>
    </message>
    <message>
        <source>A report is received once the %1 is under way (it is %2).</source>
        <translation>A report is received once the %1 is under way (it is %2).</translation>
    </message>
    <message numerus="yes">
        <source>A report of %n page(s) is recorded.</source>
        <translation>
            <numerusform>A report of %n page is recorded.</numerusform>
            <numerusform>A report of %n pages is recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>A proof of completion is received for an internship.</source>
        <translation>A proof of completion is received for an internship.</translation>
    </message>
    <message>
        <source>Only the secretariat or the advisor records the proof of completion.</source>
        <translation>Only the secretariat or the advisor records the proof of completion.</translation>
    </message>
    <message>
        <source>The proof of completion comes at the end of the internship (it is %1).</source>
        <translation>The proof of completion comes at the end of the internship (it is %1).</translation>
    </message>
    <message>
        <source>Only a TER is graded (internships are not).</source>
        <translation>Only a TER is graded (internships are not).</translation>
    </message>
    <message>
        <source>Only the advisor records grades.</source>
        <translation>Only the advisor records grades.</translation>
    </message>
    <message>
        <source>A TER is graded once it is under way or completed (it is %1).</source>
        <translation>A TER is graded once it is under way or completed (it is %1).</translation>
    </message>
    <message>
        <source>Recorded: %1/20.</source>
        <translation>Recorded: %1/20.</translation>
    </message>
    <message>
        <source>A %1 has no workflow: select an internship, a TER or a summer school.</source>
        <translation>A %1 has no workflow: select an internship, a TER or a summer school.</translation>
    </message>
    <message numerus="yes">
        <source>Fix or override the %n error(s) first: %1.</source>
        <translation>
            <numerusform>Fix or override the %n error first: %1.</numerusform>
            <numerusform>Fix or override the %n errors first: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the student or the advisor submits a proposal.</source>
        <translation>Only the student or the advisor submits a proposal.</translation>
    </message>
    <message>
        <source>Only the advisor approves proposals.</source>
        <translation>Only the advisor approves proposals.</translation>
    </message>
    <message>
        <source>Only the advisor requests changes to a proposal.</source>
        <translation>Only the advisor requests changes to a proposal.</translation>
    </message>
    <message>
        <source>Only the advisor rejects proposals.</source>
        <translation>Only the advisor rejects proposals.</translation>
    </message>
    <message>
        <source>Only the advisor validates.</source>
        <translation>Only the advisor validates.</translation>
    </message>
    <message>
        <source>Only the advisor cancels an item (a student may withdraw their own proposal before it is approved).</source>
        <translation>Only the advisor cancels an item (a student may withdraw their own proposal before it is approved).</translation>
    </message>
    <message>
        <source>Only the secretariat or the advisor moves the agreement along.</source>
        <translation>Only the secretariat or the advisor moves the agreement along.</translation>
    </message>
    <message>
        <source>Only a draft or a proposal sent back for changes is submitted (this %1 is %2).</source>
        <translation>Only a draft or a proposal sent back for changes is submitted (this %1 is %2).</translation>
    </message>
    <message>
        <source>Only a submitted proposal is approved (this %1 is %2).</source>
        <translation>Only a submitted proposal is approved (this %1 is %2).</translation>
    </message>
    <message>
        <source>Changes are requested on a submitted or approved proposal (this %1 is %2).</source>
        <translation>Changes are requested on a submitted or approved proposal (this %1 is %2).</translation>
    </message>
    <message>
        <source>Only a submitted proposal is rejected (this %1 is %2).</source>
        <translation>Only a submitted proposal is rejected (this %1 is %2).</translation>
    </message>
    <message>
        <source>The agreement is sent for signature once the proposal is approved (this %1 is %2).</source>
        <translation>The agreement is sent for signature once the proposal is approved (this %1 is %2).</translation>
    </message>
    <message>
        <source>Only an agreement sent for signature comes back signed (this %1 is %2).</source>
        <translation>Only an agreement sent for signature comes back signed (this %1 is %2).</translation>
    </message>
    <message>
        <source>A %1 starts once it is approved and, with an agreement, signed (it is %2).</source>
        <translation>A %1 starts once it is approved and, with an agreement, signed (it is %2).</translation>
    </message>
    <message>
        <source>Only a %1 in progress is marked completed (it is %2).</source>
        <translation>Only a %1 in progress is marked completed (it is %2).</translation>
    </message>
    <message>
        <source>Only a completed %1 is validated (it is %2).</source>
        <translation>Only a completed %1 is validated (it is %2).</translation>
    </message>
    <message>
        <source>Not possible while the %1 is %2.</source>
        <translation>Not possible while the %1 is %2.</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>There is no %1 %2.</translation>
    </message>
    <message>
        <source>There is no internship %1.</source>
        <translation>There is no internship %1.</translation>
    </message>
    <message>
        <source>There is no TER %1.</source>
        <translation>There is no TER %1.</translation>
    </message>
    <message>
        <source>Not Possible</source>
        <translation>Not Possible</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>&amp;Override…</translation>
    </message>
</context>
<context>
    <name>interntrack::CommentDialog</name>
    <message>
        <source>Request Changes</source>
        <translation>Request Changes</translation>
    </message>
    <message>
        <source>The proposal goes back to the student, with your comment: say what to change.</source>
        <translation>The proposal goes back to the student, with your comment: say what to change.</translation>
    </message>
    <message>
        <source>&amp;Request changes</source>
        <translation>&amp;Request changes</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>A rejected proposal cannot change any more: the student must make a new one. Say why it is rejected.</source>
        <translation>A rejected proposal cannot change any more: the student must make a new one. Say why it is rejected.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>Mark Completed</source>
        <translation>Mark Completed</translation>
    </message>
    <message>
        <source>The %1 is over. The proof of completion and the report are checked when it is validated.</source>
        <translation>The %1 is over. The proof of completion and the report are checked when it is validated.</translation>
    </message>
    <message>
        <source>&amp;Mark completed</source>
        <translation>&amp;Mark completed</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validate</translation>
    </message>
    <message>
        <source>Validating closes the %1: it counts towards the student&apos;s year and cannot change any more.</source>
        <translation>Validating closes the %1: it counts towards the student&apos;s year and cannot change any more.</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validate</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Cancel %1</translation>
    </message>
    <message>
        <source>A cancelled %1 cannot change any more (Edit ▸ Undo brings it back while the program is open).</source>
        <translation>A cancelled %1 cannot change any more (Edit ▸ Undo brings it back while the program is open).</translation>
    </message>
    <message>
        <source>Cancel the %1</source>
        <translation>Cancel the %1</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Move to %1</translation>
    </message>
    <message>
        <source>The %1 moves to &quot;%2&quot;.</source>
        <translation>The %1 moves to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>What the student should know (required)</source>
        <translation>What the student should know (required)</translation>
    </message>
    <message>
        <source>A note kept with the step (optional)</source>
        <translation>A note kept with the step (optional)</translation>
    </message>
    <message>
        <source>Comment (required)</source>
        <translation>Comment (required)</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <source>&amp;Comment (required):</source>
        <translation>&amp;Comment (required):</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Comment (optional):</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
    <message>
        <source>Write why the proposal is rejected: a rejection needs a comment for the student.</source>
        <translation>Write why the proposal is rejected: a rejection needs a comment for the student.</translation>
    </message>
    <message>
        <source>Write what the student should change: a request for changes needs a comment.</source>
        <translation>Write what the student should change: a request for changes needs a comment.</translation>
    </message>
</context>
<context>
    <name>interntrack::ConnectDialog</name>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Recent:</translation>
    </message>
    <message>
        <source>Connect to a Server</source>
        <translation>Connect to a Server</translation>
    </message>
    <message>
        <source>Work on your programme&apos;s shared PostgreSQL database with your own login. The server decides your role and what you may see and change.</source>
        <translation>Work on your programme&apos;s shared PostgreSQL database with your own login. The server decides your role and what you may see and change.</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>Recent servers</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Asked at each connection and never saved. Left empty, your ~/.pgpass file or PGPASSWORD gives it.</source>
        <translation>Asked at each connection and never saved. Left empty, your ~/.pgpass file or PGPASSWORD gives it.</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Give the name or address of the server.</source>
        <translation>Give the name or address of the server.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name or address.</source>
        <translation>&quot;%1&quot; is not a server name or address.</translation>
    </message>
    <message>
        <source>Give the name of the database.</source>
        <translation>Give the name of the database.</translation>
    </message>
    <message>
        <source>A database name cannot contain &quot;/&quot;.</source>
        <translation>A database name cannot contain &quot;/&quot;.</translation>
    </message>
    <message>
        <source>Give your login.</source>
        <translation>Give your login.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
</context>
<context>
    <name>interntrack::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Placed (%1)</source>
        <translation>Placed (%1)</translation>
    </message>
    <message>
        <source>Not placed (%1)</source>
        <translation>Not placed (%1)</translation>
    </message>
    <message>
        <source>Placed: %1
Not placed: %2</source>
        <translation>Placed: %1
Not placed: %2</translation>
    </message>
    <message>
        <source>Students placed</source>
        <translation>Students placed</translation>
    </message>
    <message>
        <source>Students by state</source>
        <translation>Students by state</translation>
    </message>
    <message>
        <source>others</source>
        <translation>others</translation>
    </message>
    <message>
        <source>Findings by rule</source>
        <translation>Findings by rule</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Internships starting per week</source>
        <translation>Internships starting per week</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Internships</translation>
    </message>
    <message>
        <source>Completion proofs</source>
        <translation>Completion proofs</translation>
    </message>
    <message>
        <source>Internship reports</source>
        <translation>Internship reports</translation>
    </message>
    <message>
        <source>Summer school reports</source>
        <translation>Summer school reports</translation>
    </message>
    <message>
        <source>Seminar paragraphs</source>
        <translation>Seminar paragraphs</translation>
    </message>
    <message>
        <source>Deliverables owed</source>
        <translation>Deliverables owed</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>%1–%2 €</source>
        <translation>%1–%2 €</translation>
    </message>
    <message>
        <source>Monthly gratification</source>
        <translation>Monthly gratification</translation>
    </message>
    <message>
        <source>%1-W%2</source>
        <translation>%1-W%2</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nothing yet</translation>
    </message>
    <message>
        <source>Year comparison</source>
        <translation>Year comparison</translation>
    </message>
    <message>
        <source>Comparing the years…</source>
        <translation>Comparing the years…</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open errors</source>
        <translation>Open errors</translation>
    </message>
    <message>
        <source>Mean monthly gratification</source>
        <translation>Mean monthly gratification</translation>
    </message>
    <message>
        <source>%1 (shown)</source>
        <translation>%1 (shown)</translation>
    </message>
    <message>
        <source>%1 as it ended</source>
        <translation>%1 as it ended</translation>
    </message>
    <message>
        <source>Past years are counted as they stood on their last day: %1.</source>
        <translation>Past years are counted as they stood on their last day: %1.</translation>
    </message>
</context>
<context>
    <name>interntrack::DateField</name>
    <message>
        <source>Whether the date is known</source>
        <translation>Whether the date is known</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1 is set</translation>
    </message>
</context>
<context>
    <name>interntrack::DocumentsPage</name>
    <message>
        <source>No internship is in the scope chosen: there is nothing to write.</source>
        <translation>No internship is in the scope chosen: there is nothing to write.</translation>
    </message>
    <message>
        <source>Folder for the Agreements</source>
        <translation>Folder for the Agreements</translation>
    </message>
    <message>
        <source>Folder for the Certificates</source>
        <translation>Folder for the Certificates</translation>
    </message>
    <message>
        <source>Folder for the Reminders</source>
        <translation>Folder for the Reminders</translation>
    </message>
    <message>
        <source>Save the List</source>
        <translation>Save the List</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Save the Calendar</source>
        <translation>Save the Calendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <source>Writing the agreements…</source>
        <translation>Writing the agreements…</translation>
    </message>
    <message>
        <source>Writing the certificates…</source>
        <translation>Writing the certificates…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <source>Stop After This File</source>
        <translation>Stop After This File</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n agreement(s) written to %1 before you stopped.</source>
        <translation>
            <numerusform>Stopped: %n agreement written to %1 before you stopped.</numerusform>
            <numerusform>Stopped: %n agreements written to %1 before you stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) written to %1.</source>
        <translation>
            <numerusform>%n agreement written to %1.</numerusform>
            <numerusform>%n agreements written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n certificate(s) written to %1 before you stopped.</source>
        <translation>
            <numerusform>Stopped: %n certificate written to %1 before you stopped.</numerusform>
            <numerusform>Stopped: %n certificates written to %1 before you stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to %1.</source>
        <translation>
            <numerusform>%n certificate written to %1.</numerusform>
            <numerusform>%n certificates written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list was written to %1.</source>
        <translation>The list was written to %1.</translation>
    </message>
    <message>
        <source>The calendar was written to %1.</source>
        <translation>The calendar was written to %1.</translation>
    </message>
    <message>
        <source>No student in the scope has anything missing: no reminder was written to %1.</source>
        <translation>No student in the scope has anything missing: no reminder was written to %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) written to %1: open them in your mail program to send them.</source>
        <translation>
            <numerusform>%n reminder written to %1: open them in your mail program to send them.</numerusform>
            <numerusform>%n reminders written to %1: open them in your mail program to send them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is missing for %1: there is no reminder to send.</source>
        <translation>Nothing is missing for %1: there is no reminder to send.</translation>
    </message>
    <message>
        <source>%1 has no email address: add one on the student&apos;s card first.</source>
        <translation>%1 has no email address: add one on the student&apos;s card first.</translation>
    </message>
    <message>
        <source>The student selected on the Students page (none is selected)</source>
        <translation>The student selected on the Students page (none is selected)</translation>
    </message>
    <message>
        <source>Only %1, selected on the Students page</source>
        <translation>Only %1, selected on the Students page</translation>
    </message>
    <message numerus="yes">
        <source>The whole year (%n student(s))</source>
        <translation>
            <numerusform>The whole year (%n student)</numerusform>
            <numerusform>The whole year (%n students)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreements and certificates: %n internship(s) of %1.</source>
        <translation>
            <numerusform>Agreements and certificates: %n internship of %1.</numerusform>
            <numerusform>Agreements and certificates: %n internships of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message>
        <source>For Whom</source>
        <translation>For Whom</translation>
    </message>
    <message>
        <source>Only internships approved or later (agreements and certificates)</source>
        <translation>Only internships approved or later (agreements and certificates)</translation>
    </message>
    <message>
        <source>&amp;Language of documents and reminders:</source>
        <translation>&amp;Language of documents and reminders:</translation>
    </message>
    <message>
        <source>&amp;Format of agreements and certificates:</source>
        <translation>&amp;Format of agreements and certificates:</translation>
    </message>
    <message>
        <source>PDF (to print or sign)</source>
        <translation>PDF (to print or sign)</translation>
    </message>
    <message>
        <source>ODT (to edit in LibreOffice or Word)</source>
        <translation>ODT (to edit in LibreOffice or Word)</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>One internship agreement (convention de stage) per internship, filled in from the database, ready to print and sign by the four parties.</source>
        <translation>One internship agreement (convention de stage) per internship, filled in from the database, ready to print and sign by the four parties.</translation>
    </message>
    <message>
        <source>&amp;Academic advisor who signs:</source>
        <translation>&amp;Academic advisor who signs:</translation>
    </message>
    <message>
        <source>Name printed on the agreements</source>
        <translation>Name printed on the agreements</translation>
    </message>
    <message>
        <source>&amp;Generate Agreements…</source>
        <translation>&amp;Generate Agreements…</translation>
    </message>
    <message>
        <source>Completion Certificates</source>
        <translation>Completion Certificates</translation>
    </message>
    <message>
        <source>One certificate (attestation de stage) per internship: the dates, the effective duration and the gratification paid, for the host to sign.</source>
        <translation>One certificate (attestation de stage) per internship: the dates, the effective duration and the gratification paid, for the host to sign.</translation>
    </message>
    <message>
        <source>Generate &amp;Certificates…</source>
        <translation>Generate &amp;Certificates…</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>A list to print or to open in a spreadsheet, in the language of the interface.</source>
        <translation>A list to print or to open in a spreadsheet, in the language of the interface.</translation>
    </message>
    <message>
        <source>L&amp;ist:</source>
        <translation>L&amp;ist:</translation>
    </message>
    <message>
        <source>Where each student stands</source>
        <translation>Where each student stands</translation>
    </message>
    <message>
        <source>Deliverables still owed</source>
        <translation>Deliverables still owed</translation>
    </message>
    <message>
        <source>TER grades</source>
        <translation>TER grades</translation>
    </message>
    <message>
        <source>F&amp;ile type:</source>
        <translation>F&amp;ile type:</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (spreadsheet)</translation>
    </message>
    <message>
        <source>PDF (to print)</source>
        <translation>PDF (to print)</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>Semicolon ; (Excel in French)</source>
        <translation>Semicolon ; (Excel in French)</translation>
    </message>
    <message>
        <source>Comma , (Excel in English)</source>
        <translation>Comma , (Excel in English)</translation>
    </message>
    <message>
        <source>Generate &amp;List…</source>
        <translation>Generate &amp;List…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Every deadline of the students (proposals, signatures, start and end, reports) as an iCalendar file that Outlook, Thunderbird or Google Calendar import.</source>
        <translation>Every deadline of the students (proposals, signatures, start and end, reports) as an iCalendar file that Outlook, Thunderbird or Google Calendar import.</translation>
    </message>
    <message>
        <source>Generate Ca&amp;lendar…</source>
        <translation>Generate Ca&amp;lendar…</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>An email draft to each student who has something missing or late (a proposal, signatures, a report, seminars), saved as .eml files that your mail program opens, ready to send. For the selected student, open it in your mail program at once.</source>
        <translation>An email draft to each student who has something missing or late (a proposal, signatures, a report, seminars), saved as .eml files that your mail program opens, ready to send. For the selected student, open it in your mail program at once.</translation>
    </message>
    <message>
        <source>Generate &amp;Reminders…</source>
        <translation>Generate &amp;Reminders…</translation>
    </message>
    <message>
        <source>&amp;Email the Selected Student…</source>
        <translation>&amp;Email the Selected Student…</translation>
    </message>
    <message>
        <source>Select the student on the Students page, then choose “Only …, selected on the Students page” above.</source>
        <translation>Select the student on the Students page, then choose “Only …, selected on the Students page” above.</translation>
    </message>
    <message>
        <source>&amp;Open the Folder</source>
        <translation>&amp;Open the Folder</translation>
    </message>
    <message numerus="yes">
        <source>Certificates: %n internship(s) of %1.</source>
        <translation>
            <numerusform>Certificates: %n internship of %1.</numerusform>
            <numerusform>Certificates: %n internships of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only internships approved or later (certificates)</source>
        <translation>Only internships approved or later (certificates)</translation>
    </message>
    <message>
        <source>%1: grades</source>
        <translation>%1: grades</translation>
    </message>
</context>
<context>
    <name>interntrack::GradeDialog</name>
    <message>
        <source>&amp;No grade (remove the one recorded)</source>
        <translation>&amp;No grade (remove the one recorded)</translation>
    </message>
    <message>
        <source>Record Grade</source>
        <translation>Record Grade</translation>
    </message>
    <message>
        <source>The grade the supervising researchers give the TER. A TER is validated once its report is received and its grade recorded.</source>
        <translation>The grade the supervising researchers give the TER. A TER is validated once its report is received and its grade recorded.</translation>
    </message>
    <message>
        <source>Grade out of %1</source>
        <translation>Grade out of %1</translation>
    </message>
    <message>
        <source> / %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grade:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Give the grade by quarter points (e.g. 13.25, 13.5).</source>
        <translation>Give the grade by quarter points (e.g. 13.25, 13.5).</translation>
    </message>
    <message>
        <source>This is the grade already recorded.</source>
        <translation>This is the grade already recorded.</translation>
    </message>
    <message>
        <source>Give the grade.</source>
        <translation>Give the grade.</translation>
    </message>
    <message>
        <source>The grade will be removed: the TER cannot be validated without one.</source>
        <translation>The grade will be removed: the TER cannot be validated without one.</translation>
    </message>
</context>
<context>
    <name>interntrack::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>interntrack::HistoryView</name>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Changes and workflow steps, newest first</source>
        <translation>Changes and workflow steps, newest first</translation>
    </message>
    <message>
        <source>&amp;Changes and workflow steps, newest first:</source>
        <translation>&amp;Changes and workflow steps, newest first:</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Rules overridden by the advisor</source>
        <translation>Rules overridden by the advisor</translation>
    </message>
    <message>
        <source>Rules &amp;overridden by the advisor:</source>
        <translation>Rules &amp;overridden by the advisor:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>No item selected.</source>
        <translation>No item selected.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>History of %1: %2</source>
        <translation>History of %1: %2</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>The history cannot be read: %1</translation>
    </message>
    <message>
        <source>No change has been recorded for this item yet.</source>
        <translation>No change has been recorded for this item yet.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>No rule is overridden on this item.</source>
        <translation>No rule is overridden on this item.</translation>
    </message>
</context>
<context>
    <name>interntrack::InternshipEditor</name>
    <message>
        <source>Does research in AI, machine learning or data science</source>
        <translation>Does research in AI, machine learning or data science</translation>
    </message>
    <message>
        <source>Completed during the previous summer, to be validated</source>
        <translation>Completed during the previous summer, to be validated</translation>
    </message>
    <message>
        <source>Completion proof signed by the tutor received</source>
        <translation>Completion proof signed by the tutor received</translation>
    </message>
    <message>
        <source>Lab or company, e.g. Inria Saclay</source>
        <translation>Lab or company, e.g. Inria Saclay</translation>
    </message>
    <message>
        <source>The host&apos;s supervisor of the intern</source>
        <translation>The host&apos;s supervisor of the intern</translation>
    </message>
    <message>
        <source> h a week</source>
        <translation> h a week</translation>
    </message>
    <message>
        <source>Gratification amount</source>
        <translation>Gratification amount</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>a month</translation>
    </message>
    <message>
        <source>an hour</source>
        <translation>an hour</translation>
    </message>
    <message>
        <source>Gratification paid per</source>
        <translation>Gratification paid per</translation>
    </message>
    <message>
        <source>Student and host</source>
        <translation>Student and host</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Student:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Kind of host:</source>
        <translation>Kind of host:</translation>
    </message>
    <message>
        <source>AI research:</source>
        <translation>AI research:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>End:</translation>
    </message>
    <message>
        <source>Weekly hours:</source>
        <translation>Weekly hours:</translation>
    </message>
    <message>
        <source>Work days:</source>
        <translation>Work days:</translation>
    </message>
    <message>
        <source>Absences:</source>
        <translation>Absences:</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Submitted on:</source>
        <translation>Submitted on:</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>Signatures:</translation>
    </message>
    <message>
        <source>Gratification:</source>
        <translation>Gratification:</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Previous summer:</source>
        <translation>Previous summer:</translation>
    </message>
    <message>
        <source>Proof:</source>
        <translation>Proof:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>Absence days</source>
        <translation>Absence days</translation>
    </message>
    <message>
        <source>Absence day to add</source>
        <translation>Absence day to add</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add the absence day</source>
        <translation>Add the absence day</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected absence days</source>
        <translation>Remove the selected absence days</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Days counted from</source>
        <translation>Days counted from</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Full-time-equivalent weeks</source>
        <translation>Full-time-equivalent weeks</translation>
    </message>
    <message>
        <source>Minimum gratification a month</source>
        <translation>Minimum gratification a month</translation>
    </message>
    <message>
        <source>Minimum gratification in total</source>
        <translation>Minimum gratification in total</translation>
    </message>
    <message numerus="yes">
        <source>Proposal due (start − %n month(s))</source>
        <translation>
            <numerusform>Proposal due (start − %n month)</numerusform>
            <numerusform>Proposal due (start − %n months)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>%1 of 4 recorded</source>
        <translation>%1 of 4 recorded</translation>
    </message>
    <message>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
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
        <source>Signatures are recorded with Actions ▸ Record signature, not typed here.</source>
        <translation>Signatures are recorded with Actions ▸ Record signature, not typed here.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), from the attached PDF</source>
        <translation>
            <numerusform>%n page, from the attached PDF</numerusform>
            <numerusform>%n pages, from the attached PDF</numerusform>
        </translation>
    </message>
    <message>
        <source>No report attached yet</source>
        <translation>No report attached yet</translation>
    </message>
    <message>
        <source>The page count is read from the report&apos;s PDF when it is attached.</source>
        <translation>The page count is read from the report&apos;s PDF when it is attached.</translation>
    </message>
    <message>
        <source>Choose the student.</source>
        <translation>Choose the student.</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2): correct one of them.</source>
        <translation>The end (%1) is before the start (%2): correct one of them.</translation>
    </message>
    <message>
        <source>The weekly hours cannot be negative.</source>
        <translation>The weekly hours cannot be negative.</translation>
    </message>
    <message>
        <source>Choose at least one work day.</source>
        <translation>Choose at least one work day.</translation>
    </message>
    <message>
        <source>The gratification cannot be negative.</source>
        <translation>The gratification cannot be negative.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Set the start and the end to see the figures.</source>
        <translation>Set the start and the end to see the figures.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled</source>
        <translation>
            <numerusform>%n scheduled</numerusform>
            <numerusform>%n scheduled</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n of presence (public holidays off)</source>
        <translation>
            <numerusform>%n of presence (public holidays off)</numerusform>
            <numerusform>%n of presence (public holidays off)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost before the last signature</source>
        <translation>
            <numerusform>%n lost before the last signature</numerusform>
            <numerusform>%n lost before the last signature</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h scheduled, %2 h of presence</source>
        <translation>%1 h scheduled, %2 h of presence</translation>
    </message>
    <message>
        <source>%1 (at least %2)</source>
        <translation>%1 (at least %2)</translation>
    </message>
    <message>
        <source>%1 (%2 an hour)</source>
        <translation>%1 (%2 an hour)</translation>
    </message>
    <message>
        <source>Not required (%1 months or less)</source>
        <translation>Not required (%1 months or less)</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Not required</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>not needed</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>accepted the student</source>
        <translation>accepted the student</translation>
    </message>
    <message>
        <source>declined the student</source>
        <translation>declined the student</translation>
    </message>
    <message>
        <source>The host&apos;s screening of the student</source>
        <translation>The host&apos;s screening of the student</translation>
    </message>
    <message>
        <source>Host&apos;s screening:</source>
        <translation>Host&apos;s screening:</translation>
    </message>
</context>
<context>
    <name>interntrack::ItemEditorDialog</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The id of a saved item does not change.</source>
        <translation>The id of a saved item does not change.</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>Edit %1 %2</translation>
    </message>
    <message>
        <source>This database is open read-only: nothing can be changed.</source>
        <translation>This database is open read-only: nothing can be changed.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a student</source>
        <translation>Choose a student</translation>
    </message>
    <message>
        <source>Give the %1 an id.</source>
        <translation>Give the %1 an id.</translation>
    </message>
    <message>
        <source>%1 is already the id of another %2: choose another one.</source>
        <translation>%1 is already the id of another %2: choose another one.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Overridden: %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Rule %1</translation>
    </message>
    <message>
        <source>Not saved: correct the input marked below.</source>
        <translation>Not saved: correct the input marked below.</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>Add %1 %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>Save Draft</translation>
    </message>
    <message>
        <source>Show Their Version</source>
        <translation>Show Their Version</translation>
    </message>
    <message>
        <source>Save again to replace their version with yours.</source>
        <translation>Save again to replace their version with yours.</translation>
    </message>
</context>
<context>
    <name>interntrack::ItemListPage</name>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Delete %1 %2?

Edit ▸ Undo brings it back.</source>
        <translation>Delete %1 %2?

Edit ▸ Undo brings it back.</translation>
    </message>
    <message>
        <source>Delete the selected %1 (it can be undone)</source>
        <translation>Delete the selected %1 (it can be undone)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n TER(s)</source>
        <translation>
            <numerusform>%n TER</numerusform>
            <numerusform>%n TERs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation>
            <numerusform>%n subject</numerusform>
            <numerusform>%n subjects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n internship(s)</source>
        <translation>
            <numerusform>%n internship</numerusform>
            <numerusform>%n internships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n summer school(s)</source>
        <translation>
            <numerusform>%n summer school</numerusform>
            <numerusform>%n summer schools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seminar(s)</source>
        <translation>
            <numerusform>%n seminar</numerusform>
            <numerusform>%n seminars</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation>%1 shown of %2</translation>
    </message>
    <message>
        <source>Search names, hosts, labs, subjects…</source>
        <translation>Search names, hosts, labs, subjects…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;New TER…</source>
        <translation>&amp;New TER…</translation>
    </message>
    <message>
        <source>&amp;New internship…</source>
        <translation>&amp;New internship…</translation>
    </message>
    <message>
        <source>&amp;New summer school…</source>
        <translation>&amp;New summer school…</translation>
    </message>
    <message>
        <source>&amp;New seminar…</source>
        <translation>&amp;New seminar…</translation>
    </message>
    <message>
        <source>&amp;New TER on this subject…</source>
        <translation>&amp;New TER on this subject…</translation>
    </message>
    <message>
        <source>&amp;Show its TERs</source>
        <translation>&amp;Show its TERs</translation>
    </message>
    <message>
        <source>&amp;New internship with this host…</source>
        <translation>&amp;New internship with this host…</translation>
    </message>
    <message>
        <source>&amp;Show its internships</source>
        <translation>&amp;Show its internships</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Over capacity</translation>
    </message>
    <message>
        <source>With internships this year</source>
        <translation>With internships this year</translation>
    </message>
    <message>
        <source>Not doing AI research</source>
        <translation>Not doing AI research</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>With errors</translation>
    </message>
    <message>
        <source>Missing report</source>
        <translation>Missing report</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;New %1…</source>
        <translation>&amp;New %1…</translation>
    </message>
    <message>
        <source>&amp;New %1 on this subject…</source>
        <translation>&amp;New %1 on this subject…</translation>
    </message>
    <message>
        <source>&amp;Show its %1</source>
        <translation>&amp;Show its %1</translation>
    </message>
    <message>
        <source>&amp;New %1 with this host…</source>
        <translation>&amp;New %1 with this host…</translation>
    </message>
</context>
<context>
    <name>interntrack::ItemTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Summer school</source>
        <translation>Summer school</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Lab</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hours/week</source>
        <translation>Hours/week</translation>
    </message>
    <message>
        <source>Gratification</source>
        <translation>Gratification</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Taken / capacity</source>
        <translation>Taken / capacity</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>AI research</source>
        <translation>AI research</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Tutors</translation>
    </message>
    <message>
        <source>Internships this year</source>
        <translation>Internships this year</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>The students of the TERs on the subject, out of how many it takes</source>
        <translation>The students of the TERs on the subject, out of how many it takes</translation>
    </message>
    <message>
        <source>Signatures of the agreement recorded, out of four (student, host, tutor, university)</source>
        <translation>Signatures of the agreement recorded, out of four (student, host, tutor, university)</translation>
    </message>
    <message>
        <source>What the host pays the intern</source>
        <translation>What the host pays the intern</translation>
    </message>
    <message>
        <source>In the programme&apos;s list of proposed summer schools</source>
        <translation>In the programme&apos;s list of proposed summer schools</translation>
    </message>
    <message>
        <source>Does research in AI, machine learning or data science</source>
        <translation>Does research in AI, machine learning or data science</translation>
    </message>
    <message>
        <source>The internships of the academic year shown with this host</source>
        <translation>The internships of the academic year shown with this host</translation>
    </message>
    <message>
        <source>Open errors and warnings of the rules (overridden ones are not open)</source>
        <translation>Open errors and warnings of the rules (overridden ones are not open)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Overridden: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Info: %1</source>
        <translation>Info: %1</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>No findings</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n overridden</source>
        <translation>
            <numerusform>%n overridden</numerusform>
            <numerusform>%n overridden</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Research</translation>
    </message>
    <message>
        <source>Challenge preparation</source>
        <translation>Challenge preparation</translation>
    </message>
    <message>
        <source>Challenge solving</source>
        <translation>Challenge solving</translation>
    </message>
    <message>
        <source>Public lab</source>
        <translation>Public lab</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>TERs</source>
        <translation>TERs</translation>
    </message>
    <message>
        <source>TER subjects</source>
        <translation>TER subjects</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Internships</translation>
    </message>
    <message>
        <source>Hosts &amp; tutors</source>
        <translation>Hosts &amp; tutors</translation>
    </message>
    <message>
        <source>Summer schools</source>
        <translation>Summer schools</translation>
    </message>
    <message>
        <source>Seminars</source>
        <translation>Seminars</translation>
    </message>
    <message>
        <source>Does research in AI</source>
        <translation>Does research in AI</translation>
    </message>
    <message>
        <source>Not recorded as doing research in AI</source>
        <translation>Not recorded as doing research in AI</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 / month</source>
        <translation>%1 / month</translation>
    </message>
    <message>
        <source>%1 / hour</source>
        <translation>%1 / hour</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>%1/4</source>
        <translation>%1/4</translation>
    </message>
    <message>
        <source>University</source>
        <translation>University</translation>
    </message>
    <message>
        <source>%1, in Paris-Saclay</source>
        <translation>%1, in Paris-Saclay</translation>
    </message>
    <message>
        <source>%1, outside Paris-Saclay</source>
        <translation>%1, outside Paris-Saclay</translation>
    </message>
    <message>
        <source>TER %1 (%2): %3</source>
        <translation>TER %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (no limit)</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s); the subject takes any number</source>
        <translation>
            <numerusform>%n student; the subject takes any number</numerusform>
            <numerusform>%n students; the subject takes any number</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 · over capacity</source>
        <translation>%1/%2 · over capacity</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) for a subject that takes %1: too many</source>
        <translation>
            <numerusform>%n student for a subject that takes %1: too many</numerusform>
            <numerusform>%n students for a subject that takes %1: too many</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Full: %n student(s)</source>
        <translation>
            <numerusform>Full: %n student</numerusform>
            <numerusform>Full: %n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>%n place left</numerusform>
            <numerusform>%n places left</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <source>No TER on this subject yet</source>
        <translation>No TER on this subject yet</translation>
    </message>
    <message>
        <source>%1: %2 (%3), %4</source>
        <translation>%1: %2 (%3), %4</translation>
    </message>
    <message>
        <source>Not recorded as doing research in AI: an internship there needs the advisor&apos;s confirmation</source>
        <translation>Not recorded as doing research in AI: an internship there needs the advisor&apos;s confirmation</translation>
    </message>
    <message>
        <source>No internship with this host this year</source>
        <translation>No internship with this host this year</translation>
    </message>
    <message>
        <source>%1 this year</source>
        <translation>%1 this year</translation>
    </message>
    <message>
        <source>%1: subjects</source>
        <translation>%1: subjects</translation>
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
    <message>
        <source>Loading the academic year…</source>
        <translation>Loading the academic year…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <source>Create the database of a programme for an academic year</source>
        <translation>Create the database of a programme for an academic year</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Clear the List</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>&amp;Close Database</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Back Up…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open database to another file</source>
        <translation>Write a consistent copy of the open database to another file</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>Search the current list</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;System Language</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Academic Advisor</source>
        <translation>&amp;Academic Advisor</translation>
    </message>
    <message>
        <source>Approve, request changes, reject, override rules, record grades, validate</source>
        <translation>Approve, request changes, reject, override rules, record grades, validate</translation>
    </message>
    <message>
        <source>&amp;Secretariat</source>
        <translation>&amp;Secretariat</translation>
    </message>
    <message>
        <source>Record signatures, reports and proofs; export documents</source>
        <translation>Record signatures, reports and proofs; export documents</translation>
    </message>
    <message>
        <source>&amp;Who Am I…</source>
        <translation>&amp;Who Am I…</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>Academic &amp;year:</source>
        <translation>Academic &amp;year:</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Academic year</translation>
    </message>
    <message>
        <source>Rules of the Year</source>
        <translation>Rules of the Year</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>%1%2 — InternTrack</source>
        <translation>%1%2 — InternTrack</translation>
    </message>
    <message>
        <source>Database: %1%2</source>
        <translation>Database: %1%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your role decides what you may do: Role menu to change it.</source>
        <translation>Your role decides what you may do: Role menu to change it.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Database closed.</source>
        <translation>Database closed.</translation>
    </message>
    <message>
        <source>Back Up the Database</source>
        <translation>Back Up the Database</translation>
    </message>
    <message>
        <source>InternTrack databases (*.interntrack)</source>
        <translation>InternTrack databases (*.interntrack)</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Cannot replace %1.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>The backup failed: %1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>You work as %1.</source>
        <translation>You work as %1.</translation>
    </message>
    <message>
        <source>&amp;Import Proposals…</source>
        <translation>&amp;Import Proposals…</translation>
    </message>
    <message>
        <source>Import the proposal files students send (.%1); you can also drop them on the window</source>
        <translation>Import the proposal files students send (.%1); you can also drop them on the window</translation>
    </message>
    <message>
        <source>Save &amp;Reply to the Student…</source>
        <translation>Save &amp;Reply to the Student…</translation>
    </message>
    <message>
        <source>Write the decision on this proposal as a file for the student&apos;s InternTrack</source>
        <translation>Write the decision on this proposal as a file for the student&apos;s InternTrack</translation>
    </message>
    <message>
        <source>&amp;Email the Decision…</source>
        <translation>&amp;Email the Decision…</translation>
    </message>
    <message>
        <source>Open an email to the student with the decision and your comment</source>
        <translation>Open an email to the student with the decision and your comment</translation>
    </message>
    <message>
        <source>&amp;Offers…</source>
        <translation>&amp;Offers…</translation>
    </message>
    <message>
        <source>The internship offers partner labs and companies sent: record them, export them for the students</source>
        <translation>The internship offers partner labs and companies sent: record them, export them for the students</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Where the year stands: who is placed, the findings by rule, the internships starting each week, the deliverables owed and the gratifications.</source>
        <translation>Where the year stands: who is placed, the findings by rule, the internships starting each week, the deliverables owed and the gratifications.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Dashboard: not yet placed</source>
        <translation>Dashboard: not yet placed</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Dashboard: %1</translation>
    </message>
    <message>
        <source>no internship</source>
        <translation>no internship</translation>
    </message>
    <message>
        <source>Dashboard: rule %1</source>
        <translation>Dashboard: rule %1</translation>
    </message>
    <message>
        <source>Dashboard: owe %1</source>
        <translation>Dashboard: owe %1</translation>
    </message>
    <message>
        <source>a proof of completion</source>
        <translation>a proof of completion</translation>
    </message>
    <message>
        <source>an internship report</source>
        <translation>an internship report</translation>
    </message>
    <message>
        <source>a summer school report</source>
        <translation>a summer school report</translation>
    </message>
    <message>
        <source>a seminar paragraph</source>
        <translation>a seminar paragraph</translation>
    </message>
    <message>
        <source>Dashboard: starting in week %1 of %2</source>
        <translation>Dashboard: starting in week %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Connect to &amp;Server…</translation>
    </message>
    <message>
        <source>Work on your programme&apos;s shared PostgreSQL database with your own login</source>
        <translation>Work on your programme&apos;s shared PostgreSQL database with your own login</translation>
    </message>
    <message>
        <source>%1: subjects, supervisors, capacity and the students of each group.</source>
        <translation>%1: subjects, supervisors, capacity and the students of each group.</translation>
    </message>
    <message>
        <source>%1: host, supervisor, schedule and absences, with what the rules find in each.</source>
        <translation>%1: host, supervisor, schedule and absences, with what the rules find in each.</translation>
    </message>
    <message>
        <source>Completion certificates and lists, as PDF, ODT or CSV.</source>
        <translation>Completion certificates and lists, as PDF, ODT or CSV.</translation>
    </message>
    <message>
        <source>Server: %1%2</source>
        <translation>Server: %1%2</translation>
    </message>
    <message>
        <source>Your role decides what you may do; on a server, the server gives it to your login.</source>
        <translation>Your role decides what you may do; on a server, the server gives it to your login.</translation>
    </message>
    <message>
        <source>Connect to a Server</source>
        <translation>Connect to a Server</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (%3).</source>
        <translation>Connected to %1 as %2 (%3).</translation>
    </message>
    <message>
        <source>On a server, your role is the one the server gives your login (%1).</source>
        <translation>On a server, your role is the one the server gives your login (%1).</translation>
    </message>
    <message>
        <source>P&amp;rogramme:</source>
        <translation>P&amp;rogramme:</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Add &amp;Programme…</source>
        <translation>Add &amp;Programme…</translation>
    </message>
    <message>
        <source>Serve another programme from this database: its own years, rules and students</source>
        <translation>Serve another programme from this database: its own years, rules and students</translation>
    </message>
</context>
<context>
    <name>interntrack::NewDatabaseDialog</name>
    <message>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Academic year</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>&amp;Academic year:</source>
        <translation>&amp;Academic year:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>InternTrack databases (*.interntrack)</source>
        <translation>InternTrack databases (*.interntrack)</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>Choose a file name.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name (to open it, use File &gt; Open).</source>
        <translation>%1 already exists: choose another name (to open it, use File &gt; Open).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The new database starts from the rules of that programme for that year; the advisor can change them in Settings.</source>
        <translation>The new database starts from the rules of that programme for that year; the advisor can change them in Settings.</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme:</translation>
    </message>
</context>
<context>
    <name>interntrack::OfferEditDialog</name>
    <message>
        <source>New Offer</source>
        <translation>New Offer</translation>
    </message>
    <message>
        <source>Edit Offer</source>
        <translation>Edit Offer</translation>
    </message>
    <message>
        <source>The host does research in AI, machine learning or data science</source>
        <translation>The host does research in AI, machine learning or data science</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. NLP, Health</source>
        <translation>Comma-separated, e.g. NLP, Health</translation>
    </message>
    <message>
        <source>Earliest start</source>
        <translation>Earliest start</translation>
    </message>
    <message>
        <source>Latest start</source>
        <translation>Latest start</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source> €/month</source>
        <translation> €/month</translation>
    </message>
    <message>
        <source>Closed: takes no more applications</source>
        <translation>Closed: takes no more applications</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>C&amp;ountry:</translation>
    </message>
    <message>
        <source>To&amp;pics:</source>
        <translation>To&amp;pics:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Earliest start:</source>
        <translation>&amp;Earliest start:</translation>
    </message>
    <message>
        <source>&amp;Latest start:</source>
        <translation>&amp;Latest start:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <source>&amp;Gratification:</source>
        <translation>&amp;Gratification:</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>Co&amp;ntact:</translation>
    </message>
    <message>
        <source>Contact e&amp;mail:</source>
        <translation>Contact e&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Give the offer a title: it becomes the subject of the proposal.</source>
        <translation>Give the offer a title: it becomes the subject of the proposal.</translation>
    </message>
    <message>
        <source>The latest start is before the earliest start.</source>
        <translation>The latest start is before the earliest start.</translation>
    </message>
    <message>
        <source>Give the earliest start too.</source>
        <translation>Give the earliest start too.</translation>
    </message>
    <message>
        <source>Correct what is said beside the fields to save the offer.</source>
        <translation>Correct what is said beside the fields to save the offer.</translation>
    </message>
</context>
<context>
    <name>interntrack::OffersDialog</name>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Applications (select an offer)</source>
        <translation>Applications (select an offer)</translation>
    </message>
    <message numerus="yes">
        <source>Applications to the selected offer: %n</source>
        <translation>
            <numerusform>Applications to the selected offer: %n</numerusform>
            <numerusform>Applications to the selected offer: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer &quot;%1&quot; added.</source>
        <translation>Offer &quot;%1&quot; added.</translation>
    </message>
    <message>
        <source>Offer &quot;%1&quot; saved.</source>
        <translation>Offer &quot;%1&quot; saved.</translation>
    </message>
    <message>
        <source>Remove Offer</source>
        <translation>Remove Offer</translation>
    </message>
    <message numerus="yes">
        <source>Remove the offer &quot;%1&quot; and the %n application(s) to it?</source>
        <translation>
            <numerusform>Remove the offer &quot;%1&quot; and the %n application to it?</numerusform>
            <numerusform>Remove the offer &quot;%1&quot; and the %n applications to it?</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer &quot;%1&quot; removed.</source>
        <translation>Offer &quot;%1&quot; removed.</translation>
    </message>
    <message>
        <source>Export the Offers for Students</source>
        <translation>Export the Offers for Students</translation>
    </message>
    <message>
        <source>InternTrack offers (*%1)</source>
        <translation>InternTrack offers (*%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) written to %1: send this file to the students.</source>
        <translation>
            <numerusform>%n offer written to %1: send this file to the students.</numerusform>
            <numerusform>%n offers written to %1: send this file to the students.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offers of %1</source>
        <translation>Offers of %1</translation>
    </message>
    <message>
        <source>The internship offers that partner labs and companies sent for %1. Export them for the students: they browse them, apply, and turn an accepted offer into a proposal.</source>
        <translation>The internship offers that partner labs and companies sent for %1. Export them for the students: they browse them, apply, and turn an accepted offer into a proposal.</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>E&amp;xport for Students…</source>
        <translation>E&amp;xport for Students…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Applications to the selected offer</source>
        <translation>Applications to the selected offer</translation>
    </message>
</context>
<context>
    <name>interntrack::OffersModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 €/month</source>
        <translation>%1 €/month</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>Gratification</source>
        <translation>Gratification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>interntrack::OffersPage</name>
    <message>
        <source>Offer #%1</source>
        <translation>Offer #%1</translation>
    </message>
    <message>
        <source>Select an offer to apply to it.</source>
        <translation>Select an offer to apply to it.</translation>
    </message>
    <message>
        <source>This offer is closed: it takes no more applications.</source>
        <translation>This offer is closed: it takes no more applications.</translation>
    </message>
    <message>
        <source>You already applied to this offer.</source>
        <translation>You already applied to this offer.</translation>
    </message>
    <message>
        <source>You applied to &quot;%1&quot;.</source>
        <translation>You applied to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>e.g. NLP, vision</source>
        <translation>e.g. NLP, vision</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Title, host, city, description…</source>
        <translation>Title, host, city, description…</translation>
    </message>
    <message>
        <source>Starting &amp;from:</source>
        <translation>Starting &amp;from:</translation>
    </message>
    <message>
        <source>Starting from</source>
        <translation>Starting from</translation>
    </message>
    <message>
        <source>Starting &amp;until:</source>
        <translation>Starting &amp;until:</translation>
    </message>
    <message>
        <source>Starting until</source>
        <translation>Starting until</translation>
    </message>
    <message>
        <source>&amp;Open offers only</source>
        <translation>&amp;Open offers only</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>My applications</source>
        <translation>My applications</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
</context>
<context>
    <name>interntrack::OverrideDialog</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>Override a Rule</source>
        <translation>Override a Rule</translation>
    </message>
    <message>
        <source>Rule to override</source>
        <translation>Rule to override</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Why the item is acceptable although the rule flags it</source>
        <translation>Why the item is acceptable although the rule flags it</translation>
    </message>
    <message>
        <source>The override is recorded with your name (%1) and today&apos;s date (%2), shown with the finding and kept in the item&apos;s history.</source>
        <translation>The override is recorded with your name (%1) and today&apos;s date (%2), shown with the finding and kept in the item&apos;s history.</translation>
    </message>
    <message>
        <source>no name given</source>
        <translation>no name given</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Rule:</translation>
    </message>
    <message>
        <source>R&amp;eason (required):</source>
        <translation>R&amp;eason (required):</translation>
    </message>
    <message>
        <source>What it says:</source>
        <translation>What it says:</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Override</translation>
    </message>
    <message>
        <source>This item has no open error or warning to override.</source>
        <translation>This item has no open error or warning to override.</translation>
    </message>
    <message>
        <source>Nothing to override: the rules find no open error or warning.</source>
        <translation>Nothing to override: the rules find no open error or warning.</translation>
    </message>
    <message>
        <source>Write the reason: it is kept with the decision and shown to whoever reads the item.</source>
        <translation>Write the reason: it is kept with the decision and shown to whoever reads the item.</translation>
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
    <name>interntrack::ProgrammeDialog</name>
    <message>
        <source>Add Programme</source>
        <translation>Add Programme</translation>
    </message>
    <message>
        <source>Start from the profile</source>
        <translation>Start from the profile</translation>
    </message>
    <message>
        <source>Programme key</source>
        <translation>Programme key</translation>
    </message>
    <message>
        <source>First academic year</source>
        <translation>First academic year</translation>
    </message>
    <message>
        <source>The programme has its own academic years, rules and students in this database; hosts and tutors are shared. Its rules start from the profile&apos;s, and the advisor can change them in Settings. The key names the programme for interntrack-cli --programme.</source>
        <translation>The programme has its own academic years, rules and students in this database; hosts and tutors are shared. Its rules start from the profile&apos;s, and the advisor can change them in Settings. The key names the programme for interntrack-cli --programme.</translation>
    </message>
    <message>
        <source>Start from the &amp;profile:</source>
        <translation>Start from the &amp;profile:</translation>
    </message>
    <message>
        <source>Programme &amp;key:</source>
        <translation>Programme &amp;key:</translation>
    </message>
    <message>
        <source>First &amp;academic year:</source>
        <translation>First &amp;academic year:</translation>
    </message>
    <message>
        <source>Give the programme a key, e.g. imperial-msc-ai.</source>
        <translation>Give the programme a key, e.g. imperial-msc-ai.</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits and dashes only, starting with a letter or a digit.</source>
        <translation>Use lower-case letters, digits and dashes only, starting with a letter or a digit.</translation>
    </message>
    <message>
        <source>This database already holds a programme %1: choose another key.</source>
        <translation>This database already holds a programme %1: choose another key.</translation>
    </message>
</context>
<context>
    <name>interntrack::ProposalInbox</name>
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
        <source>seminars</source>
        <translation>seminars</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>proposal</translation>
    </message>
    <message>
        <source>Import Proposals</source>
        <translation>Import Proposals</translation>
    </message>
    <message>
        <source>Student proposals (*.%1);;All files (*)</source>
        <translation>Student proposals (*.%1);;All files (*)</translation>
    </message>
    <message>
        <source>Save Reply</source>
        <translation>Save Reply</translation>
    </message>
    <message>
        <source>Replies to students (*.%1)</source>
        <translation>Replies to students (*.%1)</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>%1 could not be read: %2
Nothing was imported.</source>
        <translation>%1 could not be read: %2
Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 is too large to be a proposal (%2 MB).
Nothing was imported.</source>
        <translation>%1 is too large to be a proposal (%2 MB).
Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 is not a proposal InternTrack can read:
%2
Nothing was imported.</source>
        <translation>%1 is not a proposal InternTrack can read:
%2
Nothing was imported.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>No student of %1 is %2 (%3). Add them as a new student and import their proposal?</source>
        <translation>No student of %1 is %2 (%3). Add them as a new student and import their proposal?</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Message: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Reply saved to %1.</source>
        <translation>Reply saved to %1.</translation>
    </message>
    <message>
        <source>your %1 proposal (%2)</source>
        <translation>your %1 proposal (%2)</translation>
    </message>
    <message>
        <source>I have approved %1.</source>
        <translation>I have approved %1.</translation>
    </message>
    <message>
        <source>Please change %1 and submit it again.</source>
        <translation>Please change %1 and submit it again.</translation>
    </message>
    <message>
        <source>I am sorry: I cannot accept %1.</source>
        <translation>I am sorry: I cannot accept %1.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 is now: %2.</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hello %1,</translation>
    </message>
    <message>
        <source>If you use InternTrack&apos;s student mode, the attached reply file (%1.%2) shows the decision on your proposal: File ▸ Import Reply. (An email link cannot attach it by itself: save it with Save Reply and attach it.)</source>
        <translation>If you use InternTrack&apos;s student mode, the attached reply file (%1.%2) shows the decision on your proposal: File ▸ Import Reply. (An email link cannot attach it by itself: save it with Save Reply and attach it.)</translation>
    </message>
    <message>
        <source>Best regards,</source>
        <translation>Best regards,</translation>
    </message>
    <message>
        <source>Your %1 proposal: %2</source>
        <translation>Your %1 proposal: %2</translation>
    </message>
    <message>
        <source>No mail program could be opened. Save the reply as a file and send it yourself.</source>
        <translation>No mail program could be opened. Save the reply as a file and send it yourself.</translation>
    </message>
</context>
<context>
    <name>interntrack::ReportDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Report Received</source>
        <translation>Report Received</translation>
    </message>
    <message numerus="yes">
        <source>A report of %n page(s) is already recorded; the one you choose is added and its page count replaces it.</source>
        <translation>
            <numerusform>A report of %n page is already recorded; the one you choose is added and its page count replaces it.</numerusform>
            <numerusform>A report of %n pages is already recorded; the one you choose is added and its page count replaces it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the report as a PDF file: its pages are counted from the file and stored with it in the database.</source>
        <translation>Choose the report as a PDF file: its pages are counted from the file and stored with it in the database.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Report file</translation>
    </message>
    <message>
        <source>Choose the report file</source>
        <translation>Choose the report file</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pages:</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Attach</translation>
    </message>
    <message>
        <source>Choose the Report</source>
        <translation>Choose the Report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Counted when a PDF is chosen (the rules ask for %1–%2 pages).</source>
        <translation>Counted when a PDF is chosen (the rules ask for %1–%2 pages).</translation>
    </message>
    <message>
        <source>Counted when a PDF is chosen.</source>
        <translation>Counted when a PDF is chosen.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): within the %1–%2 pages the rules ask for.</source>
        <translation>
            <numerusform>%n page: within the %1–%2 pages the rules ask for.</numerusform>
            <numerusform>%n pages: within the %1–%2 pages the rules ask for.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): outside the %1–%2 pages the rules ask for. It can be attached; the report rule will warn about it.</source>
        <translation>
            <numerusform>%n page: outside the %1–%2 pages the rules ask for. It can be attached; the report rule will warn about it.</numerusform>
            <numerusform>%n pages: outside the %1–%2 pages the rules ask for. It can be attached; the report rule will warn about it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the PDF file of the report.</source>
        <translation>Choose the PDF file of the report.</translation>
    </message>
</context>
<context>
    <name>interntrack::RoleDialog</name>
    <message>
        <source>&amp;Academic advisor: approves proposals, overrides rules, records grades, validates</source>
        <translation>&amp;Academic advisor: approves proposals, overrides rules, records grades, validates</translation>
    </message>
    <message>
        <source>&amp;Secretariat: records signatures, reports and proofs, exports documents</source>
        <translation>&amp;Secretariat: records signatures, reports and proofs, exports documents</translation>
    </message>
    <message>
        <source>Who Are You?</source>
        <translation>Who Are You?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>What you may do depends on your role; what it does not allow is disabled, with the reason in its tooltip. You can change it later in the Role menu.</source>
        <translation>What you may do depends on your role; what it does not allow is disabled, with the reason in its tooltip. You can change it later in the Role menu.</translation>
    </message>
    <message>
        <source>Your &amp;name (kept with each change):</source>
        <translation>Your &amp;name (kept with each change):</translation>
    </message>
    <message>
        <source>S&amp;tudent: write my own proposals (internship, TER, summer school, seminars) and send them to the advisor; no database needed</source>
        <translation>S&amp;tudent: write my own proposals (internship, TER, summer school, seminars) and send them to the advisor; no database needed</translation>
    </message>
</context>
<context>
    <name>interntrack::RulesPage</name>
    <message>
        <source>internship of at least 8 full-time-equivalent weeks</source>
        <translation>internship of at least 8 full-time-equivalent weeks</translation>
    </message>
    <message>
        <source>at most 6 months with one host in a year (law)</source>
        <translation>at most 6 months with one host in a year (law)</translation>
    </message>
    <message>
        <source>proposal 3 months before the start</source>
        <translation>proposal 3 months before the start</translation>
    </message>
    <message>
        <source>agreement signed by all four parties by the start</source>
        <translation>agreement signed by all four parties by the start</translation>
    </message>
    <message>
        <source>gratification above 2 months (law)</source>
        <translation>gratification above 2 months (law)</translation>
    </message>
    <message>
        <source>gratification at least the legal minimum</source>
        <translation>gratification at least the legal minimum</translation>
    </message>
    <message>
        <source>full-time internship outside the teaching period</source>
        <translation>full-time internship outside the teaching period</translation>
    </message>
    <message>
        <source>internship ends by the completion deadline</source>
        <translation>internship ends by the completion deadline</translation>
    </message>
    <message>
        <source>a student&apos;s internships do not overlap</source>
        <translation>a student&apos;s internships do not overlap</translation>
    </message>
    <message>
        <source>host does research in AI, ML or data science</source>
        <translation>host does research in AI, ML or data science</translation>
    </message>
    <message>
        <source>reminder: contact the advisor 3 months ahead</source>
        <translation>reminder: contact the advisor 3 months ahead</translation>
    </message>
    <message>
        <source>internship of the previous summer</source>
        <translation>internship of the previous summer</translation>
    </message>
    <message>
        <source>completion proof signed by the host</source>
        <translation>completion proof signed by the host</translation>
    </message>
    <message>
        <source>internship report of 4 to 6 pages</source>
        <translation>internship report of 4 to 6 pages</translation>
    </message>
    <message>
        <source>TER of half a day to a day a week</source>
        <translation>TER of half a day to a day a week</translation>
    </message>
    <message>
        <source>TER of 2 to 4 months</source>
        <translation>TER of 2 to 4 months</translation>
    </message>
    <message>
        <source>TER during the teaching period</source>
        <translation>TER during the teaching period</translation>
    </message>
    <message>
        <source>lab outside Paris-Saclay: advisor approves</source>
        <translation>lab outside Paris-Saclay: advisor approves</translation>
    </message>
    <message>
        <source>agreement for a lab outside Saclay or a paid TER</source>
        <translation>agreement for a lab outside Saclay or a paid TER</translation>
    </message>
    <message>
        <source>subject capacity not exceeded</source>
        <translation>subject capacity not exceeded</translation>
    </message>
    <message>
        <source>challenge preparation in T1 or T2</source>
        <translation>challenge preparation in T1 or T2</translation>
    </message>
    <message>
        <source>mini-challenge solved in T4, in pairs</source>
        <translation>mini-challenge solved in T4, in pairs</translation>
    </message>
    <message>
        <source>TER report of 4 to 6 pages</source>
        <translation>TER report of 4 to 6 pages</translation>
    </message>
    <message>
        <source>TER grade from the supervisors</source>
        <translation>TER grade from the supervisors</translation>
    </message>
    <message>
        <source>summer school of at least 3 full-time days</source>
        <translation>summer school of at least 3 full-time days</translation>
    </message>
    <message>
        <source>summer school not in the proposed list</source>
        <translation>summer school not in the proposed list</translation>
    </message>
    <message>
        <source>summer-school report with links</source>
        <translation>summer-school report with links</translation>
    </message>
    <message>
        <source>at least 6 seminars</source>
        <translation>at least 6 seminars</translation>
    </message>
    <message>
        <source>a paragraph of 40 words per seminar</source>
        <translation>a paragraph of 40 words per seminar</translation>
    </message>
    <message>
        <source>student has completed the year</source>
        <translation>student has completed the year</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Easter Sunday</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Whit Sunday</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Whit Monday</translation>
    </message>
    <message numerus="yes">
        <source>Easter + %n day(s)</source>
        <translation>
            <numerusform>Easter + %n day</numerusform>
            <numerusform>Easter + %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Easter − %n day(s)</source>
        <translation>
            <numerusform>Easter − %n day</numerusform>
            <numerusform>Easter − %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>New summer school</source>
        <translation>New summer school</translation>
    </message>
    <message>
        <source>No database is open: open one to see the settings of its year.</source>
        <translation>No database is open: open one to see the settings of its year.</translation>
    </message>
    <message>
        <source>This database is open read-only: the settings of the year are shown but cannot be changed.</source>
        <translation>This database is open read-only: the settings of the year are shown but cannot be changed.</translation>
    </message>
    <message>
        <source>Only the advisor changes the settings of the year. You are working as %1: they are shown read-only.</source>
        <translation>Only the advisor changes the settings of the year. You are working as %1: they are shown read-only.</translation>
    </message>
    <message numerus="yes">
        <source>Below the minimum of %n page(s).</source>
        <translation>
            <numerusform>Below the minimum of %n page.</numerusform>
            <numerusform>Below the minimum of %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Below the minimum of %1 h a week.</source>
        <translation>Below the minimum of %1 h a week.</translation>
    </message>
    <message numerus="yes">
        <source>Below the minimum of %n month(s).</source>
        <translation>
            <numerusform>Below the minimum of %n month.</numerusform>
            <numerusform>Below the minimum of %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ends before it starts.</source>
        <translation>%1 ends before it starts.</translation>
    </message>
    <message>
        <source>Outside the academic year %1.</source>
        <translation>Outside the academic year %1.</translation>
    </message>
    <message>
        <source>Overlaps %1.</source>
        <translation>Overlaps %1.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Choose at least one day of the week.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 is listed twice.</translation>
    </message>
    <message>
        <source>No teaching period is called %1: the rule never matches it.</source>
        <translation>No teaching period is called %1: the rule never matches it.</translation>
    </message>
    <message>
        <source>Same date as the row above.</source>
        <translation>Same date as the row above.</translation>
    </message>
    <message>
        <source>Two rates start on %1.</source>
        <translation>Two rates start on %1.</translation>
    </message>
    <message>
        <source>Enter the hourly rate.</source>
        <translation>Enter the hourly rate.</translation>
    </message>
    <message>
        <source>The rate from %1 has no amount.</source>
        <translation>The rate from %1 has no amount.</translation>
    </message>
    <message>
        <source>A school has no name.</source>
        <translation>A school has no name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>&quot;%1&quot; is listed twice.</translation>
    </message>
    <message>
        <source>Row %1 needs a code.</source>
        <translation>Row %1 needs a code.</translation>
    </message>
    <message>
        <source>%1 names no activity.</source>
        <translation>%1 names no activity.</translation>
    </message>
    <message>
        <source>= %1 scheduled hours at %2 h a week</source>
        <translation>= %1 scheduled hours at %2 h a week</translation>
    </message>
    <message>
        <source>a start on %1 needs the proposal by %2</source>
        <translation>a start on %1 needs the proposal by %2</translation>
    </message>
    <message>
        <source>above it, an internship is full-time</source>
        <translation>above it, an internship is full-time</translation>
    </message>
    <message>
        <source>1 month = %1 presence hours</source>
        <translation>1 month = %1 presence hours</translation>
    </message>
    <message>
        <source>= %1 presence hours</source>
        <translation>= %1 presence hours</translation>
    </message>
    <message>
        <source>due above %1 presence hours</source>
        <translation>due above %1 presence hours</translation>
    </message>
    <message>
        <source>half a day a week at 7 h a day = 3.5 h</source>
        <translation>half a day a week at 7 h a day = 3.5 h</translation>
    </message>
    <message>
        <source>end ≥ start + min months − 1 day</source>
        <translation>end ≥ start + min months − 1 day</translation>
    </message>
    <message>
        <source>end ≤ start + max months − 1 day</source>
        <translation>end ≤ start + max months − 1 day</translation>
    </message>
    <message>
        <source>in the student&apos;s own words</source>
        <translation>in the student&apos;s own words</translation>
    </message>
    <message>
        <source>not in %1</source>
        <translation>not in %1</translation>
    </message>
    <message>
        <source>Holidays that follow Easter, in days after Easter Sunday (%1 in %2).</source>
        <translation>Holidays that follow Easter, in days after Easter Sunday (%1 in %2).</translation>
    </message>
    <message>
        <source>The rate in force on an internship&apos;s start date applies: 15 % of the social-security hourly ceiling, which changes on 1 January.</source>
        <translation>The rate in force on an internship&apos;s start date applies: 15 % of the social-security hourly ceiling, which changes on 1 January.</translation>
    </message>
    <message>
        <source>On %1: %2 an hour.</source>
        <translation>On %1: %2 an hour.</translation>
    </message>
    <message>
        <source>No rate is in force on %1: add one.</source>
        <translation>No rate is in force on %1: add one.</translation>
    </message>
    <message>
        <source>Settings of the year %1</source>
        <translation>Settings of the year %1</translation>
    </message>
    <message>
        <source>Settings of the year</source>
        <translation>Settings of the year</translation>
    </message>
    <message>
        <source>Modified — the stored rules changed meanwhile; Revert shows them</source>
        <translation>Modified — the stored rules changed meanwhile; Revert shows them</translation>
    </message>
    <message>
        <source>Modified — not applied yet</source>
        <translation>Modified — not applied yet</translation>
    </message>
    <message>
        <source>To fix before applying: %1</source>
        <translation>To fix before applying: %1</translation>
    </message>
    <message>
        <source>To fix before applying: %1 (and %2 more)</source>
        <translation>To fix before applying: %1 (and %2 more)</translation>
    </message>
    <message>
        <source>Store these settings for %1 and check every item again.</source>
        <translation>Store these settings for %1 and check every item again.</translation>
    </message>
    <message>
        <source>The settings of %1 are stored and every item was checked again (Edit ▸ Undo takes them back).</source>
        <translation>The settings of %1 are stored and every item was checked again (Edit ▸ Undo takes them back).</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Could not import %1: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at character %2).</source>
        <translation>it is not JSON (%1 at character %2).</translation>
    </message>
    <message>
        <source>it does not hold a JSON object of rules.</source>
        <translation>it does not hold a JSON object of rules.</translation>
    </message>
    <message>
        <source>Imported %1: check the settings, then Apply to store them.</source>
        <translation>Imported %1: check the settings, then Apply to store them.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Import the settings of the year</source>
        <translation>Import the settings of the year</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Export the settings of the year</source>
        <translation>Export the settings of the year</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Minimum duration (full-time-equivalent weeks):</source>
        <translation>Minimum duration (full-time-equivalent weeks):</translation>
    </message>
    <message>
        <source>INT_MIN_DURATION (error): an internship lasts at least this many full-time-equivalent weeks, i.e. scheduled hours / full-time weekly hours (8 weeks = 280 hours); part-time spread over several months is fine.</source>
        <translation>INT_MIN_DURATION (error): an internship lasts at least this many full-time-equivalent weeks, i.e. scheduled hours / full-time weekly hours (8 weeks = 280 hours); part-time spread over several months is fine.</translation>
    </message>
    <message>
        <source>Lead time (calendar months):</source>
        <translation>Lead time (calendar months):</translation>
    </message>
    <message>
        <source>INT_LEAD_TIME (error): the proposal reaches the advisor at least this many calendar months before the start (3 by default).</source>
        <translation>INT_LEAD_TIME (error): the proposal reaches the advisor at least this many calendar months before the start (3 by default).</translation>
    </message>
    <message>
        <source>Half-time limit (hours a week):</source>
        <translation>Half-time limit (hours a week):</translation>
    </message>
    <message>
        <source>INT_TEACHING_PERIOD: above this many hours a week (17.5 by default) an internship is full-time and must be outside the teaching period; below it a clash is only a warning.</source>
        <translation>INT_TEACHING_PERIOD: above this many hours a week (17.5 by default) an internship is full-time and must be outside the teaching period; below it a clash is only a warning.</translation>
    </message>
    <message>
        <source>Minimum length (pages):</source>
        <translation>Minimum length (pages):</translation>
    </message>
    <message>
        <source>INT_REPORT / TER_REPORT (warning): the report has at least this many pages (4 by default).</source>
        <translation>INT_REPORT / TER_REPORT (warning): the report has at least this many pages (4 by default).</translation>
    </message>
    <message>
        <source>Maximum length (pages):</source>
        <translation>Maximum length (pages):</translation>
    </message>
    <message>
        <source>INT_REPORT / TER_REPORT (warning): the report has at most this many pages (6 by default).</source>
        <translation>INT_REPORT / TER_REPORT (warning): the report has at most this many pages (6 by default).</translation>
    </message>
    <message>
        <source>Minimum time (hours a week):</source>
        <translation>Minimum time (hours a week):</translation>
    </message>
    <message>
        <source>TER_TIME_COMMITMENT (warning): half a day to a day a week, 3.5 to 7 hours at 7 hours a day.</source>
        <translation>TER_TIME_COMMITMENT (warning): half a day to a day a week, 3.5 to 7 hours at 7 hours a day.</translation>
    </message>
    <message>
        <source>Maximum time (hours a week):</source>
        <translation>Maximum time (hours a week):</translation>
    </message>
    <message>
        <source>Minimum duration (months):</source>
        <translation>Minimum duration (months):</translation>
    </message>
    <message>
        <source>TER_DURATION (warning): a TER lasts 2 to 4 months: end ≥ start + 2 months − 1 day.</source>
        <translation>TER_DURATION (warning): a TER lasts 2 to 4 months: end ≥ start + 2 months − 1 day.</translation>
    </message>
    <message>
        <source>Maximum duration (months):</source>
        <translation>Maximum duration (months):</translation>
    </message>
    <message>
        <source>TER_DURATION (warning): a TER lasts 2 to 4 months: end ≤ start + 4 months − 1 day.</source>
        <translation>TER_DURATION (warning): a TER lasts 2 to 4 months: end ≤ start + 4 months − 1 day.</translation>
    </message>
    <message>
        <source>Solving group size (students):</source>
        <translation>Solving group size (students):</translation>
    </message>
    <message>
        <source>TER_CHALLENGE_SOLVE (error): a classmates&apos; mini-challenge is solved in T4, in pairs (exactly 2 students).</source>
        <translation>TER_CHALLENGE_SOLVE (error): a classmates&apos; mini-challenge is solved in T4, in pairs (exactly 2 students).</translation>
    </message>
    <message>
        <source>Highest grade (points):</source>
        <translation>Highest grade (points):</translation>
    </message>
    <message>
        <source>TER_GRADE (error at validation): the supervisors give a grade from 0 to this (20 by default).</source>
        <translation>TER_GRADE (error at validation): the supervisors give a grade from 0 to this (20 by default).</translation>
    </message>
    <message>
        <source>Minimum length (full-time days):</source>
        <translation>Minimum length (full-time days):</translation>
    </message>
    <message>
        <source>SCHOOL_TOO_SHORT (error): a summer school has at least 3 days of full-time classes.</source>
        <translation>SCHOOL_TOO_SHORT (error): a summer school has at least 3 days of full-time classes.</translation>
    </message>
    <message>
        <source>Links in the report (at least):</source>
        <translation>Links in the report (at least):</translation>
    </message>
    <message>
        <source>SCHOOL_REPORT (error at validation): a report of about 2 pages with links to the classes followed and the projects finished (at least one link).</source>
        <translation>SCHOOL_REPORT (error at validation): a report of about 2 pages with links to the classes followed and the projects finished (at least one link).</translation>
    </message>
    <message>
        <source>Minimum number (seminars):</source>
        <translation>Minimum number (seminars):</translation>
    </message>
    <message>
        <source>SEMINARS_TOO_FEW (error): at least 6 seminars in the field, online or in a room.</source>
        <translation>SEMINARS_TOO_FEW (error): at least 6 seminars in the field, online or in a room.</translation>
    </message>
    <message>
        <source>Paragraph per seminar (words, at least):</source>
        <translation>Paragraph per seminar (words, at least):</translation>
    </message>
    <message>
        <source>SEMINAR_PARAGRAPH (error): each seminar has a paragraph, in the student&apos;s own words, of what was learned and what it brings to their field (at least 40 words).</source>
        <translation>SEMINAR_PARAGRAPH (error): each seminar has a paragraph, in the student&apos;s own words, of what was learned and what it brings to their field (at least 40 words).</translation>
    </message>
    <message>
        <source>Gratification due above (months):</source>
        <translation>Gratification due above (months):</translation>
    </message>
    <message>
        <source>INT_GRATIFICATION_REQUIRED (error): more than 2 months of presence (308 presence hours) and no gratification. Months are legal months of presence (days a month × hours a day).</source>
        <translation>INT_GRATIFICATION_REQUIRED (error): more than 2 months of presence (308 presence hours) and no gratification. Months are legal months of presence (days a month × hours a day).</translation>
    </message>
    <message>
        <source>Full-time week (hours):</source>
        <translation>Full-time week (hours):</translation>
    </message>
    <message>
        <source>Full-time-equivalent weeks = scheduled hours / this (35 by default): what the 8-week minimum measures.</source>
        <translation>Full-time-equivalent weeks = scheduled hours / this (35 by default): what the 8-week minimum measures.</translation>
    </message>
    <message>
        <source>Legal day (hours of presence):</source>
        <translation>Legal day (hours of presence):</translation>
    </message>
    <message>
        <source>Law: 7 hours of presence = 1 day (Code de l&apos;éducation D124-6).</source>
        <translation>Law: 7 hours of presence = 1 day (Code de l&apos;éducation D124-6).</translation>
    </message>
    <message>
        <source>Legal month (days of presence):</source>
        <translation>Legal month (days of presence):</translation>
    </message>
    <message>
        <source>Law: 22 days of presence = 1 month, so 2 months = 308 hours and 6 months = 924 hours.</source>
        <translation>Law: 22 days of presence = 1 month, so 2 months = 308 hours and 6 months = 924 hours.</translation>
    </message>
    <message>
        <source>Maximum with one host (months):</source>
        <translation>Maximum with one host (months):</translation>
    </message>
    <message>
        <source>INT_MAX_DURATION (error): at most 6 months (924 presence hours) with one host in one academic year (law).</source>
        <translation>INT_MAX_DURATION (error): at most 6 months (924 presence hours) with one host in one academic year (law).</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>The programme these rules belong to, as shown on documents.</source>
        <translation>The programme these rules belong to, as shown on documents.</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Internship</translation>
    </message>
    <message>
        <source>TER</source>
        <translation>TER</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternatives</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Gratification</source>
        <translation>Gratification</translation>
    </message>
    <message>
        <source>Law and requirements</source>
        <translation>Law and requirements</translation>
    </message>
    <message>
        <source>Sections of the settings</source>
        <translation>Sections of the settings</translation>
    </message>
    <message>
        <source>Reports (internship and TER)</source>
        <translation>Reports (internship and TER)</translation>
    </message>
    <message>
        <source>AI challenge TERs</source>
        <translation>AI challenge TERs</translation>
    </message>
    <message>
        <source>Summer school</source>
        <translation>Summer school</translation>
    </message>
    <message>
        <source>Seminars</source>
        <translation>Seminars</translation>
    </message>
    <message>
        <source>Proposed summer schools</source>
        <translation>Proposed summer schools</translation>
    </message>
    <message>
        <source>Teaching periods and deadline</source>
        <translation>Teaching periods and deadline</translation>
    </message>
    <message>
        <source>Default working days</source>
        <translation>Default working days</translation>
    </message>
    <message>
        <source>Public holidays on fixed days</source>
        <translation>Public holidays on fixed days</translation>
    </message>
    <message>
        <source>Public holidays after Easter</source>
        <translation>Public holidays after Easter</translation>
    </message>
    <message>
        <source>Legal minimum hourly rate</source>
        <translation>Legal minimum hourly rate</translation>
    </message>
    <message>
        <source>Legal framework</source>
        <translation>Legal framework</translation>
    </message>
    <message>
        <source>Requirements to complete the year</source>
        <translation>Requirements to complete the year</translation>
    </message>
    <message>
        <source>Rules turned off</source>
        <translation>Rules turned off</translation>
    </message>
    <message>
        <source>The teaching period is the union of these periods. TER_OUTSIDE_PERIOD: a TER runs in it; INT_TEACHING_PERIOD: a full-time internship runs outside it.</source>
        <translation>The teaching period is the union of these periods. TER_OUTSIDE_PERIOD: a TER runs in it; INT_TEACHING_PERIOD: a full-time internship runs outside it.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>First day of %1</source>
        <translation>First day of %1</translation>
    </message>
    <message>
        <source>Last day of %1</source>
        <translation>Last day of %1</translation>
    </message>
    <message>
        <source>The first day of teaching period %1.</source>
        <translation>The first day of teaching period %1.</translation>
    </message>
    <message>
        <source>The last day of teaching period %1 (included).</source>
        <translation>The last day of teaching period %1 (included).</translation>
    </message>
    <message>
        <source>Completion &amp;deadline:</source>
        <translation>Completion &amp;deadline:</translation>
    </message>
    <message>
        <source>Completion deadline</source>
        <translation>Completion deadline</translation>
    </message>
    <message>
        <source>INT_AFTER_DEADLINE (error): an internship ends by this day; STUDENT_INCOMPLETE: a student completes the year by it (30 June by default).</source>
        <translation>INT_AFTER_DEADLINE (error): an internship ends by this day; STUDENT_INCOMPLETE: a student completes the year by it (30 June by default).</translation>
    </message>
    <message>
        <source>The days of a placement&apos;s schedule unless it says otherwise.</source>
        <translation>The days of a placement&apos;s schedule unless it says otherwise.</translation>
    </message>
    <message>
        <source>French public holidays (Code du travail, L3133-1). A holiday on a scheduled day is not a day of presence.</source>
        <translation>French public holidays (Code du travail, L3133-1). A holiday on a scheduled day is not a day of presence.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>In this academic year</source>
        <translation>In this academic year</translation>
    </message>
    <message>
        <source>Add a holiday</source>
        <translation>Add a holiday</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected holiday</source>
        <translation>Remove the selected holiday</translation>
    </message>
    <message>
        <source>Days after Easter</source>
        <translation>Days after Easter</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Remove the selected Easter holiday</source>
        <translation>Remove the selected Easter holiday</translation>
    </message>
    <message>
        <source>Preparation TERs run in:</source>
        <translation>Preparation TERs run in:</translation>
    </message>
    <message>
        <source>TER_CHALLENGE_PREP_PERIOD (error): an AI-challenge preparation TER runs in T1 or T2 (the challenge class is in T3).</source>
        <translation>TER_CHALLENGE_PREP_PERIOD (error): an AI-challenge preparation TER runs in T1 or T2 (the challenge class is in T3).</translation>
    </message>
    <message>
        <source>Solving TERs run in:</source>
        <translation>Solving TERs run in:</translation>
    </message>
    <message>
        <source>TER_CHALLENGE_SOLVE (error): solving a classmates&apos; mini-challenge runs in T4.</source>
        <translation>TER_CHALLENGE_SOLVE (error): solving a classmates&apos; mini-challenge runs in T4.</translation>
    </message>
    <message>
        <source>Preparation TERs in %1</source>
        <translation>Preparation TERs in %1</translation>
    </message>
    <message>
        <source>Solving TERs in %1</source>
        <translation>Solving TERs in %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Hourly rate</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Legal minimum hourly rates by date</source>
        <translation>Legal minimum hourly rates by date</translation>
    </message>
    <message>
        <source>INT_GRATIFICATION_TOO_LOW (error): the gratification is at least the rate in force on the start date × the presence hours. Rows are kept in date order.</source>
        <translation>INT_GRATIFICATION_TOO_LOW (error): the gratification is at least the rate in force on the start date × the presence hours. Rows are kept in date order.</translation>
    </message>
    <message>
        <source>Add a rate</source>
        <translation>Add a rate</translation>
    </message>
    <message>
        <source>Remove the selected rate</source>
        <translation>Remove the selected rate</translation>
    </message>
    <message>
        <source>SCHOOL_NOT_PROPOSED (warning): a summer school outside this list needs the advisor&apos;s approval.</source>
        <translation>SCHOOL_NOT_PROPOSED (warning): a summer school outside this list needs the advisor&apos;s approval.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Add a summer school</source>
        <translation>Add a summer school</translation>
    </message>
    <message>
        <source>Rename the selected summer school</source>
        <translation>Rename the selected summer school</translation>
    </message>
    <message>
        <source>Remove the selected summer school</source>
        <translation>Remove the selected summer school</translation>
    </message>
    <message>
        <source>French internship law applies (gratification, 6-month maximum, agreement)</source>
        <translation>French internship law applies (gratification, 6-month maximum, agreement)</translation>
    </message>
    <message>
        <source>French internship law applies</source>
        <translation>French internship law applies</translation>
    </message>
    <message>
        <source>When off, the gratification and maximum-duration rules are not checked: for a programme under another legal framework.</source>
        <translation>When off, the gratification and maximum-duration rules are not checked: for a programme under another legal framework.</translation>
    </message>
    <message>
        <source>STUDENT_INCOMPLETE: by the deadline a student has one validated activity of each requirement. The code names what is missing.</source>
        <translation>STUDENT_INCOMPLETE: by the deadline a student has one validated activity of each requirement. The code names what is missing.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Add a requirement</source>
        <translation>Add a requirement</translation>
    </message>
    <message>
        <source>Remove the selected requirement</source>
        <translation>Remove the selected requirement</translation>
    </message>
    <message>
        <source>A ticked rule is never reported for this programme (e.g. a rule of the M1 that another programme does not have).</source>
        <translation>A ticked rule is never reported for this programme (e.g. a rule of the M1 that another programme does not have).</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Import JSON…</translation>
    </message>
    <message>
        <source>Read settings from a JSON file into the form (keys absent keep their value).</source>
        <translation>Read settings from a JSON file into the form (keys absent keep their value).</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Export JSON…</translation>
    </message>
    <message>
        <source>Write the settings shown to a JSON file (the keys of the command-line tool).</source>
        <translation>Write the settings shown to a JSON file (the keys of the command-line tool).</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>Put the stored settings back into the form.</source>
        <translation>Put the stored settings back into the form.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>the host&apos;s screening accepted before approval</source>
        <translation>the host&apos;s screening accepted before approval</translation>
    </message>
    <message>
        <source>project or internship within the programme&apos;s window</source>
        <translation>project or internship within the programme&apos;s window</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Start from a programme profile</source>
        <translation>Start from a programme profile</translation>
    </message>
    <message>
        <source>Replace every setting shown by those of a shipped profile for %1. Then give it your programme&apos;s name and identifier and change what differs: nothing is stored until you click Apply.</source>
        <translation>Replace every setting shown by those of a shipped profile for %1. Then give it your programme&apos;s name and identifier and change what differs: nothing is stored until you click Apply.</translation>
    </message>
    <message>
        <source>The settings of %1 are in the form: Apply stores them, Revert puts the stored settings back.</source>
        <translation>The settings of %1 are in the form: Apply stores them, Revert puts the stored settings back.</translation>
    </message>
    <message>
        <source>Programme profile</source>
        <translation>Programme profile</translation>
    </message>
    <message>
        <source>Profile &amp;identifier:</source>
        <translation>Profile &amp;identifier:</translation>
    </message>
    <message>
        <source>Programme &amp;name:</source>
        <translation>Programme &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>&amp;Country (ISO code):</source>
        <translation>&amp;Country (ISO code):</translation>
    </message>
    <message>
        <source>&amp;Law of internships:</source>
        <translation>&amp;Law of internships:</translation>
    </message>
    <message>
        <source>Name of the TER:</source>
        <translation>Name of the TER:</translation>
    </message>
    <message>
        <source>Name of the internship:</source>
        <translation>Name of the internship:</translation>
    </message>
    <message>
        <source>Name of the summer school:</source>
        <translation>Name of the summer school:</translation>
    </message>
    <message>
        <source>Name of the seminars:</source>
        <translation>Name of the seminars:</translation>
    </message>
    <message>
        <source>A short name of your own when you describe your programme, e.g. &quot;lyon-m1-ai&quot;; the shipped profiles are %1.</source>
        <translation>A short name of your own when you describe your programme, e.g. &quot;lyon-m1-ai&quot;; the shipped profiles are %1.</translation>
    </message>
    <message>
        <source>French Code de l&apos;éducation (agreements, gratification)</source>
        <translation>French Code de l&apos;éducation (agreements, gratification)</translation>
    </message>
    <message>
        <source>None that InternTrack checks</source>
        <translation>None that InternTrack checks</translation>
    </message>
    <message>
        <source>Start From a &amp;Profile…</source>
        <translation>Start From a &amp;Profile…</translation>
    </message>
    <message>
        <source>Fill the form with a shipped programme profile (Paris-Saclay M1, Imperial MSc AI, Montréal professional master&apos;s), to describe your own programme from it (stored only when you apply).</source>
        <translation>Fill the form with a shipped programme profile (Paris-Saclay M1, Imperial MSc AI, Montréal professional master&apos;s), to describe your own programme from it (stored only when you apply).</translation>
    </message>
</context>
<context>
    <name>interntrack::RulesPage::RulesPage</name>
    <message>
        <source>not a rule of this version of InternTrack</source>
        <translation>not a rule of this version of InternTrack</translation>
    </message>
</context>
<context>
    <name>interntrack::SeminarEditor</name>
    <message>
        <source>e.g. DATAIA seminar: conformal prediction</source>
        <translation>e.g. DATAIA seminar: conformal prediction</translation>
    </message>
    <message>
        <source>What you learned, in your own words</source>
        <translation>What you learned, in your own words</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Student:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Paragraph:</source>
        <translation>Paragraph:</translation>
    </message>
    <message>
        <source>Choose the student.</source>
        <translation>Choose the student.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s); at least %1 asked</source>
        <translation>
            <numerusform>%n word; at least %1 asked</numerusform>
            <numerusform>%n words; at least %1 asked</numerusform>
        </translation>
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
<context>
    <name>interntrack::SignaturesDialog</name>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Host representative</source>
        <translation>Host representative</translation>
    </message>
    <message>
        <source>Tutor (host supervisor)</source>
        <translation>Tutor (host supervisor)</translation>
    </message>
    <message>
        <source>University (advisor or dean)</source>
        <translation>University (advisor or dean)</translation>
    </message>
    <message>
        <source>Record Signatures</source>
        <translation>Record Signatures</translation>
    </message>
    <message>
        <source>The agreement is signed by four parties. Give the date each one signed (not in the future), or leave it unsigned. Days before the last signature do not count: the student is not insured.</source>
        <translation>The agreement is signed by four parties. Give the date each one signed (not in the future), or leave it unsigned. Days before the last signature do not count: the student is not insured.</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>%1 signed</source>
        <translation>%1 signed</translation>
    </message>
    <message>
        <source>Date of the signature of the %1</source>
        <translation>Date of the signature of the %1</translation>
    </message>
    <message>
        <source>How the %1 signed</source>
        <translation>How the %1 signed</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>on paper</translation>
    </message>
    <message>
        <source>electronically</source>
        <translation>electronically</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>All four have signed, the last on %1: the internship is signed.</source>
        <translation>All four have signed, the last on %1: the internship is signed.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of 4 signed: %n signature(s) missing. The internship is signed when the fourth is in.</source>
        <translation>
            <numerusform>%1 of 4 signed: %n signature missing. The internship is signed when the fourth is in.</numerusform>
            <numerusform>%1 of 4 signed: %n signatures missing. The internship is signed when the fourth is in.</numerusform>
        </translation>
    </message>
    <message>
        <source>A signature cannot be dated in the future (after %1): %2.</source>
        <translation>A signature cannot be dated in the future (after %1): %2.</translation>
    </message>
    <message>
        <source>Signed on %1, after the start (%2): the days before the last signature do not count towards the internship&apos;s length.</source>
        <translation>Signed on %1, after the start (%2): the days before the last signature do not count towards the internship&apos;s length.</translation>
    </message>
    <message>
        <source>Nothing changed yet: tick who signed and give the date.</source>
        <translation>Nothing changed yet: tick who signed and give the date.</translation>
    </message>
    <message>
        <source>Record the signatures of %1</source>
        <translation>Record the signatures of %1</translation>
    </message>
    <message>
        <source>Recorded: %1. Not recorded: %2</source>
        <translation>Recorded: %1. Not recorded: %2</translation>
    </message>
</context>
<context>
    <name>interntrack::StudentEditor</name>
    <message>
        <source>First and last name</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>name@universite-paris-saclay.fr</source>
        <translation>name@universite-paris-saclay.fr</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Student number:</source>
        <translation>Student number:</translation>
    </message>
    <message>
        <source>Give the student&apos;s name.</source>
        <translation>Give the student&apos;s name.</translation>
    </message>
</context>
<context>
    <name>interntrack::StudentFileDialog</name>
    <message>
        <source>New Personal File</source>
        <translation>New Personal File</translation>
    </message>
    <message>
        <source>Your personal file keeps your proposals (internship, TER, summer school, seminars) for one academic year, on this computer. The advisor finds you by your email and student number: give the ones of the university.</source>
        <translation>Your personal file keeps your proposals (internship, TER, summer school, seminars) for one academic year, on this computer. The advisor finds you by your email and student number: give the ones of the university.</translation>
    </message>
    <message>
        <source>&amp;Academic year:</source>
        <translation>&amp;Academic year:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Student n&amp;umber:</source>
        <translation>Student n&amp;umber:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Academic year</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>First name and last name</source>
        <translation>First name and last name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>firstname.lastname@universite-paris-saclay.fr</source>
        <translation>firstname.lastname@universite-paris-saclay.fr</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Student number</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Personal file</source>
        <translation>Personal file</translation>
    </message>
    <message>
        <source>Choose where to save the personal file</source>
        <translation>Choose where to save the personal file</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>InternTrack personal files (*.%1)</source>
        <translation>InternTrack personal files (*.%1)</translation>
    </message>
    <message>
        <source>Give your name.</source>
        <translation>Give your name.</translation>
    </message>
    <message>
        <source>Give your email address (name@domain), so that the advisor can answer you.</source>
        <translation>Give your email address (name@domain), so that the advisor can answer you.</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>Choose a file name.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name (to open it, use File &gt; Open).</source>
        <translation>%1 already exists: choose another name (to open it, use File &gt; Open).</translation>
    </message>
</context>
<context>
    <name>interntrack::StudentWindow</name>
    <message>
        <source>New Personal File</source>
        <translation>New Personal File</translation>
    </message>
    <message>
        <source>InternTrack</source>
        <translation>InternTrack</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Personal File…</source>
        <translation>&amp;New Personal File…</translation>
    </message>
    <message>
        <source>Start the personal file of an academic year: your proposals, on this computer</source>
        <translation>Start the personal file of an academic year: your proposals, on this computer</translation>
    </message>
    <message>
        <source>&amp;Open Personal File…</source>
        <translation>&amp;Open Personal File…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>My &amp;Details…</source>
        <translation>My &amp;Details…</translation>
    </message>
    <message>
        <source>Your name, email and student number, as the advisor will see them</source>
        <translation>Your name, email and student number, as the advisor will see them</translation>
    </message>
    <message>
        <source>Import &amp;Reply…</source>
        <translation>Import &amp;Reply…</translation>
    </message>
    <message>
        <source>Read the advisor&apos;s reply file: the proposal takes the advisor&apos;s decision and comment</source>
        <translation>Read the advisor&apos;s reply file: the proposal takes the advisor&apos;s decision and comment</translation>
    </message>
    <message>
        <source>Import &amp;Offers…</source>
        <translation>Import &amp;Offers…</translation>
    </message>
    <message>
        <source>Read the offers file the advisor sent: browse the offers of the year in the Offers tab and apply</source>
        <translation>Read the offers file the advisor sent: browse the offers of the year in the Offers tab and apply</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation>&amp;Proposal</translation>
    </message>
    <message>
        <source>New &amp;Internship Proposal…</source>
        <translation>New &amp;Internship Proposal…</translation>
    </message>
    <message>
        <source>Write an internship proposal; the rules check it as you type</source>
        <translation>Write an internship proposal; the rules check it as you type</translation>
    </message>
    <message>
        <source>New &amp;TER Choice…</source>
        <translation>New &amp;TER Choice…</translation>
    </message>
    <message>
        <source>Choose a TER subject with free places</source>
        <translation>Choose a TER subject with free places</translation>
    </message>
    <message>
        <source>New &amp;Summer School…</source>
        <translation>New &amp;Summer School…</translation>
    </message>
    <message>
        <source>New S&amp;eminar…</source>
        <translation>New S&amp;eminar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete Draft</source>
        <translation>&amp;Delete Draft</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Submit…</translation>
    </message>
    <message>
        <source>Write the proposal file to send to the advisor, and mark the proposal submitted</source>
        <translation>Write the proposal file to send to the advisor, and mark the proposal submitted</translation>
    </message>
    <message>
        <source>E&amp;mail to Advisor…</source>
        <translation>E&amp;mail to Advisor…</translation>
    </message>
    <message>
        <source>Draft an email to the advisor about the proposal file</source>
        <translation>Draft an email to the advisor about the proposal file</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;System Language</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>My Proposals</source>
        <translation>My Proposals</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Selected application:</source>
        <translation>Selected application:</translation>
    </message>
    <message>
        <source>Screened by the &amp;Host</source>
        <translation>Screened by the &amp;Host</translation>
    </message>
    <message>
        <source>The host read your application and is considering it</source>
        <translation>The host read your application and is considering it</translation>
    </message>
    <message>
        <source>A&amp;ccepted</source>
        <translation>A&amp;ccepted</translation>
    </message>
    <message>
        <source>The host accepts you: write the proposal next</source>
        <translation>The host accepts you: write the proposal next</translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation>&amp;Declined</translation>
    </message>
    <message>
        <source>The host said no</source>
        <translation>The host said no</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>You give up this application</source>
        <translation>You give up this application</translation>
    </message>
    <message>
        <source>Write the &amp;Proposal…</source>
        <translation>Write the &amp;Proposal…</translation>
    </message>
    <message>
        <source>Start the internship proposal of the accepted offer, already filled in</source>
        <translation>Start the internship proposal of the accepted offer, already filled in</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Advisor&apos;s answer</source>
        <translation>Advisor&apos;s answer</translation>
    </message>
    <message>
        <source>My proposals</source>
        <translation>My proposals</translation>
    </message>
    <message>
        <source>What the rules say of the proposal</source>
        <translation>What the rules say of the proposal</translation>
    </message>
    <message numerus="yes">
        <source>Contact the academic advisor at least %n month(s) before your internship starts: several parties must sign the agreement before you begin. Write your proposal here (the rules check it as you type), then Submit it: you get a file to send to the advisor, who answers with a reply file to import here.</source>
        <translation>
            <numerusform>Contact the academic advisor at least %n month before your internship starts: several parties must sign the agreement before you begin. Write your proposal here (the rules check it as you type), then Submit it: you get a file to send to the advisor, who answers with a reply file to import here.</numerusform>
            <numerusform>Contact the academic advisor at least %n months before your internship starts: several parties must sign the agreement before you begin. Write your proposal here (the rules check it as you type), then Submit it: you get a file to send to the advisor, who answers with a reply file to import here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Personal File</source>
        <translation>Open Personal File</translation>
    </message>
    <message>
        <source>%1 is not a personal file: it has no student.</source>
        <translation>%1 is not a personal file: it has no student.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds the %n student(s) of a programme: it is the advisor&apos;s database, to open without --student.</source>
        <translation>
            <numerusform>%1 holds the %n student of a programme: it is the advisor&apos;s database, to open without --student.</numerusform>
            <numerusform>%1 holds the %n students of a programme: it is the advisor&apos;s database, to open without --student.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give your name.</source>
        <translation>Give your name.</translation>
    </message>
    <message>
        <source>Create the personal file of %1</source>
        <translation>Create the personal file of %1</translation>
    </message>
    <message>
        <source>InternTrack personal files (*.%1)</source>
        <translation>InternTrack personal files (*.%1)</translation>
    </message>
    <message>
        <source>InternTrack — Student</source>
        <translation>InternTrack — Student</translation>
    </message>
    <message>
        <source>No personal file is open: create one with File ▸ New Personal File, or open yours.</source>
        <translation>No personal file is open: create one with File ▸ New Personal File, or open yours.</translation>
    </message>
    <message>
        <source>%1 — %2 — InternTrack (student)</source>
        <translation>%1 — %2 — InternTrack (student)</translation>
    </message>
    <message>
        <source>student number %1</source>
        <translation>student number %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Academic year %3 · &lt;small&gt;%4&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Academic year %3 · &lt;small&gt;%4&lt;/small&gt;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sent with the other seminars</source>
        <translation>Sent with the other seminars</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>No problem</source>
        <translation>No problem</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 by %2 on %3</translation>
    </message>
    <message>
        <source>“%1” — %2, %3</source>
        <translation>“%1” — %2, %3</translation>
    </message>
    <message>
        <source>No proposal yet: start one with the buttons above.</source>
        <translation>No proposal yet: start one with the buttons above.</translation>
    </message>
    <message>
        <source>State: %1.</source>
        <translation>State: %1.</translation>
    </message>
    <message>
        <source>Submitted on %1.</source>
        <translation>Submitted on %1.</translation>
    </message>
    <message>
        <source>You can still change it; Submit sends it to the advisor.</source>
        <translation>You can still change it; Submit sends it to the advisor.</translation>
    </message>
    <message>
        <source>Seminars need no approval: Submit sends all your seminars to the advisor together.</source>
        <translation>Seminars need no approval: Submit sends all your seminars to the advisor together.</translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation>: “%1”</translation>
    </message>
    <message>
        <source>The advisor&apos;s answer: %1</source>
        <translation>The advisor&apos;s answer: %1</translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Overridden: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Rule %1</translation>
    </message>
    <message>
        <source>No rule is broken.</source>
        <translation>No rule is broken.</translation>
    </message>
    <message>
        <source>New TER Choice</source>
        <translation>New TER Choice</translation>
    </message>
    <message>
        <source>Open your personal file first.</source>
        <translation>Open your personal file first.</translation>
    </message>
    <message>
        <source>Give your partner&apos;s name.</source>
        <translation>Give your partner&apos;s name.</translation>
    </message>
    <message>
        <source>Add %1 as partner</source>
        <translation>Add %1 as partner</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>Delete Draft</translation>
    </message>
    <message>
        <source>Delete your %1? (Edit ▸ Undo brings it back.)</source>
        <translation>Delete your %1? (Edit ▸ Undo brings it back.)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Submit With Errors?</source>
        <translation>Submit With Errors?</translation>
    </message>
    <message numerus="yes">
        <source>This proposal breaks %n rule(s): the advisor cannot approve it until each is fixed, or overridden with a written reason. Submit it anyway?</source>
        <translation>
            <numerusform>This proposal breaks %n rule: the advisor cannot approve it until each is fixed, or overridden with a written reason. Submit it anyway?</numerusform>
            <numerusform>This proposal breaks %n rules: the advisor cannot approve it until each is fixed, or overridden with a written reason. Submit it anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Proposal File to Send</source>
        <translation>Save the Proposal File to Send</translation>
    </message>
    <message>
        <source>InternTrack proposals (*.%1)</source>
        <translation>InternTrack proposals (*.%1)</translation>
    </message>
    <message>
        <source>The proposal file %1 is written, but the proposal could not be marked submitted: %2</source>
        <translation>The proposal file %1 is written, but the proposal could not be marked submitted: %2</translation>
    </message>
    <message>
        <source>Proposal written to %1: send it to the advisor (Proposal ▸ Email to Advisor).</source>
        <translation>Proposal written to %1: send it to the advisor (Proposal ▸ Email to Advisor).</translation>
    </message>
    <message>
        <source>Email to Advisor</source>
        <translation>Email to Advisor</translation>
    </message>
    <message>
        <source>No email program could be opened. Send %1 to the advisor yourself.</source>
        <translation>No email program could be opened. Send %1 to the advisor yourself.</translation>
    </message>
    <message>
        <source>Email drafted: attach %1 before sending it.</source>
        <translation>Email drafted: attach %1 before sending it.</translation>
    </message>
    <message>
        <source>Import the Advisor&apos;s Reply</source>
        <translation>Import the Advisor&apos;s Reply</translation>
    </message>
    <message>
        <source>InternTrack replies (*.%1)</source>
        <translation>InternTrack replies (*.%1)</translation>
    </message>
    <message>
        <source>Import Reply</source>
        <translation>Import Reply</translation>
    </message>
    <message>
        <source>Import the Offers</source>
        <translation>Import the Offers</translation>
    </message>
    <message>
        <source>InternTrack offers (*%1)</source>
        <translation>InternTrack offers (*%1)</translation>
    </message>
    <message>
        <source>Import Offers</source>
        <translation>Import Offers</translation>
    </message>
    <message>
        <source>%1 holds the offers of %2, and your personal file is of %3: ask the advisor for the offers of %3.</source>
        <translation>%1 holds the offers of %2, and your personal file is of %3: ask the advisor for the offers of %3.</translation>
    </message>
    <message>
        <source>Your personal file is open read-only: the offers cannot be stored in it.</source>
        <translation>Your personal file is open read-only: the offers cannot be stored in it.</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) of %1 imported from %2.</source>
        <translation>
            <numerusform>%n offer of %1 imported from %2.</numerusform>
            <numerusform>%n offers of %1 imported from %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one of your applications first.</source>
        <translation>Select one of your applications first.</translation>
    </message>
    <message>
        <source>An application cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>An application cannot go from &quot;%1&quot; to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Once the host accepts you, write the proposal from the offer.</source>
        <translation>Once the host accepts you, write the proposal from the offer.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>offer #%1</source>
        <translation>offer #%1</translation>
    </message>
    <message>
        <source>Mark your application to &quot;%1&quot; as &quot;%2&quot;? It cannot change afterwards.</source>
        <translation>Mark your application to &quot;%1&quot; as &quot;%2&quot;? It cannot change afterwards.</translation>
    </message>
    <message>
        <source>Your application to &quot;%1&quot; is now: %2.</source>
        <translation>Your application to &quot;%1&quot; is now: %2.</translation>
    </message>
    <message>
        <source>The host has not accepted this application (it is: %1): the proposal comes after.</source>
        <translation>The host has not accepted this application (it is: %1): the proposal comes after.</translation>
    </message>
    <message>
        <source>Write the Proposal</source>
        <translation>Write the Proposal</translation>
    </message>
</context>
<context>
    <name>interntrack::StudentsModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>TER</source>
        <translation>TER</translation>
    </message>
    <message>
        <source>Internship or alternative</source>
        <translation>Internship or alternative</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>The student&apos;s research project (TER): its state and subject</source>
        <translation>The student&apos;s research project (TER): its state and subject</translation>
    </message>
    <message>
        <source>The internship, or the summer school or seminars that replace it</source>
        <translation>The internship, or the summer school or seminars that replace it</translation>
    </message>
    <message>
        <source>The earliest date not yet met; a late one comes first</source>
        <translation>The earliest date not yet met; a late one comes first</translation>
    </message>
    <message>
        <source>Open errors and warnings of the rules (overridden ones are not open)</source>
        <translation>Open errors and warnings of the rules (overridden ones are not open)</translation>
    </message>
    <message>
        <source>No TER</source>
        <translation>No TER</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Summer school: %1</source>
        <translation>Summer school: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n seminar(s)</source>
        <translation>
            <numerusform>%n seminar</numerusform>
            <numerusform>%n seminars</numerusform>
        </translation>
    </message>
    <message>
        <source>Not placed (%1: %2)</source>
        <translation>Not placed (%1: %2)</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Not placed</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nothing due</translation>
    </message>
    <message>
        <source>Late · %1 · %2</source>
        <translation>Late · %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n overridden</source>
        <translation>
            <numerusform>%n overridden</numerusform>
            <numerusform>%n overridden</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <source>Student number: %1</source>
        <translation>Student number: %1</translation>
    </message>
    <message>
        <source>TER %1: %2 (%3)</source>
        <translation>TER %1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1, supervised by %2</source>
        <translation>%1, supervised by %2</translation>
    </message>
    <message>
        <source>No TER yet</source>
        <translation>No TER yet</translation>
    </message>
    <message>
        <source>Internship %1 at %2 (%3), %4</source>
        <translation>Internship %1 at %2 (%3), %4</translation>
    </message>
    <message>
        <source>Summer school %1 (%2), %3</source>
        <translation>Summer school %1 (%2), %3</translation>
    </message>
    <message numerus="yes">
        <source>%n seminar(s) attended</source>
        <translation>
            <numerusform>%n seminar attended</numerusform>
            <numerusform>%n seminars attended</numerusform>
        </translation>
    </message>
    <message>
        <source>No internship, summer school or seminar yet</source>
        <translation>No internship, summer school or seminar yet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (late)</translation>
    </message>
    <message>
        <source>Nothing is due</source>
        <translation>Nothing is due</translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Overridden: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Info: %1</source>
        <translation>Info: %1</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>No findings</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>proposal due</source>
        <translation>proposal due</translation>
    </message>
    <message>
        <source>signatures due</source>
        <translation>signatures due</translation>
    </message>
    <message>
        <source>internship starts</source>
        <translation>internship starts</translation>
    </message>
    <message>
        <source>TER starts</source>
        <translation>TER starts</translation>
    </message>
    <message>
        <source>school starts</source>
        <translation>school starts</translation>
    </message>
    <message>
        <source>internship ends</source>
        <translation>internship ends</translation>
    </message>
    <message>
        <source>TER ends</source>
        <translation>TER ends</translation>
    </message>
    <message>
        <source>school ends</source>
        <translation>school ends</translation>
    </message>
    <message>
        <source>report and proof due</source>
        <translation>report and proof due</translation>
    </message>
    <message>
        <source>TER report due</source>
        <translation>TER report due</translation>
    </message>
    <message>
        <source>school report due</source>
        <translation>school report due</translation>
    </message>
    <message>
        <source>seminars due</source>
        <translation>seminars due</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Internship</translation>
    </message>
    <message>
        <source>%1 or alternative</source>
        <translation>%1 or alternative</translation>
    </message>
    <message>
        <source>No %1</source>
        <translation>No %1</translation>
    </message>
    <message>
        <source>No %1 yet</source>
        <translation>No %1 yet</translation>
    </message>
    <message>
        <source>%1 starts</source>
        <translation>%1 starts</translation>
    </message>
    <message>
        <source>%1 ends</source>
        <translation>%1 ends</translation>
    </message>
    <message>
        <source>%1: report due</source>
        <translation>%1: report due</translation>
    </message>
</context>
<context>
    <name>interntrack::StudentsPage</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>report: %n page(s)</source>
        <translation>
            <numerusform>report: %n page</numerusform>
            <numerusform>report: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>no report yet</source>
        <translation>no report yet</translation>
    </message>
    <message>
        <source>Search names, ids, hosts, labs, subjects, supervisors…</source>
        <translation>Search names, ids, hosts, labs, subjects, supervisors…</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>Search students</translation>
    </message>
    <message>
        <source>Search (Ctrl+F): every word must match; case and accents are ignored</source>
        <translation>Search (Ctrl+F): every word must match; case and accents are ignored</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Filter students</source>
        <translation>Filter students</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Selected student</source>
        <translation>Selected student</translation>
    </message>
    <message>
        <source>Loading the academic year…</source>
        <translation>Loading the academic year…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>No database is open</translation>
    </message>
    <message>
        <source>Open or create a database: File &gt; Open…</source>
        <translation>Open or create a database: File &gt; Open…</translation>
    </message>
    <message>
        <source>Students overview</source>
        <translation>Students overview</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>All students</translation>
    </message>
    <message>
        <source>Needs my action</source>
        <translation>Needs my action</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>With errors</translation>
    </message>
    <message>
        <source>Missing reports</source>
        <translation>Missing reports</translation>
    </message>
    <message>
        <source>Not yet placed</source>
        <translation>Not yet placed</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Advisor: proposals to decide, items to validate, TERs to grade. Secretariat: signatures, proofs and reports to collect.</source>
        <translation>Advisor: proposals to decide, items to validate, TERs to grade. Secretariat: signatures, proofs and reports to collect.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n student(s)</source>
        <translation>
            <numerusform>%1 of %n student</numerusform>
            <numerusform>%1 of %n students</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Open the editor of this %1</source>
        <translation>Open the editor of this %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Overridden by %1 on %2: %3</source>
        <translation>Overridden by %1 on %2: %3</translation>
    </message>
    <message>
        <source>Overridden by %1: %2</source>
        <translation>Overridden by %1: %2</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Override…</translation>
    </message>
    <message>
        <source>Override %1</source>
        <translation>Override %1</translation>
    </message>
    <message>
        <source>Only the advisor can override a rule.</source>
        <translation>Only the advisor can override a rule.</translation>
    </message>
    <message>
        <source>This database is open read-only: nothing can be changed.</source>
        <translation>This database is open read-only: nothing can be changed.</translation>
    </message>
    <message>
        <source>Accept this item although %1 flags it, with a written reason</source>
        <translation>Accept this item although %1 flags it, with a written reason</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Fix…</translation>
    </message>
    <message>
        <source>Fix %1</source>
        <translation>Fix %1</translation>
    </message>
    <message>
        <source>Open the editor at what this finding concerns</source>
        <translation>Open the editor at what this finding concerns</translation>
    </message>
    <message>
        <source>Select a student to see their TER, internship and findings.</source>
        <translation>Select a student to see their TER, internship and findings.</translation>
    </message>
    <message>
        <source>Student %1</source>
        <translation>Student %1</translation>
    </message>
    <message>
        <source>Edit the student&apos;s name, email and number</source>
        <translation>Edit the student&apos;s name, email and number</translation>
    </message>
    <message>
        <source>Student no. %1</source>
        <translation>Student no. %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Late · %1</source>
        <translation>Late · %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more date(s)</source>
        <translation>
            <numerusform>… and %n more date</numerusform>
            <numerusform>… and %n more dates</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, supervised by %2</source>
        <translation>%1, supervised by %2</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>With %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>grade: %1/%2</source>
        <translation>grade: %1/%2</translation>
    </message>
    <message>
        <source>no grade yet</source>
        <translation>no grade yet</translation>
    </message>
    <message>
        <source>TER · %1</source>
        <translation>TER · %1</translation>
    </message>
    <message>
        <source>%1 · %2 h/week</source>
        <translation>%1 · %2 h/week</translation>
    </message>
    <message>
        <source>%1 · previous summer</source>
        <translation>%1 · previous summer</translation>
    </message>
    <message>
        <source>tutor %1</source>
        <translation>tutor %1</translation>
    </message>
    <message>
        <source>signatures %1 of 4</source>
        <translation>signatures %1 of 4</translation>
    </message>
    <message>
        <source>proof received</source>
        <translation>proof received</translation>
    </message>
    <message>
        <source>no proof yet</source>
        <translation>no proof yet</translation>
    </message>
    <message>
        <source>Internship · %1</source>
        <translation>Internship · %1</translation>
    </message>
    <message>
        <source>in the proposed list</source>
        <translation>in the proposed list</translation>
    </message>
    <message>
        <source>not in the proposed list</source>
        <translation>not in the proposed list</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>Summer school · %1</source>
        <translation>Summer school · %1</translation>
    </message>
    <message>
        <source>Seminars · %1 of %2</source>
        <translation>Seminars · %1 of %2</translation>
    </message>
    <message>
        <source>No TER, internship, summer school or seminar yet.</source>
        <translation>No TER, internship, summer school or seminar yet.</translation>
    </message>
</context>
<context>
    <name>interntrack::SummerSchoolEditor</name>
    <message>
        <source>In the programme&apos;s list of proposed summer schools</source>
        <translation>In the programme&apos;s list of proposed summer schools</translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation>The school&apos;s name</translation>
    </message>
    <message>
        <source>Every weekday from start to end</source>
        <translation>Every weekday from start to end</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> day(s)</translation>
    </message>
    <message>
        <source>One link a line: the school&apos;s page, the programme, the certificate…</source>
        <translation>One link a line: the school&apos;s page, the programme, the certificate…</translation>
    </message>
    <message>
        <source>Summer school</source>
        <translation>Summer school</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Student:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <source>Proposed:</source>
        <translation>Proposed:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>End:</translation>
    </message>
    <message>
        <source>Full-time days:</source>
        <translation>Full-time days:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Report:</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), from the attached PDF</source>
        <translation>
            <numerusform>%n page, from the attached PDF</numerusform>
            <numerusform>%n pages, from the attached PDF</numerusform>
        </translation>
    </message>
    <message>
        <source>No report attached yet</source>
        <translation>No report attached yet</translation>
    </message>
    <message>
        <source>Choose the student.</source>
        <translation>Choose the student.</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2): correct one of them.</source>
        <translation>The end (%1) is before the start (%2): correct one of them.</translation>
    </message>
</context>
<context>
    <name>interntrack::TerChoiceDialog</name>
    <message>
        <source>Choose a TER</source>
        <translation>Choose a TER</translation>
    </message>
    <message>
        <source>No TER subject is known yet: import the advisor&apos;s offers file first (File ▸ Import Offers), or write your TER yourself with New TER.</source>
        <translation>No TER subject is known yet: import the advisor&apos;s offers file first (File ▸ Import Offers), or write your TER yourself with New TER.</translation>
    </message>
    <message>
        <source>The TER subjects of the year. A full subject cannot be chosen. A mini-challenge to solve is done in pairs, in T4: name your partner.</source>
        <translation>The TER subjects of the year. A full subject cannot be chosen. A mini-challenge to solve is done in pairs, in T4: name your partner.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Lab</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Free places</translation>
    </message>
    <message>
        <source>TER subjects</source>
        <translation>TER subjects</translation>
    </message>
    <message>
        <source>Partner (a mini-challenge is solved in pairs):</source>
        <translation>Partner (a mini-challenge is solved in pairs):</translation>
    </message>
    <message>
        <source>Partner&apos;s name:</source>
        <translation>Partner&apos;s name:</translation>
    </message>
    <message>
        <source>Partner&apos;s email:</source>
        <translation>Partner&apos;s email:</translation>
    </message>
    <message>
        <source>Partner&apos;s name</source>
        <translation>Partner&apos;s name</translation>
    </message>
    <message>
        <source>Partner&apos;s email</source>
        <translation>Partner&apos;s email</translation>
    </message>
    <message>
        <source>What the TER rules say of this choice:</source>
        <translation>What the TER rules say of this choice:</translation>
    </message>
    <message>
        <source>Findings of the TER rules</source>
        <translation>Findings of the TER rules</translation>
    </message>
    <message>
        <source>%1 (outside Paris-Saclay)</source>
        <translation>%1 (outside Paris-Saclay)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message numerus="yes">
        <source>Full (%n place(s))</source>
        <translation>
            <numerusform>Full (%n place)</numerusform>
            <numerusform>Full (%n places)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every place of this subject is taken.</source>
        <translation>Every place of this subject is taken.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 of %n</numerusform>
            <numerusform>%1 of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Rule %1</translation>
    </message>
    <message>
        <source>No rule is broken by this choice so far; the dates and the supervisor come next.</source>
        <translation>No rule is broken by this choice so far; the dates and the supervisor come next.</translation>
    </message>
</context>
<context>
    <name>interntrack::TerEditor</name>
    <message>
        <source>The lab is in Paris-Saclay</source>
        <translation>The lab is in Paris-Saclay</translation>
    </message>
    <message>
        <source>Paid (a gratification or a salary)</source>
        <translation>Paid (a gratification or a salary)</translation>
    </message>
    <message>
        <source>A subject of the year, or a new one</source>
        <translation>A subject of the year, or a new one</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source> student(s)</source>
        <translation> student(s)</translation>
    </message>
    <message>
        <source>How many students the subject takes, over all its TERs</source>
        <translation>How many students the subject takes, over all its TERs</translation>
    </message>
    <message>
        <source> h a week</source>
        <translation> h a week</translation>
    </message>
    <message>
        <source>TER</source>
        <translation>TER</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Students:</source>
        <translation>Students:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Capacity:</translation>
    </message>
    <message>
        <source>Lab:</source>
        <translation>Lab:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>Supervisor:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>End:</translation>
    </message>
    <message>
        <source>Weekly hours:</source>
        <translation>Weekly hours:</translation>
    </message>
    <message>
        <source>Pay:</source>
        <translation>Pay:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Grade:</translation>
    </message>
    <message>
        <source>Find a student…</source>
        <translation>Find a student…</translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation>Find a student</translation>
    </message>
    <message>
        <source>Students of the TER</source>
        <translation>Students of the TER</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No student chosen yet</source>
        <translation>No student chosen yet</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen: %1</source>
        <translation>
            <numerusform>%n chosen: %1</numerusform>
            <numerusform>%n chosen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), from the attached PDF</source>
        <translation>
            <numerusform>%n page, from the attached PDF</numerusform>
            <numerusform>%n pages, from the attached PDF</numerusform>
        </translation>
    </message>
    <message>
        <source>No report attached yet</source>
        <translation>No report attached yet</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Not graded yet</source>
        <translation>Not graded yet</translation>
    </message>
    <message>
        <source>The advisor records the grade with Actions ▸ Grade TER.</source>
        <translation>The advisor records the grade with Actions ▸ Grade TER.</translation>
    </message>
    <message>
        <source>Choose at least one student.</source>
        <translation>Choose at least one student.</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2): correct one of them.</source>
        <translation>The end (%1) is before the start (%2): correct one of them.</translation>
    </message>
    <message>
        <source>The weekly hours cannot be negative.</source>
        <translation>The weekly hours cannot be negative.</translation>
    </message>
</context>
<context>
    <name>interntrack::TimelinePage</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>How much of the year the timeline shows across (Ctrl+wheel zooms too).</source>
        <translation>How much of the year the timeline shows across (Ctrl+wheel zooms too).</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Scroll to today (the blue line).</source>
        <translation>Scroll to today (the blue line).</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>One lane per student with a bar for each TER, internship, summer school and seminar, over the academic year with the teaching periods, public holidays and the deadline. Hatched days do not count.</source>
        <translation>One lane per student with a bar for each TER, internship, summer school and seminar, over the academic year with the teaching periods, public holidays and the deadline. Hatched days do not count.</translation>
    </message>
    <message>
        <source>timeline-%1</source>
        <translation>timeline-%1</translation>
    </message>
    <message>
        <source>Export the timeline as an image</source>
        <translation>Export the timeline as an image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Export the timeline</translation>
    </message>
    <message>
        <source>Export the timeline as PDF</source>
        <translation>Export the timeline as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Timeline %1</source>
        <translation>Timeline %1</translation>
    </message>
    <message>
        <source>Print the timeline</source>
        <translation>Print the timeline</translation>
    </message>
</context>
<context>
    <name>interntrack::TimelineView</name>
    <message>
        <source>TER: %1</source>
        <translation>TER: %1</translation>
    </message>
    <message numerus="yes">
        <source>The timeline of %n students is too tall for one image: export it as PDF, which spreads the students over pages.</source>
        <translation>
            <numerusform>The timeline of %n students is too tall for one image: export it as PDF, which spreads the students over pages.</numerusform>
            <numerusform>The timeline of %n students is too tall for one image: export it as PDF, which spreads the students over pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation>The image could not be written to %1.</translation>
    </message>
    <message>
        <source>Timeline %1</source>
        <translation>Timeline %1</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>The PDF could not be written to %1: %2</translation>
    </message>
    <message>
        <source>The pages could not be started (the file or the printer refused them).</source>
        <translation>The pages could not be started (the file or the printer refused them).</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>A new page could not be started.</translation>
    </message>
    <message>
        <source>InternTrack timeline %1 — page %2 of %3</source>
        <translation>InternTrack timeline %1 — page %2 of %3</translation>
    </message>
    <message>
        <source>The pages could not be finished.</source>
        <translation>The pages could not be finished.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>Counted from %1 (the last signature): %n schedule day(s) before it do not count.</source>
        <translation>
            <numerusform>Counted from %1 (the last signature): %n schedule day before it do not count.</numerusform>
            <numerusform>Counted from %1 (the last signature): %n schedule days before it do not count.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 scheduled days, %2 days of presence, %3 hours (%4 full-time weeks).</source>
        <translation>%1 scheduled days, %2 days of presence, %3 hours (%4 full-time weeks).</translation>
    </message>
    <message numerus="yes">
        <source>%n absence day(s), which do not count.</source>
        <translation>
            <numerusform>%n absence day, which do not count.</numerusform>
            <numerusform>%n absence days, which do not count.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gratification required: at least %1 a month, %2 in all.</source>
        <translation>Gratification required: at least %1 a month, %2 in all.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2: %3 to %4)</source>
        <translation>%1 (%2: %3 to %4)</translation>
    </message>
    <message>
        <source>%1, public holiday</source>
        <translation>%1, public holiday</translation>
    </message>
    <message>
        <source>%1, deadline of the year</source>
        <translation>%1, deadline of the year</translation>
    </message>
    <message>
        <source>%1 window</source>
        <translation>%1 window</translation>
    </message>
    <message>
        <source>Internship window</source>
        <translation>Internship window</translation>
    </message>
</context>
<context>
    <name>interntrack::Workspace</name>
    <message>
        <source>Opened %1.</source>
        <translation>Opened %1.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name.</source>
        <translation>%1 already exists: choose another name.</translation>
    </message>
    <message>
        <source>Choose the academic year of the new database.</source>
        <translation>Choose the academic year of the new database.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Academic year %1 added.</source>
        <translation>Academic year %1 added.</translation>
    </message>
    <message numerus="yes">
        <source>Academic year %1: %n student(s).</source>
        <translation>
            <numerusform>Academic year %1: %n student.</numerusform>
            <numerusform>Academic year %1: %n students.</numerusform>
        </translation>
    </message>
    <message>
        <source>This database is open read-only: nothing can be changed.</source>
        <translation>This database is open read-only: nothing can be changed.</translation>
    </message>
    <message>
        <source>The year is still loading.</source>
        <translation>The year is still loading.</translation>
    </message>
    <message>
        <source>Give the item an identifier.</source>
        <translation>Give the item an identifier.</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>Edit %1 %2</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>Add %1 %2</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>There is no %1 %2.</translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation>Delete %1 %2</translation>
    </message>
    <message>
        <source>%1 → %2 (%3 %4)</source>
        <translation>%1 → %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Write the reason for overriding %1: it is kept with the decision.</source>
        <translation>Write the reason for overriding %1: it is kept with the decision.</translation>
    </message>
    <message>
        <source>Override %1 on %2</source>
        <translation>Override %1 on %2</translation>
    </message>
    <message>
        <source>Remove the override of %1 on %2</source>
        <translation>Remove the override of %1 on %2</translation>
    </message>
    <message>
        <source>There is no internship %1.</source>
        <translation>There is no internship %1.</translation>
    </message>
    <message>
        <source>Only the secretariat or the advisor records signatures.</source>
        <translation>Only the secretariat or the advisor records signatures.</translation>
    </message>
    <message>
        <source>A signature cannot be dated in the future (%1).</source>
        <translation>A signature cannot be dated in the future (%1).</translation>
    </message>
    <message>
        <source>Signatures are recorded once the proposal is approved (it is %1).</source>
        <translation>Signatures are recorded once the proposal is approved (it is %1).</translation>
    </message>
    <message>
        <source>the student</source>
        <translation>the student</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>the host</translation>
    </message>
    <message>
        <source>the tutor</source>
        <translation>the tutor</translation>
    </message>
    <message>
        <source>the university</source>
        <translation>the university</translation>
    </message>
    <message>
        <source>The agreement is %1: its signatures can no longer be removed.</source>
        <translation>The agreement is %1: its signatures can no longer be removed.</translation>
    </message>
    <message>
        <source>Electronic signature of %1 on %2 (%3)</source>
        <translation>Electronic signature of %1 on %2 (%3)</translation>
    </message>
    <message>
        <source>Signature on paper of %1 on %2 (%3)</source>
        <translation>Signature on paper of %1 on %2 (%3)</translation>
    </message>
    <message>
        <source>Clear the signature of %1 (%2)</source>
        <translation>Clear the signature of %1 (%2)</translation>
    </message>
    <message>
        <source>Only the secretariat or the advisor records a report as received.</source>
        <translation>Only the secretariat or the advisor records a report as received.</translation>
    </message>
    <message numerus="yes">
        <source>Report of %n page(s) for %1</source>
        <translation>
            <numerusform>Report of %n page for %1</numerusform>
            <numerusform>Report of %n pages for %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the secretariat or the advisor records the proof of completion.</source>
        <translation>Only the secretariat or the advisor records the proof of completion.</translation>
    </message>
    <message>
        <source>Proof of completion received (%1)</source>
        <translation>Proof of completion received (%1)</translation>
    </message>
    <message>
        <source>Proof of completion removed (%1)</source>
        <translation>Proof of completion removed (%1)</translation>
    </message>
    <message>
        <source>There is no TER %1.</source>
        <translation>There is no TER %1.</translation>
    </message>
    <message>
        <source>Only the advisor records grades.</source>
        <translation>Only the advisor records grades.</translation>
    </message>
    <message>
        <source>A grade is between 0 and 20.</source>
        <translation>A grade is between 0 and 20.</translation>
    </message>
    <message>
        <source>Grade %1/20 for %2</source>
        <translation>Grade %1/20 for %2</translation>
    </message>
    <message>
        <source>Grade removed (%1)</source>
        <translation>Grade removed (%1)</translation>
    </message>
    <message>
        <source>Only the advisor changes the rules of the year.</source>
        <translation>Only the advisor changes the rules of the year.</translation>
    </message>
    <message>
        <source>Change the rules of %1</source>
        <translation>Change the rules of %1</translation>
    </message>
    <message>
        <source>Rules of %1 saved; the checks ran again.</source>
        <translation>Rules of %1 saved; the checks ran again.</translation>
    </message>
    <message>
        <source>Only the advisor or the secretariat imports proposals.</source>
        <translation>Only the advisor or the secretariat imports proposals.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) imported.</source>
        <translation>
            <numerusform>%n proposal imported.</numerusform>
            <numerusform>%n proposals imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is already %2.</source>
        <translation>The %1 is already %2.</translation>
    </message>
    <message>
        <source>The %1 is %2 here: it cannot become %3.</source>
        <translation>The %1 is %2 here: it cannot become %3.</translation>
    </message>
    <message>
        <source>the advisor</source>
        <translation>the advisor</translation>
    </message>
    <message>
        <source>Advisor&apos;s decision: %1 (%2 %3)</source>
        <translation>Advisor&apos;s decision: %1 (%2 %3)</translation>
    </message>
    <message>
        <source>(The reply gives no reason.)</source>
        <translation>(The reply gives no reason.)</translation>
    </message>
    <message>
        <source>%1 is not the address of a PostgreSQL database: write postgresql://login@host:port/database.</source>
        <translation>%1 is not the address of a PostgreSQL database: write postgresql://login@host:port/database.</translation>
    </message>
    <message>
        <source>Your login %1 is a student&apos;s but no student of %2 is tied to it: ask your administrator to run interntrack-cli db add-user.</source>
        <translation>Your login %1 is a student&apos;s but no student of %2 is tied to it: ask your administrator to run interntrack-cli db add-user.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made by other people arrived.</source>
        <translation>
            <numerusform>%n change made by other people arrived.</numerusform>
            <numerusform>%n changes made by other people arrived.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The %1 was deleted by someone else after you opened it.</source>
        <translation>The %1 was deleted by someone else after you opened it.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <source>The %1 was changed by %2 at %3, after you opened it: look at their changes, then make yours again.</source>
        <translation>The %1 was changed by %2 at %3, after you opened it: look at their changes, then make yours again.</translation>
    </message>
    <message>
        <source>This database holds no programme &quot;%1&quot;.</source>
        <translation>This database holds no programme &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a programme: use 1 to 64 lower-case letters, digits and dashes, e.g. imperial-msc-ai.</source>
        <translation>&quot;%1&quot; cannot name a programme: use 1 to 64 lower-case letters, digits and dashes, e.g. imperial-msc-ai.</translation>
    </message>
    <message>
        <source>This database already holds the programme &quot;%1&quot;.</source>
        <translation>This database already holds the programme &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose the first academic year of the programme.</source>
        <translation>Choose the first academic year of the programme.</translation>
    </message>
    <message>
        <source>Programme %1 added, with the academic year %2.</source>
        <translation>Programme %1 added, with the academic year %2.</translation>
    </message>
</context>
</TS>
