<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CalendarExport</name>
    <message>
        <source>internship</source>
        <translation>stage</translation>
    </message>
    <message>
        <source>internship at %1</source>
        <translation>stage chez %1</translation>
    </message>
    <message>
        <source>TER</source>
        <translation>TER</translation>
    </message>
    <message>
        <source>TER “%1”</source>
        <translation>TER « %1 »</translation>
    </message>
    <message>
        <source>summer school</source>
        <translation>école d&apos;été</translation>
    </message>
    <message>
        <source>summer school %1</source>
        <translation>école d&apos;été %1</translation>
    </message>
    <message>
        <source>seminars</source>
        <translation>séminaires</translation>
    </message>
    <message>
        <source>Proposal due: %1 (%2)</source>
        <translation>Date limite de la proposition : %1 (%2)</translation>
    </message>
    <message>
        <source>Agreement signatures due: %1 (%2)</source>
        <translation>Date limite des signatures de la convention : %1 (%2)</translation>
    </message>
    <message>
        <source>Start: %1 (%2)</source>
        <translation>Début : %1 (%2)</translation>
    </message>
    <message>
        <source>End: %1 (%2)</source>
        <translation>Fin : %1 (%2)</translation>
    </message>
    <message>
        <source>Report due: %1 (%2)</source>
        <translation>Date limite du rapport : %1 (%2)</translation>
    </message>
    <message>
        <source>Seminars due: %1 (%2)</source>
        <translation>Date limite des séminaires : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Could not follow the changes other people make on %1</source>
        <translation>Impossible de suivre les modifications faites par d&apos;autres personnes sur %1</translation>
    </message>
</context>
<context>
    <name>CheckResultJson</name>
    <message>
        <source>cannot write the result: %1</source>
        <translation>impossible d&apos;écrire le résultat&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Check a cohort given as JSON against the rules; print the findings as JSON.</source>
        <translation>Vérifie une promotion donnée en JSON au regard des règles&#xa0;; affiche les constats en JSON.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation>Lancez «&#xa0;%1 COMMANDE --help&#xa0;» pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>(standard input)</source>
        <translation>(entrée standard)</translation>
    </message>
    <message>
        <source>%1: is a directory, not a JSON file</source>
        <translation>%1&#xa0;: c&apos;est un dossier, pas un fichier JSON</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: is larger than %2 MB, which is no cohort</source>
        <translation>%1&#xa0;: dépasse %2 Mo, ce qui ne peut pas être une promotion</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Affiche cette aide et quitte.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Affiche la version et quitte.</translation>
    </message>
    <message>
        <source>The date the check is made (default: the input&apos;s &quot;today&quot;, else the system date).</source>
        <translation>La date de la vérification (par défaut&#xa0;: le &quot;today&quot; de l&apos;entrée, sinon la date du système).</translation>
    </message>
    <message>
        <source>Indent the JSON output.</source>
        <translation>Indente le JSON produit.</translation>
    </message>
    <message>
        <source>Print the keys of &quot;rules&quot; with their Paris-Saclay M1 defaults (for the academic year of --today, else of the system date), one per line, and exit.</source>
        <translation>Affiche les clés de &quot;rules&quot; avec leurs valeurs par défaut du M1 de Paris-Saclay (pour l&apos;année universitaire de --today, sinon de la date du système), une par ligne, et quitte.</translation>
    </message>
    <message>
        <source>The cohort as JSON, or - for standard input.</source>
        <translation>La promotion en JSON, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Run &quot;%1 check --help&quot; for usage.</source>
        <translation>Lancez «&#xa0;%1 check --help&#xa0;» pour l&apos;utilisation.</translation>
    </message>
    <message>
        <source>--today: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--today&#xa0;: &quot;%1&quot; n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>check needs a FILE.json (or - for standard input)</source>
        <translation>check demande un FICHIER.json (ou - pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>check takes one FILE.json, not %1</source>
        <translation>check prend un seul FICHIER.json, pas %1</translation>
    </message>
    <message>
        <source>InternTrack on the command line: checks, imports and exports of a master&apos;s programme&apos;s internships and research projects (TER).</source>
        <translation>InternTrack en ligne de commande&#xa0;: vérifications, imports et exports des stages et des travaux d&apos;étude et de recherche (TER) d&apos;un master.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>La commande à lancer (voir ci-dessous).</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande donnée</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Import a list (students, internships…) from CSV or JSON into a database.</source>
        <translation>Importe une liste (étudiants, stages…) depuis un fichier CSV ou JSON dans une base.</translation>
    </message>
    <message>
        <source>Export a list of a database as CSV or JSON.</source>
        <translation>Exporte une liste d&apos;une base en CSV ou en JSON.</translation>
    </message>
    <message>
        <source>Write a consistent copy of a database.</source>
        <translation>Écrit une copie cohérente d&apos;une base.</translation>
    </message>
    <message>
        <source>Replace the contents of a database by those of a backup.</source>
        <translation>Remplace le contenu d&apos;une base par celui d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Create the realistic demo database.</source>
        <translation>Crée la base de démonstration réaliste.</translation>
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
        <translation>Vérifie une promotion au regard des règles de la formation et affiche les constats en JSON.

Entrée&#xa0;: FICHIER.json, ou - pour l&apos;entrée standard (le format est décrit dans docs/CLI.md)&#xa0;:
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
  Les dates s&apos;écrivent AAAA-MM-JJ&#xa0;; un champ facultatif omis prend sa valeur par
  défaut. Clés inconnues, identifiants inconnus ou en double, dates ou codes
  erronés, fin antérieure au début, heures ou montants négatifs&#xa0;: autant d&apos;entrées
  non valides. &quot;rules&quot; remplace, clé par clé, des valeurs par défaut du jeu de
  règles, par exemple {&quot;internship_min_weeks&quot;: 8}&#xa0;; --help-rules liste toutes les clés.
  --today (par défaut&#xa0;: le &quot;today&quot; de l&apos;entrée, sinon la date du système) et --stage
  (par défaut&#xa0;: le &quot;stage&quot; de l&apos;entrée, sinon proposal) l&apos;emportent sur l&apos;entrée.

Sortie (sortie standard), un objet JSON&#xa0;:
  {&quot;findings&quot;: [{&quot;subject&quot;, &quot;student&quot;, &quot;rule&quot;, &quot;severity&quot;, &quot;message&quot;,
                 &quot;overridden&quot;}],
   &quot;internships&quot;: {ID: {&quot;counted_start&quot;, &quot;scheduled_days&quot;, &quot;presence_days&quot;,
                        &quot;presence_hours&quot;, &quot;fte_weeks&quot;, &quot;gratification_required&quot;,
                        &quot;gratification_min_eur&quot;}},
   &quot;students&quot;: {ID: {&quot;complete&quot;, &quot;missing&quot;}}}
  Les jours sont des entiers&#xa0;; heures, semaines et euros sont arrondis à 2 décimales.
  &quot;rule&quot; est un code de docs/RULES.md&#xa0;:
%1

Code de retour&#xa0;:
  0  il ne reste aucun constat d&apos;erreur sans dérogation
  1  au moins un constat d&apos;erreur reste sans dérogation
  2  entrée ou usage non valide&#xa0;: rien sur la sortie standard&#xa0;; la sortie d&apos;erreur
     dit ce qui ne va pas et où, par un chemin dans l&apos;entrée (internships[0].start: …)</translation>
    </message>
    <message>
        <source>With --db: the academic year to check (default: the latest in the database).</source>
        <translation>Avec --db&#xa0;: l&apos;année universitaire à vérifier (par défaut&#xa0;: la plus récente de la base).</translation>
    </message>
    <message>
        <source>check --db takes no FILE.json</source>
        <translation>check --db ne prend pas de FICHIER.json</translation>
    </message>
    <message>
        <source>cannot write the result: %1</source>
        <translation>impossible d&apos;écrire le résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>The academic year (default: the latest in the database).</source>
        <translation>L&apos;année universitaire (par défaut&#xa0;: la plus récente de la base).</translation>
    </message>
    <message>
        <source>Who makes the change, as the audit log records it (default: your login name).</source>
        <translation>L&apos;auteur de la modification, tel que le journal d&apos;audit l&apos;enregistre (par défaut&#xa0;: votre nom de connexion).</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for usage.</source>
        <translation>Lancez «&#xa0;%1 %2 --help&#xa0;» pour l&apos;utilisation.</translation>
    </message>
    <message>
        <source>%1 needs --db FILE</source>
        <translation>%1 demande --db FICHIER</translation>
    </message>
    <message>
        <source>usage: %1 %2</source>
        <translation>utilisation&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>--year: &quot;%1&quot; is not an academic year YYYY-YYYY, e.g. 2025-2026</source>
        <translation>--year&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une année universitaire AAAA-AAAA, par exemple 2025-2026</translation>
    </message>
    <message>
        <source>%1 holds no academic year yet</source>
        <translation>%1 ne contient encore aucune année universitaire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of list: one of %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de liste&#xa0;: l&apos;un de %2</translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation>%1&#xa0;: c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1: is larger than %2 MB, which is no list of a programme</source>
        <translation>%1&#xa0;: dépasse %2 Mo, ce qui ne peut pas être une liste d&apos;une formation</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>is not a student of %1 in the database: import the students first</source>
        <translation>n&apos;est pas un étudiant de %1 dans la base&#xa0;: importez d&apos;abord les étudiants</translation>
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
        <translation>Importe une liste dans une année universitaire d&apos;une base, tout ou rien&#xa0;: au moindre problème,
rien n&apos;est écrit, et chaque problème est signalé avec son emplacement, par exemple
  stagiaires.csv:14:10 (Début)&#xa0;: &quot;2026-13-04&quot;&#xa0;: ce n&apos;est pas une date&#xa0;: écrivez AAAA-MM-JJ ou JJ/MM/AAAA

TYPE&#xa0;: %1.
FICHIER&#xa0;: CSV (UTF-8 avec ou sans BOM, ou Windows-1252 tel qu&apos;Excel l&apos;écrit&#xa0;; &quot;;&quot; ou &quot;,&quot;
  selon la ligne d&apos;en-tête&#xa0;; les colonnes dans n&apos;importe quel ordre, nommées en anglais ou en
  français, comme les liste resources/csv-columns.md), une liste JSON telle que
  &quot;export --format json&quot; l&apos;écrit, ou - pour l&apos;entrée standard.

Les éléments sont reconnus à leur identifiant dans l&apos;année (les organismes d&apos;accueil à leur nom,
les sujets de TER à leur titre)&#xa0;: un élément connu est mis à jour, un nouveau est ajouté, aucun
n&apos;est supprimé. Importez les étudiants avant les éléments qui les nomment. La base est créée
si elle n&apos;existe pas, et l&apos;année (avec les règles du M1 de Paris-Saclay) si la base ne l&apos;a pas&#xa0;;
sans --year, la plus récente de la base, sinon l&apos;année en cours.

Code de retour&#xa0;:
  0  importé (un résumé d&apos;une ligne sur la sortie d&apos;erreur)
  2  entrée non valide ou échec&#xa0;: rien n&apos;a été écrit</translation>
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
        <translation>Exporte une liste d&apos;une année universitaire d&apos;une base, telle qu&apos;import la relit&#xa0;: importer
un export redonne les mêmes données.

TYPE&#xa0;: %1.
  hosts donne tous les organismes d&apos;accueil de la base, chacun avec les tuteurs des stages
  de l&apos;année qui s&apos;y déroulent&#xa0;; ter_subjects les sujets de TER de l&apos;année.
CSV (par défaut)&#xa0;: UTF-8 avec BOM, les noms de colonnes anglais de
  resources/csv-columns.md, fins de ligne CRLF&#xa0;; &quot;;&quot; et &quot;,&quot; comme séparateur décimal (ce
  qu&apos;ouvre un Excel français), ou &quot;,&quot; et &quot;.&quot; avec --delimiter &apos;,&apos;.
JSON&#xa0;: une liste des éléments, un par ligne, avec les clés du JSON de promotion de check.

Code de retour&#xa0;:
  0  exporté
  2  entrée non valide ou échec&#xa0;: rien n&apos;a été écrit dans OUT</translation>
    </message>
    <message>
        <source>The file&apos;s format (default: json for a .json file or a file starting with &quot;[&quot;, else csv).</source>
        <translation>Le format du fichier (par défaut&#xa0;: json pour un fichier .json ou qui commence par &quot;[&quot;, sinon csv).</translation>
    </message>
    <message>
        <source>The kind of list (see above).</source>
        <translation>Le type de liste (voir ci-dessus).</translation>
    </message>
    <message>
        <source>The list, or - for standard input.</source>
        <translation>La liste, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not csv or json</source>
        <translation>--format&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni csv ni json</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>imported %1 %2 into %3</source>
        <translation>importé&#xa0;: %1 %2 dans %3</translation>
    </message>
    <message>
        <source>The format (default: csv).</source>
        <translation>Le format (par défaut&#xa0;: csv).</translation>
    </message>
    <message>
        <source>The CSV delimiter: &apos;;&apos; (the default, with &apos;,&apos; as decimal separator) or &apos;,&apos;.</source>
        <translation>Le séparateur CSV&#xa0;: &apos;;&apos; (par défaut, avec &apos;,&apos; comme séparateur décimal) ou &apos;,&apos;.</translation>
    </message>
    <message>
        <source>Write to OUT, whole or not at all (default: standard output).</source>
        <translation>Écrit dans OUT, entièrement ou pas du tout (par défaut&#xa0;: la sortie standard).</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not &apos;;&apos; or &apos;,&apos;</source>
        <translation>--delimiter&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni &apos;;&apos; ni &apos;,&apos;</translation>
    </message>
    <message>
        <source>--delimiter goes with --format csv</source>
        <translation>--delimiter va avec --format csv</translation>
    </message>
    <message>
        <source>exported %1 %2 of %3 to %4</source>
        <translation>exporté&#xa0;: %1 %2 de %3 dans %4</translation>
    </message>
    <message>
        <source>Writes a consistent copy of a database to OUT (SQLite&apos;s VACUUM INTO), even while other programs
use it. OUT must not exist: a backup never replaces a file. The copy is checked before it
takes its name, so a backup cut short is never found under OUT.

Exit status:
  0  the backup is written
  2  bad input or a failure: OUT was not written</source>
        <translation>Écrit une copie cohérente d&apos;une base dans OUT (VACUUM INTO de SQLite), même pendant que d&apos;autres
programmes l&apos;utilisent. OUT ne doit pas exister&#xa0;: une sauvegarde ne remplace jamais un fichier. La
copie est vérifiée avant de prendre son nom&#xa0;: une sauvegarde interrompue ne se trouve jamais sous OUT.

Code de retour&#xa0;:
  0  la sauvegarde est écrite
  2  entrée non valide ou échec&#xa0;: OUT n&apos;a pas été écrit</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Le fichier de sauvegarde à écrire.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name (a backup never replaces a file).</source>
        <translation>%1 existe déjà&#xa0;: choisissez un autre nom (une sauvegarde ne remplace jamais un fichier).</translation>
    </message>
    <message>
        <source>backed up %1 to %2</source>
        <translation>sauvegardé&#xa0;: %1 dans %2</translation>
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
        <translation>Remplace toutes les lignes d&apos;une base par celles de BACKUP, en une transaction&#xa0;: tout ou rien.
BACKUP est d&apos;abord vérifiée (une base InternTrack, non endommagée, pas d&apos;une version plus
récente)&#xa0;; une sauvegarde plus ancienne est mise à niveau sur une copie, jamais sur place. Le
journal d&apos;audit de la base est conservé et enregistre la restauration. La base doit exister&#xa0;:
pour repartir d&apos;une sauvegarde, copiez le fichier de sauvegarde lui-même.

Code de retour&#xa0;:
  0  restaurée
  2  entrée non valide ou échec&#xa0;: la base n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>La sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>%1 does not exist: to start from a backup, copy the backup file to that name.</source>
        <translation>%1 n&apos;existe pas&#xa0;: pour partir d&apos;une sauvegarde, copiez le fichier de sauvegarde sous ce nom.</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>restauré&#xa0;: %1 à partir de %2</translation>
    </message>
    <message>
        <source>Creates the realistic demo database: about 25 M1 students, real Paris-Saclay labs and AI
companies as hosts, TERs of every kind, internships and alternatives in every workflow state,
some breaking each rule (check it with --stage close --today %1-05-20).
The database must not exist, unless --force replaces it.

Exit status:
  0  created
  2  bad input or a failure: nothing was written</source>
        <translation>Crée la base de démonstration réaliste&#xa0;: environ 25 étudiants de M1, de vrais laboratoires de
Paris-Saclay et des entreprises d&apos;IA comme organismes d&apos;accueil, des TER de tous types, des stages et
des alternatives à chaque état du circuit de validation, dont certains enfreignent chaque règle
(vérifiez-la avec --stage close --today %1-05-20).
La base ne doit pas exister, sauf si --force la remplace.

Code de retour&#xa0;:
  0  créée
  2  entrée non valide ou échec&#xa0;: rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>The academic year of the demo (default: %1).</source>
        <translation>L&apos;année universitaire de la démonstration (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Replace the database if it exists.</source>
        <translation>Remplace la base si elle existe.</translation>
    </message>
    <message>
        <source>%1 already exists: give another name, or --force to replace it.</source>
        <translation>%1 existe déjà&#xa0;: donnez un autre nom, ou --force pour la remplacer.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base.</translation>
    </message>
    <message>
        <source>Cannot create the database beside %1: %2</source>
        <translation>Impossible de créer la base à côté de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>created the demo database %1 for %2: %3 students, %4 internships, %5 TERs, %6 summer schools, %7 seminars</source>
        <translation>base de démonstration %1 créée pour %2&#xa0;: %3 étudiants, %4 stages, %5 TER, %6 écoles d&apos;été, %7 séminaires</translation>
    </message>
    <message>
        <source>proposal checks the plan; validation also the deliverables (proof, reports, grades); close also whether each student completed the year; current checks each item at the stage its progress calls for (default: the input&apos;s &quot;stage&quot;, else proposal).</source>
        <translation>proposal vérifie le projet&#xa0;; validation vérifie aussi les livrables (attestation, rapports, notes)&#xa0;; close vérifie aussi si chaque étudiant a complété son année&#xa0;; current vérifie chaque élément à l&apos;étape qu&apos;appelle son avancement (par défaut&#xa0;: le &quot;stage&quot; de l&apos;entrée, sinon proposal).</translation>
    </message>
    <message>
        <source>--stage: &quot;%1&quot; is not one of proposal, validation, close, current</source>
        <translation>--stage&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas l&apos;une des valeurs proposal, validation, close, current</translation>
    </message>
    <message>
        <source>Write agreements, certificates, lists, a calendar or reminders.</source>
        <translation>Écrire des conventions, des attestations, des listes, un calendrier ou des relances.</translation>
    </message>
    <message>
        <source>Import students&apos; proposal files into a database.</source>
        <translation>Importer les fichiers de proposition des étudiants dans une base de données.</translation>
    </message>
    <message>
        <source>Write the advisor&apos;s decision on a proposal as a reply file.</source>
        <translation>Écrire la décision du responsable pédagogique sur une proposition dans un fichier de réponse.</translation>
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
        <translation>Importe les fichiers de proposition des étudiants (.%1, écrits par le mode étudiant d&apos;interntrack) dans la
base de données : chaque expéditeur est rapproché d&apos;un étudiant de l&apos;année de la proposition (par identifiant,
e-mail ou nom), chaque élément arrive à l&apos;état soumis, daté par le fichier, avec le message de l&apos;étudiant en
commentaire. Une proposition envoyée à nouveau remplace la précédente tant qu&apos;elle n&apos;est pas approuvée ;
l&apos;historique conserve les deux. Tous les fichiers sont importés en une seule transaction : tout ou rien.

Code de sortie :
  0  importé
  2  entrée invalide ou échec : rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>Create the sender when no student of the year matches (else refused).</source>
        <translation>Créer l&apos;expéditeur si aucun étudiant de l&apos;année ne correspond (sinon, refus).</translation>
    </message>
    <message>
        <source>The proposal files.</source>
        <translation>Les fichiers de proposition.</translation>
    </message>
    <message>
        <source>%1 does not exist: a proposal is imported into an existing database.</source>
        <translation>%1 n&apos;existe pas : une proposition s&apos;importe dans une base de données existante.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Give --create-student to create them.</source>
        <translation>Utilisez --create-student pour les créer.</translation>
    </message>
    <message>
        <source>Writes the advisor&apos;s decision on a student&apos;s proposal as a reply file (.%1) for the student
mode of interntrack: the item&apos;s state (approved, changes requested, rejected…), the comment of
the last decision, who made it and when.

Exit status:
  0  written
  2  bad input or a failure: nothing was written</source>
        <translation>Écrit la décision du responsable pédagogique sur la proposition d&apos;un étudiant dans un fichier de réponse (.%1)
pour le mode étudiant d&apos;interntrack : l&apos;état de l&apos;élément (approuvé, modifications demandées, refusé…), le
commentaire de la dernière décision, son auteur et sa date.

Code de sortie :
  0  écrit
  2  entrée invalide ou échec : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>The id of the internship, TER or summer school.</source>
        <translation>L&apos;identifiant du stage, du TER ou de l&apos;école d&apos;été.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>wrote the reply on %1 to %2</source>
        <translation>réponse sur %1 écrite dans %2</translation>
    </message>
    <message>
        <source>What to write (default: agreements).</source>
        <translation>Ce qu&apos;il faut écrire (par défaut : agreements).</translation>
    </message>
    <message>
        <source>The file format: pdf or odt for agreements and certificates, csv or pdf for lists.</source>
        <translation>Le format de fichier : pdf ou odt pour les conventions et les attestations, csv ou pdf pour les listes.</translation>
    </message>
    <message>
        <source>With lists as CSV: &apos;;&apos; (the default, with &apos;,&apos; as decimal separator) or &apos;,&apos;.</source>
        <translation>Pour lists en CSV : &apos;;&apos; (par défaut, avec &apos;,&apos; comme séparateur décimal) ou &apos;,&apos;.</translation>
    </message>
    <message>
        <source>The language of the documents (default: en).</source>
        <translation>La langue des documents (par défaut : en).</translation>
    </message>
    <message>
        <source>Only these students, by id, separated by commas (default: every student of the year).</source>
        <translation>Seulement ces étudiants, par identifiant, séparés par des virgules (par défaut : tous les étudiants de l&apos;année).</translation>
    </message>
    <message>
        <source>The date the documents are made (default: the system date).</source>
        <translation>La date d&apos;établissement des documents (par défaut : la date du système).</translation>
    </message>
    <message>
        <source>The advisor&apos;s name on agreements and under reminders.</source>
        <translation>Le nom du responsable pédagogique sur les conventions et en signature des relances.</translation>
    </message>
    <message>
        <source>The folder to write into (default: the current folder).</source>
        <translation>Le dossier où écrire (par défaut : le dossier courant).</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not one of %2</source>
        <translation>--kind : « %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>--format does not go with --kind %1</source>
        <translation>--format ne s&apos;utilise pas avec --kind %1</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of %2 for %3</source>
        <translation>--format : « %1 » ne fait pas partie de %2 pour %3</translation>
    </message>
    <message>
        <source>--delimiter goes with --kind lists as CSV</source>
        <translation>--delimiter s&apos;utilise avec --kind lists en CSV</translation>
    </message>
    <message>
        <source>--students: &quot;%1&quot; is not a student of %2</source>
        <translation>--students : « %1 » n&apos;est pas un étudiant de %2</translation>
    </message>
    <message>
        <source>--students: give at least one student id</source>
        <translation>--students : indiquez au moins un identifiant d&apos;étudiant</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n fichier écrit dans %1</numerusform>
            <numerusform>%n fichiers écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--profile: &quot;%1&quot; is not a programme InternTrack knows (%2).</source>
        <translation>--profile : « %1 » n&apos;est pas une formation connue d&apos;InternTrack (%2).</translation>
    </message>
    <message>
        <source>The login&apos;s role: advisor, secretariat or student.</source>
        <translation>Le rôle de l&apos;identifiant : advisor (responsable pédagogique), secretariat (secrétariat) ou student (étudiant).</translation>
    </message>
    <message>
        <source>The student a student&apos;s login is tied to (their id).</source>
        <translation>L&apos;étudiant auquel est lié l&apos;identifiant d&apos;un étudiant (son identifiant).</translation>
    </message>
    <message>
        <source>The PostgreSQL database.</source>
        <translation>La base de données PostgreSQL.</translation>
    </message>
    <message>
        <source>db %1: give a PostgreSQL database, postgresql://login@host:port/database (a database file needs no roles)</source>
        <translation>db %1 : indiquez une base de données PostgreSQL, postgresql://login@hôte:port/base (un fichier de base de données n&apos;a pas besoin de rôles)</translation>
    </message>
    <message>
        <source>db add-user: --role must be advisor, secretariat or student</source>
        <translation>db add-user : --role doit valoir advisor, secretariat ou student</translation>
    </message>
    <message>
        <source>%1: schema version %2, roles and rights set up</source>
        <translation>%1 : schéma en version %2, rôles et droits configurés</translation>
    </message>
    <message>
        <source>%1: login %2 added as %3</source>
        <translation>%1 : identifiant %2 ajouté en tant que %3</translation>
    </message>
    <message>
        <source>Set up a shared PostgreSQL database (its schema, roles, rights and logins), or copy a database to a server and back.</source>
        <translation>Configurer une base de données PostgreSQL partagée (son schéma, ses rôles, ses droits et ses identifiants), ou copier une base de données vers un serveur et inversement.</translation>
    </message>
    <message>
        <source>db copy: give a database file or a PostgreSQL database, postgresql://login@host:port/database</source>
        <translation>db copy : indiquez un fichier de base de données ou une base de données PostgreSQL, postgresql://login@host:port/database</translation>
    </message>
    <message>
        <source>Copied %1 rows of %2 tables from %3 to %4.</source>
        <translation>%1 lignes de %2 tables copiées de %3 vers %4.</translation>
    </message>
    <message>
        <source>Students&apos; logins are not part of a file: add each with &quot;%1 db add-user %2 LOGIN --role student --student ID&quot; (and the staff&apos;s with --role advisor or secretariat).</source>
        <translation>Les identifiants des étudiants ne font pas partie d&apos;un fichier : ajoutez-les un par un avec « %1 db add-user %2 LOGIN --role student --student ID » (et ceux du personnel avec --role advisor ou secretariat).</translation>
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
        <translation>Configure une base de données PostgreSQL partagée, et y transfère une base de données et inversement ;
à lancer par son propriétaire ou un administrateur.
  db init URL
      crée (ou met à niveau) le schéma, les rôles interntrack_advisor, interntrack_secretariat
      et interntrack_student, leurs droits, et la sécurité au niveau des lignes qui limite chaque
      étudiant à ses propres lignes ; la relancer ne change plus rien
  db add-user URL LOGIN --role advisor|secretariat|student [--student ID]
      crée l&apos;identifiant d&apos;une personne dans un rôle ; celui d&apos;un étudiant est lié à son ID
  db copy FROM TO
      copie toutes les lignes de la base FROM (fichier ou URL) dans TO, encore vide (nouveau fichier,
      nouvelle base PostgreSQL ou base tout juste configurée avec db init) : années, éléments,
      documents, étapes de traitement et journal d&apos;audit, id conservés ; tout ou rien. Un fichier
      absent est créé ; les deux doivent avoir la même version de schéma. Les identifiants des
      étudiants ne font pas partie d&apos;un fichier : après une copie vers un serveur, ajoutez-les avec db add-user
URL : postgresql://login@host:port/database. Le mot de passe est fourni par les moyens habituels
du serveur (PGPASSWORD, ~/.pgpass) et n&apos;est jamais affiché. Un nouvel identifiant n&apos;a pas de mot de
passe : définissez-en un sur le serveur (ALTER ROLE ... PASSWORD) ou laissez le serveur l&apos;authentifier autrement.

Code de sortie :
  0  terminé
  2  entrée invalide ou échec : rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>init, add-user or copy.</source>
        <translation>init, add-user ou copy.</translation>
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
        <translation>Écrit dans un dossier les documents d&apos;une année universitaire d&apos;une base de données, un fichier par document :
  agreements    les conventions de stage (pdf ou odt ; pdf par défaut), seulement si le droit
                français des stages s&apos;applique (le profil de formation de l&apos;année l&apos;indique)
  certificates  les attestations de stage (pdf ou odt ; pdf par défaut)
  lists         où en est chaque étudiant, les rendus encore dus et les notes de TER
                (csv ou pdf ; csv par défaut : UTF-8 avec BOM, « ; » et virgule décimale,
                ou « , » et point décimal avec --delimiter &apos;,&apos;)
  calendar      toutes les échéances en événements d&apos;une journée, dans un seul fichier iCalendar (.ics)
  reminders     un brouillon d&apos;e-mail (.eml) par étudiant qui a encore quelque chose à rendre
Le dossier est créé s&apos;il n&apos;existe pas. Chaque fichier écrit est indiqué sur la sortie d&apos;erreur
standard, suivi d&apos;un récapitulatif.

Code de sortie :
  0  tous les fichiers ont été écrits
  2  entrée invalide ou échec : la sortie d&apos;erreur standard indique le problème</translation>
    </message>
    <message>
        <source>--kind agreements: %1</source>
        <translation>--kind agreements : %1</translation>
    </message>
    <message>
        <source>With --db: the programme, in a database that holds several (e.g. imperial-msc-ai; default: the only one).</source>
        <translation>Avec --db : la formation, dans une base qui en contient plusieurs (p. ex. imperial-msc-ai ; par défaut : la seule).</translation>
    </message>
    <message>
        <source>--year and --programme go with --db</source>
        <translation>--year et --programme vont avec --db</translation>
    </message>
    <message>
        <source>The programme, in a database that holds several (e.g. imperial-msc-ai; default: the only one).</source>
        <translation>La formation, dans une base qui en contient plusieurs (p. ex. imperial-msc-ai ; par défaut : la seule).</translation>
    </message>
    <message>
        <source>--programme: %1 holds no programme yet</source>
        <translation>--programme : %1 ne contient encore aucune formation</translation>
    </message>
    <message>
        <source>--programme: %1 holds no programme &quot;%2&quot;; it holds %3</source>
        <translation>--programme : %1 ne contient pas de formation « %2 » ; elle contient %3</translation>
    </message>
    <message>
        <source>The programme whose rules and demo cohort to use: %1 (default: %2). Given several times, or &quot;all&quot;, the database holds each as its own programme.</source>
        <translation>La formation dont prendre les règles et la promotion de démonstration : %1 (par défaut : %2). Donnée plusieurs fois, ou « all », la base contient chacune comme une formation distincte.</translation>
    </message>
    <message>
        <source>Check a year of this database instead of a FILE.json: a file, or a postgresql://login@host/database URL.</source>
        <translation>Vérifier une année de cette base au lieu d&apos;un FICHIER.json : un fichier, ou une URL postgresql://login@hôte/base.</translation>
    </message>
    <message>
        <source>The database: an InternTrack database file, or a shared one&apos;s postgresql://login@host/database (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation>La base : un fichier de base InternTrack, ou l&apos;adresse postgresql://login@hôte/base d&apos;une base partagée (le mot de passe vient de PGPASSWORD ou de ~/.pgpass).</translation>
    </message>
    <message>
        <source>--db: this command works on a database file; a PostgreSQL database is backed up and restored with pg_dump and pg_restore, and filled from a file with &quot;db copy&quot;</source>
        <translation>--db : cette commande travaille sur un fichier de base ; une base PostgreSQL se sauvegarde et se restaure avec pg_dump et pg_restore, et se remplit depuis un fichier avec « db copy »</translation>
    </message>
    <message>
        <source>--db: give the path of a database file or a postgresql:// URL</source>
        <translation>--db : donnez le chemin d&apos;un fichier de base ou une URL postgresql://</translation>
    </message>
    <message>
        <source>The database: an InternTrack database file, or a postgresql://login@host/database URL.</source>
        <translation>La base : un fichier de base InternTrack, ou une URL postgresql://login@hôte/base.</translation>
    </message>
</context>
<context>
    <name>CohortJson</name>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… et %n autre problème</numerusform>
            <numerusform>… et %n autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 attendu, %2 reçu</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 has spaces around it</source>
        <translation>%1 est entouré d&apos;espaces</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>nombre attendu, %1 reçu</translation>
    </message>
    <message>
        <source>%1 is out of range: %2</source>
        <translation>%1 est hors limites&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1 is more than %2 years away from the academic year %3</source>
        <translation>%1 est à plus de %2 ans de l&apos;année universitaire %3</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>objet attendu, %1 reçu</translation>
    </message>
    <message>
        <source>unknown key (did you mean &quot;%1&quot;?)</source>
        <translation>clé inconnue (vouliez-vous dire &quot;%1&quot;&#xa0;?)</translation>
    </message>
    <message>
        <source>unknown key (known keys: %1)</source>
        <translation>clé inconnue (clés connues&#xa0;: %1)</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 n&apos;est pas l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>%1 is not a rule code of RULES.md</source>
        <translation>%1 n&apos;est pas un code de règle de RULES.md</translation>
    </message>
    <message>
        <source>%1 is not a date and time (YYYY-MM-DDTHH:MM:SS)</source>
        <translation>%1 n&apos;est pas une date et une heure (AAAA-MM-JJTHH:MM:SS)</translation>
    </message>
    <message>
        <source>an override needs a written reason</source>
        <translation>une dérogation doit avoir une justification écrite</translation>
    </message>
    <message>
        <source>%1 is before the start %2</source>
        <translation>%1 est antérieur au début %2</translation>
    </message>
    <message>
        <source>%1 is already the id of %2</source>
        <translation>%1 est déjà l&apos;identifiant de %2</translation>
    </message>
    <message>
        <source>is required (e.g. &quot;2025-2026&quot;)</source>
        <translation>est obligatoire (par exemple &quot;2025-2026&quot;)</translation>
    </message>
    <message>
        <source>%1 is not an academic year YYYY-(YYYY+1), e.g. &quot;2025-2026&quot;</source>
        <translation>%1 n&apos;est pas une année universitaire AAAA-(AAAA+1), par exemple &quot;2025-2026&quot;</translation>
    </message>
    <message>
        <source>%1 is not the id of a student listed in &quot;students&quot;</source>
        <translation>%1 n&apos;est pas l&apos;identifiant d&apos;un étudiant de &quot;students&quot;</translation>
    </message>
    <message>
        <source>hours a week must be from 0 to 168</source>
        <translation>les heures par semaine doivent être comprises entre 0 et 168</translation>
    </message>
    <message>
        <source>a page count must be 0 or more</source>
        <translation>un nombre de pages doit être positif ou nul</translation>
    </message>
    <message>
        <source>an amount in euros must be 0 or more</source>
        <translation>un montant en euros doit être positif ou nul</translation>
    </message>
    <message>
        <source>%1 is not a day (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>%1 n&apos;est pas un jour (mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 figure deux fois</translation>
    </message>
    <message>
        <source>names no day: a schedule needs at least one working day</source>
        <translation>ne nomme aucun jour&#xa0;: un emploi du temps doit avoir au moins un jour travaillé</translation>
    </message>
    <message>
        <source>%1 is outside the internship (%2 to %3)</source>
        <translation>%1 est en dehors du stage (du %2 au %3)</translation>
    </message>
    <message>
        <source>is required (a list of student ids)</source>
        <translation>est obligatoire (une liste d&apos;identifiants d&apos;étudiants)</translation>
    </message>
    <message>
        <source>a list of student ids</source>
        <translation>une liste d&apos;identifiants d&apos;étudiants</translation>
    </message>
    <message>
        <source>names no student</source>
        <translation>ne nomme aucun étudiant</translation>
    </message>
    <message>
        <source>expected a student id, got %1</source>
        <translation>identifiant d&apos;étudiant attendu, %1 reçu</translation>
    </message>
    <message>
        <source>a capacity must be 1 or more</source>
        <translation>une capacité doit être au moins 1</translation>
    </message>
    <message>
        <source>a grade must be from 0 to %1</source>
        <translation>une note doit être comprise entre 0 et %1</translation>
    </message>
    <message>
        <source>a number of days must be 0 or more</source>
        <translation>un nombre de jours doit être positif ou nul</translation>
    </message>
    <message>
        <source>%1 is more than the %2 days from start to end</source>
        <translation>%1 dépasse les %2 jours du début à la fin</translation>
    </message>
    <message>
        <source>expected a link, got %1</source>
        <translation>lien attendu, %1 reçu</translation>
    </message>
    <message>
        <source>line %1, column %2 (byte %3): not valid JSON: %4</source>
        <translation>ligne %1, colonne %2 (octet %3)&#xa0;: JSON non valide&#xa0;: %4</translation>
    </message>
    <message>
        <source>(top level): expected an object {&quot;academic_year&quot;: …}, got %1</source>
        <translation>(niveau principal)&#xa0;: objet {&quot;academic_year&quot;: …} attendu, %1 reçu</translation>
    </message>
    <message>
        <source>duplicate key: a key may appear only once in an object</source>
        <translation>clé en double&#xa0;: une clé ne peut figurer qu&apos;une fois dans un objet</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>l&apos;entrée est vide</translation>
    </message>
    <message>
        <source>more follows the end of the document</source>
        <translation>du contenu suit la fin du document</translation>
    </message>
    <message>
        <source>expected a value (a string, number, object, list, true, false or null)</source>
        <translation>valeur attendue (une chaîne, un nombre, un objet, une liste, true, false ou null)</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>clé entre guillemets droits attendue</translation>
    </message>
    <message>
        <source>expected &quot;:&quot; after a key</source>
        <translation>&quot;:&quot; attendu après une clé</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;}&quot; after a value in an object</source>
        <translation>&quot;,&quot; ou &quot;}&quot; attendu après une valeur dans un objet</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot; after a value in a list</source>
        <translation>&quot;,&quot; ou &quot;]&quot; attendu après une valeur dans une liste</translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>un échappement \u demande quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>a \u escape holds half of a UTF-16 surrogate pair</source>
        <translation>un échappement \u contient la moitié d&apos;une paire de substitution UTF-16</translation>
    </message>
    <message>
        <source>a control character (a line break, a tab…) in a string must be escaped (\n, \t…)</source>
        <translation>un caractère de contrôle (saut de ligne, tabulation…) dans une chaîne doit être échappé (\n, \t…)</translation>
    </message>
    <message>
        <source>unknown escape sequence in a string</source>
        <translation>séquence d&apos;échappement inconnue dans une chaîne</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>une chaîne n&apos;est pas fermée</translation>
    </message>
    <message>
        <source>not valid UTF-8 (the file must be saved as UTF-8)</source>
        <translation>UTF-8 non valide (le fichier doit être enregistré en UTF-8)</translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation>un nombre est trop grand</translation>
    </message>
    <message>
        <source>expected digits after the decimal point</source>
        <translation>chiffres attendus après le point décimal</translation>
    </message>
    <message>
        <source>expected digits in the exponent</source>
        <translation>chiffres attendus dans l&apos;exposant</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>erreur de syntaxe</translation>
    </message>
</context>
<context>
    <name>CohortRepository</name>
    <message>
        <source>The database holds a value that cannot be read (table %1, row %2, column %3: &quot;%4&quot;). Restore the file from a backup.</source>
        <translation>La base contient une valeur illisible (table %1, ligne %2, colonne %3&#xa0;: «&#xa0;%4&#xa0;»). Restaurez le fichier depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Could not read the database</source>
        <translation>Impossible de lire la base</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>The academic year %1 is not in this database: create it first.</source>
        <translation>L&apos;année universitaire %1 n&apos;est pas dans cette base&#xa0;: créez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The rule set names no valid academic year.</source>
        <translation>Le jeu de règles ne désigne aucune année universitaire valide.</translation>
    </message>
    <message>
        <source>The academic year %1 already exists.</source>
        <translation>L&apos;année universitaire %1 existe déjà.</translation>
    </message>
    <message>
        <source>Could not create the academic year %1</source>
        <translation>Impossible de créer l&apos;année universitaire %1</translation>
    </message>
    <message>
        <source>The rule set of %1 stored in the database cannot be read (%2).</source>
        <translation>Le jeu de règles de %1 enregistré dans la base est illisible (%2).</translation>
    </message>
    <message>
        <source>The rule set of %1 stored in the database cannot be read: %2</source>
        <translation>Le jeu de règles de %1 enregistré dans la base est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not save the rules of %1</source>
        <translation>Impossible d&apos;enregistrer les règles de %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The cohort names no valid academic year.</source>
        <translation>La promotion ne désigne aucune année universitaire valide.</translation>
    </message>
    <message>
        <source>There is no %1 &quot;%2&quot; in %3.</source>
        <translation>Introuvable dans %3&#xa0;: %1 «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>student %1</source>
        <translation>étudiant %1</translation>
    </message>
    <message>
        <source>internship %1</source>
        <translation>stage %1</translation>
    </message>
    <message>
        <source>TER %1</source>
        <translation>TER %1</translation>
    </message>
    <message>
        <source>summer school %1</source>
        <translation>école d&apos;été %1</translation>
    </message>
    <message>
        <source>seminar %1</source>
        <translation>séminaire %1</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>organisme d&apos;accueil %1</translation>
    </message>
    <message>
        <source>tutor %1</source>
        <translation>tuteur %1</translation>
    </message>
    <message>
        <source>TER subject %1</source>
        <translation>sujet de TER %1</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>Le document %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not write the audit log</source>
        <translation>Impossible d&apos;écrire le journal d&apos;audit</translation>
    </message>
    <message>
        <source>%1: the %2 has no id.</source>
        <translation>%1&#xa0;: l&apos;élément (%2) n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; is given to two %3s: each needs its own.</source>
        <translation>%1&#xa0;: l&apos;identifiant «&#xa0;%2&#xa0;» est donné à deux éléments (%3)&#xa0;: chacun doit avoir le sien.</translation>
    </message>
    <message>
        <source>%1: no student is given.</source>
        <translation>%1&#xa0;: aucun étudiant n&apos;est donné.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a student of %3: add the student first.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un étudiant de %3&#xa0;: ajoutez d&apos;abord l&apos;étudiant.</translation>
    </message>
    <message>
        <source>%1: could not save the overrides</source>
        <translation>%1&#xa0;: impossible d&apos;enregistrer les dérogations</translation>
    </message>
    <message>
        <source>%1: override %2 names no rule.</source>
        <translation>%1&#xa0;: la dérogation %2 ne désigne aucune règle.</translation>
    </message>
    <message>
        <source>%1: the override of %2 has no reason: an override needs a written justification.</source>
        <translation>%1&#xa0;: la dérogation à %2 n&apos;a pas de motif&#xa0;: une dérogation doit avoir une justification écrite.</translation>
    </message>
    <message>
        <source>%1: could not save the student</source>
        <translation>%1&#xa0;: impossible d&apos;enregistrer l&apos;étudiant</translation>
    </message>
    <message>
        <source>%1: could not save the internship</source>
        <translation>%1&#xa0;: impossible d&apos;enregistrer le stage</translation>
    </message>
    <message>
        <source>%1: the weekly hours and the gratification must be numbers.</source>
        <translation>%1&#xa0;: les heures par semaine et la gratification doivent être des nombres.</translation>
    </message>
    <message>
        <source>%1: absence %2 is not a date.</source>
        <translation>%1&#xa0;: l&apos;absence %2 n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>%1: could not save the TER</source>
        <translation>%1&#xa0;: impossible d&apos;enregistrer le TER</translation>
    </message>
    <message>
        <source>%1: the weekly hours and the grade must be numbers.</source>
        <translation>%1&#xa0;: les heures par semaine et la note doivent être des nombres.</translation>
    </message>
    <message>
        <source>%1: the student &quot;%2&quot; is listed twice.</source>
        <translation>%1&#xa0;: l&apos;étudiant «&#xa0;%2&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <source>%1: could not save the summer school</source>
        <translation>%1&#xa0;: impossible d&apos;enregistrer l&apos;école d&apos;été</translation>
    </message>
    <message>
        <source>%1: could not save the seminar</source>
        <translation>%1&#xa0;: impossible d&apos;enregistrer le séminaire</translation>
    </message>
    <message>
        <source>%1: could not save the host</source>
        <translation>%1&#xa0;: impossible d&apos;enregistrer l&apos;organisme d&apos;accueil</translation>
    </message>
    <message>
        <source>%1: the host &quot;%2&quot; is given with other details than in %3; hosts are matched by name, so the same name must come with the same details.</source>
        <translation>%1&#xa0;: l&apos;organisme d&apos;accueil «&#xa0;%2&#xa0;» est donné avec d&apos;autres informations que dans %3&#xa0;; les organismes sont reconnus à leur nom, donc un même nom doit avoir les mêmes informations.</translation>
    </message>
    <message>
        <source>%1: could not save the tutor</source>
        <translation>%1&#xa0;: impossible d&apos;enregistrer le tuteur</translation>
    </message>
    <message>
        <source>%1: the tutor &quot;%2&quot; is given with other details than in %3; tutors are matched by name, so the same name must come with the same details.</source>
        <translation>%1&#xa0;: le tuteur «&#xa0;%2&#xa0;» est donné avec d&apos;autres informations que dans %3&#xa0;; les tuteurs sont reconnus à leur nom, donc un même nom doit avoir les mêmes informations.</translation>
    </message>
    <message>
        <source>%1: could not save the TER subject</source>
        <translation>%1&#xa0;: impossible d&apos;enregistrer le sujet de TER</translation>
    </message>
    <message>
        <source>%1: the capacity of a subject cannot be negative.</source>
        <translation>%1&#xa0;: la capacité d&apos;un sujet ne peut pas être négative.</translation>
    </message>
    <message>
        <source>%1: the TER subject &quot;%2&quot; is given with another kind, capacity or lab than in %3; TERs with the same subject share it, so they must agree.</source>
        <translation>%1&#xa0;: le sujet de TER «&#xa0;%2&#xa0;» est donné avec un autre type, une autre capacité ou un autre laboratoire que dans %3&#xa0;; les TER d&apos;un même sujet le partagent, ils doivent donc concorder.</translation>
    </message>
    <message>
        <source>Could not remove an unused row of %1</source>
        <translation>Impossible de supprimer une ligne inutilisée de %1</translation>
    </message>
    <message>
        <source>%1: a host needs a name.</source>
        <translation>%1&#xa0;: un organisme d&apos;accueil doit avoir un nom.</translation>
    </message>
    <message>
        <source>%1: a tutor needs a name.</source>
        <translation>%1&#xa0;: un tuteur doit avoir un nom.</translation>
    </message>
    <message>
        <source>%1: a TER subject needs a title.</source>
        <translation>%1&#xa0;: un sujet de TER doit avoir un titre.</translation>
    </message>
    <message>
        <source>%1: there is no %2 &quot;%3&quot; in %4.</source>
        <translation>%1&#xa0;: introuvable dans %4&#xa0;: %2 «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1: could not delete the %2</source>
        <translation>%1&#xa0;: la suppression a échoué (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: the student &quot;%2&quot; still has %n item(s) (internships, TERs, summer schools or seminars): delete them or give them to another student first.</source>
        <translation>
            <numerusform>%1&#xa0;: l&apos;étudiant «&#xa0;%2&#xa0;» a encore %n élément (stage, TER, école d&apos;été ou séminaire)&#xa0;: supprimez-le ou attribuez-le d&apos;abord à un autre étudiant.</numerusform>
            <numerusform>%1&#xa0;: l&apos;étudiant «&#xa0;%2&#xa0;» a encore %n éléments (stages, TER, écoles d&apos;été ou séminaires)&#xa0;: supprimez-les ou attribuez-les d&apos;abord à un autre étudiant.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now %2, not %3: someone changed it meanwhile. Reload it and try again.</source>
        <translation>%1 est maintenant à l&apos;état «&#xa0;%2&#xa0;», pas «&#xa0;%3&#xa0;»&#xa0;: quelqu&apos;un l&apos;a modifié entre-temps. Rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>A %1 has no workflow.</source>
        <translation>Un élément de type «&#xa0;%1&#xa0;» n&apos;a pas de circuit de validation.</translation>
    </message>
    <message>
        <source>%1: could not record the transition</source>
        <translation>%1&#xa0;: impossible d&apos;enregistrer le changement d&apos;état</translation>
    </message>
    <message>
        <source>%1: the file %2 is empty.</source>
        <translation>%1&#xa0;: le fichier %2 est vide.</translation>
    </message>
    <message>
        <source>%1: a page count cannot be negative.</source>
        <translation>%1&#xa0;: un nombre de pages ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1: could not attach %2</source>
        <translation>%1&#xa0;: impossible de joindre %2</translation>
    </message>
    <message>
        <source>Could not remove document %1</source>
        <translation>Impossible de supprimer le document %1</translation>
    </message>
    <message>
        <source>%1: could not save the tutors</source>
        <translation>%1&#xa0;: impossible d&apos;enregistrer les tuteurs</translation>
    </message>
    <message>
        <source>%1: the tutor &quot;%2&quot; is also listed under another host in %3; a tutor works at one host.</source>
        <translation>%1&#xa0;: le tuteur «&#xa0;%2&#xa0;» figure aussi sous un autre organisme d&apos;accueil dans %3&#xa0;; un tuteur travaille dans un seul organisme.</translation>
    </message>
    <message>
        <source>%1 was deleted by someone else after you opened it.</source>
        <translation>%1 a été supprimé par quelqu&apos;un d&apos;autre après que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else at the same moment: look at their changes, then make yours again.</source>
        <translation>%1 a été modifié par quelqu&apos;un d&apos;autre au même moment : consultez ses modifications, puis refaites les vôtres.</translation>
    </message>
    <message>
        <source>%1: could not read its version</source>
        <translation>%1 : impossible de lire sa version</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>(date inconnue)</translation>
    </message>
    <message>
        <source>%1 was created by %2 at %3, after you started yours: look at it, then make your changes again.</source>
        <translation>%1 a été créé par %2 le %3, après que vous avez commencé le vôtre : consultez-le, puis refaites vos modifications.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3, after you opened it: look at their changes, then make yours again.</source>
        <translation>%1 a été modifié par %2 le %3, après que vous l&apos;avez ouvert : consultez ses modifications, puis refaites les vôtres.</translation>
    </message>
    <message>
        <source>This database holds several programmes (%1): choose one.</source>
        <translation>Cette base contient plusieurs formations (%1) : choisissez-en une.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a programme: use 1 to 64 lower-case letters, digits and dashes, e.g. imperial-msc-ai.</source>
        <translation>« %1 » ne peut pas nommer une formation : utilisez de 1 à 64 lettres minuscules, chiffres et tirets, p. ex. imperial-msc-ai.</translation>
    </message>
</context>
<context>
    <name>CsvErrors</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… et %n autre problème</numerusform>
            <numerusform>… et %n autres problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvMapping</name>
    <message>
        <source>duplicate subject: line %1 has it too</source>
        <translation>sujet en double&#xa0;: la ligne %1 l&apos;a aussi</translation>
    </message>
    <message>
        <source>unknown kind of CSV file</source>
        <translation>type de fichier CSV inconnu</translation>
    </message>
    <message>
        <source>hosts, items %1 and %2: two hosts have the name %3, which names a host in the file</source>
        <translation>organismes d&apos;accueil, éléments %1 et %2&#xa0;: deux organismes portent le nom %3, qui désigne un organisme dans le fichier</translation>
    </message>
    <message>
        <source>hosts, item %1: a tutor with no name, email or phone cannot be written</source>
        <translation>organismes d&apos;accueil, élément %1&#xa0;: un tuteur sans nom, ni courriel, ni téléphone ne peut pas être écrit</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>ce n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>not a number: write e.g. 35, 17.5 or 17,5</source>
        <translation>ce n&apos;est pas un nombre&#xa0;: écrivez par exemple 35, 17.5 ou 17,5</translation>
    </message>
    <message>
        <source>an empty element cannot be written in a list</source>
        <translation>un élément vide ne peut pas figurer dans une liste</translation>
    </message>
    <message>
        <source>the element %1 holds a space or a list separator, which a list cannot hold</source>
        <translation>l&apos;élément %1 contient une espace ou un séparateur de liste, ce qu&apos;une liste ne peut pas contenir</translation>
    </message>
    <message>
        <source>not a list of overrides in JSON: write [{&quot;rule&quot;: &quot;INT_LEAD_TIME&quot;, &quot;by&quot;: &quot;advisor&quot;, &quot;at&quot;: &quot;2026-01-10T09:00:00Z&quot;, &quot;reason&quot;: &quot;…&quot;}]</source>
        <translation>ce n&apos;est pas une liste de dérogations en JSON&#xa0;: écrivez [{&quot;rule&quot;: &quot;INT_LEAD_TIME&quot;, &quot;by&quot;: &quot;advisor&quot;, &quot;at&quot;: &quot;2026-01-10T09:00:00Z&quot;, &quot;reason&quot;: &quot;…&quot;}]</translation>
    </message>
    <message>
        <source>override %1: &quot;rule&quot; must name a rule code</source>
        <translation>dérogation %1&#xa0;: &quot;rule&quot; doit donner le code d&apos;une règle</translation>
    </message>
    <message>
        <source>override %1: &quot;reason&quot; must give the written justification</source>
        <translation>dérogation %1&#xa0;: &quot;reason&quot; doit donner la justification écrite</translation>
    </message>
    <message>
        <source>override %1: &quot;by&quot; must be text</source>
        <translation>dérogation %1&#xa0;: &quot;by&quot; doit être du texte</translation>
    </message>
    <message>
        <source>override %1: &quot;at&quot; must be a date and time like 2026-01-10T09:00:00Z</source>
        <translation>dérogation %1&#xa0;: &quot;at&quot; doit être une date et une heure comme 2026-01-10T09:00:00Z</translation>
    </message>
    <message>
        <source>not a date: write YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>ce n&apos;est pas une date&#xa0;: écrivez AAAA-MM-JJ ou JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>not yes or no: write yes/no, oui/non, true/false or 1/0</source>
        <translation>ce n&apos;est ni oui ni non&#xa0;: écrivez oui/non, yes/no, true/false ou 1/0</translation>
    </message>
    <message>
        <source>%1 is not a day of the week: write mon tue wed thu fri sat sun (or lun mar mer jeu ven sam dim), or none</source>
        <translation>%1 n&apos;est pas un jour de la semaine&#xa0;: écrivez lun mar mer jeu ven sam dim (ou mon tue wed thu fri sat sun), ou none</translation>
    </message>
    <message>
        <source>%1 is not a date: write dates as YYYY-MM-DD or DD/MM/YYYY, separated by spaces or |</source>
        <translation>%1 n&apos;est pas une date&#xa0;: écrivez les dates sous la forme AAAA-MM-JJ ou JJ/MM/AAAA, séparées par des espaces ou par |</translation>
    </message>
    <message>
        <source>a list of dates cannot hold an empty date</source>
        <translation>une liste de dates ne peut pas contenir de date vide</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>une valeur est obligatoire</translation>
    </message>
    <message>
        <source>not one of: %1</source>
        <translation>ce n&apos;est pas l&apos;une des valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>this column has no name in the header</source>
        <translation>cette colonne n&apos;a pas de nom dans la ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>unknown column for %1; the columns are: %2 (see csv-columns.md)</source>
        <translation>colonne inconnue pour %1&#xa0;; les colonnes sont&#xa0;: %2 (voir csv-columns.md)</translation>
    </message>
    <message>
        <source>column %1 (%2) already gives %3</source>
        <translation>la colonne %1 (%2) donne déjà %3</translation>
    </message>
    <message>
        <source>%1:%2: the required column &quot;%3&quot; is missing (other accepted names: %4)</source>
        <translation>%1:%2: la colonne obligatoire «&#xa0;%3&#xa0;» manque (autres noms acceptés&#xa0;: %4)</translation>
    </message>
    <message>
        <source>the end is before the start (%1)</source>
        <translation>la fin est antérieure au début (%1)</translation>
    </message>
    <message>
        <source>duplicate id: line %1 has it too</source>
        <translation>identifiant en double&#xa0;: la ligne %1 l&apos;a aussi</translation>
    </message>
    <message>
        <source>line %1 gives this host %2 here: give a host the same details on each of its lines</source>
        <translation>la ligne %1 donne ici à cet organisme d&apos;accueil %2&#xa0;: donnez les mêmes informations à un organisme sur chacune de ses lignes</translation>
    </message>
    <message>
        <source>%1, item %2, column %3: %4</source>
        <translation>%1, élément %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>override %1: unknown key %2 (the keys are rule, by, at, reason)</source>
        <translation>dérogation %1 : clé %2 inconnue (les clés sont rule, by, at, reason)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: this is a spreadsheet workbook (.xlsx, .xls or .ods), not a CSV file: save it as &quot;CSV UTF-8&quot; or &quot;CSV (semicolon separated)&quot; first</source>
        <translation>%1&#xa0;: c&apos;est un classeur de tableur (.xlsx, .xls ou .ods), pas un fichier CSV&#xa0;: enregistrez-le d&apos;abord au format «&#xa0;CSV UTF-8&#xa0;» ou «&#xa0;CSV (séparateur&#xa0;: point-virgule)&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the file starts as UTF-16 but is not valid UTF-16: save it as &quot;CSV UTF-8&quot;</source>
        <translation>%1&#xa0;: le fichier commence comme de l&apos;UTF-16 mais n&apos;est pas de l&apos;UTF-16 valide&#xa0;: enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;»</translation>
    </message>
    <message>
        <source>%1:%2: the file starts with a UTF-8 byte order mark but holds a byte that is not UTF-8 (0x%3): it is damaged or mixes encodings</source>
        <translation>%1:%2: le fichier commence par une marque d&apos;ordre des octets UTF-8 mais contient un octet qui n&apos;est pas de l&apos;UTF-8 (0x%3)&#xa0;: il est endommagé ou mélange des encodages</translation>
    </message>
    <message>
        <source>%1: the file is empty: a CSV file needs a header line naming its columns</source>
        <translation>%1&#xa0;: le fichier est vide&#xa0;: un fichier CSV doit avoir une ligne d&apos;en-tête qui nomme ses colonnes</translation>
    </message>
    <message>
        <source>%1:%2: the file holds a NUL byte, which no CSV text has: is it a UTF-16 file without a byte order mark, or not a CSV file at all?</source>
        <translation>%1:%2: le fichier contient un octet NUL, ce qu&apos;aucun texte CSV ne contient&#xa0;: est-ce un fichier UTF-16 sans marque d&apos;ordre des octets, ou pas du tout un fichier CSV&#xa0;?</translation>
    </message>
    <message>
        <source>%1: the CSV parser could not start (out of memory)</source>
        <translation>%1&#xa0;: l&apos;analyseur CSV n&apos;a pas pu démarrer (mémoire insuffisante)</translation>
    </message>
    <message>
        <source>%1:%2: the file cannot be read: %3</source>
        <translation>%1:%2: le fichier ne peut pas être lu&#xa0;: %3</translation>
    </message>
    <message>
        <source>text goes on after the closing quote of a quoted value: a quote inside a quoted value must be doubled (&quot;&quot;)</source>
        <translation>du texte suit le guillemet fermant d&apos;une valeur entre guillemets&#xa0;: un guillemet à l&apos;intérieur d&apos;une valeur entre guillemets doit être doublé (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote in a value that does not start with a quote: put the whole value in quotes and double the quotes inside (&quot;&quot;)</source>
        <translation>un guillemet dans une valeur qui ne commence pas par un guillemet&#xa0;: mettez toute la valeur entre guillemets et doublez les guillemets qu&apos;elle contient (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quoted value is never closed: its closing quote is missing</source>
        <translation>une valeur entre guillemets n&apos;est jamais fermée&#xa0;: son guillemet fermant manque</translation>
    </message>
    <message>
        <source>%1:%2: the header line has no column names</source>
        <translation>%1:%2: la ligne d&apos;en-tête ne nomme aucune colonne</translation>
    </message>
    <message>
        <source>duplicate column: column %1 has the same name</source>
        <translation>colonne en double&#xa0;: la colonne %1 porte le même nom</translation>
    </message>
    <message numerus="yes">
        <source>this line has %n field(s) but the header has %1 columns: is a value holding the delimiter not in quotes?</source>
        <translation>
            <numerusform>cette ligne a %n champ mais l&apos;en-tête a %1 colonnes&#xa0;: une valeur contenant le séparateur n&apos;est-elle pas entre guillemets&#xa0;?</numerusform>
            <numerusform>cette ligne a %n champs mais l&apos;en-tête a %1 colonnes&#xa0;: une valeur contenant le séparateur n&apos;est-elle pas entre guillemets&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this line has %n field(s) but the header has %1 columns: a value is missing</source>
        <translation>
            <numerusform>cette ligne a %n champ mais l&apos;en-tête a %1 colonnes&#xa0;: une valeur manque</numerusform>
            <numerusform>cette ligne a %n champs mais l&apos;en-tête a %1 colonnes&#xa0;: une valeur manque</numerusform>
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
        <translation>%1:%2:%3: %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>%1:%2:%3 (%4): %5: %6</source>
        <translation>%1:%2:%3 (%4)&#xa0;: %5&#xa0;: %6</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an InternTrack database (it is not an SQLite database file). Nothing was changed.</source>
        <translation>%1 n&apos;est pas une base InternTrack (ce n&apos;est pas un fichier de base SQLite). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an InternTrack database. Nothing was changed.</source>
        <translation>%1 est une base SQLite d&apos;un autre programme, pas une base InternTrack. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is truncated: it holds %2 bytes where its header announces %3. It was cut short, e.g. by an interrupted copy. Nothing was changed; restore it from a backup.</source>
        <translation>%1 est tronqué&#xa0;: il contient %2 octets alors que son en-tête en annonce %3. Il a été coupé, par exemple par une copie interrompue. Rien n&apos;a été modifié&#xa0;; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 cannot be checked</source>
        <translation>%1 ne peut pas être vérifié</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s check found: %2). Nothing was changed; restore it from a backup.</source>
        <translation>%1 est endommagé (la vérification de SQLite a trouvé&#xa0;: %2). Rien n&apos;a été modifié&#xa0;; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not an InternTrack database.</source>
        <translation>%1 est vide&#xa0;: ce n&apos;est pas une base InternTrack.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available: install the Qt Sql SQLite plugin (Debian: libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n&apos;est pas disponible&#xa0;: installez le greffon SQLite de Qt Sql (Debian&#xa0;: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot configure %1</source>
        <translation>Impossible de configurer %1</translation>
    </message>
    <message>
        <source>%1: the file system does not support SQLite&apos;s write-ahead log (journal mode stays &quot;%2&quot;). Keep the database on a local disk.</source>
        <translation>%1&#xa0;: le système de fichiers ne prend pas en charge le journal à écriture anticipée de SQLite (le mode de journal reste «&#xa0;%2&#xa0;»). Gardez la base sur un disque local.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base n&apos;a été donné.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base.</translation>
    </message>
    <message>
        <source>%1 is read-only for you: it is open for reading only, and nothing can be changed.</source>
        <translation>%1 est en lecture seule pour vous&#xa0;: il est ouvert en lecture seule et rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of InternTrack (schema version %2; this version knows up to %3). It is open read-only and will not be changed: update InternTrack to change it.</source>
        <translation>%1 a été écrit par une version plus récente d&apos;InternTrack (schéma version %2&#xa0;; cette version connaît jusqu&apos;à la %3). Il est ouvert en lecture seule et ne sera pas modifié&#xa0;: mettez InternTrack à jour pour le modifier.</translation>
    </message>
    <message>
        <source>%1 uses an older schema (version %2) and must be upgraded to version %3 before it can be read, which needs write access. Open it without read-only, or upgrade a copy.</source>
        <translation>%1 utilise un schéma plus ancien (version %2) et doit être mis à niveau vers la version %3 avant de pouvoir être lu, ce qui demande l&apos;accès en écriture. Ouvrez-le sans la lecture seule, ou mettez à niveau une copie.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1</source>
        <translation>Impossible de mettre %1 à niveau</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema version %2 (%3)</source>
        <translation>Impossible de mettre %1 à niveau vers la version de schéma %2 (%3)</translation>
    </message>
    <message>
        <source>%1: rows of table %2 refer to missing rows.</source>
        <translation>%1&#xa0;: des lignes de la table %2 renvoient à des lignes absentes.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1 is open read-only.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: %1 est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot check %1</source>
        <translation>Impossible de vérifier %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of InternTrack (schema version %2; this version knows up to %3).</source>
        <translation>%1 a été écrit par une version plus récente d&apos;InternTrack (schéma version %2&#xa0;; cette version connaît jusqu&apos;à la %3).</translation>
    </message>
    <message>
        <source>A backup cannot be made in the middle of a transaction.</source>
        <translation>Une sauvegarde ne peut pas être faite au milieu d&apos;une transaction.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation>Une sauvegarde ne peut pas remplacer la base elle-même.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name (a backup never replaces a file).</source>
        <translation>%1 existe déjà&#xa0;: choisissez un autre nom (une sauvegarde ne remplace jamais un fichier).</translation>
    </message>
    <message>
        <source>Could not back up %1 to %2</source>
        <translation>Impossible de sauvegarder %1 dans %2</translation>
    </message>
    <message>
        <source>Could not back up %1 to %2: %3</source>
        <translation>Impossible de sauvegarder %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The backup %1 failed its check: %2</source>
        <translation>La sauvegarde %1 n&apos;a pas passé sa vérification&#xa0;: %2</translation>
    </message>
    <message>
        <source>A backup cannot be restored in the middle of a transaction.</source>
        <translation>Une sauvegarde ne peut pas être restaurée au milieu d&apos;une transaction.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Une base ne peut pas être restaurée à partir d&apos;elle-même.</translation>
    </message>
    <message>
        <source>Could not restore %1 from %2</source>
        <translation>Impossible de restaurer %1 à partir de %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 ne peut pas être restauré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: it was written by a newer version of InternTrack (schema version %2; this version knows up to %3).</source>
        <translation>%1 ne peut pas être restauré&#xa0;: il a été écrit par une version plus récente d&apos;InternTrack (schéma version %2&#xa0;; cette version connaît jusqu&apos;à la %3).</translation>
    </message>
    <message>
        <source>%1: the backup&apos;s table %2 does not have the columns of this database.</source>
        <translation>%1&#xa0;: la table %2 de la sauvegarde n&apos;a pas les colonnes de cette base.</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database: its administrator backs it up with the server&apos;s tools (pg_dump), not InternTrack.</source>
        <translation>%1 est une base de données PostgreSQL : son administrateur la sauvegarde avec les outils du serveur (pg_dump), pas avec InternTrack.</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database: its administrator restores it with the server&apos;s tools (pg_restore), not InternTrack.</source>
        <translation>%1 est une base de données PostgreSQL : son administrateur la restaure avec les outils du serveur (pg_restore), pas avec InternTrack.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL database address: write postgresql://login@host:port/database.</source>
        <translation>%1 n&apos;est pas une adresse de base de données PostgreSQL : écrivez postgresql://login@hôte:port/base.</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not available: install the Qt Sql PostgreSQL plugin (Debian: libqt6sql6-psql).</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n&apos;est pas disponible : installez le greffon PostgreSQL de Qt Sql (Debian : libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>%1: the connection option &quot;%2&quot; cannot be used.</source>
        <translation>%1 : l&apos;option de connexion « %2 » ne peut pas être utilisée.</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>Impossible de se connecter à %1</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not an InternTrack database. Nothing was changed.</source>
        <translation>%1 contient les tables d&apos;un autre programme, pas une base de données InternTrack. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 holds no InternTrack database yet (create it with interntrack-cli db init).</source>
        <translation>%1 ne contient pas encore de base de données InternTrack (créez-la avec interntrack-cli db init).</translation>
    </message>
    <message>
        <source>%1 uses an older schema (version %2) and must be upgraded to version %3 before it can be read, which needs write access. Open it without read-only.</source>
        <translation>%1 utilise un ancien schéma (version %2) et doit être mis à niveau vers la version %3 avant de pouvoir être lu, ce qui nécessite un accès en écriture. Ouvrez la base sans le mode lecture seule.</translation>
    </message>
    <message>
        <source>Your login %1 is not an InternTrack user of %2: ask your administrator to run interntrack-cli db add-user.</source>
        <translation>Votre identifiant %1 n&apos;est pas un utilisateur InternTrack de %2 : demandez à votre administrateur d&apos;exécuter interntrack-cli db add-user.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The copy was cancelled: nothing was written to %1.</source>
        <translation>La copie a été annulée : rien n&apos;a été écrit dans %1.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2</source>
        <translation>Impossible de copier %1 vers %2</translation>
    </message>
    <message>
        <source>%1: a database cannot be copied into itself.</source>
        <translation>%1 : une base de données ne peut pas être copiée dans elle-même.</translation>
    </message>
    <message>
        <source>%1: their schema versions differ (%2 and %3). Nothing was written; open both with the same version of InternTrack, which upgrades an older one.</source>
        <translation>%1 : leurs versions de schéma diffèrent (%2 et %3). Rien n&apos;a été écrit ; ouvrez les deux avec la même version d&apos;InternTrack, qui met à niveau la plus ancienne.</translation>
    </message>
    <message>
        <source>%1: the target already holds data (table %2): copy into an empty database. Nothing was written.</source>
        <translation>%1 : la destination contient déjà des données (table %2) : copiez dans une base de données vide. Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>proposal due</source>
        <translation>proposition attendue</translation>
    </message>
    <message>
        <source>signatures due</source>
        <translation>signatures attendues</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>report due</source>
        <translation>rapport attendu</translation>
    </message>
    <message>
        <source>seminars due</source>
        <translation>séminaires attendus</translation>
    </message>
</context>
<context>
    <name>DocumentBatch</name>
    <message>
        <source>There is no internship %1 in this cohort.</source>
        <translation>Il n&apos;y a pas de stage %1 dans cette promotion.</translation>
    </message>
    <message>
        <source>The internship %1 belongs to the student %2, who is not in this cohort.</source>
        <translation>Le stage %1 appartient à l&apos;étudiant %2, qui ne fait pas partie de cette promotion.</translation>
    </message>
    <message>
        <source>The figures of the internship %1 were not computed: check the cohort again.</source>
        <translation>Les chiffres du stage %1 n&apos;ont pas été calculés : vérifiez à nouveau la promotion.</translation>
    </message>
    <message numerus="yes">
        <source>%1 The %n document(s) written before stay in %2.</source>
        <translation>
            <numerusform>%1 %n document déjà écrit reste dans %2.</numerusform>
            <numerusform>%1 Les %n documents déjà écrits restent dans %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentTemplate</name>
    <message>
        <source>The template %1 has a broken placeholder at line %2: a placeholder is written {{name}}, with letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; only.</source>
        <translation>Le modèle %1 contient un champ mal formé à la ligne %2 : un champ s&apos;écrit {{name}}, uniquement avec des lettres, des chiffres, « _ », « . » ou « - ».</translation>
    </message>
    <message>
        <source>The template %1 has a placeholder without a name at line %2.</source>
        <translation>Le modèle %1 contient un champ sans nom à la ligne %2.</translation>
    </message>
    <message>
        <source>The template %1 closes the section {{/%2}} at line %3, which is not the section open there.</source>
        <translation>Le modèle %1 ferme la section {{/%2}} à la ligne %3, alors que ce n&apos;est pas la section ouverte à cet endroit.</translation>
    </message>
    <message>
        <source>The template %1 opens the section {{#%2}} at line %3 and never closes it with {{/%2}}.</source>
        <translation>Le modèle %1 ouvre la section {{#%2}} à la ligne %3 et ne la ferme jamais avec {{/%2}}.</translation>
    </message>
    <message>
        <source>There is no document template named &quot;%1&quot; in the language &quot;%2&quot;.</source>
        <translation>Il n&apos;existe aucun modèle de document nommé « %1 » dans la langue « %2 ».</translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>Impossible de lire le modèle %1 : %2</translation>
    </message>
    <message>
        <source>The template %1 uses {{%2}} at line %3, which is not a field of this document: correct it or remove it. The fields are: %4.</source>
        <translation>Le modèle %1 utilise {{%2}} à la ligne %3, qui n&apos;est pas un champ de ce document : corrigez-le ou supprimez-le. Les champs sont : %4.</translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <source>No folder was chosen for the documents.</source>
        <translation>Aucun dossier n&apos;a été choisi pour les documents.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1: %2 is a file, not a folder.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1 : %2 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose another folder or create it first.</source>
        <translation>Le dossier %1 n&apos;existe pas : choisissez un autre dossier ou créez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot write into %1: it is a file, not a folder.</source>
        <translation>Impossible d&apos;écrire dans %1 : c&apos;est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: choose another folder, or ask for the right to write in it.</source>
        <translation>Le dossier %1 est en lecture seule : choisissez un autre dossier ou demandez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Cannot write %1: a folder of that name is in the way.</source>
        <translation>Impossible d&apos;écrire %1 : un dossier porte déjà ce nom.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>The PDF of %1 could not be made.</source>
        <translation>Le PDF de %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The OpenDocument file %1 could not be made.</source>
        <translation>Le fichier OpenDocument %1 n&apos;a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>InternTrack: the internships and research projects (TER) of a master&apos;s programme.</source>
        <translation>InternTrack&#xa0;: les stages et les travaux d&apos;étude et de recherche (TER) d&apos;un master.</translation>
    </message>
    <message>
        <source>Interface language: %1 (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Langue de l&apos;interface&#xa0;: %1 (par défaut&#xa0;: celle choisie dans les Paramètres, sinon celle du système).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Give at most one database file.</source>
        <translation>Donnez au plus un fichier de base.</translation>
    </message>
    <message>
        <source>Student mode: write your own proposals in your personal file (.%1) and send them to the advisor; no database needed.</source>
        <translation>Mode étudiant : rédigez vos propres propositions dans votre fichier personnel (.%1) et envoyez-les au responsable pédagogique ; aucune base de données n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>The database file to open (in student mode: your personal file).</source>
        <translation>Le fichier de base de données à ouvrir (en mode étudiant : votre fichier personnel).</translation>
    </message>
</context>
<context>
    <name>ItemHistory</name>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Étudiants</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Numéro d&apos;étudiant</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Capacity of the subject</source>
        <translation>Capacité du sujet</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Lab in Université Paris-Saclay</source>
        <translation>Laboratoire de l&apos;Université Paris-Saclay</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Organisme d&apos;accueil</translation>
    </message>
    <message>
        <source>Kind of host</source>
        <translation>Type d&apos;organisme d&apos;accueil</translation>
    </message>
    <message>
        <source>Host does research in AI</source>
        <translation>L&apos;organisme d&apos;accueil mène des recherches en IA</translation>
    </message>
    <message>
        <source>Host&apos;s address</source>
        <translation>Adresse de l&apos;organisme d&apos;accueil</translation>
    </message>
    <message>
        <source>Host&apos;s city</source>
        <translation>Ville de l&apos;organisme d&apos;accueil</translation>
    </message>
    <message>
        <source>Host&apos;s country</source>
        <translation>Pays de l&apos;organisme d&apos;accueil</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Tutor&apos;s e-mail</source>
        <translation>Courriel du tuteur</translation>
    </message>
    <message>
        <source>Tutor&apos;s phone</source>
        <translation>Téléphone du tuteur</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Encadrant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Heures par semaine</translation>
    </message>
    <message>
        <source>Work days</source>
        <translation>Jours travaillés</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Full-time days</source>
        <translation>Jours à temps plein</translation>
    </message>
    <message>
        <source>Proposal received on</source>
        <translation>Proposition reçue le</translation>
    </message>
    <message>
        <source>Signature of the student</source>
        <translation>Signature de l&apos;étudiant</translation>
    </message>
    <message>
        <source>Signature of the host representative</source>
        <translation>Signature du représentant de l&apos;organisme d&apos;accueil</translation>
    </message>
    <message>
        <source>Signature of the tutor</source>
        <translation>Signature du tuteur</translation>
    </message>
    <message>
        <source>Signature of the university</source>
        <translation>Signature de l&apos;université</translation>
    </message>
    <message>
        <source>Gratification</source>
        <translation>Gratification</translation>
    </message>
    <message>
        <source>Gratification paid per</source>
        <translation>Gratification versée par</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Rémunéré</translation>
    </message>
    <message>
        <source>In the programme&apos;s list</source>
        <translation>Dans la liste de la formation</translation>
    </message>
    <message>
        <source>Done the previous summer</source>
        <translation>Effectué l&apos;été précédent</translation>
    </message>
    <message>
        <source>Proof of completion</source>
        <translation>Attestation de fin de stage</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>Pages du rapport</translation>
    </message>
    <message>
        <source>Report links</source>
        <translation>Liens du rapport</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1/20</source>
        <translation>%1/20</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>public lab</source>
        <translation>laboratoire public</translation>
    </message>
    <message>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>by %1 on %2: %3</source>
        <translation>par %1 le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Override of %1</source>
        <translation>Dérogation à %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Report attached: %1 (%n page(s))</source>
        <translation>
            <numerusform>Rapport joint&#xa0;: %1 (%n page)</numerusform>
            <numerusform>Rapport joint&#xa0;: %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Document attached: %1</source>
        <translation>Document joint&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved without a change</source>
        <translation>Enregistré sans modification</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modifié&#xa0;: %1</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
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
        <translation>%1:%2:%3: JSON non valide&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: is not a JSON list ([…]) of %2</source>
        <translation>%1&#xa0;: ce n&apos;est pas une liste JSON ([…]) de %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>unknown key (known keys: %1)</source>
        <translation>clé inconnue (clés connues&#xa0;: %1)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>%1 is not a text</source>
        <translation>%1 n&apos;est pas un texte</translation>
    </message>
    <message>
        <source>may not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 n&apos;est pas un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 n&apos;est pas l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of %2</source>
        <translation>«&#xa0;%1&#xa0;» est déjà le nom de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the subject of %2</source>
        <translation>«&#xa0;%1&#xa0;» est déjà le sujet de %2</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Students of %1: where each one stands</source>
        <translation>Étudiants de %1 : situation de chacun</translation>
    </message>
    <message>
        <source>Student id</source>
        <translation>N° étudiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placé</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>TER</source>
        <translation>TER</translation>
    </message>
    <message>
        <source>Summer schools</source>
        <translation>Écoles d&apos;été</translation>
    </message>
    <message>
        <source>Seminars</source>
        <translation>Séminaires</translation>
    </message>
    <message>
        <source>Blocking findings</source>
        <translation>Constats bloquants</translation>
    </message>
    <message>
        <source>Year complete</source>
        <translation>Année complète</translation>
    </message>
    <message>
        <source>Deliverables still owed on %1</source>
        <translation>Livrables encore dus au %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>Identifiant de l&apos;élément</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <source>internship</source>
        <translation>stage</translation>
    </message>
    <message>
        <source>internship at %1</source>
        <translation>stage chez %1</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>completion proof signed by the host</source>
        <translation>attestation de fin de stage signée par l&apos;organisme d&apos;accueil</translation>
    </message>
    <message>
        <source>TER “%1”</source>
        <translation>TER « %1 »</translation>
    </message>
    <message>
        <source>summer school</source>
        <translation>école d&apos;été</translation>
    </message>
    <message>
        <source>summer school %1</source>
        <translation>école d&apos;été %1</translation>
    </message>
    <message>
        <source>seminars</source>
        <translation>séminaires</translation>
    </message>
    <message>
        <source>%1 seminars with a paragraph each (%2 attended, %3 with a paragraph)</source>
        <translation>%1 séminaires avec un paragraphe chacun (%2 suivis, %3 avec un paragraphe)</translation>
    </message>
    <message>
        <source>TER grades of %1</source>
        <translation>Notes de TER de %1</translation>
    </message>
    <message>
        <source>TER id</source>
        <translation>Identifiant du TER</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Encadrant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Grade (out of 20)</source>
        <translation>Note (sur 20)</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Migration %1 is not named NNN_name.sql.</source>
        <translation>La migration %1 n&apos;est pas nommée NNN_nom.sql.</translation>
    </message>
    <message>
        <source>Cannot read migration %1: %2</source>
        <translation>Impossible de lire la migration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Migration %1 should be number %2: migrations are numbered from 1 without gaps.</source>
        <translation>La migration %1 devrait porter le numéro %2&#xa0;: les migrations sont numérotées à partir de 1, sans trou.</translation>
    </message>
    <message>
        <source>No migration script was found in %1.</source>
        <translation>Aucun script de migration n&apos;a été trouvé dans %1.</translation>
    </message>
</context>
<context>
    <name>Offer</name>
    <message>
        <source>Applied</source>
        <translation>Candidature envoyée</translation>
    </message>
    <message>
        <source>Screened by the host</source>
        <translation>Présélectionnée par l&apos;organisme d&apos;accueil</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
</context>
<context>
    <name>OfferRepository</name>
    <message>
        <source>Could not read the offers of the database</source>
        <translation>Impossible de lire les offres de la base de données</translation>
    </message>
    <message>
        <source>the offer #%1 holds a value this version cannot read</source>
        <translation>l&apos;offre #%1 contient une valeur que cette version ne sait pas lire</translation>
    </message>
    <message>
        <source>the offer #%1 holds a date this version cannot read</source>
        <translation>l&apos;offre #%1 contient une date que cette version ne sait pas lire</translation>
    </message>
    <message>
        <source>the application #%1 holds a value this version cannot read</source>
        <translation>la candidature #%1 contient une valeur que cette version ne sait pas lire</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>The offer names no valid academic year.</source>
        <translation>L&apos;offre n&apos;indique aucune année universitaire valide.</translation>
    </message>
    <message>
        <source>The offer has no title: give it one.</source>
        <translation>L&apos;offre n&apos;a pas de titre : donnez-lui-en un.</translation>
    </message>
    <message>
        <source>The latest start of the offer &quot;%1&quot; (%2) is before its earliest start (%3).</source>
        <translation>La date de début au plus tard de l&apos;offre « %1 » (%2) est antérieure à sa date de début au plus tôt (%3).</translation>
    </message>
    <message>
        <source>The offer &quot;%1&quot; lasts a negative number of weeks (%2).</source>
        <translation>L&apos;offre « %1 » dure un nombre négatif de semaines (%2).</translation>
    </message>
    <message>
        <source>The gratification of the offer &quot;%1&quot; must be zero or more (it is %2).</source>
        <translation>La gratification de l&apos;offre « %1 » doit être positive ou nulle (elle vaut %2).</translation>
    </message>
    <message>
        <source>The topic &quot;%1&quot; of the offer &quot;%2&quot; holds a comma: give each topic on its own.</source>
        <translation>Le thème « %1 » de l&apos;offre « %2 » contient une virgule : indiquez chaque thème séparément.</translation>
    </message>
    <message>
        <source>Could not write the audit log</source>
        <translation>Impossible d&apos;écrire le journal d&apos;audit</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>There is no offer #%1 in the database (it may have been removed).</source>
        <translation>Il n&apos;y a pas d&apos;offre #%1 dans la base de données (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>Could not add the offer &quot;%1&quot;</source>
        <translation>Impossible d&apos;ajouter l&apos;offre « %1 »</translation>
    </message>
    <message>
        <source>Could not save the offer &quot;%1&quot;</source>
        <translation>Impossible d&apos;enregistrer l&apos;offre « %1 »</translation>
    </message>
    <message>
        <source>Could not remove the offer &quot;%1&quot;</source>
        <translation>Impossible de supprimer l&apos;offre « %1 »</translation>
    </message>
    <message>
        <source>Two offers share the number %1: each offer needs its own.</source>
        <translation>Deux offres portent le numéro %1 : chaque offre doit avoir le sien.</translation>
    </message>
    <message>
        <source>The offer #%1 (&quot;%2&quot;) is one of %3, not of %4: it cannot be replaced.</source>
        <translation>L&apos;offre #%1 (« %2 ») appartient à %3, pas à %4 : elle ne peut pas être remplacée.</translation>
    </message>
    <message>
        <source>There is no application #%1 in the database (it may have been removed).</source>
        <translation>Il n&apos;y a pas de candidature #%1 dans la base de données (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>Say which student applies.</source>
        <translation>Indiquez l&apos;étudiant qui candidate.</translation>
    </message>
    <message>
        <source>The offer &quot;%1&quot; is closed: it takes no more applications.</source>
        <translation>L&apos;offre « %1 » est close : elle n&apos;accepte plus de candidatures.</translation>
    </message>
    <message>
        <source>%1 already applied to the offer &quot;%2&quot; (the application is: %3).</source>
        <translation>%1 a déjà candidaté à l&apos;offre « %2 » (état de la candidature : %3).</translation>
    </message>
    <message>
        <source>Could not record the application of %1 to &quot;%2&quot;</source>
        <translation>Impossible d&apos;enregistrer la candidature de %1 à « %2 »</translation>
    </message>
    <message>
        <source>The application of %1 is already in the state &quot;%2&quot;.</source>
        <translation>La candidature de %1 est déjà à l&apos;état « %2 ».</translation>
    </message>
    <message>
        <source>The application of %1 is final (&quot;%2&quot;): it cannot become &quot;%3&quot;.</source>
        <translation>La candidature de %1 est définitive (« %2 ») : elle ne peut pas passer à « %3 ».</translation>
    </message>
    <message>
        <source>An application cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Une candidature ne peut pas passer de « %1 » à « %2 ».</translation>
    </message>
    <message>
        <source>Could not change the application of %1</source>
        <translation>Impossible de modifier la candidature de %1</translation>
    </message>
</context>
<context>
    <name>OffersFile</name>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>%1 is not a text</source>
        <translation>%1 n&apos;est pas un texte</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 n&apos;est pas un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>%1 is not a number of at least %2</source>
        <translation>%1 n&apos;est pas un nombre supérieur ou égal à %2</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD, or null)</source>
        <translation>%1 n&apos;est pas une date (AAAA-MM-JJ, ou null)</translation>
    </message>
    <message>
        <source>%1 is not a list of texts</source>
        <translation>%1 n&apos;est pas une liste de textes</translation>
    </message>
    <message>
        <source>%1 holds a comma: give each topic on its own</source>
        <translation>%1 contient une virgule : indiquez chaque thème séparément</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>may not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 is not &quot;public_lab&quot; or &quot;company&quot;</source>
        <translation>%1 n&apos;est ni « public_lab » ni « company »</translation>
    </message>
    <message>
        <source>%1 is before start_earliest (%2)</source>
        <translation>%1 est antérieur à start_earliest (%2)</translation>
    </message>
    <message>
        <source>%1 is empty: it is not an offers file. Ask the advisor for the file again.</source>
        <translation>%1 est vide : ce n&apos;est pas un fichier d&apos;offres. Redemandez le fichier au responsable pédagogique.</translation>
    </message>
    <message>
        <source>%1 cannot be read: it is not complete JSON (%2, at byte %3). It may have been cut short or is not an offers file; ask the advisor for the file again.</source>
        <translation>%1 ne peut pas être lu : ce n&apos;est pas un JSON complet (%2, à l&apos;octet %3). Il a peut-être été tronqué ou ce n&apos;est pas un fichier d&apos;offres ; redemandez le fichier au responsable pédagogique.</translation>
    </message>
    <message>
        <source>%1 is not an InternTrack offers file (its &quot;format&quot; should be &quot;%2&quot;, it is %3).</source>
        <translation>%1 n&apos;est pas un fichier d&apos;offres InternTrack (son « format » devrait être « %2 », il vaut %3).</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>%1: version: %2 is not a format version (1, 2…).</source>
        <translation>%1 : version : %2 n&apos;est pas une version de format (1, 2…).</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of InternTrack (offers format version %2; this version reads version %3). Update InternTrack to read it.</source>
        <translation>%1 a été écrit par une version plus récente d&apos;InternTrack (format d&apos;offres version %2 ; cette version lit la version %3). Mettez InternTrack à jour pour le lire.</translation>
    </message>
    <message>
        <source>%1 is not an academic year such as &quot;2025-2026&quot;</source>
        <translation>%1 n&apos;est pas une année universitaire telle que « 2025-2026 »</translation>
    </message>
    <message>
        <source>%1 is not a list of offers</source>
        <translation>%1 n&apos;est pas une liste d&apos;offres</translation>
    </message>
    <message>
        <source>%1 is not an offer (a JSON object)</source>
        <translation>%1 n&apos;est pas une offre (un objet JSON)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The file was not changed.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for an offers file (%2 bytes; at most %3).</source>
        <translation>%1 est trop volumineux pour un fichier d&apos;offres (%2 octets ; %3 au maximum).</translation>
    </message>
</context>
<context>
    <name>PdfInfo</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB): a report must be under %3 MB.</source>
        <translation>%1 est trop volumineux (%2 Mo)&#xa0;: un rapport doit faire moins de %3 Mo.</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 n&apos;est pas un fichier PDF.</translation>
    </message>
    <message>
        <source>%1 is protected by a password: send a PDF without one.</source>
        <translation>%1 est protégé par un mot de passe&#xa0;: envoyez un PDF sans mot de passe.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a PDF file: its pages cannot be counted.</source>
        <translation>%1 est endommagé ou n&apos;est pas un fichier PDF&#xa0;: ses pages ne peuvent pas être comptées.</translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation>%1 n&apos;a aucune page.</translation>
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
        <translation>Stage</translation>
    </message>
    <message>
        <source>Summer school</source>
        <translation>École d&apos;été</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Séminaire</translation>
    </message>
    <message>
        <source>TERs</source>
        <translation>TER</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Summer schools</source>
        <translation>Écoles d&apos;été</translation>
    </message>
    <message>
        <source>Seminars</source>
        <translation>Séminaires</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>There is no internship agreement (convention de stage) this year: French internship law is switched off in its rules.</source>
        <translation>Il n&apos;y a pas de convention de stage cette année : le droit français des stages est désactivé dans les réglages de l&apos;année.</translation>
    </message>
    <message>
        <source>There is no internship agreement (convention de stage) in this programme: it is not under French internship law.</source>
        <translation>Il n&apos;y a pas de convention de stage dans cette formation : elle ne relève pas du droit français des stages.</translation>
    </message>
    <message>
        <source>There is no internship agreement (convention de stage) in %1: it is not under French internship law.</source>
        <translation>Il n&apos;y a pas de convention de stage dans %1 : cette formation ne relève pas du droit français des stages.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>&quot;%1&quot; is not a programme profile; the profiles are: %2.</source>
        <translation>« %1 » n&apos;est pas un profil de formation ; les profils sont : %2.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : illisible : %2</translation>
    </message>
    <message>
        <source>%1: rules.profile.id is &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>%1 : rules.profile.id vaut « %2 », et non « %3 ».</translation>
    </message>
    <message>
        <source>%1: is not JSON (%2 at byte %3).</source>
        <translation>%1 : n&apos;est pas du JSON (%2 à l&apos;octet %3).</translation>
    </message>
    <message>
        <source>%1: is not a JSON object.</source>
        <translation>%1 : n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>%1: academic_year: is not an academic year YYYY-(YYYY+1), e.g. &quot;2025-2026&quot;.</source>
        <translation>%1 : academic_year : n&apos;est pas une année universitaire AAAA-(AAAA+1), par ex. « 2025-2026 ».</translation>
    </message>
    <message>
        <source>%1: rules: is not an object.</source>
        <translation>%1 : rules : n&apos;est pas un objet.</translation>
    </message>
</context>
<context>
    <name>ProposalFile</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Line %1, column %2: not valid JSON (%3); the file may be truncated or damaged.</source>
        <translation>Ligne %1, colonne %2 : JSON non valide (%3) ; le fichier est peut-être tronqué ou endommagé.</translation>
    </message>
    <message>
        <source>This is not an InternTrack file: it holds no JSON object.</source>
        <translation>Ce n&apos;est pas un fichier InternTrack : il ne contient aucun objet JSON.</translation>
    </message>
    <message>
        <source>This is a cohort file (as `interntrack-cli check` reads), not a %1 file.</source>
        <translation>C&apos;est un fichier de promotion (tel que le lit `interntrack-cli check`), pas un fichier %1.</translation>
    </message>
    <message>
        <source>This is not an InternTrack %1 file (it has no &quot;format&quot;).</source>
        <translation>Ce n&apos;est pas un fichier %1 d&apos;InternTrack (il n&apos;a pas de « format »).</translation>
    </message>
    <message>
        <source>This is an InternTrack %1 file, not a %2 file.</source>
        <translation>C&apos;est un fichier %1 d&apos;InternTrack, pas un fichier %2.</translation>
    </message>
    <message>
        <source>This is not an InternTrack %1 file (its format is &quot;%2&quot;).</source>
        <translation>Ce n&apos;est pas un fichier %1 d&apos;InternTrack (son format est « %2 »).</translation>
    </message>
    <message>
        <source>version: expected a whole number from 1, got %1.</source>
        <translation>version : nombre entier à partir de 1 attendu, %1 reçu.</translation>
    </message>
    <message>
        <source>This file was written by a newer InternTrack (format version %1; this one reads up to %2): update InternTrack to read it.</source>
        <translation>Ce fichier a été écrit par une version plus récente d&apos;InternTrack (version de format %1 ; celle-ci lit jusqu&apos;à la version %2) : mettez InternTrack à jour pour le lire.</translation>
    </message>
    <message>
        <source>%1: unknown field.</source>
        <translation>%1 : champ inconnu.</translation>
    </message>
    <message>
        <source>%1.%2: unknown field.</source>
        <translation>%1.%2 : champ inconnu.</translation>
    </message>
    <message>
        <source>%1: is required.</source>
        <translation>%1 : obligatoire.</translation>
    </message>
    <message>
        <source>%1.%2: is required.</source>
        <translation>%1.%2 : obligatoire.</translation>
    </message>
    <message>
        <source>%1: expected text.</source>
        <translation>%1 : texte attendu.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date and time (YYYY-MM-DDThh:mm:ssZ).</source>
        <translation>%1 : « %2 » n&apos;est pas une date et heure (AAAA-MM-JJThh:mm:ssZ).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an academic year (e.g. &quot;2025-2026&quot;).</source>
        <translation>%1 : « %2 » n&apos;est pas une année universitaire (par ex. « 2025-2026 »).</translation>
    </message>
    <message>
        <source>proposal: expected an object {&quot;academic_year&quot;: …, &quot;students&quot;: […], …}.</source>
        <translation>proposal : objet attendu {&quot;academic_year&quot;: …, &quot;students&quot;: […], …}.</translation>
    </message>
    <message>
        <source>proposal.students: expected exactly one student, the sender.</source>
        <translation>proposal.students : un seul étudiant attendu, l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>proposal.internships[%1].student: &quot;%2&quot; is not the sender (&quot;%3&quot;): a proposal file carries its sender&apos;s items only.</source>
        <translation>proposal.internships[%1].student : « %2 » n&apos;est pas l&apos;expéditeur (« %3 ») : un fichier de proposition ne contient que les éléments de son expéditeur.</translation>
    </message>
    <message>
        <source>proposal.ters[%1].students: the sender (&quot;%2&quot;) is not one of them.</source>
        <translation>proposal.ters[%1].students : l&apos;expéditeur (« %2 ») n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>proposal.summer_schools[%1].student: &quot;%2&quot; is not the sender (&quot;%3&quot;).</source>
        <translation>proposal.summer_schools[%1].student : « %2 » n&apos;est pas l&apos;expéditeur (« %3 »).</translation>
    </message>
    <message>
        <source>proposal.seminars[%1].student: &quot;%2&quot; is not the sender (&quot;%3&quot;).</source>
        <translation>proposal.seminars[%1].student : « %2 » n&apos;est pas l&apos;expéditeur (« %3 »).</translation>
    </message>
    <message>
        <source>The proposal holds no internship, TER, summer school or seminar: nothing to import.</source>
        <translation>La proposition ne contient aucun stage, TER, école d&apos;été ni séminaire : rien à importer.</translation>
    </message>
    <message>
        <source>kind: &quot;%1&quot; is not one of internship, ter, summer_school, seminar.</source>
        <translation>kind : « %1 » ne fait pas partie de internship, ter, summer_school, seminar.</translation>
    </message>
    <message>
        <source>item: the id of the proposal is empty.</source>
        <translation>item : l&apos;identifiant de la proposition est vide.</translation>
    </message>
    <message>
        <source>state: &quot;%1&quot; is not a workflow state.</source>
        <translation>state : « %1 » n&apos;est pas un état du circuit de validation.</translation>
    </message>
    <message>
        <source>student: expected an object {&quot;name&quot;: …, &quot;email&quot;: …}.</source>
        <translation>student : objet attendu {&quot;name&quot;: …, &quot;email&quot;: …}.</translation>
    </message>
    <message>
        <source>student.%1</source>
        <translation>student.%1</translation>
    </message>
    <message>
        <source>student: the reply names no student.</source>
        <translation>student : la réponse n&apos;indique aucun étudiant.</translation>
    </message>
</context>
<context>
    <name>ProposalImport</name>
    <message>
        <source>internship</source>
        <translation>stage</translation>
    </message>
    <message>
        <source>TER</source>
        <translation>TER</translation>
    </message>
    <message>
        <source>summer school</source>
        <translation>école d&apos;été</translation>
    </message>
    <message>
        <source>seminar</source>
        <translation>séminaire</translation>
    </message>
    <message>
        <source>student</source>
        <translation>étudiant</translation>
    </message>
    <message>
        <source>%1 students of the year have the %2 of the sender (%3): give each their own before importing.</source>
        <translation>%1 étudiants de l&apos;année ont le même %2 que l&apos;expéditeur (%3) : attribuez à chacun le sien avant l&apos;importation.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>The database already has a %1 %2 of another student: the proposal cannot replace it (ids are unique). Ask the student to write the proposal again.</source>
        <translation>La base de données contient déjà l&apos;élément %1 %2 d&apos;un autre étudiant : la proposition ne peut pas le remplacer (les identifiants sont uniques). Demandez à l&apos;étudiant de rédiger à nouveau sa proposition.</translation>
    </message>
    <message>
        <source>%1 %2 is already %3: a new version replaces a proposal only while it is not approved. Nothing was imported.</source>
        <translation>%1 %2 est déjà à l&apos;état %3 : une nouvelle version ne remplace une proposition que tant qu&apos;elle n&apos;est pas approuvée. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The proposal is for the academic year %1, which this database does not have. Nothing was imported.</source>
        <translation>La proposition concerne l&apos;année universitaire %1, absente de cette base de données. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>No student of %1 matches %2 &lt;%3&gt; (by id, email or name): confirm to create them. Nothing was imported.</source>
        <translation>Aucun étudiant de %1 ne correspond à %2 &lt;%3&gt; (par identifiant, e-mail ou nom) : confirmez pour le créer. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>advisor</source>
        <translation>responsable pédagogique</translation>
    </message>
    <message>
        <source>Proposal file written on %1.</source>
        <translation>Fichier de proposition écrit le %1.</translation>
    </message>
    <message>
        <source>%1
Nothing was imported.</source>
        <translation>%1
Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 has no internship, TER or summer school %2.</source>
        <translation>%1 n&apos;a aucun stage, TER ou école d&apos;été %2.</translation>
    </message>
    <message>
        <source>%1 %2 is %3: there is no decision to send yet.</source>
        <translation>%1 %2 est à l&apos;état %3 : il n&apos;y a pas encore de décision à envoyer.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>rapproché par nom</translation>
    </message>
    <message>
        <source>matched by email</source>
        <translation>rapproché par e-mail</translation>
    </message>
    <message>
        <source>matched by id</source>
        <translation>rapproché par identifiant</translation>
    </message>
    <message>
        <source>%1 (a new student)</source>
        <translation>%1 (nouvel étudiant)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new item(s)</source>
        <translation>
            <numerusform>%1 : %n nouvel élément</numerusform>
            <numerusform>%1 : %n nouveaux éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n earlier version(s) replaced</source>
        <translation>
            <numerusform>, %n version antérieure remplacée</numerusform>
            <numerusform>, %n versions antérieures remplacées</numerusform>
        </translation>
    </message>
    <message>
        <source>The TER partner is not in the database: add them to the TER (the message names them).</source>
        <translation>Le partenaire de TER n&apos;est pas dans la base de données : ajoutez-le au TER (le message indique son nom).</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>ProposalSubmit</name>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Introuvable : %1 %2.</translation>
    </message>
    <message>
        <source>Choose a proposal to send.</source>
        <translation>Choisissez une proposition à envoyer.</translation>
    </message>
    <message>
        <source>The advisor has already decided on this %1 (%2): there is nothing to send.</source>
        <translation>Le responsable pédagogique a déjà pris une décision sur votre %1 (%2) : il n&apos;y a rien à envoyer.</translation>
    </message>
    <message>
        <source>The personal file has no student %1.</source>
        <translation>Le fichier personnel ne contient pas d&apos;étudiant %1.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Partner(s) for this TER: %1</source>
        <translation>Partenaire(s) pour ce TER : %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Submit %1 %2</source>
        <translation>Soumettre %1 %2</translation>
    </message>
    <message>
        <source>Submission date of %1</source>
        <translation>Date de soumission de %1</translation>
    </message>
    <message>
        <source>internship (host to be given)</source>
        <translation>stage (organisme d&apos;accueil à préciser)</translation>
    </message>
    <message>
        <source>internship at %1</source>
        <translation>stage chez %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>TER (subject to be chosen)</source>
        <translation>TER (sujet à choisir)</translation>
    </message>
    <message>
        <source>TER: %1</source>
        <translation>TER : %1</translation>
    </message>
    <message>
        <source>summer school (name to be given)</source>
        <translation>école d&apos;été (nom à préciser)</translation>
    </message>
    <message>
        <source>summer school: %1</source>
        <translation>école d&apos;été : %1</translation>
    </message>
    <message>
        <source>seminar (title to be given)</source>
        <translation>séminaire (titre à préciser)</translation>
    </message>
    <message>
        <source>seminar: %1</source>
        <translation>séminaire : %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Proposal from %1: %2</source>
        <translation>Proposition de %1 : %2</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>Here is my proposal for the programme: %1.</source>
        <translation>Voici ma proposition pour la formation : %1.</translation>
    </message>
    <message>
        <source>I attach the proposal file written by InternTrack: %1</source>
        <translation>Je joins le fichier de proposition créé par InternTrack : %1</translation>
    </message>
    <message>
        <source>(An email link cannot attach a file by itself: attach %1 to this email before sending it. You can import it into InternTrack with File ▸ Import Proposal, or drop it on the window.)</source>
        <translation>(Un lien e-mail ne peut pas joindre un fichier de lui-même : joignez %1 à cet e-mail avant de l&apos;envoyer. Vous pouvez l&apos;importer dans InternTrack avec Fichier ▸ Importer une proposition, ou le déposer sur la fenêtre.)</translation>
    </message>
    <message>
        <source>Best regards,</source>
        <translation>Cordialement,</translation>
    </message>
    <message>
        <source>Student number: %1</source>
        <translation>Numéro d&apos;étudiant : %1</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>You have no TER yet: choose a subject with a lab and tell your advisor as soon as possible (the year must be completed by %1).</source>
        <translation>Vous n&apos;avez pas encore de TER : choisissez un sujet avec un laboratoire et informez-en votre responsable pédagogique dès que possible (l&apos;année doit être achevée au plus tard le %1).</translation>
    </message>
    <message>
        <source>You have not proposed an internship yet, nor a summer school or seminars to replace it: submit a proposal as soon as possible (the year must be completed by %1).</source>
        <translation>Vous n&apos;avez encore proposé ni stage, ni école d&apos;été ou séminaires pour le remplacer : soumettez une proposition dès que possible (l&apos;année doit être achevée au plus tard le %1).</translation>
    </message>
    <message>
        <source>your internship at %1</source>
        <translation>votre stage chez %1</translation>
    </message>
    <message>
        <source>your internship</source>
        <translation>votre stage</translation>
    </message>
    <message>
        <source>your TER</source>
        <translation>votre TER</translation>
    </message>
    <message>
        <source>your TER “%1”</source>
        <translation>votre TER « %1 »</translation>
    </message>
    <message>
        <source>your summer school</source>
        <translation>votre école d&apos;été</translation>
    </message>
    <message>
        <source>your summer school %1</source>
        <translation>votre école d&apos;été %1</translation>
    </message>
    <message>
        <source>The proposal of %1 was due on %2: submit it now.</source>
        <translation>La proposition de %1 était attendue le %2 : soumettez-la dès maintenant.</translation>
    </message>
    <message>
        <source>Submit the proposal of %1 by %2.</source>
        <translation>Soumettez la proposition de %1 au plus tard le %2.</translation>
    </message>
    <message numerus="yes">
        <source>The agreement of %1 still lacks %n signature(s), which were due by %2: the internship cannot start without them.</source>
        <translation>
            <numerusform>Il manque encore %n signature à la convention de %1, attendue au plus tard le %2 : le stage ne peut pas commencer sans elle.</numerusform>
            <numerusform>Il manque encore %n signatures à la convention de %1, attendues au plus tard le %2 : le stage ne peut pas commencer sans elles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The agreement of %1 still lacks %n signature(s): it must be signed by all four parties by %2.</source>
        <translation>
            <numerusform>Il manque encore %n signature à la convention de %1 : elle doit être signée par les quatre parties au plus tard le %2.</numerusform>
            <numerusform>Il manque encore %n signatures à la convention de %1 : elle doit être signée par les quatre parties au plus tard le %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>the report of %1</source>
        <translation>le rapport de %1</translation>
    </message>
    <message>
        <source>the completion proof of %1, signed by your host supervisor</source>
        <translation>l&apos;attestation de réalisation de %1, signée par votre tuteur dans l&apos;organisme d&apos;accueil</translation>
    </message>
    <message>
        <source>Hand in %1: it was due on %2.</source>
        <translation>Remettez %1 : la date limite était le %2.</translation>
    </message>
    <message>
        <source>Hand in %1 by %2.</source>
        <translation>Remettez %1 au plus tard le %2.</translation>
    </message>
    <message numerus="yes">
        <source>You have %n seminar(s) with a paragraph of what you learned out of the %1 required: complete them by %2.</source>
        <translation>
            <numerusform>Vous avez %n séminaire avec un paragraphe sur ce que vous avez appris, sur les %1 requis : complétez-les au plus tard le %2.</numerusform>
            <numerusform>Vous avez %n séminaires avec un paragraphe sur ce que vous avez appris, sur les %1 requis : complétez-les au plus tard le %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your year %1: what is still missing</source>
        <translation>Votre année %1 : ce qui manque encore</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>According to the programme&apos;s records on %1, the following is still missing:</source>
        <translation>D&apos;après le dossier de la formation au %1, il manque encore les éléments suivants :</translation>
    </message>
    <message>
        <source>If you have already sent it, please tell me so that I can update your file.</source>
        <translation>Si vous l&apos;avez déjà envoyé, merci de me le signaler afin que je mette à jour votre dossier.</translation>
    </message>
    <message>
        <source>Best regards,</source>
        <translation>Cordialement,</translation>
    </message>
    <message numerus="yes">
        <source>%1 The %n reminder(s) written before stay in %2.</source>
        <translation>
            <numerusform>%1 %n relance déjà écrite reste dans %2.</numerusform>
            <numerusform>%1 Les %n relances déjà écrites restent dans %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyImport</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an advisor&apos;s reply: nothing was imported.</source>
        <translation>%1 est trop volumineux pour être une réponse du responsable pédagogique : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No personal file is open.</source>
        <translation>Aucun fichier personnel n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>This reply is for %1, not for you (%2): nothing was imported.</source>
        <translation>Cette réponse est destinée à %1, pas à vous (%2) : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This reply is for the academic year %1; your personal file is for %2: nothing was imported.</source>
        <translation>Cette réponse concerne l&apos;année universitaire %1 ; votre fichier personnel concerne %2 : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Your personal file has no %1 %2: the reply is about a proposal written elsewhere. Nothing was imported.</source>
        <translation>Votre fichier personnel ne contient pas l&apos;élément %1 %2 : la réponse porte sur une proposition rédigée ailleurs. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>the advisor</source>
        <translation>le responsable pédagogique</translation>
    </message>
    <message>
        <source>a date not given</source>
        <translation>une date non indiquée</translation>
    </message>
    <message>
        <source>%1 approved your %2 on %3.</source>
        <translation>%1 a approuvé votre %2 le %3.</translation>
    </message>
    <message>
        <source>%1 asks for changes to your %2 (%3): change it, then submit it again.</source>
        <translation>%1 demande des modifications de votre %2 (%3) : apportez-les, puis soumettez à nouveau votre proposition.</translation>
    </message>
    <message>
        <source>%1 rejected your %2 on %3.</source>
        <translation>%1 a refusé votre %2 le %3.</translation>
    </message>
    <message>
        <source>Your %1 is now %2 (%3, %4).</source>
        <translation>Votre %1 est maintenant à l&apos;état %2 (%3, %4).</translation>
    </message>
    <message>
        <source>The reply could not be recorded: %1</source>
        <translation>La réponse n&apos;a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>advisor</source>
        <translation>responsable pédagogique</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>secrétariat</translation>
    </message>
    <message>
        <source>student</source>
        <translation>étudiant</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>is not a number</source>
        <translation>n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 est hors limites (de %2 à %3)</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>is not a list of strings</source>
        <translation>n&apos;est pas une liste de chaînes</translation>
    </message>
    <message>
        <source>[%1] is not a string</source>
        <translation>[%1] n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation>n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>is not a list of periods</source>
        <translation>n&apos;est pas une liste de périodes</translation>
    </message>
    <message>
        <source>[%1].name: a period needs a name</source>
        <translation>[%1].name&#xa0;: une période doit avoir un nom</translation>
    </message>
    <message>
        <source>[%1].start: is not a date (YYYY-MM-DD)</source>
        <translation>[%1].start&#xa0;: n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>[%1].end: is not a date (YYYY-MM-DD)</source>
        <translation>[%1].end&#xa0;: n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>[%1].end: %2 is before the start %3</source>
        <translation>[%1].end&#xa0;: %2 est antérieur au début %3</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>is not a list of &quot;MM-DD&quot; days</source>
        <translation>n&apos;est pas une liste de jours &quot;MM-JJ&quot;</translation>
    </message>
    <message>
        <source>[%1]: is not a day &quot;MM-DD&quot;</source>
        <translation>[%1]&#xa0;: n&apos;est pas un jour &quot;MM-JJ&quot;</translation>
    </message>
    <message>
        <source>is not a list of day offsets</source>
        <translation>n&apos;est pas une liste de décalages en jours</translation>
    </message>
    <message>
        <source>[%1]: is not a whole number of days from -100 to 100</source>
        <translation>[%1]&#xa0;: n&apos;est pas un nombre entier de jours entre -100 et 100</translation>
    </message>
    <message>
        <source>is not a list of days (&quot;mon&quot; … &quot;sun&quot;)</source>
        <translation>n&apos;est pas une liste de jours (&quot;mon&quot; … &quot;sun&quot;)</translation>
    </message>
    <message>
        <source>[%1]: is not a day (&quot;mon&quot; … &quot;sun&quot;)</source>
        <translation>[%1]&#xa0;: n&apos;est pas un jour (&quot;mon&quot; … &quot;sun&quot;)</translation>
    </message>
    <message>
        <source>needs at least one day</source>
        <translation>doit avoir au moins un jour</translation>
    </message>
    <message>
        <source>is not a list of {&quot;from&quot;, &quot;hourly_eur&quot;}</source>
        <translation>n&apos;est pas une liste de {&quot;from&quot;, &quot;hourly_eur&quot;}</translation>
    </message>
    <message>
        <source>[%1].from: is not a date (YYYY-MM-DD)</source>
        <translation>[%1].from&#xa0;: n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>[%1].hourly_eur: is not an amount in euros</source>
        <translation>[%1].hourly_eur&#xa0;: n&apos;est pas un montant en euros</translation>
    </message>
    <message>
        <source>[%1].from: the table must be in increasing date order</source>
        <translation>[%1].from&#xa0;: la table doit être dans l&apos;ordre croissant des dates</translation>
    </message>
    <message>
        <source>is not a list of {&quot;code&quot;, &quot;any_of&quot;}</source>
        <translation>n&apos;est pas une liste de {&quot;code&quot;, &quot;any_of&quot;}</translation>
    </message>
    <message>
        <source>[%1].code: a requirement needs a code</source>
        <translation>[%1].code&#xa0;: une exigence doit avoir un code</translation>
    </message>
    <message>
        <source>[%1].any_of[%2]: is not one of %3</source>
        <translation>[%1].any_of[%2]&#xa0;: n&apos;est pas l&apos;une des valeurs %3</translation>
    </message>
    <message>
        <source>[%1].any_of: names no activity</source>
        <translation>[%1].any_of&#xa0;: ne nomme aucune activité</translation>
    </message>
    <message>
        <source>%1: is not a rule of the rule set</source>
        <translation>%1&#xa0;: n&apos;est pas une règle du jeu de règles</translation>
    </message>
    <message>
        <source>%1.report_max_pages: is below report_min_pages</source>
        <translation>%1.report_max_pages&#xa0;: est inférieur à report_min_pages</translation>
    </message>
    <message>
        <source>%1.ter_max_weekly_hours: is below ter_min_weekly_hours</source>
        <translation>%1.ter_max_weekly_hours&#xa0;: est inférieur à ter_min_weekly_hours</translation>
    </message>
    <message>
        <source>%1.ter_max_months: is below ter_min_months</source>
        <translation>%1.ter_max_months&#xa0;: est inférieur à ter_min_months</translation>
    </message>
    <message>
        <source>is not an object {&quot;id&quot;, &quot;name&quot;, &quot;institution&quot;, &quot;country&quot;, &quot;legal_framework&quot;, &quot;labels&quot;, &quot;activities&quot;}</source>
        <translation>n&apos;est pas un objet {&quot;id&quot;, &quot;name&quot;, &quot;institution&quot;, &quot;country&quot;, &quot;legal_framework&quot;, &quot;labels&quot;, &quot;activities&quot;}</translation>
    </message>
    <message>
        <source>.%1: is not a string</source>
        <translation>.%1 : n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>.id: a profile needs an id</source>
        <translation>.id : un profil doit avoir un id</translation>
    </message>
    <message>
        <source>.legal_framework: is not &quot;french_education_code&quot; or &quot;none&quot;</source>
        <translation>.legal_framework : ne vaut ni « french_education_code » ni « none »</translation>
    </message>
    <message>
        <source>.labels: is not an object of names by code</source>
        <translation>.labels : n&apos;est pas un objet de noms par code</translation>
    </message>
    <message>
        <source>.labels.%1: is not a name</source>
        <translation>.labels.%1 : n&apos;est pas un nom</translation>
    </message>
    <message>
        <source>.activities: is not a list of {&quot;code&quot;, &quot;supervision&quot;, &quot;deliverables&quot;}</source>
        <translation>.activities : n&apos;est pas une liste de {&quot;code&quot;, &quot;supervision&quot;, &quot;deliverables&quot;}</translation>
    </message>
    <message>
        <source>.activities[%1].code: is not one of %2</source>
        <translation>.activities[%1].code : ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>.activities[%1].deliverables[%2]: is not a string</source>
        <translation>.activities[%1].deliverables[%2] : n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>.%1: is not a key of the profile</source>
        <translation>.%1 : n&apos;est pas une clé du profil</translation>
    </message>
    <message>
        <source>is not null or {&quot;start&quot;, &quot;end&quot;}</source>
        <translation>ne vaut ni null ni {&quot;start&quot;, &quot;end&quot;}</translation>
    </message>
    <message>
        <source>.start: is not a date (YYYY-MM-DD)</source>
        <translation>.start : n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>.end: is not a date (YYYY-MM-DD)</source>
        <translation>.end : n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>.end: %1 is before the start %2</source>
        <translation>.end : %1 est antérieure au début %2</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>student</source>
        <translation>étudiant</translation>
    </message>
    <message>
        <source>host representative</source>
        <translation>représentant de l&apos;organisme d&apos;accueil</translation>
    </message>
    <message>
        <source>tutor</source>
        <translation>tuteur</translation>
    </message>
    <message>
        <source>university</source>
        <translation>université</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (du %2 au %3)</translation>
    </message>
    <message>
        <source>TER</source>
        <translation>un TER</translation>
    </message>
    <message>
        <source>internship</source>
        <translation>un stage</translation>
    </message>
    <message>
        <source>summer school</source>
        <translation>une école d&apos;été</translation>
    </message>
    <message>
        <source>%1 seminars</source>
        <translation>%1 séminaires</translation>
    </message>
    <message>
        <source>a validated %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>a validated %1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message numerus="yes">
        <source>Contact the academic advisor at least %n month(s) before the start, by %1: several parties must sign the agreement before you begin.</source>
        <translation>
            <numerusform>Contactez le responsable pédagogique au moins %n mois avant le début, au plus tard le %1&#xa0;: plusieurs parties doivent signer la convention avant que vous commenciez.</numerusform>
            <numerusform>Contactez le responsable pédagogique au moins %n mois avant le début, au plus tard le %1&#xa0;: plusieurs parties doivent signer la convention avant que vous commenciez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contact the academic advisor at least %n month(s) before the start: several parties must sign the agreement before you begin.</source>
        <translation>
            <numerusform>Contactez le responsable pédagogique au moins %n mois avant le début&#xa0;: plusieurs parties doivent signer la convention avant que vous commenciez.</numerusform>
            <numerusform>Contactez le responsable pédagogique au moins %n mois avant le début&#xa0;: plusieurs parties doivent signer la convention avant que vous commenciez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed during the previous summer: it can be validated with the completion proof and the report; the teaching-period, lead-time and deadline rules do not apply.</source>
        <translation>Effectué l&apos;été précédent&#xa0;: il peut être validé avec l&apos;attestation de stage et le rapport&#xa0;; les règles de période d&apos;enseignement, de délai de dépôt et de date limite ne s&apos;appliquent pas.</translation>
    </message>
    <message>
        <source>%1 is not recorded as a public lab or company doing research in AI, machine learning or data science: choose such a host, or have the advisor confirm it.</source>
        <translation>%1 n&apos;est pas enregistré comme un laboratoire public ou une entreprise menant des recherches en IA, en apprentissage automatique ou en science des données&#xa0;: choisissez un tel organisme d&apos;accueil, ou faites-le confirmer par le responsable pédagogique.</translation>
    </message>
    <message>
        <source>The host</source>
        <translation>L&apos;organisme d&apos;accueil</translation>
    </message>
    <message numerus="yes">
        <source>Submitted on %1, less than %n month(s) before the start on %2: it had to reach the advisor by %3. Start on or after %4, or ask the advisor for an override.</source>
        <translation>
            <numerusform>Soumis le %1, moins de %n mois avant le début le %2&#xa0;: la proposition devait parvenir au responsable pédagogique au plus tard le %3. Commencez le %4 ou après, ou demandez une dérogation au responsable pédagogique.</numerusform>
            <numerusform>Soumis le %1, moins de %n mois avant le début le %2&#xa0;: la proposition devait parvenir au responsable pédagogique au plus tard le %3. Commencez le %4 ou après, ou demandez une dérogation au responsable pédagogique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not submitted yet and the start on %1 is less than %n month(s) away: the proposal had to reach the advisor by %2. Submit it now and start on or after %3, or ask the advisor for an override.</source>
        <translation>
            <numerusform>Pas encore soumis alors que le début, le %1, est dans moins de %n mois&#xa0;: la proposition devait parvenir au responsable pédagogique au plus tard le %2. Soumettez-la maintenant et commencez le %3 ou après, ou demandez une dérogation au responsable pédagogique.</numerusform>
            <numerusform>Pas encore soumis alors que le début, le %1, est dans moins de %n mois&#xa0;: la proposition devait parvenir au responsable pédagogique au plus tard le %2. Soumettez-la maintenant et commencez le %3 ou après, ou demandez une dérogation au responsable pédagogique.</numerusform>
        </translation>
    </message>
    <message>
        <source>The remaining %1 weeks still reach %2 weeks.</source>
        <translation>Les %1 semaines restantes atteignent encore %2 semaines.</translation>
    </message>
    <message>
        <source>The remaining %1 weeks no longer reach %2 weeks: end on or after %3.</source>
        <translation>Les %1 semaines restantes n&apos;atteignent plus %2 semaines&#xa0;: terminez le %3 ou après.</translation>
    </message>
    <message numerus="yes">
        <source>The agreement got its last signature on %1, after the start on %2: the %n scheduled day(s) before it do not count (the student was not insured).</source>
        <translation>
            <numerusform>La convention a reçu sa dernière signature le %1, après le début le %2&#xa0;: le %n jour prévu avant cette date ne compte pas (l&apos;étudiant n&apos;était pas assuré).</numerusform>
            <numerusform>La convention a reçu sa dernière signature le %1, après le début le %2&#xa0;: les %n jours prévus avant cette date ne comptent pas (l&apos;étudiant n&apos;était pas assuré).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started on %1 without every signature (missing: %2): no day before the last signature counts, %n scheduled day(s) lost so far.</source>
        <translation>
            <numerusform>Commencé le %1 sans toutes les signatures (manquantes&#xa0;: %2)&#xa0;: aucun jour avant la dernière signature ne compte, %n jour prévu perdu jusqu&apos;ici.</numerusform>
            <numerusform>Commencé le %1 sans toutes les signatures (manquantes&#xa0;: %2)&#xa0;: aucun jour avant la dernière signature ne compte, %n jours prévus perdus jusqu&apos;ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed yet (missing: %1): the four parties must sign on or before the start on %2, or the days before the last signature will not count.</source>
        <translation>Pas encore signée (signatures manquantes&#xa0;: %1)&#xa0;: les quatre parties doivent signer au plus tard le jour du début, le %2, sinon les jours avant la dernière signature ne compteront pas.</translation>
    </message>
    <message>
        <source>end on or after %1, or work more hours a week.</source>
        <translation>terminez le %1 ou après, ou travaillez plus d&apos;heures par semaine.</translation>
    </message>
    <message>
        <source>work more hours a week or for longer.</source>
        <translation>travaillez plus d&apos;heures par semaine ou plus longtemps.</translation>
    </message>
    <message>
        <source>%1 full-time-equivalent weeks (%2 h scheduled) is less than the %3 weeks required (%4 h): %5</source>
        <translation>%1 semaines en équivalent temps plein (%2 h prévues), c&apos;est moins que les %3 semaines exigées (%4 h)&#xa0;: %5</translation>
    </message>
    <message>
        <source>%1 presence hours with %2 this academic year exceed the legal maximum of %3 months (%4 h): end on or before %5.</source>
        <translation>%1 heures de présence chez %2 cette année universitaire dépassent le maximum légal de %3 mois (%4 h)&#xa0;: terminez le %5 ou avant.</translation>
    </message>
    <message>
        <source>%1 presence hours is more than %2 months (%3 h): the law requires a gratification of at least %4 a month (%5 an hour), %6 in total.</source>
        <translation>%1 heures de présence, c&apos;est plus de %2 mois (%3 h)&#xa0;: la loi impose une gratification d&apos;au moins %4 par mois (%5 de l&apos;heure), soit %6 au total.</translation>
    </message>
    <message>
        <source>A gratification of %1 a month is below the legal minimum of %2 a month (%3 an hour × %4 h a week × 52 / 12): raise it to at least %2.</source>
        <translation>Une gratification de %1 par mois est inférieure au minimum légal de %2 par mois (%3 de l&apos;heure × %4 h par semaine × 52 / 12)&#xa0;: portez-la à au moins %2.</translation>
    </message>
    <message>
        <source>A gratification of %1 an hour is below the legal minimum of %2 an hour in force on %3: raise it to at least %2.</source>
        <translation>Une gratification de %1 de l&apos;heure est inférieure au minimum légal de %2 de l&apos;heure en vigueur le %3&#xa0;: portez-la à au moins %2.</translation>
    </message>
    <message>
        <source>Scheduled on %1, in the teaching period (%2): a full-time internship must be outside it. Start on or after %3.</source>
        <translation>Prévu le %1, pendant la période d&apos;enseignement (%2)&#xa0;: un stage à temps plein doit se dérouler en dehors. Commencez le %3 ou après.</translation>
    </message>
    <message>
        <source>This part-time internship is scheduled in the teaching period (%2, from %1): check with the advisor that it does not clash with classes.</source>
        <translation>Ce stage à temps partiel est prévu pendant la période d&apos;enseignement (%2, à partir du %1)&#xa0;: vérifiez avec le responsable pédagogique qu&apos;il n&apos;empiète pas sur les cours.</translation>
    </message>
    <message>
        <source>Ends on %1, after the completion deadline of %2: end on or before %2.</source>
        <translation>Se termine le %1, après la date limite du %2&#xa0;: terminez le %2 ou avant.</translation>
    </message>
    <message>
        <source>Overlaps internship %1 (%2 to %3) of the same student: change the dates so that they do not overlap.</source>
        <translation>Chevauche le stage %1 (du %2 au %3) du même étudiant&#xa0;: modifiez les dates pour qu&apos;ils ne se chevauchent pas.</translation>
    </message>
    <message>
        <source>the host supervisor</source>
        <translation>votre tuteur dans l&apos;organisme d&apos;accueil</translation>
    </message>
    <message>
        <source>Report missing: hand in a report of %1 to %2 pages.</source>
        <translation>Rapport manquant&#xa0;: remettez un rapport de %1 à %2 pages.</translation>
    </message>
    <message numerus="yes">
        <source>The report has %n page(s); it should have %1 to %2.</source>
        <translation>
            <numerusform>Le rapport a %n page&#xa0;; il devrait en avoir de %1 à %2.</numerusform>
            <numerusform>Le rapport a %n pages&#xa0;; il devrait en avoir de %1 à %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h a week is outside the expected half a day to a day a week (%2 to %3 h): plan between %2 and %3 h a week.</source>
        <translation>%1 h par semaine, c&apos;est en dehors de la demi-journée à une journée par semaine attendue (de %2 à %3 h)&#xa0;: prévoyez entre %2 et %3 h par semaine.</translation>
    </message>
    <message>
        <source>From %1 to %2 is shorter than %3 months: end on or after %4.</source>
        <translation>Du %1 au %2, c&apos;est moins de %3 mois&#xa0;: terminez le %4 ou après.</translation>
    </message>
    <message>
        <source>From %1 to %2 is longer than %3 months: end on or before %4.</source>
        <translation>Du %1 au %2, c&apos;est plus de %3 mois&#xa0;: terminez le %4 ou avant.</translation>
    </message>
    <message>
        <source>From %1 to %2 is not within the teaching period %3: a TER takes place during the teaching period, most commonly in T4.</source>
        <translation>Du %1 au %2, ce n&apos;est pas dans la période d&apos;enseignement %3&#xa0;: un TER se déroule pendant la période d&apos;enseignement, le plus souvent en T4.</translation>
    </message>
    <message>
        <source>An AI-challenge preparation TER runs in %1, before the challenge class; from %2 to %3 is not within it: move it there.</source>
        <translation>Un TER de préparation au challenge d&apos;IA se déroule en %1, avant le cours du challenge&#xa0;; du %2 au %3, ce n&apos;est pas dans cette période&#xa0;: déplacez-le.</translation>
    </message>
    <message>
        <source>it must run in %1, not from %2 to %3</source>
        <translation>il doit se dérouler en %1, pas du %2 au %3</translation>
    </message>
    <message numerus="yes">
        <source>it is done by exactly %1 students, not %n</source>
        <translation>
            <numerusform>il se fait à exactement %1 étudiants, pas %n</numerusform>
            <numerusform>il se fait à exactement %1 étudiants, pas %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Solving a classmates&apos; mini-challenge: %1.</source>
        <translation>Résolution du mini-challenge de camarades&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 is outside Université Paris-Saclay: the advisor must approve this TER first.</source>
        <translation>%1 est en dehors de l&apos;Université Paris-Saclay&#xa0;: le responsable pédagogique doit d&apos;abord approuver ce TER.</translation>
    </message>
    <message>
        <source>The lab</source>
        <translation>Le laboratoire</translation>
    </message>
    <message>
        <source>The student is paid: this TER needs an internship agreement (convention de stage).</source>
        <translation>L&apos;étudiant est rémunéré&#xa0;: ce TER demande une convention de stage.</translation>
    </message>
    <message>
        <source>The lab is outside Université Paris-Saclay: this TER needs an internship agreement (convention de stage).</source>
        <translation>Le laboratoire est en dehors de l&apos;Université Paris-Saclay&#xa0;: ce TER demande une convention de stage.</translation>
    </message>
    <message>
        <source>The subject &quot;%1&quot; is taken by %2 students, more than its capacity of %3: move %4 of them to another subject, or raise the capacity.</source>
        <translation>Le sujet «&#xa0;%1&#xa0;» est pris par %2 étudiants, plus que sa capacité de %3&#xa0;: faites passer %4 d&apos;entre eux à un autre sujet, ou augmentez la capacité.</translation>
    </message>
    <message>
        <source>Report missing: hand a report of %1 to %2 pages to the supervising researchers.</source>
        <translation>Rapport manquant&#xa0;: remettez un rapport de %1 à %2 pages aux chercheurs encadrants.</translation>
    </message>
    <message>
        <source>No grade yet: the supervisors must give a grade from 0 to %1.</source>
        <translation>Pas encore de note&#xa0;: les encadrants doivent donner une note de 0 à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of full-time classes: a summer school must have at least %1; choose a longer one.</source>
        <translation>
            <numerusform>%n jour de cours à temps plein&#xa0;: une école d&apos;été doit en avoir au moins %1&#xa0;; choisissez-en une plus longue.</numerusform>
            <numerusform>%n jours de cours à temps plein&#xa0;: une école d&apos;été doit en avoir au moins %1&#xa0;; choisissez-en une plus longue.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the programme&apos;s list of proposed schools: the advisor must approve it.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas dans la liste des écoles proposées par le master&#xa0;: le responsable pédagogique doit l&apos;approuver.</translation>
    </message>
    <message>
        <source>Report missing: send a short report (about 2 pages) with links to the classes followed and the projects finished.</source>
        <translation>Rapport manquant&#xa0;: envoyez un court rapport (environ 2 pages) avec des liens vers les cours suivis et les projets terminés.</translation>
    </message>
    <message>
        <source>The report gives %1 link(s); it needs at least %2 to the classes followed and the projects finished.</source>
        <translation>Le rapport donne %1 lien(s)&#xa0;; il en faut au moins %2 vers les cours suivis et les projets terminés.</translation>
    </message>
    <message numerus="yes">
        <source>The paragraph on &quot;%1&quot; has %n word(s): write at least %2, in your own words, on what you learned and what it brings to your field.</source>
        <translation>
            <numerusform>Le paragraphe sur «&#xa0;%1&#xa0;» a %n mot&#xa0;: écrivez-en au moins %2, avec vos propres mots, sur ce que vous avez appris et ce que cela apporte à votre domaine.</numerusform>
            <numerusform>Le paragraphe sur «&#xa0;%1&#xa0;» a %n mots&#xa0;: écrivez-en au moins %2, avec vos propres mots, sur ce que vous avez appris et ce que cela apporte à votre domaine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seminar(s) recorded: attend at least %1 seminars in the field (online or in a room) to replace the internship.</source>
        <translation>
            <numerusform>%n séminaire enregistré&#xa0;: suivez au moins %1 séminaires du domaine (en ligne ou en salle) pour remplacer le stage.</numerusform>
            <numerusform>%n séminaires enregistrés&#xa0;: suivez au moins %1 séminaires du domaine (en ligne ou en salle) pour remplacer le stage.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has not completed the year by %2: missing %3.</source>
        <translation>%1 n&apos;a pas terminé l&apos;année à la date limite du %2&#xa0;: reste à valider %3.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>No completion proof: ask %1 to sign a proof that the internship was completed successfully.</source>
        <translation>Pas d&apos;attestation de stage&#xa0;: demandez à %1 de signer une attestation indiquant que le stage a bien été effectué.</translation>
    </message>
    <message>
        <source>%1 screens its interns first and has not accepted the student yet: record the host&apos;s acceptance before the proposal is approved.</source>
        <translation>%1 présélectionne ses stagiaires et n&apos;a pas encore accepté l&apos;étudiant : enregistrez l&apos;acceptation de l&apos;organisme d&apos;accueil avant que la proposition soit approuvée.</translation>
    </message>
    <message>
        <source>%1 declined the student at its screening: choose another host, or an individual project supervised by an academic.</source>
        <translation>%1 a refusé l&apos;étudiant lors de sa présélection : choisissez un autre organisme d&apos;accueil, ou un projet individuel encadré par un enseignant-chercheur.</translation>
    </message>
    <message>
        <source>Starts on %1, before the programme&apos;s period of %2 to %3: start on or after %2.</source>
        <translation>Commence le %1, avant la période de la formation du %2 au %3 : commencez le %2 ou après.</translation>
    </message>
    <message>
        <source>Ends on %1, after the programme&apos;s period of %2 to %3: end on or before %3.</source>
        <translation>Se termine le %1, après la période de la formation du %2 au %3 : terminez le %3 ou avant.</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>%1 is a database file: roles and rights are for a PostgreSQL database.</source>
        <translation>%1 est un fichier de base de données : les rôles et les droits concernent une base de données PostgreSQL.</translation>
    </message>
    <message>
        <source>Could not set up the roles and rights of %1</source>
        <translation>Impossible de configurer les rôles et les droits de %1</translation>
    </message>
    <message>
        <source>%1 is a database file: logins are for a PostgreSQL database.</source>
        <translation>%1 est un fichier de base de données : les identifiants de connexion concernent une base de données PostgreSQL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login: use lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter (at most 63).</source>
        <translation>« %1 » ne peut pas être un identifiant : utilisez des lettres minuscules, des chiffres, « _ », « . » ou « - », en commençant par une lettre (63 au maximum).</translation>
    </message>
    <message>
        <source>A student&apos;s login is tied to the student: give the student&apos;s id.</source>
        <translation>L&apos;identifiant d&apos;un étudiant est lié à l&apos;étudiant : indiquez l&apos;identifiant de l&apos;étudiant.</translation>
    </message>
    <message>
        <source>Only a student&apos;s login is tied to a student.</source>
        <translation>Seul l&apos;identifiant d&apos;un étudiant est lié à un étudiant.</translation>
    </message>
    <message>
        <source>Could not add the login %1</source>
        <translation>Impossible d&apos;ajouter l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>%1: there is no student &quot;%2&quot; in %3.</source>
        <translation>%1 : il n&apos;y a pas d&apos;étudiant « %2 » dans %3.</translation>
    </message>
    <message>
        <source>Could not ask %1 who the login is</source>
        <translation>Impossible de demander à %1 à qui correspond l&apos;identifiant</translation>
    </message>
    <message>
        <source>Could not ask %1 the role of the login %2</source>
        <translation>Impossible de demander à %1 le rôle de l&apos;identifiant %2</translation>
    </message>
    <message>
        <source>Your login %1 is not an InternTrack user of %2: ask your administrator to run interntrack-cli db add-user.</source>
        <translation>Votre identifiant %1 n&apos;est pas un utilisateur InternTrack de %2 : demandez à votre administrateur d&apos;exécuter interntrack-cli db add-user.</translation>
    </message>
    <message>
        <source>Could not ask %1 which student the login %2 is</source>
        <translation>Impossible de demander à %1 à quel étudiant correspond l&apos;identifiant %2</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>student</source>
        <translation>étudiant</translation>
    </message>
    <message>
        <source>internship</source>
        <translation>stage</translation>
    </message>
    <message>
        <source>TER</source>
        <translation>TER</translation>
    </message>
    <message>
        <source>summer school</source>
        <translation>école d&apos;été</translation>
    </message>
    <message>
        <source>seminar</source>
        <translation>séminaire</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>the disk is full (or the database reached its size limit); nothing was saved. Free some space and try again</source>
        <translation>le disque est plein (ou la base a atteint sa taille maximale)&#xa0;; rien n&apos;a été enregistré. Libérez de la place et réessayez</translation>
    </message>
    <message>
        <source>the database is read-only; nothing was saved</source>
        <translation>la base est en lecture seule&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from a backup</source>
        <translation>le fichier de la base est endommagé&#xa0;; restaurez-le depuis une sauvegarde</translation>
    </message>
    <message>
        <source>the file is not an InternTrack database</source>
        <translation>le fichier n&apos;est pas une base InternTrack</translation>
    </message>
    <message>
        <source>another program kept the database busy for too long; nothing was saved. Try again</source>
        <translation>un autre programme a occupé la base trop longtemps&#xa0;; rien n&apos;a été enregistré. Réessayez</translation>
    </message>
    <message>
        <source>the disk reported an input/output error; nothing was saved</source>
        <translation>le disque a signalé une erreur d&apos;entrée-sortie&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>the file cannot be opened (check that it exists and that you may read it)</source>
        <translation>le fichier ne peut pas être ouvert (vérifiez qu&apos;il existe et que vous avez le droit de le lire)</translation>
    </message>
    <message>
        <source>an item with the same identifier already exists</source>
        <translation>un élément de même identifiant existe déjà</translation>
    </message>
    <message>
        <source>it refers to an item that does not exist, or other items still refer to it</source>
        <translation>il renvoie à un élément qui n&apos;existe pas, ou d&apos;autres éléments renvoient encore à lui</translation>
    </message>
    <message>
        <source>a value breaks a rule of the database</source>
        <translation>une valeur enfreint une règle de la base</translation>
    </message>
    <message>
        <source>the database reported an error</source>
        <translation>la base a signalé une erreur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>your login does not have the right to make this change; nothing was saved</source>
        <translation>votre identifiant n&apos;a pas le droit d&apos;effectuer cette modification ; rien n&apos;a été enregistré</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Could not start a transaction</source>
        <translation>Impossible de commencer une transaction</translation>
    </message>
    <message>
        <source>The transaction is no longer active: nothing was saved.</source>
        <translation>La transaction n&apos;est plus active&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Transactions were closed out of order: nothing was saved.</source>
        <translation>Des transactions ont été fermées dans le désordre&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>An earlier step failed and undid the transaction: nothing was saved.</source>
        <translation>Une étape précédente a échoué et a annulé la transaction&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Could not save the changes</source>
        <translation>Impossible d&apos;enregistrer les modifications</translation>
    </message>
    <message>
        <source>An earlier step failed and undid the transaction: nothing was saved (%1).</source>
        <translation>Une étape précédente a échoué et annulé la transaction : rien n&apos;a été enregistré (%1).</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment: nothing was saved. Look at their changes, then try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié les mêmes données au même moment : rien n&apos;a été enregistré. Consultez ses modifications, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>Unknown language &quot;%1&quot; (available: %2).</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;» (disponibles&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The %1 translation is missing from this build.</source>
        <translation>La traduction %1 manque dans cette version du programme.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>The item is already %1.</source>
        <translation>L&apos;élément est déjà à l&apos;état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The item is %1: it cannot change any more.</source>
        <translation>L&apos;élément est à l&apos;état «&#xa0;%1&#xa0;»&#xa0;: il ne peut plus changer.</translation>
    </message>
    <message>
        <source>An item cannot go from %1 to %2.</source>
        <translation>Un élément ne peut pas passer de l&apos;état «&#xa0;%1&#xa0;» à l&apos;état «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Only the %1 may move an item from %2 to %3.</source>
        <translation>Seul le rôle «&#xa0;%1&#xa0;» peut faire passer un élément de l&apos;état «&#xa0;%2&#xa0;» à l&apos;état «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>A student may only change their own proposals.</source>
        <translation>Un étudiant ne peut modifier que ses propres propositions.</translation>
    </message>
    <message>
        <source>Moving an item to %1 needs a comment that tells the student why.</source>
        <translation>Faire passer un élément à l&apos;état «&#xa0;%1&#xa0;» demande un commentaire qui en donne la raison à l&apos;étudiant.</translation>
    </message>
    <message>
        <source>The agreement must be sent for signature and signed before the placement starts.</source>
        <translation>La convention doit être envoyée pour signature et signée avant le début du stage.</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) of the agreement are missing: record every signature first.</source>
        <translation>
            <numerusform>Il manque %n signature de la convention&#xa0;: enregistrez d&apos;abord toutes les signatures.</numerusform>
            <numerusform>Il manque %n signatures de la convention&#xa0;: enregistrez d&apos;abord toutes les signatures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The item cannot be %1 while %n error(s) remain (%2): fix them, or the advisor overrides them with a written reason.</source>
        <translation>
            <numerusform>L&apos;élément ne peut pas passer à l&apos;état «&#xa0;%1&#xa0;» tant qu&apos;il reste %n erreur (%2)&#xa0;: corrigez-la, ou le responsable pédagogique y déroge avec une justification écrite.</numerusform>
            <numerusform>L&apos;élément ne peut pas passer à l&apos;état «&#xa0;%1&#xa0;» tant qu&apos;il reste %n erreurs (%2)&#xa0;: corrigez-les, ou le responsable pédagogique y déroge avec une justification écrite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the advisor may override a rule.</source>
        <translation>Seul le responsable pédagogique peut déroger à une règle.</translation>
    </message>
    <message>
        <source>The proposal is %1: only a draft or a proposal sent back for changes can be edited by the student.</source>
        <translation>La proposition est à l&apos;état «&#xa0;%1&#xa0;»&#xa0;: l&apos;étudiant ne peut modifier qu&apos;un brouillon ou une proposition renvoyée pour modifications.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumis</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>modifications demandées</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>sent for signature</source>
        <translation>envoyé pour signature</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Could not undo or redo &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;annuler ou de rétablir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2 has changed since (another person&apos;s change).</source>
        <translation>%1 %2 a changé entre-temps (modification d&apos;une autre personne).</translation>
    </message>
</context>
<context>
    <name>YearComparison</name>
    <message>
        <source>The comparison was stopped.</source>
        <translation>La comparaison a été interrompue.</translation>
    </message>
</context>
<context>
    <name>interntrack::ActionController</name>
    <message>
        <source>&amp;Submit Proposal</source>
        <translation>&amp;Soumettre la proposition</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Request &amp;Changes…</source>
        <translation>Demander des &amp;modifications…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>&amp;Override Rule…</source>
        <translation>Accorder une &amp;dérogation…</translation>
    </message>
    <message>
        <source>S&amp;end for Signature</source>
        <translation>&amp;Envoyer pour signature</translation>
    </message>
    <message>
        <source>Record Signat&amp;ures…</source>
        <translation>Enregistrer les si&amp;gnatures…</translation>
    </message>
    <message>
        <source>Mar&amp;k Agreement Signed</source>
        <translation>Marquer la convention comme s&amp;ignée</translation>
    </message>
    <message>
        <source>S&amp;tart (In Progress)</source>
        <translation>&amp;Commencer (en cours)</translation>
    </message>
    <message>
        <source>Re&amp;port Received…</source>
        <translation>Ra&amp;pport reçu…</translation>
    </message>
    <message>
        <source>Proo&amp;f of Completion Received</source>
        <translation>Attestation de &amp;fin de stage reçue</translation>
    </message>
    <message>
        <source>Record &amp;Grade…</source>
        <translation>Enregistrer la &amp;note…</translation>
    </message>
    <message>
        <source>Mark Co&amp;mpleted…</source>
        <translation>Marquer comme &amp;terminé…</translation>
    </message>
    <message>
        <source>&amp;Validate…</source>
        <translation>&amp;Valider…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Item…</source>
        <translation>Ann&amp;uler l&apos;élément…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Send the proposal to the advisor.</source>
        <translation>Envoyer la proposition au responsable pédagogique.</translation>
    </message>
    <message>
        <source>Approve the proposal: the agreement can then be sent for signature.</source>
        <translation>Approuver la proposition&#xa0;: la convention peut ensuite être envoyée pour signature.</translation>
    </message>
    <message>
        <source>Send the proposal back to the student with a comment saying what to change.</source>
        <translation>Renvoyer la proposition à l&apos;étudiant avec un commentaire indiquant ce qu&apos;il faut modifier.</translation>
    </message>
    <message>
        <source>Reject the proposal, with a comment saying why.</source>
        <translation>Refuser la proposition, avec un commentaire qui en donne la raison.</translation>
    </message>
    <message>
        <source>Accept the item although a rule flags it, with a written reason.</source>
        <translation>Accepter l&apos;élément bien qu&apos;une règle le signale, avec un motif écrit.</translation>
    </message>
    <message>
        <source>The agreement has been sent to the four parties for signature.</source>
        <translation>La convention a été envoyée aux quatre parties pour signature.</translation>
    </message>
    <message>
        <source>Record who signed the agreement and when; the fourth signature makes it signed.</source>
        <translation>Enregistrer qui a signé la convention et quand&#xa0;; la quatrième signature la rend signée.</translation>
    </message>
    <message>
        <source>The agreement has come back signed.</source>
        <translation>La convention est revenue signée.</translation>
    </message>
    <message>
        <source>The placement or project has started.</source>
        <translation>Le stage ou le projet a commencé.</translation>
    </message>
    <message>
        <source>Attach the report (a PDF); its pages are counted from the file.</source>
        <translation>Joindre le rapport (un PDF)&#xa0;; ses pages sont comptées à partir du fichier.</translation>
    </message>
    <message>
        <source>The proof of completion signed by the host supervisor has been received.</source>
        <translation>L&apos;attestation de fin de stage signée par le tuteur a été reçue.</translation>
    </message>
    <message>
        <source>Record the TER&apos;s grade (0–20) given by its supervisors.</source>
        <translation>Enregistrer la note du TER (0–20) donnée par ses encadrants.</translation>
    </message>
    <message>
        <source>The placement or project is over.</source>
        <translation>Le stage ou le projet est terminé.</translation>
    </message>
    <message>
        <source>Validate the item: it counts towards the student&apos;s year.</source>
        <translation>Valider l&apos;élément&#xa0;: il compte pour l&apos;année de l&apos;étudiant.</translation>
    </message>
    <message>
        <source>Cancel the item: it stops here.</source>
        <translation>Annuler l&apos;élément&#xa0;: il s&apos;arrête ici.</translation>
    </message>
    <message>
        <source>Every change of the item, its workflow steps and overrides: who, when, what.</source>
        <translation>Chaque modification de l&apos;élément, ses étapes de validation et ses dérogations&#xa0;: qui, quand, quoi.</translation>
    </message>
    <message>
        <source>%1
Not now: %2</source>
        <translation>%1
Pas maintenant&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Ouvrez d&apos;abord une base de données.</translation>
    </message>
    <message>
        <source>The year is still loading.</source>
        <translation>L&apos;année est encore en cours de chargement.</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>Sélectionnez d&apos;abord un élément.</translation>
    </message>
    <message>
        <source>Select an internship, a TER or a summer school first.</source>
        <translation>Sélectionnez d&apos;abord un stage, un TER ou une école d&apos;été.</translation>
    </message>
    <message>
        <source>%1 %2 is not in this year any more.</source>
        <translation>%1 %2 ne fait plus partie de cette année.</translation>
    </message>
    <message>
        <source>This database is open read-only: nothing can be changed.</source>
        <translation>Cette base de données est ouverte en lecture seule&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>An internship is signed when its four signatures are recorded: use Record Signatures.</source>
        <translation>Un stage est signé quand ses quatre signatures sont enregistrées&#xa0;: utilisez «&#xa0;Enregistrer les signatures&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) missing: record them first (Record Signatures).</source>
        <translation>
            <numerusform>Il manque %n signature&#xa0;: enregistrez-la d&apos;abord (Enregistrer les signatures).</numerusform>
            <numerusform>Il manque %n signatures&#xa0;: enregistrez-les d&apos;abord (Enregistrer les signatures).</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is %2: it cannot change any more.</source>
        <translation>L&apos;élément (%1) est à l&apos;état «&#xa0;%2&#xa0;»&#xa0;: il ne peut plus changer.</translation>
    </message>
    <message>
        <source>No open error or warning to override on this %1.</source>
        <translation>Aucune erreur ni aucun avertissement ouvert qui appelle une dérogation sur cet élément (%1).</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Ouverts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signatures are recorded for an internship&apos;s agreement.</source>
        <translation>Les signatures s&apos;enregistrent pour la convention d&apos;un stage.</translation>
    </message>
    <message>
        <source>Only the secretariat or the advisor records signatures.</source>
        <translation>Seul le secrétariat ou le responsable pédagogique enregistre les signatures.</translation>
    </message>
    <message>
        <source>Signatures are recorded once the proposal is approved (it is %1).</source>
        <translation>Les signatures sont enregistrées une fois la proposition approuvée (elle est à l&apos;état «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) missing.</source>
        <translation>
            <numerusform>Il manque %n signature.</numerusform>
            <numerusform>Il manque %n signatures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports are attached to internships, TERs and summer schools.</source>
        <translation>Les rapports se joignent aux stages, aux TER et aux écoles d&apos;été.</translation>
    </message>
    <message>
        <source>Only the secretariat or the advisor records a report received.</source>
        <translation>Seul le secrétariat ou le responsable pédagogique enregistre la réception d&apos;un rapport.</translation>
    </message>
    <message>
        <source>A report is received once the %1 is under way (it is %2).</source>
        <translation>Un rapport se reçoit une fois l&apos;élément (%1) commencé (il est à l&apos;état «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message numerus="yes">
        <source>A report of %n page(s) is recorded.</source>
        <translation>
            <numerusform>Un rapport de %n page est enregistré.</numerusform>
            <numerusform>Un rapport de %n pages est enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>A proof of completion is received for an internship.</source>
        <translation>Une attestation de fin de stage se reçoit pour un stage.</translation>
    </message>
    <message>
        <source>Only the secretariat or the advisor records the proof of completion.</source>
        <translation>Seul le secrétariat ou le responsable pédagogique enregistre l&apos;attestation de fin de stage.</translation>
    </message>
    <message>
        <source>The proof of completion comes at the end of the internship (it is %1).</source>
        <translation>L&apos;attestation de fin de stage arrive à la fin du stage (il est à l&apos;état «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>Only a TER is graded (internships are not).</source>
        <translation>Seul un TER est noté (les stages ne le sont pas).</translation>
    </message>
    <message>
        <source>Only the advisor records grades.</source>
        <translation>Seul le responsable pédagogique enregistre les notes.</translation>
    </message>
    <message>
        <source>A TER is graded once it is under way or completed (it is %1).</source>
        <translation>Un TER est noté une fois commencé ou terminé (il est à l&apos;état «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>Recorded: %1/20.</source>
        <translation>Enregistrée&#xa0;: %1/20.</translation>
    </message>
    <message>
        <source>A %1 has no workflow: select an internship, a TER or a summer school.</source>
        <translation>Un élément de type «&#xa0;%1&#xa0;» n&apos;a pas de circuit de validation&#xa0;: sélectionnez un stage, un TER ou une école d&apos;été.</translation>
    </message>
    <message numerus="yes">
        <source>Fix or override the %n error(s) first: %1.</source>
        <translation>
            <numerusform>Corrigez d&apos;abord %n erreur, ou accordez-lui une dérogation&#xa0;: %1.</numerusform>
            <numerusform>Corrigez d&apos;abord les %n erreurs, ou accordez-leur une dérogation&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the student or the advisor submits a proposal.</source>
        <translation>Seul l&apos;étudiant ou le responsable pédagogique soumet une proposition.</translation>
    </message>
    <message>
        <source>Only the advisor approves proposals.</source>
        <translation>Seul le responsable pédagogique approuve les propositions.</translation>
    </message>
    <message>
        <source>Only the advisor requests changes to a proposal.</source>
        <translation>Seul le responsable pédagogique demande des modifications à une proposition.</translation>
    </message>
    <message>
        <source>Only the advisor rejects proposals.</source>
        <translation>Seul le responsable pédagogique refuse les propositions.</translation>
    </message>
    <message>
        <source>Only the advisor validates.</source>
        <translation>Seul le responsable pédagogique valide.</translation>
    </message>
    <message>
        <source>Only the advisor cancels an item (a student may withdraw their own proposal before it is approved).</source>
        <translation>Seul le responsable pédagogique annule un élément (un étudiant peut retirer sa propre proposition avant qu&apos;elle soit approuvée).</translation>
    </message>
    <message>
        <source>Only the secretariat or the advisor moves the agreement along.</source>
        <translation>Seul le secrétariat ou le responsable pédagogique fait avancer la convention.</translation>
    </message>
    <message>
        <source>Only a draft or a proposal sent back for changes is submitted (this %1 is %2).</source>
        <translation>Seul un brouillon ou une proposition renvoyée pour modifications peut être soumis (%1 à l&apos;état «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Only a submitted proposal is approved (this %1 is %2).</source>
        <translation>Seule une proposition soumise peut être approuvée (%1 à l&apos;état «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Changes are requested on a submitted or approved proposal (this %1 is %2).</source>
        <translation>Des modifications se demandent sur une proposition soumise ou approuvée (%1 à l&apos;état «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Only a submitted proposal is rejected (this %1 is %2).</source>
        <translation>Seule une proposition soumise peut être refusée (%1 à l&apos;état «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>The agreement is sent for signature once the proposal is approved (this %1 is %2).</source>
        <translation>La convention est envoyée pour signature une fois la proposition approuvée (%1 à l&apos;état «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Only an agreement sent for signature comes back signed (this %1 is %2).</source>
        <translation>Seule une convention envoyée pour signature peut revenir signée (%1 à l&apos;état «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>A %1 starts once it is approved and, with an agreement, signed (it is %2).</source>
        <translation>Un élément (%1) commence une fois approuvé et, s&apos;il a une convention, signé (il est à l&apos;état «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Only a %1 in progress is marked completed (it is %2).</source>
        <translation>Seul un élément en cours (%1) peut être marqué comme terminé (il est à l&apos;état «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Only a completed %1 is validated (it is %2).</source>
        <translation>Seul un élément terminé (%1) peut être validé (il est à l&apos;état «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Not possible while the %1 is %2.</source>
        <translation>Impossible tant que l&apos;élément (%1) est à l&apos;état «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Introuvable&#xa0;: %1 %2.</translation>
    </message>
    <message>
        <source>There is no internship %1.</source>
        <translation>Le stage %1 est introuvable.</translation>
    </message>
    <message>
        <source>There is no TER %1.</source>
        <translation>Le TER %1 est introuvable.</translation>
    </message>
    <message>
        <source>Not Possible</source>
        <translation>Impossible</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>Accorder une &amp;dérogation…</translation>
    </message>
</context>
<context>
    <name>interntrack::CommentDialog</name>
    <message>
        <source>Request Changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <source>The proposal goes back to the student, with your comment: say what to change.</source>
        <translation>La proposition retourne à l&apos;étudiant, avec votre commentaire&#xa0;: indiquez ce qu&apos;il faut modifier.</translation>
    </message>
    <message>
        <source>&amp;Request changes</source>
        <translation>&amp;Demander des modifications</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>A rejected proposal cannot change any more: the student must make a new one. Say why it is rejected.</source>
        <translation>Une proposition refusée ne peut plus changer&#xa0;: l&apos;étudiant doit en faire une nouvelle. Indiquez pourquoi elle est refusée.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Mark Completed</source>
        <translation>Marquer comme terminé</translation>
    </message>
    <message>
        <source>The %1 is over. The proof of completion and the report are checked when it is validated.</source>
        <translation>L&apos;élément (%1) est terminé. L&apos;attestation de fin de stage et le rapport sont vérifiés lors de sa validation.</translation>
    </message>
    <message>
        <source>&amp;Mark completed</source>
        <translation>&amp;Marquer comme terminé</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Validating closes the %1: it counts towards the student&apos;s year and cannot change any more.</source>
        <translation>La validation clôt l&apos;élément (%1)&#xa0;: il compte pour l&apos;année de l&apos;étudiant et ne peut plus changer.</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Annulation&#xa0;: %1</translation>
    </message>
    <message>
        <source>A cancelled %1 cannot change any more (Edit ▸ Undo brings it back while the program is open).</source>
        <translation>Un élément annulé (%1) ne peut plus changer (Édition ▸ Annuler le rétablit tant que le programme est ouvert).</translation>
    </message>
    <message>
        <source>Cancel the %1</source>
        <translation>Annuler l&apos;élément (%1)</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Passer à l&apos;état «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The %1 moves to &quot;%2&quot;.</source>
        <translation>L&apos;élément (%1) passe à l&apos;état «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Changer d&apos;état</translation>
    </message>
    <message>
        <source>What the student should know (required)</source>
        <translation>Ce que l&apos;étudiant doit savoir (obligatoire)</translation>
    </message>
    <message>
        <source>A note kept with the step (optional)</source>
        <translation>Une note conservée avec l&apos;étape (facultatif)</translation>
    </message>
    <message>
        <source>Comment (required)</source>
        <translation>Commentaire (obligatoire)</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Comment (required):</source>
        <translation>C&amp;ommentaire (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>C&amp;ommentaire (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <source>Write why the proposal is rejected: a rejection needs a comment for the student.</source>
        <translation>Indiquez pourquoi la proposition est refusée&#xa0;: un refus demande un commentaire pour l&apos;étudiant.</translation>
    </message>
    <message>
        <source>Write what the student should change: a request for changes needs a comment.</source>
        <translation>Indiquez ce que l&apos;étudiant doit modifier&#xa0;: une demande de modifications demande un commentaire.</translation>
    </message>
</context>
<context>
    <name>interntrack::ConnectDialog</name>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Récents :</translation>
    </message>
    <message>
        <source>Connect to a Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Work on your programme&apos;s shared PostgreSQL database with your own login. The server decides your role and what you may see and change.</source>
        <translation>Travaillez sur la base de données PostgreSQL partagée de votre formation avec votre propre identifiant. Le serveur détermine votre rôle et ce que vous pouvez voir et modifier.</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>Serveurs récents</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
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
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Asked at each connection and never saved. Left empty, your ~/.pgpass file or PGPASSWORD gives it.</source>
        <translation>Demandé à chaque connexion et jamais enregistré. S&apos;il est laissé vide, votre fichier ~/.pgpass ou PGPASSWORD le fournit.</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Give the name or address of the server.</source>
        <translation>Indiquez le nom ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name or address.</source>
        <translation>« %1 » n&apos;est pas un nom ou une adresse de serveur.</translation>
    </message>
    <message>
        <source>Give the name of the database.</source>
        <translation>Indiquez le nom de la base de données.</translation>
    </message>
    <message>
        <source>A database name cannot contain &quot;/&quot;.</source>
        <translation>Un nom de base de données ne peut pas contenir « / ».</translation>
    </message>
    <message>
        <source>Give your login.</source>
        <translation>Indiquez votre identifiant.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>interntrack::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Étudiants</translation>
    </message>
    <message>
        <source>Placed (%1)</source>
        <translation>Placés (%1)</translation>
    </message>
    <message>
        <source>Not placed (%1)</source>
        <translation>Non placés (%1)</translation>
    </message>
    <message>
        <source>Placed: %1
Not placed: %2</source>
        <translation>Placés : %1
Non placés : %2</translation>
    </message>
    <message>
        <source>Students placed</source>
        <translation>Étudiants placés</translation>
    </message>
    <message>
        <source>Students by state</source>
        <translation>Étudiants par état</translation>
    </message>
    <message>
        <source>others</source>
        <translation>autres</translation>
    </message>
    <message>
        <source>Findings by rule</source>
        <translation>Constats par règle</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Internships starting per week</source>
        <translation>Débuts de stage par semaine</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Completion proofs</source>
        <translation>Attestations de fin de stage</translation>
    </message>
    <message>
        <source>Internship reports</source>
        <translation>Rapports de stage</translation>
    </message>
    <message>
        <source>Summer school reports</source>
        <translation>Rapports d&apos;école d&apos;été</translation>
    </message>
    <message>
        <source>Seminar paragraphs</source>
        <translation>Paragraphes de séminaire</translation>
    </message>
    <message>
        <source>Deliverables owed</source>
        <translation>Livrables dus</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>%1–%2 €</source>
        <translation>%1–%2 €</translation>
    </message>
    <message>
        <source>Monthly gratification</source>
        <translation>Gratification mensuelle</translation>
    </message>
    <message>
        <source>%1-W%2</source>
        <translation>%1-S%2</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
    <message>
        <source>Year comparison</source>
        <translation>Comparaison des années</translation>
    </message>
    <message>
        <source>Comparing the years…</source>
        <translation>Comparaison des années…</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placés</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open errors</source>
        <translation>Erreurs ouvertes</translation>
    </message>
    <message>
        <source>Mean monthly gratification</source>
        <translation>Gratification mensuelle moyenne</translation>
    </message>
    <message>
        <source>%1 (shown)</source>
        <translation>%1 (affichée)</translation>
    </message>
    <message>
        <source>%1 as it ended</source>
        <translation>%1 à sa clôture</translation>
    </message>
    <message>
        <source>Past years are counted as they stood on their last day: %1.</source>
        <translation>Les années passées sont comptées telles qu&apos;elles étaient à leur dernier jour : %1.</translation>
    </message>
</context>
<context>
    <name>interntrack::DateField</name>
    <message>
        <source>Whether the date is known</source>
        <translation>Indique si la date est connue</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1&#xa0;: renseigné</translation>
    </message>
</context>
<context>
    <name>interntrack::DocumentsPage</name>
    <message>
        <source>No internship is in the scope chosen: there is nothing to write.</source>
        <translation>Aucun stage dans le périmètre choisi : il n&apos;y a rien à écrire.</translation>
    </message>
    <message>
        <source>Folder for the Agreements</source>
        <translation>Dossier des conventions</translation>
    </message>
    <message>
        <source>Folder for the Certificates</source>
        <translation>Dossier des attestations</translation>
    </message>
    <message>
        <source>Folder for the Reminders</source>
        <translation>Dossier des relances</translation>
    </message>
    <message>
        <source>Save the List</source>
        <translation>Enregistrer la liste</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the Calendar</source>
        <translation>Enregistrer le calendrier</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Writing the agreements…</source>
        <translation>Génération des conventions…</translation>
    </message>
    <message>
        <source>Writing the certificates…</source>
        <translation>Génération des attestations…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture en cours…</translation>
    </message>
    <message>
        <source>Stop After This File</source>
        <translation>Arrêter après ce fichier</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n agreement(s) written to %1 before you stopped.</source>
        <translation>
            <numerusform>Arrêté : %n convention écrite dans %1 avant l&apos;arrêt.</numerusform>
            <numerusform>Arrêté : %n conventions écrites dans %1 avant l&apos;arrêt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) written to %1.</source>
        <translation>
            <numerusform>%n convention écrite dans %1.</numerusform>
            <numerusform>%n conventions écrites dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n certificate(s) written to %1 before you stopped.</source>
        <translation>
            <numerusform>Arrêté : %n attestation écrite dans %1 avant l&apos;arrêt.</numerusform>
            <numerusform>Arrêté : %n attestations écrites dans %1 avant l&apos;arrêt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to %1.</source>
        <translation>
            <numerusform>%n attestation écrite dans %1.</numerusform>
            <numerusform>%n attestations écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list was written to %1.</source>
        <translation>La liste a été écrite dans %1.</translation>
    </message>
    <message>
        <source>The calendar was written to %1.</source>
        <translation>Le calendrier a été écrit dans %1.</translation>
    </message>
    <message>
        <source>No student in the scope has anything missing: no reminder was written to %1.</source>
        <translation>Aucun étudiant du périmètre n&apos;a d&apos;élément manquant : aucune relance n&apos;a été écrite dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) written to %1: open them in your mail program to send them.</source>
        <translation>
            <numerusform>%n relance écrite dans %1 : ouvrez-la dans votre messagerie pour l&apos;envoyer.</numerusform>
            <numerusform>%n relances écrites dans %1 : ouvrez-les dans votre messagerie pour les envoyer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is missing for %1: there is no reminder to send.</source>
        <translation>Rien ne manque pour %1 : il n&apos;y a pas de relance à envoyer.</translation>
    </message>
    <message>
        <source>%1 has no email address: add one on the student&apos;s card first.</source>
        <translation>%1 n&apos;a pas d&apos;adresse e-mail : ajoutez-en une d&apos;abord sur la fiche de l&apos;étudiant.</translation>
    </message>
    <message>
        <source>The student selected on the Students page (none is selected)</source>
        <translation>L&apos;étudiant sélectionné dans la page Étudiants (aucun n&apos;est sélectionné)</translation>
    </message>
    <message>
        <source>Only %1, selected on the Students page</source>
        <translation>Seulement %1, sélectionné dans la page Étudiants</translation>
    </message>
    <message numerus="yes">
        <source>The whole year (%n student(s))</source>
        <translation>
            <numerusform>Toute l&apos;année (%n étudiant)</numerusform>
            <numerusform>Toute l&apos;année (%n étudiants)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreements and certificates: %n internship(s) of %1.</source>
        <translation>
            <numerusform>Conventions et attestations : %n stage de %1.</numerusform>
            <numerusform>Conventions et attestations : %n stages de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n étudiant</numerusform>
            <numerusform>%n étudiants</numerusform>
        </translation>
    </message>
    <message>
        <source>For Whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Only internships approved or later (agreements and certificates)</source>
        <translation>Seulement les stages approuvés ou à un stade ultérieur (conventions et attestations)</translation>
    </message>
    <message>
        <source>&amp;Language of documents and reminders:</source>
        <translation>&amp;Langue des documents et des relances :</translation>
    </message>
    <message>
        <source>&amp;Format of agreements and certificates:</source>
        <translation>&amp;Format des conventions et des attestations :</translation>
    </message>
    <message>
        <source>PDF (to print or sign)</source>
        <translation>PDF (à imprimer ou à signer)</translation>
    </message>
    <message>
        <source>ODT (to edit in LibreOffice or Word)</source>
        <translation>ODT (à modifier dans LibreOffice ou Word)</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <source>One internship agreement (convention de stage) per internship, filled in from the database, ready to print and sign by the four parties.</source>
        <translation>Une convention de stage par stage, remplie à partir de la base de données, prête à être imprimée et signée par les quatre parties.</translation>
    </message>
    <message>
        <source>&amp;Academic advisor who signs:</source>
        <translation>&amp;Responsable pédagogique signataire :</translation>
    </message>
    <message>
        <source>Name printed on the agreements</source>
        <translation>Nom imprimé sur les conventions</translation>
    </message>
    <message>
        <source>&amp;Generate Agreements…</source>
        <translation>&amp;Générer les conventions…</translation>
    </message>
    <message>
        <source>Completion Certificates</source>
        <translation>Attestations de stage</translation>
    </message>
    <message>
        <source>One certificate (attestation de stage) per internship: the dates, the effective duration and the gratification paid, for the host to sign.</source>
        <translation>Une attestation de stage par stage : les dates, la durée effective et la gratification versée, à faire signer par l&apos;organisme d&apos;accueil.</translation>
    </message>
    <message>
        <source>Generate &amp;Certificates…</source>
        <translation>Générer les &amp;attestations…</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>A list to print or to open in a spreadsheet, in the language of the interface.</source>
        <translation>Une liste à imprimer ou à ouvrir dans un tableur, dans la langue de l&apos;interface.</translation>
    </message>
    <message>
        <source>L&amp;ist:</source>
        <translation>L&amp;iste :</translation>
    </message>
    <message>
        <source>Where each student stands</source>
        <translation>Où en est chaque étudiant</translation>
    </message>
    <message>
        <source>Deliverables still owed</source>
        <translation>Rendus encore dus</translation>
    </message>
    <message>
        <source>TER grades</source>
        <translation>Notes de TER</translation>
    </message>
    <message>
        <source>F&amp;ile type:</source>
        <translation>T&amp;ype de fichier :</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (tableur)</translation>
    </message>
    <message>
        <source>PDF (to print)</source>
        <translation>PDF (à imprimer)</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>Semicolon ; (Excel in French)</source>
        <translation>Point-virgule ; (Excel en français)</translation>
    </message>
    <message>
        <source>Comma , (Excel in English)</source>
        <translation>Virgule , (Excel en anglais)</translation>
    </message>
    <message>
        <source>Generate &amp;List…</source>
        <translation>Générer la &amp;liste…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Every deadline of the students (proposals, signatures, start and end, reports) as an iCalendar file that Outlook, Thunderbird or Google Calendar import.</source>
        <translation>Toutes les échéances des étudiants (propositions, signatures, début et fin, rapports) dans un fichier iCalendar qu&apos;Outlook, Thunderbird ou Google Agenda savent importer.</translation>
    </message>
    <message>
        <source>Generate Ca&amp;lendar…</source>
        <translation>Générer le ca&amp;lendrier…</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>An email draft to each student who has something missing or late (a proposal, signatures, a report, seminars), saved as .eml files that your mail program opens, ready to send. For the selected student, open it in your mail program at once.</source>
        <translation>Un brouillon de courriel pour chaque étudiant à qui il manque quelque chose ou qui est en retard (une proposition, des signatures, un rapport, des séminaires), enregistré en fichiers .eml que votre messagerie ouvre, prêts à envoyer. Pour l&apos;étudiant sélectionné, l&apos;ouvrir directement dans votre messagerie.</translation>
    </message>
    <message>
        <source>Generate &amp;Reminders…</source>
        <translation>Générer les &amp;relances…</translation>
    </message>
    <message>
        <source>&amp;Email the Selected Student…</source>
        <translation>Écrire à l&apos;étudiant &amp;sélectionné…</translation>
    </message>
    <message>
        <source>Select the student on the Students page, then choose “Only …, selected on the Students page” above.</source>
        <translation>Sélectionnez l&apos;étudiant dans la page Étudiants, puis choisissez « Seulement …, sélectionné dans la page Étudiants » ci-dessus.</translation>
    </message>
    <message>
        <source>&amp;Open the Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message numerus="yes">
        <source>Certificates: %n internship(s) of %1.</source>
        <translation>
            <numerusform>Attestations : %n stage de %1.</numerusform>
            <numerusform>Attestations : %n stages de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only internships approved or later (certificates)</source>
        <translation>Seulement les stages approuvés ou à un stade ultérieur (attestations)</translation>
    </message>
    <message>
        <source>%1: grades</source>
        <translation>%1 : notes</translation>
    </message>
</context>
<context>
    <name>interntrack::GradeDialog</name>
    <message>
        <source>&amp;No grade (remove the one recorded)</source>
        <translation>&amp;Pas de note (retirer celle qui est enregistrée)</translation>
    </message>
    <message>
        <source>Record Grade</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>The grade the supervising researchers give the TER. A TER is validated once its report is received and its grade recorded.</source>
        <translation>La note que les chercheurs encadrants donnent au TER. Un TER est validé une fois son rapport reçu et sa note enregistrée.</translation>
    </message>
    <message>
        <source>Grade out of %1</source>
        <translation>Note sur %1</translation>
    </message>
    <message>
        <source> / %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Give the grade by quarter points (e.g. 13.25, 13.5).</source>
        <translation>Donnez la note au quart de point près (par exemple 13,25 ou 13,5).</translation>
    </message>
    <message>
        <source>This is the grade already recorded.</source>
        <translation>C&apos;est la note déjà enregistrée.</translation>
    </message>
    <message>
        <source>Give the grade.</source>
        <translation>Donnez la note.</translation>
    </message>
    <message>
        <source>The grade will be removed: the TER cannot be validated without one.</source>
        <translation>La note sera retirée&#xa0;: le TER ne peut pas être validé sans note.</translation>
    </message>
</context>
<context>
    <name>interntrack::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>interntrack::HistoryView</name>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Changes and workflow steps, newest first</source>
        <translation>Modifications et étapes de validation, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>&amp;Changes and workflow steps, newest first:</source>
        <translation>&amp;Modifications et étapes de validation, les plus récentes d&apos;abord&#xa0;:</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidée par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Rules overridden by the advisor</source>
        <translation>Règles ayant fait l&apos;objet d&apos;une dérogation du responsable pédagogique</translation>
    </message>
    <message>
        <source>Rules &amp;overridden by the advisor:</source>
        <translation>Règles ayant fait l&apos;objet d&apos;une &amp;dérogation du responsable pédagogique&#xa0;:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>No item selected.</source>
        <translation>Aucun élément sélectionné.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>History of %1: %2</source>
        <translation>Historique de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>L&apos;historique ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>No change has been recorded for this item yet.</source>
        <translation>Aucune modification n&apos;a encore été enregistrée pour cet élément.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>No rule is overridden on this item.</source>
        <translation>Aucune dérogation n&apos;a été accordée sur cet élément.</translation>
    </message>
</context>
<context>
    <name>interntrack::InternshipEditor</name>
    <message>
        <source>Does research in AI, machine learning or data science</source>
        <translation>Mène des recherches en IA, en apprentissage automatique ou en science des données</translation>
    </message>
    <message>
        <source>Completed during the previous summer, to be validated</source>
        <translation>Effectué l&apos;été précédent, à valider</translation>
    </message>
    <message>
        <source>Completion proof signed by the tutor received</source>
        <translation>Attestation de fin de stage signée par le tuteur reçue</translation>
    </message>
    <message>
        <source>Lab or company, e.g. Inria Saclay</source>
        <translation>Laboratoire ou entreprise, par exemple Inria Saclay</translation>
    </message>
    <message>
        <source>The host&apos;s supervisor of the intern</source>
        <translation>Le tuteur du stagiaire dans l&apos;organisme d&apos;accueil</translation>
    </message>
    <message>
        <source> h a week</source>
        <translation> h par semaine</translation>
    </message>
    <message>
        <source>Gratification amount</source>
        <translation>Montant de la gratification</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>an hour</source>
        <translation>de l&apos;heure</translation>
    </message>
    <message>
        <source>Gratification paid per</source>
        <translation>Gratification versée par</translation>
    </message>
    <message>
        <source>Student and host</source>
        <translation>Étudiant et organisme d&apos;accueil</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Étudiant&#xa0;:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Organisme d&apos;accueil&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of host:</source>
        <translation>Type d&apos;organisme&#xa0;:</translation>
    </message>
    <message>
        <source>AI research:</source>
        <translation>Recherche en IA&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Weekly hours:</source>
        <translation>Heures par semaine&#xa0;:</translation>
    </message>
    <message>
        <source>Work days:</source>
        <translation>Jours travaillés&#xa0;:</translation>
    </message>
    <message>
        <source>Absences:</source>
        <translation>Absences&#xa0;:</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Submitted on:</source>
        <translation>Soumis le&#xa0;:</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>Signatures&#xa0;:</translation>
    </message>
    <message>
        <source>Gratification:</source>
        <translation>Gratification&#xa0;:</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Fin de stage</translation>
    </message>
    <message>
        <source>Previous summer:</source>
        <translation>Été précédent&#xa0;:</translation>
    </message>
    <message>
        <source>Proof:</source>
        <translation>Attestation&#xa0;:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Absence days</source>
        <translation>Jours d&apos;absence</translation>
    </message>
    <message>
        <source>Absence day to add</source>
        <translation>Jour d&apos;absence à ajouter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the absence day</source>
        <translation>Ajouter le jour d&apos;absence</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected absence days</source>
        <translation>Retirer les jours d&apos;absence sélectionnés</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Days counted from</source>
        <translation>Jours comptés à partir du</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Full-time-equivalent weeks</source>
        <translation>Semaines en équivalent temps plein</translation>
    </message>
    <message>
        <source>Minimum gratification a month</source>
        <translation>Gratification minimale par mois</translation>
    </message>
    <message>
        <source>Minimum gratification in total</source>
        <translation>Gratification minimale au total</translation>
    </message>
    <message numerus="yes">
        <source>Proposal due (start − %n month(s))</source>
        <translation>
            <numerusform>Proposition attendue (début − %n mois)</numerusform>
            <numerusform>Proposition attendue (début − %n mois)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>%1 of 4 recorded</source>
        <translation>%1 sur 4 enregistrées</translation>
    </message>
    <message>
        <source>student</source>
        <translation>étudiant</translation>
    </message>
    <message>
        <source>host</source>
        <translation>organisme d&apos;accueil</translation>
    </message>
    <message>
        <source>tutor</source>
        <translation>tuteur</translation>
    </message>
    <message>
        <source>university</source>
        <translation>université</translation>
    </message>
    <message>
        <source>Signatures are recorded with Actions ▸ Record signature, not typed here.</source>
        <translation>Les signatures s&apos;enregistrent avec Actions ▸ Enregistrer les signatures&#xa0;; elles ne se saisissent pas ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), from the attached PDF</source>
        <translation>
            <numerusform>%n page, d&apos;après le PDF joint</numerusform>
            <numerusform>%n pages, d&apos;après le PDF joint</numerusform>
        </translation>
    </message>
    <message>
        <source>No report attached yet</source>
        <translation>Aucun rapport joint pour l&apos;instant</translation>
    </message>
    <message>
        <source>The page count is read from the report&apos;s PDF when it is attached.</source>
        <translation>Le nombre de pages est lu dans le PDF du rapport quand celui-ci est joint.</translation>
    </message>
    <message>
        <source>Choose the student.</source>
        <translation>Choisissez l&apos;étudiant.</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2): correct one of them.</source>
        <translation>La fin (%1) est antérieure au début (%2)&#xa0;: corrigez l&apos;une des deux dates.</translation>
    </message>
    <message>
        <source>The weekly hours cannot be negative.</source>
        <translation>Les heures par semaine ne peuvent pas être négatives.</translation>
    </message>
    <message>
        <source>Choose at least one work day.</source>
        <translation>Choisissez au moins un jour travaillé.</translation>
    </message>
    <message>
        <source>The gratification cannot be negative.</source>
        <translation>La gratification ne peut pas être négative.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Set the start and the end to see the figures.</source>
        <translation>Indiquez le début et la fin pour voir les chiffres.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled</source>
        <translation>
            <numerusform>%n prévu</numerusform>
            <numerusform>%n prévus</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n of presence (public holidays off)</source>
        <translation>
            <numerusform>%n de présence (jours fériés exclus)</numerusform>
            <numerusform>%n de présence (jours fériés exclus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost before the last signature</source>
        <translation>
            <numerusform>%n perdu avant la dernière signature</numerusform>
            <numerusform>%n perdus avant la dernière signature</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h scheduled, %2 h of presence</source>
        <translation>%1 h prévues, %2 h de présence</translation>
    </message>
    <message>
        <source>%1 (at least %2)</source>
        <translation>%1 (au moins %2)</translation>
    </message>
    <message>
        <source>%1 (%2 an hour)</source>
        <translation>%1 (%2 de l&apos;heure)</translation>
    </message>
    <message>
        <source>Not required (%1 months or less)</source>
        <translation>Non obligatoire (%1 mois ou moins)</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Non obligatoire</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>non requise</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>accepted the student</source>
        <translation>a accepté l&apos;étudiant</translation>
    </message>
    <message>
        <source>declined the student</source>
        <translation>a refusé l&apos;étudiant</translation>
    </message>
    <message>
        <source>The host&apos;s screening of the student</source>
        <translation>La sélection de l&apos;étudiant par la structure d&apos;accueil</translation>
    </message>
    <message>
        <source>Host&apos;s screening:</source>
        <translation>Sélection par la structure d&apos;accueil :</translation>
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
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouvel élément (%1)</translation>
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
        <translation>L&apos;identifiant d&apos;un élément enregistré ne change pas.</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>Modifier %1 %2</translation>
    </message>
    <message>
        <source>This database is open read-only: nothing can be changed.</source>
        <translation>Cette base de données est ouverte en lecture seule&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a student</source>
        <translation>Choisissez un étudiant</translation>
    </message>
    <message>
        <source>Give the %1 an id.</source>
        <translation>Donnez un identifiant à l&apos;élément (%1).</translation>
    </message>
    <message>
        <source>%1 is already the id of another %2: choose another one.</source>
        <translation>%1 est déjà l&apos;identifiant d&apos;un autre élément (%2)&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Information&#xa0;: %1</translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Dérogation accordée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
    <message>
        <source>Not saved: correct the input marked below.</source>
        <translation>Non enregistré&#xa0;: corrigez la saisie signalée ci-dessous.</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>Ajouter %1 %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Show Their Version</source>
        <translation>Afficher l&apos;autre version</translation>
    </message>
    <message>
        <source>Save again to replace their version with yours.</source>
        <translation>Enregistrez à nouveau pour remplacer l&apos;autre version par la vôtre.</translation>
    </message>
</context>
<context>
    <name>interntrack::ItemListPage</name>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer l&apos;élément (%1)</translation>
    </message>
    <message>
        <source>Delete %1 %2?

Edit ▸ Undo brings it back.</source>
        <translation>Supprimer %2 (%1)&#xa0;?

Édition ▸ Annuler le rétablit.</translation>
    </message>
    <message>
        <source>Delete the selected %1 (it can be undone)</source>
        <translation>Supprimer l&apos;élément sélectionné (%1)&#xa0;; cette opération peut être annulée</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base ouverte</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n TER(s)</source>
        <translation>
            <numerusform>%n TER</numerusform>
            <numerusform>%n TER</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation>
            <numerusform>%n sujet</numerusform>
            <numerusform>%n sujets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n internship(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n organisme d&apos;accueil</numerusform>
            <numerusform>%n organismes d&apos;accueil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n summer school(s)</source>
        <translation>
            <numerusform>%n école d&apos;été</numerusform>
            <numerusform>%n écoles d&apos;été</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seminar(s)</source>
        <translation>
            <numerusform>%n séminaire</numerusform>
            <numerusform>%n séminaires</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation>Affichage&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Search names, hosts, labs, subjects…</source>
        <translation>Rechercher noms, organismes d&apos;accueil, laboratoires, sujets…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>&amp;New TER…</source>
        <translation>&amp;Nouveau TER…</translation>
    </message>
    <message>
        <source>&amp;New internship…</source>
        <translation>&amp;Nouveau stage…</translation>
    </message>
    <message>
        <source>&amp;New summer school…</source>
        <translation>&amp;Nouvelle école d&apos;été…</translation>
    </message>
    <message>
        <source>&amp;New seminar…</source>
        <translation>&amp;Nouveau séminaire…</translation>
    </message>
    <message>
        <source>&amp;New TER on this subject…</source>
        <translation>&amp;Nouveau TER sur ce sujet…</translation>
    </message>
    <message>
        <source>&amp;Show its TERs</source>
        <translation>&amp;Afficher ses TER</translation>
    </message>
    <message>
        <source>&amp;New internship with this host…</source>
        <translation>&amp;Nouveau stage dans cet organisme…</translation>
    </message>
    <message>
        <source>&amp;Show its internships</source>
        <translation>&amp;Afficher ses stages</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Capacité dépassée</translation>
    </message>
    <message>
        <source>With internships this year</source>
        <translation>Avec des stages cette année</translation>
    </message>
    <message>
        <source>Not doing AI research</source>
        <translation>Sans recherche en IA</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Avec des erreurs</translation>
    </message>
    <message>
        <source>Missing report</source>
        <translation>Rapport manquant</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&amp;New %1…</source>
        <translation>&amp;Nouveau : %1…</translation>
    </message>
    <message>
        <source>&amp;New %1 on this subject…</source>
        <translation>&amp;Nouveau : %1 sur ce sujet…</translation>
    </message>
    <message>
        <source>&amp;Show its %1</source>
        <translation>&amp;Afficher l&apos;élément lié (%1)</translation>
    </message>
    <message>
        <source>&amp;New %1 with this host…</source>
        <translation>&amp;Nouveau : %1 avec cette structure d&apos;accueil…</translation>
    </message>
</context>
<context>
    <name>interntrack::ItemTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Étudiants</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Organisme d&apos;accueil</translation>
    </message>
    <message>
        <source>Summer school</source>
        <translation>École d&apos;été</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Encadrant</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tuteur</translation>
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
        <translation>Heures/semaine</translation>
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
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Taken / capacity</source>
        <translation>Inscrits / capacité</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Choisi par</translation>
    </message>
    <message>
        <source>AI research</source>
        <translation>Recherche en IA</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Tuteurs</translation>
    </message>
    <message>
        <source>Internships this year</source>
        <translation>Stages cette année</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>The students of the TERs on the subject, out of how many it takes</source>
        <translation>Les étudiants des TER sur ce sujet, rapportés au nombre qu&apos;il accueille</translation>
    </message>
    <message>
        <source>Signatures of the agreement recorded, out of four (student, host, tutor, university)</source>
        <translation>Signatures de la convention enregistrées, sur quatre (étudiant, organisme d&apos;accueil, tuteur, université)</translation>
    </message>
    <message>
        <source>What the host pays the intern</source>
        <translation>Ce que l&apos;organisme d&apos;accueil verse au stagiaire</translation>
    </message>
    <message>
        <source>In the programme&apos;s list of proposed summer schools</source>
        <translation>Dans la liste des écoles d&apos;été proposées par la formation</translation>
    </message>
    <message>
        <source>Does research in AI, machine learning or data science</source>
        <translation>Mène des recherches en IA, en apprentissage automatique ou en science des données</translation>
    </message>
    <message>
        <source>The internships of the academic year shown with this host</source>
        <translation>Les stages de l&apos;année universitaire affichée dans cet organisme d&apos;accueil</translation>
    </message>
    <message>
        <source>Open errors and warnings of the rules (overridden ones are not open)</source>
        <translation>Erreurs et avertissements ouverts des règles (ceux qui ont fait l&apos;objet d&apos;une dérogation ne sont pas ouverts)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Dérogation accordée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Info: %1</source>
        <translation>Information&#xa0;: %1</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Aucun constat</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n overridden</source>
        <translation>
            <numerusform>%n dérogation accordée</numerusform>
            <numerusform>%n dérogations accordées</numerusform>
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
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Challenge preparation</source>
        <translation>Préparation de challenge</translation>
    </message>
    <message>
        <source>Challenge solving</source>
        <translation>Résolution de challenge</translation>
    </message>
    <message>
        <source>Public lab</source>
        <translation>Laboratoire public</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>TERs</source>
        <translation>TER</translation>
    </message>
    <message>
        <source>TER subjects</source>
        <translation>Sujets de TER</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Hosts &amp; tutors</source>
        <translation>Organismes d&apos;accueil et tuteurs</translation>
    </message>
    <message>
        <source>Summer schools</source>
        <translation>Écoles d&apos;été</translation>
    </message>
    <message>
        <source>Seminars</source>
        <translation>Séminaires</translation>
    </message>
    <message>
        <source>Does research in AI</source>
        <translation>Mène des recherches en IA</translation>
    </message>
    <message>
        <source>Not recorded as doing research in AI</source>
        <translation>Pas enregistré comme menant des recherches en IA</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 / month</source>
        <translation>%1 / mois</translation>
    </message>
    <message>
        <source>%1 / hour</source>
        <translation>%1 / heure</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signée</translation>
    </message>
    <message>
        <source>%1/4</source>
        <translation>%1/4</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Université</translation>
    </message>
    <message>
        <source>%1, in Paris-Saclay</source>
        <translation>%1, à Paris-Saclay</translation>
    </message>
    <message>
        <source>%1, outside Paris-Saclay</source>
        <translation>%1, hors de Paris-Saclay</translation>
    </message>
    <message>
        <source>TER %1 (%2): %3</source>
        <translation>TER %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (sans limite)</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s); the subject takes any number</source>
        <translation>
            <numerusform>%n étudiant&#xa0;; le sujet en accueille un nombre illimité</numerusform>
            <numerusform>%n étudiants&#xa0;; le sujet en accueille un nombre illimité</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 · over capacity</source>
        <translation>%1/%2 · capacité dépassée</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) for a subject that takes %1: too many</source>
        <translation>
            <numerusform>%n étudiant pour un sujet qui en accueille %1&#xa0;: c&apos;est trop</numerusform>
            <numerusform>%n étudiants pour un sujet qui en accueille %1&#xa0;: c&apos;est trop</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Full: %n student(s)</source>
        <translation>
            <numerusform>Complet&#xa0;: %n étudiant</numerusform>
            <numerusform>Complet&#xa0;: %n étudiants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>%n place restante</numerusform>
            <numerusform>%n places restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>No TER on this subject yet</source>
        <translation>Aucun TER sur ce sujet pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1: %2 (%3), %4</source>
        <translation>%1&#xa0;: %2 (%3), %4</translation>
    </message>
    <message>
        <source>Not recorded as doing research in AI: an internship there needs the advisor&apos;s confirmation</source>
        <translation>Pas enregistré comme menant des recherches en IA&#xa0;: un stage dans cet organisme demande la confirmation du responsable pédagogique</translation>
    </message>
    <message>
        <source>No internship with this host this year</source>
        <translation>Aucun stage dans cet organisme d&apos;accueil cette année</translation>
    </message>
    <message>
        <source>%1 this year</source>
        <translation>%1 cette année</translation>
    </message>
    <message>
        <source>%1: subjects</source>
        <translation>%1 : sujets</translation>
    </message>
</context>
<context>
    <name>interntrack::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Choose the database file of a programme</source>
        <translation>Choisir le fichier de base d&apos;une formation</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About InternTrack</source>
        <translation>À &amp;propos d&apos;InternTrack</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Étudiants</translation>
    </message>
    <message>
        <source>The students of the year and where each stands on the year&apos;s requirements.</source>
        <translation>Les étudiants de l&apos;année, et où chacun en est des exigences de l&apos;année.</translation>
    </message>
    <message>
        <source>TERs</source>
        <translation>TER</translation>
    </message>
    <message>
        <source>Research projects (TER): subjects, labs, capacity and the students of each group.</source>
        <translation>Travaux d&apos;étude et de recherche (TER)&#xa0;: sujets, laboratoires, capacité et étudiants de chaque groupe.</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Internships: host, tutor, schedule, absences, signatures and gratification, with what the rules find in each.</source>
        <translation>Stages&#xa0;: organisme d&apos;accueil, tuteur, emploi du temps, absences, signatures et gratification, avec ce que les règles relèvent pour chacun.</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternatives</translation>
    </message>
    <message>
        <source>The alternatives to an internship: summer schools and seminars.</source>
        <translation>Les alternatives au stage&#xa0;: écoles d&apos;été et séminaires.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Internship agreements (convention de stage), completion certificates and lists, as PDF, ODT or CSV.</source>
        <translation>Conventions de stage, attestations de stage et listes, en PDF, ODT ou CSV.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>InternTrack</source>
        <translation>InternTrack</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base ouverte</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>InternTrack databases (*.interntrack *.sqlite *.db)</source>
        <translation>Bases InternTrack (*.interntrack *.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About InternTrack</source>
        <translation>À propos d&apos;InternTrack</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InternTrack %1&lt;/h3&gt;&lt;p&gt;Tracks the internships and research projects (TER) of a master&apos;s programme, and checks every plan against the programme&apos;s rules.&lt;/p&gt;&lt;p&gt;For the programme&apos;s advisor, its students and its secretariat.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InternTrack %1&lt;/h3&gt;&lt;p&gt;Suit les stages et les travaux d&apos;étude et de recherche (TER) d&apos;un master, et vérifie chaque projet au regard des règles de la formation.&lt;/p&gt;&lt;p&gt;Pour le responsable pédagogique de la formation, ses étudiants et son secrétariat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loading the academic year…</source>
        <translation>Chargement de l&apos;année universitaire…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>Create the database of a programme for an academic year</source>
        <translation>Créer la base d&apos;une formation pour une année universitaire</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>&amp;Fermer la base</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open database to another file</source>
        <translation>Écrire une copie cohérente de la base ouverte dans un autre fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>Rechercher dans la liste affichée</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;ctions</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Academic Advisor</source>
        <translation>&amp;Responsable pédagogique</translation>
    </message>
    <message>
        <source>Approve, request changes, reject, override rules, record grades, validate</source>
        <translation>Approuver, demander des modifications, refuser, accorder des dérogations aux règles, enregistrer les notes, valider</translation>
    </message>
    <message>
        <source>&amp;Secretariat</source>
        <translation>&amp;Secrétariat</translation>
    </message>
    <message>
        <source>Record signatures, reports and proofs; export documents</source>
        <translation>Enregistrer les signatures, les rapports et les attestations&#xa0;; exporter les documents</translation>
    </message>
    <message>
        <source>&amp;Who Am I…</source>
        <translation>&amp;Qui suis-je…</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Academic &amp;year:</source>
        <translation>&amp;Année universitaire&#xa0;:</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Année universitaire</translation>
    </message>
    <message>
        <source>Rules of the Year</source>
        <translation>Règles de l&apos;année</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>%1%2 — InternTrack</source>
        <translation>%1%2 — InternTrack</translation>
    </message>
    <message>
        <source>Database: %1%2</source>
        <translation>Base&#xa0;: %1%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your role decides what you may do: Role menu to change it.</source>
        <translation>Votre rôle détermine ce que vous pouvez faire&#xa0;: menu Rôle pour le changer.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Database closed.</source>
        <translation>Base fermée.</translation>
    </message>
    <message>
        <source>Back Up the Database</source>
        <translation>Sauvegarder la base</translation>
    </message>
    <message>
        <source>InternTrack databases (*.interntrack)</source>
        <translation>Bases InternTrack (*.interntrack)</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La sauvegarde a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegarde écrite dans %1.</translation>
    </message>
    <message>
        <source>You work as %1.</source>
        <translation>Vous travaillez en tant que %1.</translation>
    </message>
    <message>
        <source>&amp;Import Proposals…</source>
        <translation>&amp;Importer des propositions…</translation>
    </message>
    <message>
        <source>Import the proposal files students send (.%1); you can also drop them on the window</source>
        <translation>Importer les fichiers de proposition envoyés par les étudiants (.%1) ; vous pouvez aussi les déposer sur la fenêtre</translation>
    </message>
    <message>
        <source>Save &amp;Reply to the Student…</source>
        <translation>Enregistrer la &amp;réponse à l&apos;étudiant…</translation>
    </message>
    <message>
        <source>Write the decision on this proposal as a file for the student&apos;s InternTrack</source>
        <translation>Écrire la décision sur cette proposition dans un fichier pour l&apos;InternTrack de l&apos;étudiant</translation>
    </message>
    <message>
        <source>&amp;Email the Decision…</source>
        <translation>Envoyer la &amp;décision par courriel…</translation>
    </message>
    <message>
        <source>Open an email to the student with the decision and your comment</source>
        <translation>Ouvrir un courriel à l&apos;étudiant avec la décision et votre commentaire</translation>
    </message>
    <message>
        <source>&amp;Offers…</source>
        <translation>&amp;Offres…</translation>
    </message>
    <message>
        <source>The internship offers partner labs and companies sent: record them, export them for the students</source>
        <translation>Les offres de stage envoyées par les laboratoires et entreprises partenaires : les enregistrer, les exporter pour les étudiants</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Where the year stands: who is placed, the findings by rule, the internships starting each week, the deliverables owed and the gratifications.</source>
        <translation>Où en est l&apos;année : qui a trouvé un stage, les constats par règle, les stages qui commencent chaque semaine, les rendus dus et les gratifications.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Dashboard: not yet placed</source>
        <translation>Tableau de bord : pas encore de stage</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Tableau de bord : %1</translation>
    </message>
    <message>
        <source>no internship</source>
        <translation>aucun stage</translation>
    </message>
    <message>
        <source>Dashboard: rule %1</source>
        <translation>Tableau de bord : règle %1</translation>
    </message>
    <message>
        <source>Dashboard: owe %1</source>
        <translation>Tableau de bord : %1 à rendre</translation>
    </message>
    <message>
        <source>a proof of completion</source>
        <translation>un justificatif de fin de stage</translation>
    </message>
    <message>
        <source>an internship report</source>
        <translation>un rapport de stage</translation>
    </message>
    <message>
        <source>a summer school report</source>
        <translation>un rapport d&apos;école d&apos;été</translation>
    </message>
    <message>
        <source>a seminar paragraph</source>
        <translation>un paragraphe de séminaire</translation>
    </message>
    <message>
        <source>Dashboard: starting in week %1 of %2</source>
        <translation>Tableau de bord : début en semaine %1 de %2</translation>
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
        <translation>Frise</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
    <message>
        <source>Work on your programme&apos;s shared PostgreSQL database with your own login</source>
        <translation>Travailler sur la base de données PostgreSQL partagée de votre formation avec votre propre identifiant</translation>
    </message>
    <message>
        <source>%1: subjects, supervisors, capacity and the students of each group.</source>
        <translation>%1 : sujets, encadrants, capacité et étudiants de chaque groupe.</translation>
    </message>
    <message>
        <source>%1: host, supervisor, schedule and absences, with what the rules find in each.</source>
        <translation>%1 : structure d&apos;accueil, encadrant, planning et absences, avec ce que les règles relèvent pour chacun.</translation>
    </message>
    <message>
        <source>Completion certificates and lists, as PDF, ODT or CSV.</source>
        <translation>Attestations de stage et listes, en PDF, ODT ou CSV.</translation>
    </message>
    <message>
        <source>Server: %1%2</source>
        <translation>Serveur : %1%2</translation>
    </message>
    <message>
        <source>Your role decides what you may do; on a server, the server gives it to your login.</source>
        <translation>Votre rôle détermine ce que vous pouvez faire ; sur un serveur, c&apos;est le serveur qui l&apos;attribue à votre identifiant.</translation>
    </message>
    <message>
        <source>Connect to a Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (%3).</source>
        <translation>Connecté à %1 en tant que %2 (%3).</translation>
    </message>
    <message>
        <source>On a server, your role is the one the server gives your login (%1).</source>
        <translation>Sur un serveur, votre rôle est celui que le serveur attribue à votre identifiant (%1).</translation>
    </message>
    <message>
        <source>P&amp;rogramme:</source>
        <translation>F&amp;ormation :</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Add &amp;Programme…</source>
        <translation>Ajouter une &amp;formation…</translation>
    </message>
    <message>
        <source>Serve another programme from this database: its own years, rules and students</source>
        <translation>Servir une autre formation depuis cette base : ses propres années, règles et étudiants</translation>
    </message>
</context>
<context>
    <name>interntrack::NewDatabaseDialog</name>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Année universitaire</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de la base</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Academic year:</source>
        <translation>&amp;Année universitaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>InternTrack databases (*.interntrack)</source>
        <translation>Bases InternTrack (*.interntrack)</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>Choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name (to open it, use File &gt; Open).</source>
        <translation>%1 existe déjà&#xa0;: choisissez un autre nom (pour l&apos;ouvrir, utilisez Fichier &gt; Ouvrir).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The new database starts from the rules of that programme for that year; the advisor can change them in Settings.</source>
        <translation>La nouvelle base de données part des règles de cette formation pour cette année ; le responsable pédagogique peut les modifier dans Paramètres.</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Formation :</translation>
    </message>
</context>
<context>
    <name>interntrack::OfferEditDialog</name>
    <message>
        <source>New Offer</source>
        <translation>Nouvelle offre</translation>
    </message>
    <message>
        <source>Edit Offer</source>
        <translation>Modifier l&apos;offre</translation>
    </message>
    <message>
        <source>The host does research in AI, machine learning or data science</source>
        <translation>L&apos;organisme d&apos;accueil fait de la recherche en IA, apprentissage automatique ou science des données</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. NLP, Health</source>
        <translation>Séparés par des virgules, p. ex. TAL, Santé</translation>
    </message>
    <message>
        <source>Earliest start</source>
        <translation>Début au plus tôt</translation>
    </message>
    <message>
        <source>Latest start</source>
        <translation>Début au plus tard</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source> €/month</source>
        <translation> €/mois</translation>
    </message>
    <message>
        <source>Closed: takes no more applications</source>
        <translation>Fermée : n&apos;accepte plus de candidatures</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Organisme d&apos;accueil :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>To&amp;pics:</source>
        <translation>T&amp;hèmes :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Earliest start:</source>
        <translation>Dé&amp;but au plus tôt :</translation>
    </message>
    <message>
        <source>&amp;Latest start:</source>
        <translation>Début au plus t&amp;ard :</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>Du&amp;rée :</translation>
    </message>
    <message>
        <source>&amp;Gratification:</source>
        <translation>&amp;Gratification :</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>Co&amp;ntact :</translation>
    </message>
    <message>
        <source>Contact e&amp;mail:</source>
        <translation>Courri&amp;el du contact :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>Give the offer a title: it becomes the subject of the proposal.</source>
        <translation>Donnez un titre à l&apos;offre : il deviendra le sujet de la proposition.</translation>
    </message>
    <message>
        <source>The latest start is before the earliest start.</source>
        <translation>Le début au plus tard précède le début au plus tôt.</translation>
    </message>
    <message>
        <source>Give the earliest start too.</source>
        <translation>Indiquez aussi le début au plus tôt.</translation>
    </message>
    <message>
        <source>Correct what is said beside the fields to save the offer.</source>
        <translation>Corrigez ce qui est indiqué à côté des champs pour enregistrer l&apos;offre.</translation>
    </message>
</context>
<context>
    <name>interntrack::OffersDialog</name>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Applications (select an offer)</source>
        <translation>Candidatures (sélectionnez une offre)</translation>
    </message>
    <message numerus="yes">
        <source>Applications to the selected offer: %n</source>
        <translation>
            <numerusform>Candidature à l&apos;offre sélectionnée : %n</numerusform>
            <numerusform>Candidatures à l&apos;offre sélectionnée : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer &quot;%1&quot; added.</source>
        <translation>Offre « %1 » ajoutée.</translation>
    </message>
    <message>
        <source>Offer &quot;%1&quot; saved.</source>
        <translation>Offre « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Remove Offer</source>
        <translation>Supprimer l&apos;offre</translation>
    </message>
    <message numerus="yes">
        <source>Remove the offer &quot;%1&quot; and the %n application(s) to it?</source>
        <translation>
            <numerusform>Supprimer l&apos;offre « %1 » et %n candidature associée ?</numerusform>
            <numerusform>Supprimer l&apos;offre « %1 » et ses %n candidatures ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer &quot;%1&quot; removed.</source>
        <translation>Offre « %1 » supprimée.</translation>
    </message>
    <message>
        <source>Export the Offers for Students</source>
        <translation>Exporter les offres pour les étudiants</translation>
    </message>
    <message>
        <source>InternTrack offers (*%1)</source>
        <translation>Offres InternTrack (*%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) written to %1: send this file to the students.</source>
        <translation>
            <numerusform>%n offre écrite dans %1 : envoyez ce fichier aux étudiants.</numerusform>
            <numerusform>%n offres écrites dans %1 : envoyez ce fichier aux étudiants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offers of %1</source>
        <translation>Offres de %1</translation>
    </message>
    <message>
        <source>The internship offers that partner labs and companies sent for %1. Export them for the students: they browse them, apply, and turn an accepted offer into a proposal.</source>
        <translation>Les offres de stage envoyées par les laboratoires et entreprises partenaires pour %1. Exportez-les pour les étudiants : ils les consultent, y candidatent et transforment une offre acceptée en proposition.</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>E&amp;xport for Students…</source>
        <translation>E&amp;xporter pour les étudiants…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Applications to the selected offer</source>
        <translation>Candidatures à l&apos;offre sélectionnée</translation>
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
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>%1 €/month</source>
        <translation>%1 €/mois</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Organisme d&apos;accueil</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Gratification</source>
        <translation>Gratification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>interntrack::OffersPage</name>
    <message>
        <source>Offer #%1</source>
        <translation>Offre n° %1</translation>
    </message>
    <message>
        <source>Select an offer to apply to it.</source>
        <translation>Sélectionnez une offre pour y candidater.</translation>
    </message>
    <message>
        <source>This offer is closed: it takes no more applications.</source>
        <translation>Cette offre est fermée : elle n&apos;accepte plus de candidatures.</translation>
    </message>
    <message>
        <source>You already applied to this offer.</source>
        <translation>Vous avez déjà candidaté à cette offre.</translation>
    </message>
    <message>
        <source>You applied to &quot;%1&quot;.</source>
        <translation>Vous avez candidaté à « %1 ».</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>e.g. NLP, vision</source>
        <translation>p. ex. TAL, vision</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Title, host, city, description…</source>
        <translation>Titre, organisme d&apos;accueil, ville, description…</translation>
    </message>
    <message>
        <source>Starting &amp;from:</source>
        <translation>Début à partir &amp;du :</translation>
    </message>
    <message>
        <source>Starting from</source>
        <translation>Début à partir du</translation>
    </message>
    <message>
        <source>Starting &amp;until:</source>
        <translation>Début &amp;jusqu&apos;au :</translation>
    </message>
    <message>
        <source>Starting until</source>
        <translation>Début jusqu&apos;au</translation>
    </message>
    <message>
        <source>&amp;Open offers only</source>
        <translation>Offres &amp;ouvertes seulement</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Postuler</translation>
    </message>
    <message>
        <source>My applications</source>
        <translation>Mes candidatures</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
</context>
<context>
    <name>interntrack::OverrideDialog</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>Override a Rule</source>
        <translation>Accorder une dérogation à une règle</translation>
    </message>
    <message>
        <source>Rule to override</source>
        <translation>Règle faisant l&apos;objet de la dérogation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Why the item is acceptable although the rule flags it</source>
        <translation>Pourquoi l&apos;élément est acceptable bien que la règle le signale</translation>
    </message>
    <message>
        <source>The override is recorded with your name (%1) and today&apos;s date (%2), shown with the finding and kept in the item&apos;s history.</source>
        <translation>La dérogation est enregistrée avec votre nom (%1) et la date du jour (%2), affichée avec le constat et conservée dans l&apos;historique de l&apos;élément.</translation>
    </message>
    <message>
        <source>no name given</source>
        <translation>aucun nom indiqué</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Règle&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;eason (required):</source>
        <translation>&amp;Motif (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>What it says:</source>
        <translation>Ce qu&apos;elle signale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>Accorder la &amp;dérogation</translation>
    </message>
    <message>
        <source>This item has no open error or warning to override.</source>
        <translation>Cet élément n&apos;a aucune erreur ni aucun avertissement ouvert qui appelle une dérogation.</translation>
    </message>
    <message>
        <source>Nothing to override: the rules find no open error or warning.</source>
        <translation>Aucune dérogation possible&#xa0;: les règles ne relèvent aucune erreur ni aucun avertissement ouvert.</translation>
    </message>
    <message>
        <source>Write the reason: it is kept with the decision and shown to whoever reads the item.</source>
        <translation>Rédigez le motif&#xa0;: il est conservé avec la décision et montré à quiconque consulte l&apos;élément.</translation>
    </message>
</context>
<context>
    <name>interntrack::PlaceholderPage</name>
    <message>
        <source>This view is coming in a later version of InternTrack.</source>
        <translation>Cette vue arrive dans une prochaine version d&apos;InternTrack.</translation>
    </message>
</context>
<context>
    <name>interntrack::ProgrammeDialog</name>
    <message>
        <source>Add Programme</source>
        <translation>Ajouter une formation</translation>
    </message>
    <message>
        <source>Start from the profile</source>
        <translation>Partir du profil</translation>
    </message>
    <message>
        <source>Programme key</source>
        <translation>Clé de la formation</translation>
    </message>
    <message>
        <source>First academic year</source>
        <translation>Première année universitaire</translation>
    </message>
    <message>
        <source>The programme has its own academic years, rules and students in this database; hosts and tutors are shared. Its rules start from the profile&apos;s, and the advisor can change them in Settings. The key names the programme for interntrack-cli --programme.</source>
        <translation>La formation a ses propres années universitaires, règles et étudiants dans cette base ; les organismes d&apos;accueil et les tuteurs sont partagés. Ses règles partent de celles du profil, et le responsable peut les changer dans les Paramètres. La clé nomme la formation pour interntrack-cli --programme.</translation>
    </message>
    <message>
        <source>Start from the &amp;profile:</source>
        <translation>Partir du &amp;profil :</translation>
    </message>
    <message>
        <source>Programme &amp;key:</source>
        <translation>&amp;Clé de la formation :</translation>
    </message>
    <message>
        <source>First &amp;academic year:</source>
        <translation>Première &amp;année universitaire :</translation>
    </message>
    <message>
        <source>Give the programme a key, e.g. imperial-msc-ai.</source>
        <translation>Donnez une clé à la formation, p. ex. imperial-msc-ai.</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits and dashes only, starting with a letter or a digit.</source>
        <translation>Utilisez uniquement des lettres minuscules, des chiffres et des tirets, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>This database already holds a programme %1: choose another key.</source>
        <translation>Cette base contient déjà une formation %1 : choisissez une autre clé.</translation>
    </message>
</context>
<context>
    <name>interntrack::ProposalInbox</name>
    <message>
        <source>internship</source>
        <translation>stage</translation>
    </message>
    <message>
        <source>TER</source>
        <translation>TER</translation>
    </message>
    <message>
        <source>summer school</source>
        <translation>école d&apos;été</translation>
    </message>
    <message>
        <source>seminars</source>
        <translation>séminaires</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>proposition</translation>
    </message>
    <message>
        <source>Import Proposals</source>
        <translation>Importer des propositions</translation>
    </message>
    <message>
        <source>Student proposals (*.%1);;All files (*)</source>
        <translation>Propositions d&apos;étudiants (*.%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Reply</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <source>Replies to students (*.%1)</source>
        <translation>Réponses aux étudiants (*.%1)</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>%1 could not be read: %2
Nothing was imported.</source>
        <translation>Impossible de lire %1 : %2
Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is too large to be a proposal (%2 MB).
Nothing was imported.</source>
        <translation>%1 est trop volumineux pour être une proposition (%2 Mo).
Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is not a proposal InternTrack can read:
%2
Nothing was imported.</source>
        <translation>%1 n&apos;est pas une proposition lisible par InternTrack :
%2
Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>No student of %1 is %2 (%3). Add them as a new student and import their proposal?</source>
        <translation>Aucun étudiant de %1 ne correspond à %2 (%3). L&apos;ajouter comme nouvel étudiant et importer sa proposition ?</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Message : %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Reply saved to %1.</source>
        <translation>Réponse enregistrée dans %1.</translation>
    </message>
    <message>
        <source>your %1 proposal (%2)</source>
        <translation>votre proposition (%1, %2)</translation>
    </message>
    <message>
        <source>I have approved %1.</source>
        <translation>J&apos;ai approuvé %1.</translation>
    </message>
    <message>
        <source>Please change %1 and submit it again.</source>
        <translation>Merci de modifier %1 et de la soumettre à nouveau.</translation>
    </message>
    <message>
        <source>I am sorry: I cannot accept %1.</source>
        <translation>Je regrette : je ne peux pas accepter %1.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 est désormais : %2.</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>If you use InternTrack&apos;s student mode, the attached reply file (%1.%2) shows the decision on your proposal: File ▸ Import Reply. (An email link cannot attach it by itself: save it with Save Reply and attach it.)</source>
        <translation>Si vous utilisez le mode étudiant d&apos;InternTrack, le fichier de réponse joint (%1.%2) indique la décision sur votre proposition : Fichier ▸ Importer la réponse. (Un lien de courriel ne peut pas le joindre lui-même : enregistrez-le avec Enregistrer la réponse et joignez-le.)</translation>
    </message>
    <message>
        <source>Best regards,</source>
        <translation>Cordialement,</translation>
    </message>
    <message>
        <source>Your %1 proposal: %2</source>
        <translation>Votre proposition (%1) : %2</translation>
    </message>
    <message>
        <source>No mail program could be opened. Save the reply as a file and send it yourself.</source>
        <translation>Aucune messagerie n&apos;a pu être ouverte. Enregistrez la réponse dans un fichier et envoyez-la vous-même.</translation>
    </message>
</context>
<context>
    <name>interntrack::ReportDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Report Received</source>
        <translation>Rapport reçu</translation>
    </message>
    <message numerus="yes">
        <source>A report of %n page(s) is already recorded; the one you choose is added and its page count replaces it.</source>
        <translation>
            <numerusform>Un rapport de %n page est déjà enregistré&#xa0;; celui que vous choisissez est ajouté et son nombre de pages remplace le précédent.</numerusform>
            <numerusform>Un rapport de %n pages est déjà enregistré&#xa0;; celui que vous choisissez est ajouté et son nombre de pages remplace le précédent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the report as a PDF file: its pages are counted from the file and stored with it in the database.</source>
        <translation>Choisissez le rapport sous forme de fichier PDF&#xa0;: ses pages sont comptées à partir du fichier, qui est enregistré avec elles dans la base de données.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Fichier du rapport</translation>
    </message>
    <message>
        <source>Choose the report file</source>
        <translation>Choisir le fichier du rapport</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pages&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Joindre</translation>
    </message>
    <message>
        <source>Choose the Report</source>
        <translation>Choisir le rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Counted when a PDF is chosen (the rules ask for %1–%2 pages).</source>
        <translation>Compté dès qu&apos;un PDF est choisi (les règles demandent %1–%2 pages).</translation>
    </message>
    <message>
        <source>Counted when a PDF is chosen.</source>
        <translation>Compté dès qu&apos;un PDF est choisi.</translation>
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
            <numerusform>%n page&#xa0;: dans les %1–%2 pages demandées par les règles.</numerusform>
            <numerusform>%n pages&#xa0;: dans les %1–%2 pages demandées par les règles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): outside the %1–%2 pages the rules ask for. It can be attached; the report rule will warn about it.</source>
        <translation>
            <numerusform>%n page&#xa0;: en dehors des %1–%2 pages demandées par les règles. Le rapport peut être joint&#xa0;; la règle sur le rapport signalera un avertissement.</numerusform>
            <numerusform>%n pages&#xa0;: en dehors des %1–%2 pages demandées par les règles. Le rapport peut être joint&#xa0;; la règle sur le rapport signalera un avertissement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the PDF file of the report.</source>
        <translation>Choisissez le fichier PDF du rapport.</translation>
    </message>
</context>
<context>
    <name>interntrack::RoleDialog</name>
    <message>
        <source>&amp;Academic advisor: approves proposals, overrides rules, records grades, validates</source>
        <translation>&amp;Responsable pédagogique&#xa0;: approuve les propositions, accorde des dérogations aux règles, enregistre les notes, valide</translation>
    </message>
    <message>
        <source>&amp;Secretariat: records signatures, reports and proofs, exports documents</source>
        <translation>&amp;Secrétariat&#xa0;: enregistre les signatures, les rapports et les attestations, exporte les documents</translation>
    </message>
    <message>
        <source>Who Are You?</source>
        <translation>Qui êtes-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>What you may do depends on your role; what it does not allow is disabled, with the reason in its tooltip. You can change it later in the Role menu.</source>
        <translation>Ce que vous pouvez faire dépend de votre rôle&#xa0;; ce qu&apos;il ne permet pas est désactivé, avec la raison dans l&apos;infobulle. Vous pourrez le changer plus tard dans le menu Rôle.</translation>
    </message>
    <message>
        <source>Your &amp;name (kept with each change):</source>
        <translation>Votre &amp;nom (conservé avec chaque modification)&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tudent: write my own proposals (internship, TER, summer school, seminars) and send them to the advisor; no database needed</source>
        <translation>É&amp;tudiant : rédiger mes propres propositions (stage, TER, école d&apos;été, séminaires) et les envoyer au responsable pédagogique ; aucune base de données nécessaire</translation>
    </message>
</context>
<context>
    <name>interntrack::RulesPage</name>
    <message>
        <source>internship of at least 8 full-time-equivalent weeks</source>
        <translation>stage d&apos;au moins 8 semaines en équivalent temps plein</translation>
    </message>
    <message>
        <source>at most 6 months with one host in a year (law)</source>
        <translation>au plus 6 mois dans un même organisme d&apos;accueil par année (loi)</translation>
    </message>
    <message>
        <source>proposal 3 months before the start</source>
        <translation>proposition 3 mois avant le début</translation>
    </message>
    <message>
        <source>agreement signed by all four parties by the start</source>
        <translation>convention signée par les quatre parties avant le début</translation>
    </message>
    <message>
        <source>gratification above 2 months (law)</source>
        <translation>gratification au-delà de 2 mois (loi)</translation>
    </message>
    <message>
        <source>gratification at least the legal minimum</source>
        <translation>gratification au moins égale au minimum légal</translation>
    </message>
    <message>
        <source>full-time internship outside the teaching period</source>
        <translation>stage à temps plein en dehors de la période d&apos;enseignement</translation>
    </message>
    <message>
        <source>internship ends by the completion deadline</source>
        <translation>stage terminé avant la date limite</translation>
    </message>
    <message>
        <source>a student&apos;s internships do not overlap</source>
        <translation>les stages d&apos;un étudiant ne se chevauchent pas</translation>
    </message>
    <message>
        <source>host does research in AI, ML or data science</source>
        <translation>organisme d&apos;accueil menant des recherches en IA, apprentissage automatique ou science des données</translation>
    </message>
    <message>
        <source>reminder: contact the advisor 3 months ahead</source>
        <translation>rappel&#xa0;: contacter le responsable pédagogique 3 mois à l&apos;avance</translation>
    </message>
    <message>
        <source>internship of the previous summer</source>
        <translation>stage de l&apos;été précédent</translation>
    </message>
    <message>
        <source>completion proof signed by the host</source>
        <translation>attestation de fin de stage signée par l&apos;organisme d&apos;accueil</translation>
    </message>
    <message>
        <source>internship report of 4 to 6 pages</source>
        <translation>rapport de stage de 4 à 6 pages</translation>
    </message>
    <message>
        <source>TER of half a day to a day a week</source>
        <translation>TER d&apos;une demi-journée à une journée par semaine</translation>
    </message>
    <message>
        <source>TER of 2 to 4 months</source>
        <translation>TER de 2 à 4 mois</translation>
    </message>
    <message>
        <source>TER during the teaching period</source>
        <translation>TER pendant la période d&apos;enseignement</translation>
    </message>
    <message>
        <source>lab outside Paris-Saclay: advisor approves</source>
        <translation>laboratoire hors Paris-Saclay&#xa0;: accord du responsable pédagogique</translation>
    </message>
    <message>
        <source>agreement for a lab outside Saclay or a paid TER</source>
        <translation>convention pour un laboratoire hors Saclay ou un TER rémunéré</translation>
    </message>
    <message>
        <source>subject capacity not exceeded</source>
        <translation>capacité du sujet non dépassée</translation>
    </message>
    <message>
        <source>challenge preparation in T1 or T2</source>
        <translation>préparation du challenge en T1 ou T2</translation>
    </message>
    <message>
        <source>mini-challenge solved in T4, in pairs</source>
        <translation>mini-challenge résolu en T4, en binôme</translation>
    </message>
    <message>
        <source>TER report of 4 to 6 pages</source>
        <translation>rapport de TER de 4 à 6 pages</translation>
    </message>
    <message>
        <source>TER grade from the supervisors</source>
        <translation>note du TER donnée par les encadrants</translation>
    </message>
    <message>
        <source>summer school of at least 3 full-time days</source>
        <translation>école d&apos;été d&apos;au moins 3 jours à temps plein</translation>
    </message>
    <message>
        <source>summer school not in the proposed list</source>
        <translation>école d&apos;été hors de la liste proposée</translation>
    </message>
    <message>
        <source>summer-school report with links</source>
        <translation>rapport d&apos;école d&apos;été avec liens</translation>
    </message>
    <message>
        <source>at least 6 seminars</source>
        <translation>au moins 6 séminaires</translation>
    </message>
    <message>
        <source>a paragraph of 40 words per seminar</source>
        <translation>un paragraphe de 40 mots par séminaire</translation>
    </message>
    <message>
        <source>student has completed the year</source>
        <translation>l&apos;étudiant a terminé l&apos;année</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>information</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Vendredi saint</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Dimanche de Pâques</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Dimanche de Pentecôte</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message numerus="yes">
        <source>Easter + %n day(s)</source>
        <translation>
            <numerusform>Pâques + %n jour</numerusform>
            <numerusform>Pâques + %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Easter − %n day(s)</source>
        <translation>
            <numerusform>Pâques − %n jour</numerusform>
            <numerusform>Pâques − %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>New summer school</source>
        <translation>Nouvelle école d&apos;été</translation>
    </message>
    <message>
        <source>No database is open: open one to see the settings of its year.</source>
        <translation>Aucune base de données n&apos;est ouverte&#xa0;: ouvrez-en une pour voir les paramètres de son année.</translation>
    </message>
    <message>
        <source>This database is open read-only: the settings of the year are shown but cannot be changed.</source>
        <translation>Cette base de données est ouverte en lecture seule&#xa0;: les paramètres de l&apos;année sont affichés mais ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>Only the advisor changes the settings of the year. You are working as %1: they are shown read-only.</source>
        <translation>Seul le responsable pédagogique modifie les paramètres de l&apos;année. Vous travaillez en tant que %1&#xa0;: ils sont affichés en lecture seule.</translation>
    </message>
    <message numerus="yes">
        <source>Below the minimum of %n page(s).</source>
        <translation>
            <numerusform>En dessous du minimum de %n page.</numerusform>
            <numerusform>En dessous du minimum de %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Below the minimum of %1 h a week.</source>
        <translation>En dessous du minimum de %1 h par semaine.</translation>
    </message>
    <message numerus="yes">
        <source>Below the minimum of %n month(s).</source>
        <translation>
            <numerusform>En dessous du minimum de %n mois.</numerusform>
            <numerusform>En dessous du minimum de %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ends before it starts.</source>
        <translation>%1 se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Outside the academic year %1.</source>
        <translation>En dehors de l&apos;année universitaire %1.</translation>
    </message>
    <message>
        <source>Overlaps %1.</source>
        <translation>Chevauche %1.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Choisissez au moins un jour de la semaine.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 figure deux fois.</translation>
    </message>
    <message>
        <source>No teaching period is called %1: the rule never matches it.</source>
        <translation>Aucune période d&apos;enseignement ne s&apos;appelle %1&#xa0;: la règle ne s&apos;y applique jamais.</translation>
    </message>
    <message>
        <source>Same date as the row above.</source>
        <translation>Même date que la ligne du dessus.</translation>
    </message>
    <message>
        <source>Two rates start on %1.</source>
        <translation>Deux taux commencent le %1.</translation>
    </message>
    <message>
        <source>Enter the hourly rate.</source>
        <translation>Saisissez le taux horaire.</translation>
    </message>
    <message>
        <source>The rate from %1 has no amount.</source>
        <translation>Le taux à partir du %1 n&apos;a pas de montant.</translation>
    </message>
    <message>
        <source>A school has no name.</source>
        <translation>Une école n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <source>Row %1 needs a code.</source>
        <translation>La ligne %1 doit avoir un code.</translation>
    </message>
    <message>
        <source>%1 names no activity.</source>
        <translation>%1 ne nomme aucune activité.</translation>
    </message>
    <message>
        <source>= %1 scheduled hours at %2 h a week</source>
        <translation>= %1 heures prévues à %2 h par semaine</translation>
    </message>
    <message>
        <source>a start on %1 needs the proposal by %2</source>
        <translation>un début le %1 demande la proposition au plus tard le %2</translation>
    </message>
    <message>
        <source>above it, an internship is full-time</source>
        <translation>au-delà, un stage est à temps plein</translation>
    </message>
    <message>
        <source>1 month = %1 presence hours</source>
        <translation>1 mois = %1 heures de présence</translation>
    </message>
    <message>
        <source>= %1 presence hours</source>
        <translation>= %1 heures de présence</translation>
    </message>
    <message>
        <source>due above %1 presence hours</source>
        <translation>due au-delà de %1 heures de présence</translation>
    </message>
    <message>
        <source>half a day a week at 7 h a day = 3.5 h</source>
        <translation>une demi-journée par semaine à 7 h par jour = 3,5 h</translation>
    </message>
    <message>
        <source>end ≥ start + min months − 1 day</source>
        <translation>fin ≥ début + mois min. − 1 jour</translation>
    </message>
    <message>
        <source>end ≤ start + max months − 1 day</source>
        <translation>fin ≤ début + mois max. − 1 jour</translation>
    </message>
    <message>
        <source>in the student&apos;s own words</source>
        <translation>avec les mots de l&apos;étudiant</translation>
    </message>
    <message>
        <source>not in %1</source>
        <translation>n&apos;existe pas en %1</translation>
    </message>
    <message>
        <source>Holidays that follow Easter, in days after Easter Sunday (%1 in %2).</source>
        <translation>Jours fériés qui suivent Pâques, en jours après le dimanche de Pâques (%1 en %2).</translation>
    </message>
    <message>
        <source>The rate in force on an internship&apos;s start date applies: 15 % of the social-security hourly ceiling, which changes on 1 January.</source>
        <translation>Le taux en vigueur à la date de début du stage s&apos;applique&#xa0;: 15&#xa0;% du plafond horaire de la sécurité sociale, qui change le 1er janvier.</translation>
    </message>
    <message>
        <source>On %1: %2 an hour.</source>
        <translation>Au %1&#xa0;: %2 de l&apos;heure.</translation>
    </message>
    <message>
        <source>No rate is in force on %1: add one.</source>
        <translation>Aucun taux n&apos;est en vigueur le %1&#xa0;: ajoutez-en un.</translation>
    </message>
    <message>
        <source>Settings of the year %1</source>
        <translation>Paramètres de l&apos;année %1</translation>
    </message>
    <message>
        <source>Settings of the year</source>
        <translation>Paramètres de l&apos;année</translation>
    </message>
    <message>
        <source>Modified — the stored rules changed meanwhile; Revert shows them</source>
        <translation>Modifié — les règles enregistrées ont changé entre-temps&#xa0;; Recharger les affiche</translation>
    </message>
    <message>
        <source>Modified — not applied yet</source>
        <translation>Modifié — pas encore appliqué</translation>
    </message>
    <message>
        <source>To fix before applying: %1</source>
        <translation>À corriger avant d&apos;appliquer&#xa0;: %1</translation>
    </message>
    <message>
        <source>To fix before applying: %1 (and %2 more)</source>
        <translation>À corriger avant d&apos;appliquer&#xa0;: %1 (et %2 autres)</translation>
    </message>
    <message>
        <source>Store these settings for %1 and check every item again.</source>
        <translation>Enregistrer ces paramètres pour %1 et vérifier à nouveau chaque élément.</translation>
    </message>
    <message>
        <source>The settings of %1 are stored and every item was checked again (Edit ▸ Undo takes them back).</source>
        <translation>Les paramètres de %1 sont enregistrés et chaque élément a été vérifié à nouveau (Édition ▸ Annuler revient en arrière).</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Impossible d&apos;importer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at character %2).</source>
        <translation>ce n&apos;est pas du JSON (%1 au caractère %2).</translation>
    </message>
    <message>
        <source>it does not hold a JSON object of rules.</source>
        <translation>il ne contient pas d&apos;objet JSON de règles.</translation>
    </message>
    <message>
        <source>Imported %1: check the settings, then Apply to store them.</source>
        <translation>%1 importé&#xa0;: vérifiez les paramètres, puis cliquez sur Appliquer pour les enregistrer.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import the settings of the year</source>
        <translation>Importer les paramètres de l&apos;année</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the settings of the year</source>
        <translation>Exporter les paramètres de l&apos;année</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
    <message>
        <source>Minimum duration (full-time-equivalent weeks):</source>
        <translation>Durée minimale (semaines en équivalent temps plein)&#xa0;:</translation>
    </message>
    <message>
        <source>INT_MIN_DURATION (error): an internship lasts at least this many full-time-equivalent weeks, i.e. scheduled hours / full-time weekly hours (8 weeks = 280 hours); part-time spread over several months is fine.</source>
        <translation>INT_MIN_DURATION (erreur)&#xa0;: un stage dure au moins ce nombre de semaines en équivalent temps plein, soit les heures prévues / les heures hebdomadaires à temps plein (8 semaines = 280 heures)&#xa0;; un temps partiel réparti sur plusieurs mois convient.</translation>
    </message>
    <message>
        <source>Lead time (calendar months):</source>
        <translation>Délai de dépôt (mois calendaires)&#xa0;:</translation>
    </message>
    <message>
        <source>INT_LEAD_TIME (error): the proposal reaches the advisor at least this many calendar months before the start (3 by default).</source>
        <translation>INT_LEAD_TIME (erreur)&#xa0;: la proposition parvient au responsable pédagogique au moins ce nombre de mois calendaires avant le début (3 par défaut).</translation>
    </message>
    <message>
        <source>Half-time limit (hours a week):</source>
        <translation>Limite du mi-temps (heures par semaine)&#xa0;:</translation>
    </message>
    <message>
        <source>INT_TEACHING_PERIOD: above this many hours a week (17.5 by default) an internship is full-time and must be outside the teaching period; below it a clash is only a warning.</source>
        <translation>INT_TEACHING_PERIOD&#xa0;: au-delà de ce nombre d&apos;heures par semaine (17,5 par défaut), un stage est à temps plein et doit se dérouler en dehors de la période d&apos;enseignement&#xa0;; en deçà, un chevauchement n&apos;est qu&apos;un avertissement.</translation>
    </message>
    <message>
        <source>Minimum length (pages):</source>
        <translation>Longueur minimale (pages)&#xa0;:</translation>
    </message>
    <message>
        <source>INT_REPORT / TER_REPORT (warning): the report has at least this many pages (4 by default).</source>
        <translation>INT_REPORT / TER_REPORT (avertissement)&#xa0;: le rapport compte au moins ce nombre de pages (4 par défaut).</translation>
    </message>
    <message>
        <source>Maximum length (pages):</source>
        <translation>Longueur maximale (pages)&#xa0;:</translation>
    </message>
    <message>
        <source>INT_REPORT / TER_REPORT (warning): the report has at most this many pages (6 by default).</source>
        <translation>INT_REPORT / TER_REPORT (avertissement)&#xa0;: le rapport compte au plus ce nombre de pages (6 par défaut).</translation>
    </message>
    <message>
        <source>Minimum time (hours a week):</source>
        <translation>Temps minimal (heures par semaine)&#xa0;:</translation>
    </message>
    <message>
        <source>TER_TIME_COMMITMENT (warning): half a day to a day a week, 3.5 to 7 hours at 7 hours a day.</source>
        <translation>TER_TIME_COMMITMENT (avertissement)&#xa0;: d&apos;une demi-journée à une journée par semaine, soit de 3,5 à 7 heures à raison de 7 heures par jour.</translation>
    </message>
    <message>
        <source>Maximum time (hours a week):</source>
        <translation>Temps maximal (heures par semaine)&#xa0;:</translation>
    </message>
    <message>
        <source>Minimum duration (months):</source>
        <translation>Durée minimale (mois)&#xa0;:</translation>
    </message>
    <message>
        <source>TER_DURATION (warning): a TER lasts 2 to 4 months: end ≥ start + 2 months − 1 day.</source>
        <translation>TER_DURATION (avertissement)&#xa0;: un TER dure de 2 à 4 mois&#xa0;: fin ≥ début + 2 mois − 1 jour.</translation>
    </message>
    <message>
        <source>Maximum duration (months):</source>
        <translation>Durée maximale (mois)&#xa0;:</translation>
    </message>
    <message>
        <source>TER_DURATION (warning): a TER lasts 2 to 4 months: end ≤ start + 4 months − 1 day.</source>
        <translation>TER_DURATION (avertissement)&#xa0;: un TER dure de 2 à 4 mois&#xa0;: fin ≤ début + 4 mois − 1 jour.</translation>
    </message>
    <message>
        <source>Solving group size (students):</source>
        <translation>Taille du groupe de résolution (étudiants)&#xa0;:</translation>
    </message>
    <message>
        <source>TER_CHALLENGE_SOLVE (error): a classmates&apos; mini-challenge is solved in T4, in pairs (exactly 2 students).</source>
        <translation>TER_CHALLENGE_SOLVE (erreur)&#xa0;: le mini-challenge de camarades est résolu en T4, en binôme (exactement 2 étudiants).</translation>
    </message>
    <message>
        <source>Highest grade (points):</source>
        <translation>Note maximale (points)&#xa0;:</translation>
    </message>
    <message>
        <source>TER_GRADE (error at validation): the supervisors give a grade from 0 to this (20 by default).</source>
        <translation>TER_GRADE (erreur à la validation)&#xa0;: les encadrants donnent une note de 0 à cette valeur (20 par défaut).</translation>
    </message>
    <message>
        <source>Minimum length (full-time days):</source>
        <translation>Durée minimale (jours à temps plein)&#xa0;:</translation>
    </message>
    <message>
        <source>SCHOOL_TOO_SHORT (error): a summer school has at least 3 days of full-time classes.</source>
        <translation>SCHOOL_TOO_SHORT (erreur)&#xa0;: une école d&apos;été comporte au moins 3 jours de cours à temps plein.</translation>
    </message>
    <message>
        <source>Links in the report (at least):</source>
        <translation>Liens dans le rapport (au moins)&#xa0;:</translation>
    </message>
    <message>
        <source>SCHOOL_REPORT (error at validation): a report of about 2 pages with links to the classes followed and the projects finished (at least one link).</source>
        <translation>SCHOOL_REPORT (erreur à la validation)&#xa0;: un rapport d&apos;environ 2 pages avec des liens vers les cours suivis et les projets terminés (au moins un lien).</translation>
    </message>
    <message>
        <source>Minimum number (seminars):</source>
        <translation>Nombre minimal (séminaires)&#xa0;:</translation>
    </message>
    <message>
        <source>SEMINARS_TOO_FEW (error): at least 6 seminars in the field, online or in a room.</source>
        <translation>SEMINARS_TOO_FEW (erreur)&#xa0;: au moins 6 séminaires dans le domaine, en ligne ou en salle.</translation>
    </message>
    <message>
        <source>Paragraph per seminar (words, at least):</source>
        <translation>Paragraphe par séminaire (mots, au moins)&#xa0;:</translation>
    </message>
    <message>
        <source>SEMINAR_PARAGRAPH (error): each seminar has a paragraph, in the student&apos;s own words, of what was learned and what it brings to their field (at least 40 words).</source>
        <translation>SEMINAR_PARAGRAPH (erreur)&#xa0;: chaque séminaire a un paragraphe, rédigé avec les mots de l&apos;étudiant, sur ce qu&apos;il a appris et ce que cela apporte à son domaine (au moins 40 mots).</translation>
    </message>
    <message>
        <source>Gratification due above (months):</source>
        <translation>Gratification due au-delà de (mois)&#xa0;:</translation>
    </message>
    <message>
        <source>INT_GRATIFICATION_REQUIRED (error): more than 2 months of presence (308 presence hours) and no gratification. Months are legal months of presence (days a month × hours a day).</source>
        <translation>INT_GRATIFICATION_REQUIRED (erreur)&#xa0;: plus de 2 mois de présence (308 heures de présence) et aucune gratification. Les mois sont des mois légaux de présence (jours par mois × heures par jour).</translation>
    </message>
    <message>
        <source>Full-time week (hours):</source>
        <translation>Semaine à temps plein (heures)&#xa0;:</translation>
    </message>
    <message>
        <source>Full-time-equivalent weeks = scheduled hours / this (35 by default): what the 8-week minimum measures.</source>
        <translation>Semaines en équivalent temps plein = heures prévues / cette valeur (35 par défaut)&#xa0;: c&apos;est ce que mesure le minimum de 8 semaines.</translation>
    </message>
    <message>
        <source>Legal day (hours of presence):</source>
        <translation>Jour légal (heures de présence)&#xa0;:</translation>
    </message>
    <message>
        <source>Law: 7 hours of presence = 1 day (Code de l&apos;éducation D124-6).</source>
        <translation>Loi&#xa0;: 7 heures de présence = 1 jour (Code de l&apos;éducation D124-6).</translation>
    </message>
    <message>
        <source>Legal month (days of presence):</source>
        <translation>Mois légal (jours de présence)&#xa0;:</translation>
    </message>
    <message>
        <source>Law: 22 days of presence = 1 month, so 2 months = 308 hours and 6 months = 924 hours.</source>
        <translation>Loi&#xa0;: 22 jours de présence = 1 mois, donc 2 mois = 308 heures et 6 mois = 924 heures.</translation>
    </message>
    <message>
        <source>Maximum with one host (months):</source>
        <translation>Maximum dans un même organisme d&apos;accueil (mois)&#xa0;:</translation>
    </message>
    <message>
        <source>INT_MAX_DURATION (error): at most 6 months (924 presence hours) with one host in one academic year (law).</source>
        <translation>INT_MAX_DURATION (erreur)&#xa0;: au plus 6 mois (924 heures de présence) dans un même organisme d&apos;accueil au cours d&apos;une année universitaire (loi).</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Formation&#xa0;:</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>The programme these rules belong to, as shown on documents.</source>
        <translation>La formation à laquelle ces règles appartiennent, telle qu&apos;elle apparaît sur les documents.</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Stage</translation>
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
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Gratification</source>
        <translation>Gratification</translation>
    </message>
    <message>
        <source>Law and requirements</source>
        <translation>Loi et exigences</translation>
    </message>
    <message>
        <source>Sections of the settings</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>Reports (internship and TER)</source>
        <translation>Rapports (stage et TER)</translation>
    </message>
    <message>
        <source>AI challenge TERs</source>
        <translation>TER du challenge d&apos;IA</translation>
    </message>
    <message>
        <source>Summer school</source>
        <translation>École d&apos;été</translation>
    </message>
    <message>
        <source>Seminars</source>
        <translation>Séminaires</translation>
    </message>
    <message>
        <source>Proposed summer schools</source>
        <translation>Écoles d&apos;été proposées</translation>
    </message>
    <message>
        <source>Teaching periods and deadline</source>
        <translation>Périodes d&apos;enseignement et date limite</translation>
    </message>
    <message>
        <source>Default working days</source>
        <translation>Jours travaillés par défaut</translation>
    </message>
    <message>
        <source>Public holidays on fixed days</source>
        <translation>Jours fériés à date fixe</translation>
    </message>
    <message>
        <source>Public holidays after Easter</source>
        <translation>Jours fériés après Pâques</translation>
    </message>
    <message>
        <source>Legal minimum hourly rate</source>
        <translation>Taux horaire minimal légal</translation>
    </message>
    <message>
        <source>Legal framework</source>
        <translation>Cadre légal</translation>
    </message>
    <message>
        <source>Requirements to complete the year</source>
        <translation>Exigences pour terminer l&apos;année</translation>
    </message>
    <message>
        <source>Rules turned off</source>
        <translation>Règles désactivées</translation>
    </message>
    <message>
        <source>The teaching period is the union of these periods. TER_OUTSIDE_PERIOD: a TER runs in it; INT_TEACHING_PERIOD: a full-time internship runs outside it.</source>
        <translation>La période d&apos;enseignement est la réunion de ces périodes. TER_OUTSIDE_PERIOD&#xa0;: un TER s&apos;y déroule&#xa0;; INT_TEACHING_PERIOD&#xa0;: un stage à temps plein se déroule en dehors.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>First day of %1</source>
        <translation>Premier jour de %1</translation>
    </message>
    <message>
        <source>Last day of %1</source>
        <translation>Dernier jour de %1</translation>
    </message>
    <message>
        <source>The first day of teaching period %1.</source>
        <translation>Le premier jour de la période d&apos;enseignement %1.</translation>
    </message>
    <message>
        <source>The last day of teaching period %1 (included).</source>
        <translation>Le dernier jour de la période d&apos;enseignement %1 (inclus).</translation>
    </message>
    <message>
        <source>Completion &amp;deadline:</source>
        <translation>Date &amp;limite d&apos;achèvement&#xa0;:</translation>
    </message>
    <message>
        <source>Completion deadline</source>
        <translation>Date limite d&apos;achèvement</translation>
    </message>
    <message>
        <source>INT_AFTER_DEADLINE (error): an internship ends by this day; STUDENT_INCOMPLETE: a student completes the year by it (30 June by default).</source>
        <translation>INT_AFTER_DEADLINE (erreur)&#xa0;: un stage se termine au plus tard ce jour-là&#xa0;; STUDENT_INCOMPLETE&#xa0;: un étudiant termine l&apos;année au plus tard à cette date (le 30 juin par défaut).</translation>
    </message>
    <message>
        <source>The days of a placement&apos;s schedule unless it says otherwise.</source>
        <translation>Les jours de l&apos;emploi du temps d&apos;une activité, sauf indication contraire.</translation>
    </message>
    <message>
        <source>French public holidays (Code du travail, L3133-1). A holiday on a scheduled day is not a day of presence.</source>
        <translation>Jours fériés français (Code du travail, L3133-1). Un jour férié tombant sur un jour prévu n&apos;est pas un jour de présence.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>In this academic year</source>
        <translation>Cette année universitaire</translation>
    </message>
    <message>
        <source>Add a holiday</source>
        <translation>Ajouter un jour férié</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected holiday</source>
        <translation>Supprimer le jour férié sélectionné</translation>
    </message>
    <message>
        <source>Days after Easter</source>
        <translation>Jours après Pâques</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Remove the selected Easter holiday</source>
        <translation>Supprimer le jour férié de Pâques sélectionné</translation>
    </message>
    <message>
        <source>Preparation TERs run in:</source>
        <translation>Les TER de préparation se déroulent en&#xa0;:</translation>
    </message>
    <message>
        <source>TER_CHALLENGE_PREP_PERIOD (error): an AI-challenge preparation TER runs in T1 or T2 (the challenge class is in T3).</source>
        <translation>TER_CHALLENGE_PREP_PERIOD (erreur)&#xa0;: un TER de préparation au challenge d&apos;IA se déroule en T1 ou T2 (le cours du challenge a lieu en T3).</translation>
    </message>
    <message>
        <source>Solving TERs run in:</source>
        <translation>Les TER de résolution se déroulent en&#xa0;:</translation>
    </message>
    <message>
        <source>TER_CHALLENGE_SOLVE (error): solving a classmates&apos; mini-challenge runs in T4.</source>
        <translation>TER_CHALLENGE_SOLVE (erreur)&#xa0;: la résolution du mini-challenge de camarades se déroule en T4.</translation>
    </message>
    <message>
        <source>Preparation TERs in %1</source>
        <translation>TER de préparation en %1</translation>
    </message>
    <message>
        <source>Solving TERs in %1</source>
        <translation>TER de résolution en %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Taux horaire</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Legal minimum hourly rates by date</source>
        <translation>Taux horaires minimaux légaux par date</translation>
    </message>
    <message>
        <source>INT_GRATIFICATION_TOO_LOW (error): the gratification is at least the rate in force on the start date × the presence hours. Rows are kept in date order.</source>
        <translation>INT_GRATIFICATION_TOO_LOW (erreur)&#xa0;: la gratification est au moins égale au taux en vigueur à la date de début × les heures de présence. Les lignes sont gardées dans l&apos;ordre des dates.</translation>
    </message>
    <message>
        <source>Add a rate</source>
        <translation>Ajouter un taux</translation>
    </message>
    <message>
        <source>Remove the selected rate</source>
        <translation>Supprimer le taux sélectionné</translation>
    </message>
    <message>
        <source>SCHOOL_NOT_PROPOSED (warning): a summer school outside this list needs the advisor&apos;s approval.</source>
        <translation>SCHOOL_NOT_PROPOSED (avertissement)&#xa0;: une école d&apos;été hors de cette liste doit être approuvée par le responsable pédagogique.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Add a summer school</source>
        <translation>Ajouter une école d&apos;été</translation>
    </message>
    <message>
        <source>Rename the selected summer school</source>
        <translation>Renommer l&apos;école d&apos;été sélectionnée</translation>
    </message>
    <message>
        <source>Remove the selected summer school</source>
        <translation>Supprimer l&apos;école d&apos;été sélectionnée</translation>
    </message>
    <message>
        <source>French internship law applies (gratification, 6-month maximum, agreement)</source>
        <translation>Le droit français des stages s&apos;applique (gratification, maximum de 6 mois, convention)</translation>
    </message>
    <message>
        <source>French internship law applies</source>
        <translation>Le droit français des stages s&apos;applique</translation>
    </message>
    <message>
        <source>When off, the gratification and maximum-duration rules are not checked: for a programme under another legal framework.</source>
        <translation>Si cette option est désactivée, les règles de gratification et de durée maximale ne sont pas vérifiées&#xa0;: pour une formation relevant d&apos;un autre cadre légal.</translation>
    </message>
    <message>
        <source>STUDENT_INCOMPLETE: by the deadline a student has one validated activity of each requirement. The code names what is missing.</source>
        <translation>STUDENT_INCOMPLETE&#xa0;: à la date limite, un étudiant a une activité validée pour chaque exigence. Le code désigne ce qui manque.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Add a requirement</source>
        <translation>Ajouter une exigence</translation>
    </message>
    <message>
        <source>Remove the selected requirement</source>
        <translation>Supprimer l&apos;exigence sélectionnée</translation>
    </message>
    <message>
        <source>A ticked rule is never reported for this programme (e.g. a rule of the M1 that another programme does not have).</source>
        <translation>Une règle cochée n&apos;est jamais signalée pour cette formation (par exemple une règle du M1 qu&apos;une autre formation n&apos;a pas).</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer du JSON…</translation>
    </message>
    <message>
        <source>Read settings from a JSON file into the form (keys absent keep their value).</source>
        <translation>Lire les paramètres d&apos;un fichier JSON dans le formulaire (les clés absentes gardent leur valeur).</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Exporter en JSON…</translation>
    </message>
    <message>
        <source>Write the settings shown to a JSON file (the keys of the command-line tool).</source>
        <translation>Écrire les paramètres affichés dans un fichier JSON (les clés de l&apos;outil en ligne de commande).</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Put the stored settings back into the form.</source>
        <translation>Remettre les paramètres enregistrés dans le formulaire.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>the host&apos;s screening accepted before approval</source>
        <translation>sélection acceptée par la structure d&apos;accueil avant l&apos;approbation</translation>
    </message>
    <message>
        <source>project or internship within the programme&apos;s window</source>
        <translation>projet ou stage dans la période de la formation</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Start from a programme profile</source>
        <translation>Partir d&apos;un profil de formation</translation>
    </message>
    <message>
        <source>Replace every setting shown by those of a shipped profile for %1. Then give it your programme&apos;s name and identifier and change what differs: nothing is stored until you click Apply.</source>
        <translation>Remplacez tous les réglages affichés par ceux d&apos;un profil fourni pour %1. Donnez-lui ensuite le nom et l&apos;identifiant de votre formation et modifiez ce qui diffère : rien n&apos;est enregistré tant que vous n&apos;avez pas cliqué sur Appliquer.</translation>
    </message>
    <message>
        <source>The settings of %1 are in the form: Apply stores them, Revert puts the stored settings back.</source>
        <translation>Les réglages de %1 sont dans le formulaire : Appliquer les enregistre, Rétablir remet les réglages enregistrés.</translation>
    </message>
    <message>
        <source>Programme profile</source>
        <translation>Profil de formation</translation>
    </message>
    <message>
        <source>Profile &amp;identifier:</source>
        <translation>&amp;Identifiant du profil :</translation>
    </message>
    <message>
        <source>Programme &amp;name:</source>
        <translation>&amp;Nom de la formation :</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>É&amp;tablissement :</translation>
    </message>
    <message>
        <source>&amp;Country (ISO code):</source>
        <translation>Pa&amp;ys (code ISO) :</translation>
    </message>
    <message>
        <source>&amp;Law of internships:</source>
        <translation>&amp;Droit des stages :</translation>
    </message>
    <message>
        <source>Name of the TER:</source>
        <translation>Nom du TER :</translation>
    </message>
    <message>
        <source>Name of the internship:</source>
        <translation>Nom du stage :</translation>
    </message>
    <message>
        <source>Name of the summer school:</source>
        <translation>Nom de l&apos;école d&apos;été :</translation>
    </message>
    <message>
        <source>Name of the seminars:</source>
        <translation>Nom des séminaires :</translation>
    </message>
    <message>
        <source>A short name of your own when you describe your programme, e.g. &quot;lyon-m1-ai&quot;; the shipped profiles are %1.</source>
        <translation>Un nom court de votre choix pour décrire votre formation, par ex. « lyon-m1-ai » ; les profils fournis sont %1.</translation>
    </message>
    <message>
        <source>French Code de l&apos;éducation (agreements, gratification)</source>
        <translation>Code de l&apos;éducation français (conventions, gratification)</translation>
    </message>
    <message>
        <source>None that InternTrack checks</source>
        <translation>Aucun vérifié par InternTrack</translation>
    </message>
    <message>
        <source>Start From a &amp;Profile…</source>
        <translation>Partir d&apos;un &amp;profil…</translation>
    </message>
    <message>
        <source>Fill the form with a shipped programme profile (Paris-Saclay M1, Imperial MSc AI, Montréal professional master&apos;s), to describe your own programme from it (stored only when you apply).</source>
        <translation>Remplir le formulaire avec un profil de formation fourni (M1 Paris-Saclay, MSc AI d&apos;Imperial, maîtrise professionnelle de Montréal) pour décrire votre propre formation à partir de celui-ci (enregistré seulement quand vous appliquez).</translation>
    </message>
</context>
<context>
    <name>interntrack::RulesPage::RulesPage</name>
    <message>
        <source>not a rule of this version of InternTrack</source>
        <translation>n&apos;est pas une règle de cette version d&apos;InternTrack</translation>
    </message>
</context>
<context>
    <name>interntrack::SeminarEditor</name>
    <message>
        <source>e.g. DATAIA seminar: conformal prediction</source>
        <translation>par exemple Séminaire DATAIA&#xa0;: prédiction conforme</translation>
    </message>
    <message>
        <source>What you learned, in your own words</source>
        <translation>Ce que vous avez appris, avec vos propres mots</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Séminaire</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Étudiant&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Paragraph:</source>
        <translation>Paragraphe&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the student.</source>
        <translation>Choisissez l&apos;étudiant.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s); at least %1 asked</source>
        <translation>
            <numerusform>%n mot&#xa0;; au moins %1 demandés</numerusform>
            <numerusform>%n mots&#xa0;; au moins %1 demandés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>interntrack::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Applies at once and is remembered for the next start.</source>
        <translation>S&apos;applique aussitôt et est conservée pour le prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>interntrack::SignaturesDialog</name>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>Host representative</source>
        <translation>Représentant de l&apos;organisme d&apos;accueil</translation>
    </message>
    <message>
        <source>Tutor (host supervisor)</source>
        <translation>Tuteur (dans l&apos;organisme d&apos;accueil)</translation>
    </message>
    <message>
        <source>University (advisor or dean)</source>
        <translation>Université (responsable pédagogique ou doyen)</translation>
    </message>
    <message>
        <source>Record Signatures</source>
        <translation>Enregistrer les signatures</translation>
    </message>
    <message>
        <source>The agreement is signed by four parties. Give the date each one signed (not in the future), or leave it unsigned. Days before the last signature do not count: the student is not insured.</source>
        <translation>La convention est signée par quatre parties. Indiquez la date à laquelle chacune a signé (pas dans le futur), ou laissez-la non signée. Les jours avant la dernière signature ne comptent pas&#xa0;: l&apos;étudiant n&apos;est pas assuré.</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>%1 signed</source>
        <translation>%1 a signé</translation>
    </message>
    <message>
        <source>Date of the signature of the %1</source>
        <translation>Date de la signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>How the %1 signed</source>
        <translation>Mode de signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>sur papier</translation>
    </message>
    <message>
        <source>electronically</source>
        <translation>électroniquement</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>All four have signed, the last on %1: the internship is signed.</source>
        <translation>Les quatre parties ont signé, la dernière le %1&#xa0;: le stage est signé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of 4 signed: %n signature(s) missing. The internship is signed when the fourth is in.</source>
        <translation>
            <numerusform>%1 signatures sur 4&#xa0;: %n signature manquante. Le stage est signé quand la quatrième est enregistrée.</numerusform>
            <numerusform>%1 signatures sur 4&#xa0;: %n signatures manquantes. Le stage est signé quand la quatrième est enregistrée.</numerusform>
        </translation>
    </message>
    <message>
        <source>A signature cannot be dated in the future (after %1): %2.</source>
        <translation>Une signature ne peut pas être datée dans le futur (après le %1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Signed on %1, after the start (%2): the days before the last signature do not count towards the internship&apos;s length.</source>
        <translation>Signée le %1, après le début (%2)&#xa0;: les jours avant la dernière signature ne comptent pas dans la durée du stage.</translation>
    </message>
    <message>
        <source>Nothing changed yet: tick who signed and give the date.</source>
        <translation>Rien n&apos;a encore changé&#xa0;: cochez qui a signé et indiquez la date.</translation>
    </message>
    <message>
        <source>Record the signatures of %1</source>
        <translation>Enregistrer les signatures de %1</translation>
    </message>
    <message>
        <source>Recorded: %1. Not recorded: %2</source>
        <translation>Enregistrées&#xa0;: %1. Non enregistrées&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>interntrack::StudentEditor</name>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>name@universite-paris-saclay.fr</source>
        <translation>prenom.nom@universite-paris-saclay.fr</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Student number:</source>
        <translation>Numéro d&apos;étudiant&#xa0;:</translation>
    </message>
    <message>
        <source>Give the student&apos;s name.</source>
        <translation>Indiquez le nom de l&apos;étudiant.</translation>
    </message>
</context>
<context>
    <name>interntrack::StudentFileDialog</name>
    <message>
        <source>New Personal File</source>
        <translation>Nouveau fichier personnel</translation>
    </message>
    <message>
        <source>Your personal file keeps your proposals (internship, TER, summer school, seminars) for one academic year, on this computer. The advisor finds you by your email and student number: give the ones of the university.</source>
        <translation>Votre fichier personnel conserve vos propositions (stage, TER, école d&apos;été, séminaires) pour une année universitaire, sur cet ordinateur. Le responsable pédagogique vous retrouve grâce à votre courriel et à votre numéro d&apos;étudiant : indiquez ceux de l&apos;université.</translation>
    </message>
    <message>
        <source>&amp;Academic year:</source>
        <translation>&amp;Année universitaire :</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>Student n&amp;umber:</source>
        <translation>N&amp;uméro d&apos;étudiant :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Année universitaire</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>First name and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>firstname.lastname@universite-paris-saclay.fr</source>
        <translation>prenom.nom@universite-paris-saclay.fr</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Numéro d&apos;étudiant</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Personal file</source>
        <translation>Fichier personnel</translation>
    </message>
    <message>
        <source>Choose where to save the personal file</source>
        <translation>Choisissez où enregistrer le fichier personnel</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>InternTrack personal files (*.%1)</source>
        <translation>Fichiers personnels InternTrack (*.%1)</translation>
    </message>
    <message>
        <source>Give your name.</source>
        <translation>Indiquez votre nom.</translation>
    </message>
    <message>
        <source>Give your email address (name@domain), so that the advisor can answer you.</source>
        <translation>Indiquez votre adresse électronique (nom@domaine), pour que le responsable pédagogique puisse vous répondre.</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>Choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name (to open it, use File &gt; Open).</source>
        <translation>%1 existe déjà : choisissez un autre nom (pour l&apos;ouvrir, utilisez Fichier &gt; Ouvrir).</translation>
    </message>
</context>
<context>
    <name>interntrack::StudentWindow</name>
    <message>
        <source>New Personal File</source>
        <translation>Nouveau fichier personnel</translation>
    </message>
    <message>
        <source>InternTrack</source>
        <translation>InternTrack</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Personal File…</source>
        <translation>&amp;Nouveau fichier personnel…</translation>
    </message>
    <message>
        <source>Start the personal file of an academic year: your proposals, on this computer</source>
        <translation>Créer le fichier personnel d&apos;une année universitaire : vos propositions, sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Open Personal File…</source>
        <translation>&amp;Ouvrir un fichier personnel…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>My &amp;Details…</source>
        <translation>Mes &amp;coordonnées…</translation>
    </message>
    <message>
        <source>Your name, email and student number, as the advisor will see them</source>
        <translation>Votre nom, votre courriel et votre numéro d&apos;étudiant, tels que le responsable pédagogique les verra</translation>
    </message>
    <message>
        <source>Import &amp;Reply…</source>
        <translation>Importer la ré&amp;ponse…</translation>
    </message>
    <message>
        <source>Read the advisor&apos;s reply file: the proposal takes the advisor&apos;s decision and comment</source>
        <translation>Lire le fichier de réponse du responsable pédagogique : la proposition reçoit sa décision et son commentaire</translation>
    </message>
    <message>
        <source>Import &amp;Offers…</source>
        <translation>Importer les o&amp;ffres…</translation>
    </message>
    <message>
        <source>Read the offers file the advisor sent: browse the offers of the year in the Offers tab and apply</source>
        <translation>Lire le fichier d&apos;offres envoyé par le responsable pédagogique : consultez les offres de l&apos;année dans l&apos;onglet Offres et candidatez</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation>&amp;Proposition</translation>
    </message>
    <message>
        <source>New &amp;Internship Proposal…</source>
        <translation>Nouvelle proposition de &amp;stage…</translation>
    </message>
    <message>
        <source>Write an internship proposal; the rules check it as you type</source>
        <translation>Rédiger une proposition de stage ; les règles la vérifient pendant la saisie</translation>
    </message>
    <message>
        <source>New &amp;TER Choice…</source>
        <translation>Nouveau choix de &amp;TER…</translation>
    </message>
    <message>
        <source>Choose a TER subject with free places</source>
        <translation>Choisir un sujet de TER avec des places libres</translation>
    </message>
    <message>
        <source>New &amp;Summer School…</source>
        <translation>Nouvelle &amp;école d&apos;été…</translation>
    </message>
    <message>
        <source>New S&amp;eminar…</source>
        <translation>Nouveau sémi&amp;naire…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete Draft</source>
        <translation>Supprimer le &amp;brouillon</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>S&amp;oumettre…</translation>
    </message>
    <message>
        <source>Write the proposal file to send to the advisor, and mark the proposal submitted</source>
        <translation>Écrire le fichier de proposition à envoyer au responsable pédagogique et marquer la proposition comme soumise</translation>
    </message>
    <message>
        <source>E&amp;mail to Advisor…</source>
        <translation>Écrire au &amp;responsable…</translation>
    </message>
    <message>
        <source>Draft an email to the advisor about the proposal file</source>
        <translation>Préparer un courriel au responsable pédagogique au sujet du fichier de proposition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>My Proposals</source>
        <translation>Mes propositions</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Selected application:</source>
        <translation>Candidature sélectionnée :</translation>
    </message>
    <message>
        <source>Screened by the &amp;Host</source>
        <translation>Examinée par l&apos;&amp;organisme d&apos;accueil</translation>
    </message>
    <message>
        <source>The host read your application and is considering it</source>
        <translation>L&apos;organisme d&apos;accueil a lu votre candidature et l&apos;étudie</translation>
    </message>
    <message>
        <source>A&amp;ccepted</source>
        <translation>A&amp;cceptée</translation>
    </message>
    <message>
        <source>The host accepts you: write the proposal next</source>
        <translation>L&apos;organisme d&apos;accueil vous accepte : rédigez ensuite la proposition</translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation>&amp;Refusée</translation>
    </message>
    <message>
        <source>The host said no</source>
        <translation>L&apos;organisme d&apos;accueil a refusé</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Re&amp;noncer</translation>
    </message>
    <message>
        <source>You give up this application</source>
        <translation>Vous renoncez à cette candidature</translation>
    </message>
    <message>
        <source>Write the &amp;Proposal…</source>
        <translation>Écrire la &amp;proposition…</translation>
    </message>
    <message>
        <source>Start the internship proposal of the accepted offer, already filled in</source>
        <translation>Commencer la proposition de stage de l&apos;offre acceptée, déjà pré-remplie</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Advisor&apos;s answer</source>
        <translation>Réponse du responsable</translation>
    </message>
    <message>
        <source>My proposals</source>
        <translation>Mes propositions</translation>
    </message>
    <message>
        <source>What the rules say of the proposal</source>
        <translation>Ce que les règles disent de la proposition</translation>
    </message>
    <message numerus="yes">
        <source>Contact the academic advisor at least %n month(s) before your internship starts: several parties must sign the agreement before you begin. Write your proposal here (the rules check it as you type), then Submit it: you get a file to send to the advisor, who answers with a reply file to import here.</source>
        <translation>
            <numerusform>Contactez le responsable pédagogique au moins %n mois avant le début de votre stage : plusieurs parties doivent signer la convention avant que vous ne commenciez. Rédigez votre proposition ici (les règles la vérifient pendant la saisie), puis soumettez-la : vous obtenez un fichier à envoyer au responsable, qui répond par un fichier de réponse à importer ici.</numerusform>
            <numerusform>Contactez le responsable pédagogique au moins %n mois avant le début de votre stage : plusieurs parties doivent signer la convention avant que vous ne commenciez. Rédigez votre proposition ici (les règles la vérifient pendant la saisie), puis soumettez-la : vous obtenez un fichier à envoyer au responsable, qui répond par un fichier de réponse à importer ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Personal File</source>
        <translation>Ouvrir un fichier personnel</translation>
    </message>
    <message>
        <source>%1 is not a personal file: it has no student.</source>
        <translation>%1 n&apos;est pas un fichier personnel : il ne contient aucun étudiant.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds the %n student(s) of a programme: it is the advisor&apos;s database, to open without --student.</source>
        <translation>
            <numerusform>%1 contient %n étudiant d&apos;une formation : c&apos;est la base de données du responsable pédagogique, à ouvrir sans --student.</numerusform>
            <numerusform>%1 contient les %n étudiants d&apos;une formation : c&apos;est la base de données du responsable pédagogique, à ouvrir sans --student.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give your name.</source>
        <translation>Indiquez votre nom.</translation>
    </message>
    <message>
        <source>Create the personal file of %1</source>
        <translation>Créer le fichier personnel de %1</translation>
    </message>
    <message>
        <source>InternTrack personal files (*.%1)</source>
        <translation>Fichiers personnels InternTrack (*.%1)</translation>
    </message>
    <message>
        <source>InternTrack — Student</source>
        <translation>InternTrack — Étudiant</translation>
    </message>
    <message>
        <source>No personal file is open: create one with File ▸ New Personal File, or open yours.</source>
        <translation>Aucun fichier personnel n&apos;est ouvert : créez-en un avec Fichier ▸ Nouveau fichier personnel, ou ouvrez le vôtre.</translation>
    </message>
    <message>
        <source>%1 — %2 — InternTrack (student)</source>
        <translation>%1 — %2 — InternTrack (étudiant)</translation>
    </message>
    <message>
        <source>student number %1</source>
        <translation>numéro d&apos;étudiant %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Academic year %3 · &lt;small&gt;%4&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Année universitaire %3 · &lt;small&gt;%4&lt;/small&gt;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sent with the other seminars</source>
        <translation>Envoyé avec les autres séminaires</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message>
        <source>No problem</source>
        <translation>Aucun problème</translation>
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
        <translation>%1 par %2 le %3</translation>
    </message>
    <message>
        <source>“%1” — %2, %3</source>
        <translation>« %1 » — %2, %3</translation>
    </message>
    <message>
        <source>No proposal yet: start one with the buttons above.</source>
        <translation>Aucune proposition pour l&apos;instant : commencez-en une avec les boutons ci-dessus.</translation>
    </message>
    <message>
        <source>State: %1.</source>
        <translation>État : %1.</translation>
    </message>
    <message>
        <source>Submitted on %1.</source>
        <translation>Soumise le %1.</translation>
    </message>
    <message>
        <source>You can still change it; Submit sends it to the advisor.</source>
        <translation>Vous pouvez encore la modifier ; Soumettre l&apos;envoie au responsable pédagogique.</translation>
    </message>
    <message>
        <source>Seminars need no approval: Submit sends all your seminars to the advisor together.</source>
        <translation>Les séminaires ne nécessitent pas d&apos;approbation : Soumettre envoie tous vos séminaires ensemble au responsable pédagogique.</translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation> : « %1 »</translation>
    </message>
    <message>
        <source>The advisor&apos;s answer: %1</source>
        <translation>Réponse du responsable : %1</translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Dérogation : %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
    <message>
        <source>No rule is broken.</source>
        <translation>Aucune règle n&apos;est enfreinte.</translation>
    </message>
    <message>
        <source>New TER Choice</source>
        <translation>Nouveau choix de TER</translation>
    </message>
    <message>
        <source>Open your personal file first.</source>
        <translation>Ouvrez d&apos;abord votre fichier personnel.</translation>
    </message>
    <message>
        <source>Give your partner&apos;s name.</source>
        <translation>Indiquez le nom de votre binôme.</translation>
    </message>
    <message>
        <source>Add %1 as partner</source>
        <translation>Ajouter %1 comme binôme</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Delete your %1? (Edit ▸ Undo brings it back.)</source>
        <translation>Supprimer votre %1 ? (Édition ▸ Annuler le rétablit.)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>Submit With Errors?</source>
        <translation>Soumettre malgré les erreurs ?</translation>
    </message>
    <message numerus="yes">
        <source>This proposal breaks %n rule(s): the advisor cannot approve it until each is fixed, or overridden with a written reason. Submit it anyway?</source>
        <translation>
            <numerusform>Cette proposition enfreint %n règle : le responsable pédagogique ne peut pas l&apos;approuver tant qu&apos;elle n&apos;est pas corrigée ou levée par une dérogation motivée par écrit. La soumettre quand même ?</numerusform>
            <numerusform>Cette proposition enfreint %n règles : le responsable pédagogique ne peut pas l&apos;approuver tant que chacune n&apos;est pas corrigée ou levée par une dérogation motivée par écrit. La soumettre quand même ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Proposal File to Send</source>
        <translation>Enregistrer le fichier de proposition à envoyer</translation>
    </message>
    <message>
        <source>InternTrack proposals (*.%1)</source>
        <translation>Propositions InternTrack (*.%1)</translation>
    </message>
    <message>
        <source>The proposal file %1 is written, but the proposal could not be marked submitted: %2</source>
        <translation>Le fichier de proposition %1 est écrit, mais la proposition n&apos;a pas pu être marquée comme soumise : %2</translation>
    </message>
    <message>
        <source>Proposal written to %1: send it to the advisor (Proposal ▸ Email to Advisor).</source>
        <translation>Proposition écrite dans %1 : envoyez-la au responsable pédagogique (Proposition ▸ Écrire au responsable).</translation>
    </message>
    <message>
        <source>Email to Advisor</source>
        <translation>Écrire au responsable</translation>
    </message>
    <message>
        <source>No email program could be opened. Send %1 to the advisor yourself.</source>
        <translation>Aucune messagerie n&apos;a pu être ouverte. Envoyez vous-même %1 au responsable pédagogique.</translation>
    </message>
    <message>
        <source>Email drafted: attach %1 before sending it.</source>
        <translation>Courriel préparé : joignez %1 avant de l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Import the Advisor&apos;s Reply</source>
        <translation>Importer la réponse du responsable</translation>
    </message>
    <message>
        <source>InternTrack replies (*.%1)</source>
        <translation>Réponses InternTrack (*.%1)</translation>
    </message>
    <message>
        <source>Import Reply</source>
        <translation>Importer la réponse</translation>
    </message>
    <message>
        <source>Import the Offers</source>
        <translation>Importer les offres</translation>
    </message>
    <message>
        <source>InternTrack offers (*%1)</source>
        <translation>Offres InternTrack (*%1)</translation>
    </message>
    <message>
        <source>Import Offers</source>
        <translation>Importer les offres</translation>
    </message>
    <message>
        <source>%1 holds the offers of %2, and your personal file is of %3: ask the advisor for the offers of %3.</source>
        <translation>%1 contient les offres de %2, et votre fichier personnel est de %3 : demandez au responsable pédagogique les offres de %3.</translation>
    </message>
    <message>
        <source>Your personal file is open read-only: the offers cannot be stored in it.</source>
        <translation>Votre fichier personnel est ouvert en lecture seule : les offres ne peuvent pas y être enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) of %1 imported from %2.</source>
        <translation>
            <numerusform>%n offre de %1 importée depuis %2.</numerusform>
            <numerusform>%n offres de %1 importées depuis %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one of your applications first.</source>
        <translation>Sélectionnez d&apos;abord l&apos;une de vos candidatures.</translation>
    </message>
    <message>
        <source>An application cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Une candidature ne peut pas passer de « %1 » à « %2 ».</translation>
    </message>
    <message>
        <source>Once the host accepts you, write the proposal from the offer.</source>
        <translation>Une fois acceptée par l&apos;organisme d&apos;accueil, rédigez la proposition à partir de l&apos;offre.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>offer #%1</source>
        <translation>offre n° %1</translation>
    </message>
    <message>
        <source>Mark your application to &quot;%1&quot; as &quot;%2&quot;? It cannot change afterwards.</source>
        <translation>Marquer votre candidature à « %1 » comme « %2 » ? Ce choix sera définitif.</translation>
    </message>
    <message>
        <source>Your application to &quot;%1&quot; is now: %2.</source>
        <translation>Votre candidature à « %1 » est désormais : %2.</translation>
    </message>
    <message>
        <source>The host has not accepted this application (it is: %1): the proposal comes after.</source>
        <translation>L&apos;organisme d&apos;accueil n&apos;a pas accepté cette candidature (état : %1) : la proposition vient après.</translation>
    </message>
    <message>
        <source>Write the Proposal</source>
        <translation>Écrire la proposition</translation>
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
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>TER</source>
        <translation>TER</translation>
    </message>
    <message>
        <source>Internship or alternative</source>
        <translation>Stage ou alternative</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>The student&apos;s research project (TER): its state and subject</source>
        <translation>Le projet de recherche de l&apos;étudiant (TER)&#xa0;: son état et son sujet</translation>
    </message>
    <message>
        <source>The internship, or the summer school or seminars that replace it</source>
        <translation>Le stage, ou l&apos;école d&apos;été ou les séminaires qui le remplacent</translation>
    </message>
    <message>
        <source>The earliest date not yet met; a late one comes first</source>
        <translation>La date la plus proche non encore respectée&#xa0;; une date dépassée passe en premier</translation>
    </message>
    <message>
        <source>Open errors and warnings of the rules (overridden ones are not open)</source>
        <translation>Erreurs et avertissements ouverts des règles (ceux qui ont fait l&apos;objet d&apos;une dérogation ne sont pas ouverts)</translation>
    </message>
    <message>
        <source>No TER</source>
        <translation>Pas de TER</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Summer school: %1</source>
        <translation>École d&apos;été&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n seminar(s)</source>
        <translation>
            <numerusform>%n séminaire</numerusform>
            <numerusform>%n séminaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Not placed (%1: %2)</source>
        <translation>Sans stage (%1&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Sans stage</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Aucune échéance</translation>
    </message>
    <message>
        <source>Late · %1 · %2</source>
        <translation>En retard · %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n overridden</source>
        <translation>
            <numerusform>%n dérogation accordée</numerusform>
            <numerusform>%n dérogations accordées</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Identifiant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Courriel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Student number: %1</source>
        <translation>Numéro d&apos;étudiant&#xa0;: %1</translation>
    </message>
    <message>
        <source>TER %1: %2 (%3)</source>
        <translation>TER %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>%1, supervised by %2</source>
        <translation>%1, encadré par %2</translation>
    </message>
    <message>
        <source>No TER yet</source>
        <translation>Pas encore de TER</translation>
    </message>
    <message>
        <source>Internship %1 at %2 (%3), %4</source>
        <translation>Stage %1 chez %2 (%3), %4</translation>
    </message>
    <message>
        <source>Summer school %1 (%2), %3</source>
        <translation>École d&apos;été %1 (%2), %3</translation>
    </message>
    <message numerus="yes">
        <source>%n seminar(s) attended</source>
        <translation>
            <numerusform>%n séminaire suivi</numerusform>
            <numerusform>%n séminaires suivis</numerusform>
        </translation>
    </message>
    <message>
        <source>No internship, summer school or seminar yet</source>
        <translation>Pas encore de stage, d&apos;école d&apos;été ni de séminaire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>Nothing is due</source>
        <translation>Aucune échéance</translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Dérogation accordée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Info: %1</source>
        <translation>Information&#xa0;: %1</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Aucun constat</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>proposal due</source>
        <translation>proposition attendue</translation>
    </message>
    <message>
        <source>signatures due</source>
        <translation>signatures attendues</translation>
    </message>
    <message>
        <source>internship starts</source>
        <translation>début du stage</translation>
    </message>
    <message>
        <source>TER starts</source>
        <translation>début du TER</translation>
    </message>
    <message>
        <source>school starts</source>
        <translation>début de l&apos;école d&apos;été</translation>
    </message>
    <message>
        <source>internship ends</source>
        <translation>fin du stage</translation>
    </message>
    <message>
        <source>TER ends</source>
        <translation>fin du TER</translation>
    </message>
    <message>
        <source>school ends</source>
        <translation>fin de l&apos;école d&apos;été</translation>
    </message>
    <message>
        <source>report and proof due</source>
        <translation>rapport et attestation attendus</translation>
    </message>
    <message>
        <source>TER report due</source>
        <translation>rapport de TER attendu</translation>
    </message>
    <message>
        <source>school report due</source>
        <translation>rapport d&apos;école d&apos;été attendu</translation>
    </message>
    <message>
        <source>seminars due</source>
        <translation>séminaires attendus</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>%1 or alternative</source>
        <translation>%1 ou équivalent</translation>
    </message>
    <message>
        <source>No %1</source>
        <translation>Sans %1</translation>
    </message>
    <message>
        <source>No %1 yet</source>
        <translation>Sans %1 pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 starts</source>
        <translation>%1 : début</translation>
    </message>
    <message>
        <source>%1 ends</source>
        <translation>%1 : fin</translation>
    </message>
    <message>
        <source>%1: report due</source>
        <translation>%1 : date limite du rapport</translation>
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
            <numerusform>rapport&#xa0;: %n page</numerusform>
            <numerusform>rapport&#xa0;: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>no report yet</source>
        <translation>pas encore de rapport</translation>
    </message>
    <message>
        <source>Search names, ids, hosts, labs, subjects, supervisors…</source>
        <translation>Rechercher noms, identifiants, organismes d&apos;accueil, laboratoires, sujets, encadrants…</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>Rechercher des étudiants</translation>
    </message>
    <message>
        <source>Search (Ctrl+F): every word must match; case and accents are ignored</source>
        <translation>Recherche (Ctrl+F)&#xa0;: chaque mot doit correspondre&#xa0;; la casse et les accents sont ignorés</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Filter students</source>
        <translation>Filtrer les étudiants</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Étudiants</translation>
    </message>
    <message>
        <source>Selected student</source>
        <translation>Étudiant sélectionné</translation>
    </message>
    <message>
        <source>Loading the academic year…</source>
        <translation>Chargement de l&apos;année universitaire…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Aucune base de données n&apos;est ouverte</translation>
    </message>
    <message>
        <source>Open or create a database: File &gt; Open…</source>
        <translation>Ouvrez ou créez une base de données&#xa0;: Fichier &gt; Ouvrir…</translation>
    </message>
    <message>
        <source>Students overview</source>
        <translation>Vue d&apos;ensemble des étudiants</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>Tous les étudiants</translation>
    </message>
    <message>
        <source>Needs my action</source>
        <translation>Action de ma part requise</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Avec des erreurs</translation>
    </message>
    <message>
        <source>Missing reports</source>
        <translation>Rapports manquants</translation>
    </message>
    <message>
        <source>Not yet placed</source>
        <translation>Pas encore de stage</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Advisor: proposals to decide, items to validate, TERs to grade. Secretariat: signatures, proofs and reports to collect.</source>
        <translation>Responsable pédagogique&#xa0;: propositions à trancher, éléments à valider, TER à noter. Secrétariat&#xa0;: signatures, attestations et rapports à recueillir.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n étudiant</numerusform>
            <numerusform>%n étudiants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n student(s)</source>
        <translation>
            <numerusform>%1 sur %n étudiant</numerusform>
            <numerusform>%1 sur %n étudiants</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Open the editor of this %1</source>
        <translation>Ouvrir l&apos;éditeur de cet élément (%1)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Overridden by %1 on %2: %3</source>
        <translation>Dérogation accordée par %1 le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Overridden by %1: %2</source>
        <translation>Dérogation accordée par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Dérogation…</translation>
    </message>
    <message>
        <source>Override %1</source>
        <translation>Dérogation à %1</translation>
    </message>
    <message>
        <source>Only the advisor can override a rule.</source>
        <translation>Seul le responsable pédagogique peut accorder une dérogation à une règle.</translation>
    </message>
    <message>
        <source>This database is open read-only: nothing can be changed.</source>
        <translation>Cette base de données est ouverte en lecture seule&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>Accept this item although %1 flags it, with a written reason</source>
        <translation>Accepter cet élément bien que %1 le signale, avec un motif écrit</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Fix %1</source>
        <translation>Corriger %1</translation>
    </message>
    <message>
        <source>Open the editor at what this finding concerns</source>
        <translation>Ouvrir l&apos;éditeur à l&apos;endroit concerné par ce constat</translation>
    </message>
    <message>
        <source>Select a student to see their TER, internship and findings.</source>
        <translation>Sélectionnez un étudiant pour voir son TER, son stage et ses constats.</translation>
    </message>
    <message>
        <source>Student %1</source>
        <translation>Étudiant %1</translation>
    </message>
    <message>
        <source>Edit the student&apos;s name, email and number</source>
        <translation>Modifier le nom, le courriel et le numéro de l&apos;étudiant</translation>
    </message>
    <message>
        <source>Student no. %1</source>
        <translation>Étudiant n°&#xa0;%1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>identifiant %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Late · %1</source>
        <translation>En retard · %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more date(s)</source>
        <translation>
            <numerusform>… et %n autre date</numerusform>
            <numerusform>… et %n autres dates</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, supervised by %2</source>
        <translation>%1, encadré par %2</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Avec %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>grade: %1/%2</source>
        <translation>note&#xa0;: %1/%2</translation>
    </message>
    <message>
        <source>no grade yet</source>
        <translation>pas encore de note</translation>
    </message>
    <message>
        <source>TER · %1</source>
        <translation>TER · %1</translation>
    </message>
    <message>
        <source>%1 · %2 h/week</source>
        <translation>%1 · %2 h/semaine</translation>
    </message>
    <message>
        <source>%1 · previous summer</source>
        <translation>%1 · été précédent</translation>
    </message>
    <message>
        <source>tutor %1</source>
        <translation>tuteur %1</translation>
    </message>
    <message>
        <source>signatures %1 of 4</source>
        <translation>signatures %1 sur 4</translation>
    </message>
    <message>
        <source>proof received</source>
        <translation>attestation reçue</translation>
    </message>
    <message>
        <source>no proof yet</source>
        <translation>pas encore d&apos;attestation</translation>
    </message>
    <message>
        <source>Internship · %1</source>
        <translation>Stage · %1</translation>
    </message>
    <message>
        <source>in the proposed list</source>
        <translation>dans la liste proposée</translation>
    </message>
    <message>
        <source>not in the proposed list</source>
        <translation>hors de la liste proposée</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>Summer school · %1</source>
        <translation>École d&apos;été · %1</translation>
    </message>
    <message>
        <source>Seminars · %1 of %2</source>
        <translation>Séminaires · %1 sur %2</translation>
    </message>
    <message>
        <source>No TER, internship, summer school or seminar yet.</source>
        <translation>Pas encore de TER, de stage, d&apos;école d&apos;été ni de séminaire.</translation>
    </message>
</context>
<context>
    <name>interntrack::SummerSchoolEditor</name>
    <message>
        <source>In the programme&apos;s list of proposed summer schools</source>
        <translation>Dans la liste des écoles d&apos;été proposées par la formation</translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation>Le nom de l&apos;école</translation>
    </message>
    <message>
        <source>Every weekday from start to end</source>
        <translation>Chaque jour de semaine du début à la fin</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> jour(s)</translation>
    </message>
    <message>
        <source>One link a line: the school&apos;s page, the programme, the certificate…</source>
        <translation>Un lien par ligne&#xa0;: la page de l&apos;école, le programme, le certificat…</translation>
    </message>
    <message>
        <source>Summer school</source>
        <translation>École d&apos;été</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Étudiant&#xa0;:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>École&#xa0;:</translation>
    </message>
    <message>
        <source>Proposed:</source>
        <translation>Proposée&#xa0;:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Full-time days:</source>
        <translation>Jours à temps plein&#xa0;:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Liens&#xa0;:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapport&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), from the attached PDF</source>
        <translation>
            <numerusform>%n page, d&apos;après le PDF joint</numerusform>
            <numerusform>%n pages, d&apos;après le PDF joint</numerusform>
        </translation>
    </message>
    <message>
        <source>No report attached yet</source>
        <translation>Aucun rapport joint pour l&apos;instant</translation>
    </message>
    <message>
        <source>Choose the student.</source>
        <translation>Choisissez l&apos;étudiant.</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2): correct one of them.</source>
        <translation>La fin (%1) est antérieure au début (%2)&#xa0;: corrigez l&apos;une des deux dates.</translation>
    </message>
</context>
<context>
    <name>interntrack::TerChoiceDialog</name>
    <message>
        <source>Choose a TER</source>
        <translation>Choisir un TER</translation>
    </message>
    <message>
        <source>No TER subject is known yet: import the advisor&apos;s offers file first (File ▸ Import Offers), or write your TER yourself with New TER.</source>
        <translation>Aucun sujet de TER n&apos;est encore connu : importez d&apos;abord le fichier d&apos;offres du responsable pédagogique (Fichier ▸ Importer les offres), ou rédigez vous-même votre TER avec Nouveau TER.</translation>
    </message>
    <message>
        <source>The TER subjects of the year. A full subject cannot be chosen. A mini-challenge to solve is done in pairs, in T4: name your partner.</source>
        <translation>Les sujets de TER de l&apos;année. Un sujet complet ne peut pas être choisi. Un mini-challenge à résoudre se fait en binôme, en T4 : indiquez votre binôme.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Places libres</translation>
    </message>
    <message>
        <source>TER subjects</source>
        <translation>Sujets de TER</translation>
    </message>
    <message>
        <source>Partner (a mini-challenge is solved in pairs):</source>
        <translation>Binôme (un mini-challenge se résout en binôme) :</translation>
    </message>
    <message>
        <source>Partner&apos;s name:</source>
        <translation>Nom du binôme :</translation>
    </message>
    <message>
        <source>Partner&apos;s email:</source>
        <translation>Courriel du binôme :</translation>
    </message>
    <message>
        <source>Partner&apos;s name</source>
        <translation>Nom du binôme</translation>
    </message>
    <message>
        <source>Partner&apos;s email</source>
        <translation>Courriel du binôme</translation>
    </message>
    <message>
        <source>What the TER rules say of this choice:</source>
        <translation>Ce que les règles du TER disent de ce choix :</translation>
    </message>
    <message>
        <source>Findings of the TER rules</source>
        <translation>Constats des règles du TER</translation>
    </message>
    <message>
        <source>%1 (outside Paris-Saclay)</source>
        <translation>%1 (hors Paris-Saclay)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message numerus="yes">
        <source>Full (%n place(s))</source>
        <translation>
            <numerusform>Complet (%n place)</numerusform>
            <numerusform>Complet (%n places)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every place of this subject is taken.</source>
        <translation>Toutes les places de ce sujet sont prises.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 sur %n</numerusform>
            <numerusform>%1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
    <message>
        <source>No rule is broken by this choice so far; the dates and the supervisor come next.</source>
        <translation>Aucune règle n&apos;est enfreinte par ce choix pour l&apos;instant ; les dates et l&apos;encadrant viennent ensuite.</translation>
    </message>
</context>
<context>
    <name>interntrack::TerEditor</name>
    <message>
        <source>The lab is in Paris-Saclay</source>
        <translation>Le laboratoire est à Paris-Saclay</translation>
    </message>
    <message>
        <source>Paid (a gratification or a salary)</source>
        <translation>Rémunéré (gratification ou salaire)</translation>
    </message>
    <message>
        <source>A subject of the year, or a new one</source>
        <translation>Un sujet de l&apos;année, ou un nouveau</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source> student(s)</source>
        <translation> étudiant(s)</translation>
    </message>
    <message>
        <source>How many students the subject takes, over all its TERs</source>
        <translation>Combien d&apos;étudiants le sujet accueille, tous TER confondus</translation>
    </message>
    <message>
        <source> h a week</source>
        <translation> h par semaine</translation>
    </message>
    <message>
        <source>TER</source>
        <translation>TER</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Students:</source>
        <translation>Étudiants&#xa0;:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Capacité&#xa0;:</translation>
    </message>
    <message>
        <source>Lab:</source>
        <translation>Laboratoire&#xa0;:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Localisation&#xa0;:</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>Encadrant&#xa0;:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Emploi du temps</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Weekly hours:</source>
        <translation>Heures par semaine&#xa0;:</translation>
    </message>
    <message>
        <source>Pay:</source>
        <translation>Rémunération&#xa0;:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Find a student…</source>
        <translation>Rechercher un étudiant…</translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation>Rechercher un étudiant</translation>
    </message>
    <message>
        <source>Students of the TER</source>
        <translation>Étudiants du TER</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No student chosen yet</source>
        <translation>Aucun étudiant choisi pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen: %1</source>
        <translation>
            <numerusform>%n choisi&#xa0;: %1</numerusform>
            <numerusform>%n choisis&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), from the attached PDF</source>
        <translation>
            <numerusform>%n page, d&apos;après le PDF joint</numerusform>
            <numerusform>%n pages, d&apos;après le PDF joint</numerusform>
        </translation>
    </message>
    <message>
        <source>No report attached yet</source>
        <translation>Aucun rapport joint pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Not graded yet</source>
        <translation>Pas encore noté</translation>
    </message>
    <message>
        <source>The advisor records the grade with Actions ▸ Grade TER.</source>
        <translation>Le responsable pédagogique enregistre la note avec Actions ▸ Enregistrer la note.</translation>
    </message>
    <message>
        <source>Choose at least one student.</source>
        <translation>Choisissez au moins un étudiant.</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2): correct one of them.</source>
        <translation>La fin (%1) est antérieure au début (%2)&#xa0;: corrigez l&apos;une des deux dates.</translation>
    </message>
    <message>
        <source>The weekly hours cannot be negative.</source>
        <translation>Les heures par semaine ne peuvent pas être négatives.</translation>
    </message>
</context>
<context>
    <name>interntrack::TimelinePage</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>How much of the year the timeline shows across (Ctrl+wheel zooms too).</source>
        <translation>La part de l&apos;année que la frise affiche en largeur (Ctrl+molette permet aussi de zoomer).</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Scroll to today (the blue line).</source>
        <translation>Aller à aujourd&apos;hui (la ligne bleue).</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>One lane per student with a bar for each TER, internship, summer school and seminar, over the academic year with the teaching periods, public holidays and the deadline. Hatched days do not count.</source>
        <translation>Une ligne par étudiant, avec une barre pour chaque TER, stage, école d&apos;été et séminaire, sur l&apos;année universitaire avec les périodes d&apos;enseignement, les jours fériés et la date limite. Les jours hachurés ne comptent pas.</translation>
    </message>
    <message>
        <source>timeline-%1</source>
        <translation>frise-%1</translation>
    </message>
    <message>
        <source>Export the timeline as an image</source>
        <translation>Exporter la frise chronologique en image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Exporter la frise chronologique</translation>
    </message>
    <message>
        <source>Export the timeline as PDF</source>
        <translation>Exporter la frise chronologique en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Timeline %1</source>
        <translation>Frise chronologique %1</translation>
    </message>
    <message>
        <source>Print the timeline</source>
        <translation>Imprimer la frise chronologique</translation>
    </message>
</context>
<context>
    <name>interntrack::TimelineView</name>
    <message>
        <source>TER: %1</source>
        <translation>TER : %1</translation>
    </message>
    <message numerus="yes">
        <source>The timeline of %n students is too tall for one image: export it as PDF, which spreads the students over pages.</source>
        <translation>
            <numerusform>La frise chronologique de %n étudiant est trop haute pour une seule image : exportez-la en PDF, qui répartit les étudiants sur plusieurs pages.</numerusform>
            <numerusform>La frise chronologique de %n étudiants est trop haute pour une seule image : exportez-la en PDF, qui répartit les étudiants sur plusieurs pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation>L&apos;image n&apos;a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>Timeline %1</source>
        <translation>Frise chronologique %1</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans %1 : %2</translation>
    </message>
    <message>
        <source>The pages could not be started (the file or the printer refused them).</source>
        <translation>Les pages n&apos;ont pas pu être commencées (le fichier ou l&apos;imprimante les a refusées).</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>Impossible de commencer une nouvelle page.</translation>
    </message>
    <message>
        <source>InternTrack timeline %1 — page %2 of %3</source>
        <translation>Frise chronologique InternTrack %1 — page %2 sur %3</translation>
    </message>
    <message>
        <source>The pages could not be finished.</source>
        <translation>Les pages n&apos;ont pas pu être terminées.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>Counted from %1 (the last signature): %n schedule day(s) before it do not count.</source>
        <translation>
            <numerusform>Compté à partir du %1 (la dernière signature) : %n jour prévu avant cette date ne compte pas.</numerusform>
            <numerusform>Compté à partir du %1 (la dernière signature) : %n jours prévus avant cette date ne comptent pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 scheduled days, %2 days of presence, %3 hours (%4 full-time weeks).</source>
        <translation>%1 jours prévus, %2 jours de présence, %3 heures (%4 semaines à temps plein).</translation>
    </message>
    <message numerus="yes">
        <source>%n absence day(s), which do not count.</source>
        <translation>
            <numerusform>%n jour d&apos;absence, qui ne compte pas.</numerusform>
            <numerusform>%n jours d&apos;absence, qui ne comptent pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gratification required: at least %1 a month, %2 in all.</source>
        <translation>Gratification obligatoire : au moins %1 par mois, %2 au total.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2: %3 to %4)</source>
        <translation>%1 (%2 : du %3 au %4)</translation>
    </message>
    <message>
        <source>%1, public holiday</source>
        <translation>%1, jour férié</translation>
    </message>
    <message>
        <source>%1, deadline of the year</source>
        <translation>%1, date limite de l&apos;année</translation>
    </message>
    <message>
        <source>%1 window</source>
        <translation>%1 : période</translation>
    </message>
    <message>
        <source>Internship window</source>
        <translation>Période de stage</translation>
    </message>
</context>
<context>
    <name>interntrack::Workspace</name>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name.</source>
        <translation>%1 existe déjà&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Choose the academic year of the new database.</source>
        <translation>Choisissez l&apos;année universitaire de la nouvelle base de données.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Academic year %1 added.</source>
        <translation>Année universitaire %1 ajoutée.</translation>
    </message>
    <message numerus="yes">
        <source>Academic year %1: %n student(s).</source>
        <translation>
            <numerusform>Année universitaire %1&#xa0;: %n étudiant.</numerusform>
            <numerusform>Année universitaire %1&#xa0;: %n étudiants.</numerusform>
        </translation>
    </message>
    <message>
        <source>This database is open read-only: nothing can be changed.</source>
        <translation>Cette base de données est ouverte en lecture seule&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>The year is still loading.</source>
        <translation>L&apos;année est encore en cours de chargement.</translation>
    </message>
    <message>
        <source>Give the item an identifier.</source>
        <translation>Donnez un identifiant à l&apos;élément.</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>Modifier %1 %2</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>Ajouter %1 %2</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Introuvable&#xa0;: %1 %2.</translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation>Supprimer %1 %2</translation>
    </message>
    <message>
        <source>%1 → %2 (%3 %4)</source>
        <translation>%1 → %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Write the reason for overriding %1: it is kept with the decision.</source>
        <translation>Rédigez le motif de la dérogation à %1&#xa0;: il est conservé avec la décision.</translation>
    </message>
    <message>
        <source>Override %1 on %2</source>
        <translation>Dérogation à %1 pour %2</translation>
    </message>
    <message>
        <source>Remove the override of %1 on %2</source>
        <translation>Retirer la dérogation à %1 pour %2</translation>
    </message>
    <message>
        <source>There is no internship %1.</source>
        <translation>Le stage %1 est introuvable.</translation>
    </message>
    <message>
        <source>Only the secretariat or the advisor records signatures.</source>
        <translation>Seul le secrétariat ou le responsable pédagogique enregistre les signatures.</translation>
    </message>
    <message>
        <source>A signature cannot be dated in the future (%1).</source>
        <translation>Une signature ne peut pas être datée dans le futur (%1).</translation>
    </message>
    <message>
        <source>Signatures are recorded once the proposal is approved (it is %1).</source>
        <translation>Les signatures sont enregistrées une fois la proposition approuvée (elle est à l&apos;état «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>the student</source>
        <translation>l&apos;étudiant</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>l&apos;organisme d&apos;accueil</translation>
    </message>
    <message>
        <source>the tutor</source>
        <translation>le tuteur</translation>
    </message>
    <message>
        <source>the university</source>
        <translation>l&apos;université</translation>
    </message>
    <message>
        <source>The agreement is %1: its signatures can no longer be removed.</source>
        <translation>La convention est à l&apos;état «&#xa0;%1&#xa0;»&#xa0;: ses signatures ne peuvent plus être retirées.</translation>
    </message>
    <message>
        <source>Electronic signature of %1 on %2 (%3)</source>
        <translation>Signature électronique par %1 le %2 (%3)</translation>
    </message>
    <message>
        <source>Signature on paper of %1 on %2 (%3)</source>
        <translation>Signature sur papier par %1 le %2 (%3)</translation>
    </message>
    <message>
        <source>Clear the signature of %1 (%2)</source>
        <translation>Effacer la signature apposée par %1 (%2)</translation>
    </message>
    <message>
        <source>Only the secretariat or the advisor records a report as received.</source>
        <translation>Seul le secrétariat ou le responsable pédagogique enregistre la réception d&apos;un rapport.</translation>
    </message>
    <message numerus="yes">
        <source>Report of %n page(s) for %1</source>
        <translation>
            <numerusform>Rapport de %n page pour %1</numerusform>
            <numerusform>Rapport de %n pages pour %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the secretariat or the advisor records the proof of completion.</source>
        <translation>Seul le secrétariat ou le responsable pédagogique enregistre l&apos;attestation de fin de stage.</translation>
    </message>
    <message>
        <source>Proof of completion received (%1)</source>
        <translation>Attestation de fin de stage reçue (%1)</translation>
    </message>
    <message>
        <source>Proof of completion removed (%1)</source>
        <translation>Attestation de fin de stage retirée (%1)</translation>
    </message>
    <message>
        <source>There is no TER %1.</source>
        <translation>Le TER %1 est introuvable.</translation>
    </message>
    <message>
        <source>Only the advisor records grades.</source>
        <translation>Seul le responsable pédagogique enregistre les notes.</translation>
    </message>
    <message>
        <source>A grade is between 0 and 20.</source>
        <translation>Une note est comprise entre 0 et 20.</translation>
    </message>
    <message>
        <source>Grade %1/20 for %2</source>
        <translation>Note %1/20 pour %2</translation>
    </message>
    <message>
        <source>Grade removed (%1)</source>
        <translation>Note retirée (%1)</translation>
    </message>
    <message>
        <source>Only the advisor changes the rules of the year.</source>
        <translation>Seul le responsable pédagogique modifie les règles de l&apos;année.</translation>
    </message>
    <message>
        <source>Change the rules of %1</source>
        <translation>Modifier les règles de %1</translation>
    </message>
    <message>
        <source>Rules of %1 saved; the checks ran again.</source>
        <translation>Règles de %1 enregistrées&#xa0;; les vérifications ont été relancées.</translation>
    </message>
    <message>
        <source>Only the advisor or the secretariat imports proposals.</source>
        <translation>Seul le responsable pédagogique ou le secrétariat importe les propositions.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) imported.</source>
        <translation>
            <numerusform>%n proposition importée.</numerusform>
            <numerusform>%n propositions importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is already %2.</source>
        <translation>%1 : déjà à l&apos;état « %2 ».</translation>
    </message>
    <message>
        <source>The %1 is %2 here: it cannot become %3.</source>
        <translation>%1 : à l&apos;état « %2 » ici, ne peut pas passer à « %3 ».</translation>
    </message>
    <message>
        <source>the advisor</source>
        <translation>le responsable pédagogique</translation>
    </message>
    <message>
        <source>Advisor&apos;s decision: %1 (%2 %3)</source>
        <translation>Décision du responsable : %1 (%2 %3)</translation>
    </message>
    <message>
        <source>(The reply gives no reason.)</source>
        <translation>(La réponse ne donne pas de motif.)</translation>
    </message>
    <message>
        <source>%1 is not the address of a PostgreSQL database: write postgresql://login@host:port/database.</source>
        <translation>%1 n&apos;est pas l&apos;adresse d&apos;une base de données PostgreSQL : écrivez postgresql://login@host:port/database.</translation>
    </message>
    <message>
        <source>Your login %1 is a student&apos;s but no student of %2 is tied to it: ask your administrator to run interntrack-cli db add-user.</source>
        <translation>Votre identifiant %1 est celui d&apos;un étudiant, mais aucun étudiant de %2 n&apos;y est lié : demandez à votre administrateur d&apos;exécuter interntrack-cli db add-user.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made by other people arrived.</source>
        <translation>
            <numerusform>%n modification reçue d&apos;autres personnes.</numerusform>
            <numerusform>%n modifications reçues d&apos;autres personnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The %1 was deleted by someone else after you opened it.</source>
        <translation>Cet élément (%1) a été supprimé par quelqu&apos;un d&apos;autre après que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>(date inconnue)</translation>
    </message>
    <message>
        <source>The %1 was changed by %2 at %3, after you opened it: look at their changes, then make yours again.</source>
        <translation>Cet élément (%1) a été modifié par %2 le %3, après que vous l&apos;avez ouvert : consultez ses modifications, puis refaites les vôtres.</translation>
    </message>
    <message>
        <source>This database holds no programme &quot;%1&quot;.</source>
        <translation>Cette base ne contient pas de formation « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a programme: use 1 to 64 lower-case letters, digits and dashes, e.g. imperial-msc-ai.</source>
        <translation>« %1 » ne peut pas nommer une formation : utilisez de 1 à 64 lettres minuscules, chiffres et tirets, p. ex. imperial-msc-ai.</translation>
    </message>
    <message>
        <source>This database already holds the programme &quot;%1&quot;.</source>
        <translation>Cette base contient déjà la formation « %1 ».</translation>
    </message>
    <message>
        <source>Choose the first academic year of the programme.</source>
        <translation>Choisissez la première année universitaire de la formation.</translation>
    </message>
    <message>
        <source>Programme %1 added, with the academic year %2.</source>
        <translation>Formation %1 ajoutée, avec l&apos;année universitaire %2.</translation>
    </message>
</context>
</TS>
