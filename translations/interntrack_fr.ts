<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>proposal checks the plan; validation also the deliverables (proof, reports, grades); close also whether each student completed the year (default: the input&apos;s &quot;stage&quot;, else proposal).</source>
        <translation>proposal vérifie le projet&#xa0;; validation vérifie aussi les livrables (attestation, rapports, notes)&#xa0;; close vérifie aussi que chaque étudiant a terminé l&apos;année (par défaut&#xa0;: le &quot;stage&quot; de l&apos;entrée, sinon proposal).</translation>
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
        <source>--stage: &quot;%1&quot; is not one of proposal, validation, close</source>
        <translation>--stage&#xa0;: &quot;%1&quot; n&apos;est pas l&apos;une des valeurs proposal, validation, close</translation>
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
        <source>Check a year of this database instead of a FILE.json (a postgresql:// URL is not supported yet).</source>
        <translation>Vérifie une année de cette base au lieu d&apos;un FICHIER.json (une URL postgresql:// n&apos;est pas encore prise en charge).</translation>
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
        <source>--year goes with --db</source>
        <translation>--year va avec --db</translation>
    </message>
    <message>
        <source>cannot write the result: %1</source>
        <translation>impossible d&apos;écrire le résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database: an InternTrack database file (a postgresql:// URL is not supported yet).</source>
        <translation>La base&#xa0;: un fichier de base InternTrack (une URL postgresql:// n&apos;est pas encore prise en charge).</translation>
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
        <source>--db: PostgreSQL is not supported yet: give the path of a database file</source>
        <translation>--db&#xa0;: PostgreSQL n&apos;est pas encore pris en charge&#xa0;: donnez le chemin d&apos;un fichier de base</translation>
    </message>
    <message>
        <source>--db: give the path of a database file</source>
        <translation>--db&#xa0;: donnez le chemin d&apos;un fichier de base</translation>
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
        <source>override %1: unknown key &quot;%2&quot; (the keys are rule, by, at, reason)</source>
        <translation>dérogation %1&#xa0;: clé inconnue &quot;%2&quot; (les clés sont rule, by, at, reason)</translation>
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
        <source>The database file to open.</source>
        <translation>Le fichier de base à ouvrir.</translation>
    </message>
    <message>
        <source>Give at most one database file.</source>
        <translation>Donnez au plus un fichier de base.</translation>
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
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>The year on a calendar: the periods T1 to T4, the deadlines and every internship.</source>
        <translation>L&apos;année sur un calendrier&#xa0;: les périodes T1 à T4, les échéances et chaque stage.</translation>
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
        <source>%1 — InternTrack</source>
        <translation>%1 — InternTrack</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base&#xa0;: %1</translation>
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
</context>
<context>
    <name>interntrack::PlaceholderPage</name>
    <message>
        <source>This view is coming in a later version of InternTrack.</source>
        <translation>Cette vue arrive dans une prochaine version d&apos;InternTrack.</translation>
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
</TS>
