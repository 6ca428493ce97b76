#include "ListExport.h"

#include "DocumentWriter.h"
#include "rules/Deadlines.h"
#include "rules/YearSummary.h"
#include "workflow/Workflow.h"

#include <QSet>

namespace interntrack {

namespace {

/// The students of @p cohort that @p ids selects (all when empty), in the cohort's order.
QList<const Student*> selectedStudents(const Cohort& cohort, const QStringList& ids)
{
    QList<const Student*> out;
    QSet<QString> seen;
    for (const Student& s : cohort.students) {
        if ((ids.isEmpty() || ids.contains(s.id)) && !seen.contains(s.id)) {
            seen.insert(s.id);
            out.append(&s);
        }
    }
    return out;
}

QString yesNo(bool value)
{
    return value ? ListExport::tr("yes") : ListExport::tr("no");
}

QString itemState(const QString& id, WorkflowState state)
{
    return QStringLiteral("%1: %2").arg(id, Workflow::stateName(state));
}

/// "15.5" for 15.50, "12" for 12.00: at most two decimals, a point.
QString plainNumber(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QStringList withDecimalSeparator(QStringList row, const QList<int>& numeric, QChar separator)
{
    if (separator == QLatin1Char('.'))
        return row;
    for (int column : numeric) {
        if (column >= 0 && column < row.size())
            row[column].replace(QLatin1Char('.'), separator);
    }
    return row;
}

} // namespace

ExportTable ListExport::studentStatus(const Cohort& cohort, const CheckResult& result, const QStringList& studentIds)
{
    ExportTable table;
    table.title = tr("Students of %1: where each one stands").arg(cohort.year().toString());
    table.header = {tr("Student id"),        tr("Name"),         tr("Email"),          tr("Placed"),
                    tr("Internships"),       tr("TER"),          tr("Summer schools"), tr("Seminars"),
                    tr("Blocking findings"), tr("Year complete")};
    table.numericColumns = {7, 8};

    QHash<QString, int> blocking;
    for (const Finding& f : result.findings) {
        if (f.blocking())
            ++blocking[f.student];
    }
    for (const Student* student : selectedStudents(cohort, studentIds)) {
        bool placed = false;
        QStringList internships, ters, schools;
        for (const Internship& i : cohort.internships) {
            if (i.studentId != student->id)
                continue;
            internships.append(itemState(i.id, i.state));
            placed = placed || YearSummary::placingState(i.state);
        }
        for (const Ter& t : cohort.ters) {
            if (t.studentIds.contains(student->id))
                ters.append(itemState(t.id, t.state));
        }
        for (const SummerSchool& s : cohort.summerSchools) {
            if (s.studentId != student->id)
                continue;
            schools.append(itemState(s.id, s.state));
            placed = placed || YearSummary::placingState(s.state);
        }
        int seminars = 0;
        for (const Seminar& s : cohort.seminars)
            seminars += s.studentId == student->id ? 1 : 0;
        placed = placed || seminars >= YearSummary::kSeminarsForPlacement;
        const auto separator = QStringLiteral("; ");
        table.rows.append({student->id, student->name, student->email, yesNo(placed), internships.join(separator),
                           ters.join(separator), schools.join(separator), QString::number(seminars),
                           QString::number(blocking.value(student->id)),
                           yesNo(result.students.value(student->id).complete)});
    }
    return table;
}

ExportTable ListExport::deliverablesOwed(const Cohort& cohort, const QStringList& studentIds, QDate today)
{
    ExportTable table;
    table.title = tr("Deliverables still owed on %1").arg(isoDate(today));
    table.header = {tr("Due"), tr("Late"), tr("Student id"), tr("Name"), tr("Item"), tr("Item id"), tr("Deliverable")};

    struct Row
    {
        QDate due;
        QStringList cells;
    };
    QList<Row> rows;
    for (const Student* student : selectedStudents(cohort, studentIds)) {
        for (const Deadline& d : deadlines(cohort, student->id, today)) {
            if (d.done || (d.kind != DeadlineKind::ReportDue && d.kind != DeadlineKind::SeminarsDue))
                continue;
            QString item;
            QStringList owed;
            switch (d.itemKind) {
            case ItemKind::Internship:
                for (const Internship& i : cohort.internships) {
                    if (i.id != d.itemId)
                        continue;
                    item = i.host.name.isEmpty() ? tr("internship") : tr("internship at %1").arg(i.host.name);
                    if (!i.reportPages)
                        owed.append(tr("report"));
                    if (!i.proof)
                        owed.append(tr("completion proof signed by the host"));
                }
                break;
            case ItemKind::Ter:
                for (const Ter& t : cohort.ters) {
                    if (t.id == d.itemId) {
                        item = t.subject.isEmpty() ? tr("TER") : tr("TER \u201c%1\u201d").arg(t.subject);
                        owed.append(tr("report"));
                    }
                }
                break;
            case ItemKind::SummerSchool:
                for (const SummerSchool& s : cohort.summerSchools) {
                    if (s.id == d.itemId) {
                        item = s.name.isEmpty() ? tr("summer school") : tr("summer school %1").arg(s.name);
                        owed.append(tr("report"));
                    }
                }
                break;
            case ItemKind::Seminar: {
                int count = 0;
                int withParagraph = 0;
                for (const Seminar& s : cohort.seminars) {
                    if (s.studentId != student->id)
                        continue;
                    ++count;
                    withParagraph += s.paragraph.trimmed().isEmpty() ? 0 : 1;
                }
                item = tr("seminars");
                owed.append(tr("%1 seminars with a paragraph each (%2 attended, %3 with a paragraph)")
                                .arg(cohort.rules.seminarsMin)
                                .arg(count)
                                .arg(withParagraph));
                break;
            }
            case ItemKind::Student:
                break;
            }
            for (const QString& what : std::as_const(owed))
                rows.append(
                    {d.date,
                     {isoDate(d.date), yesNo(d.isLate(today)), student->id, student->name, item, d.itemId, what}});
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.due < b.due; });
    for (const Row& r : std::as_const(rows))
        table.rows.append(r.cells);
    return table;
}

ExportTable ListExport::terGrades(const Cohort& cohort, const QStringList& studentIds)
{
    ExportTable table;
    table.title = tr("TER grades of %1").arg(cohort.year().toString());
    table.header = {tr("TER id"), tr("Subject"), tr("Supervisor"),       tr("Student id"),
                    tr("Name"),   tr("State"),   tr("Grade (out of 20)")};
    table.numericColumns = {6};
    const QList<const Student*> students = selectedStudents(cohort, studentIds);
    for (const Ter& t : cohort.ters) {
        for (const Student* student : students) {
            if (!t.studentIds.contains(student->id))
                continue;
            table.rows.append({t.id, t.subject, t.supervisor, student->id, student->name, Workflow::stateName(t.state),
                               t.grade ? plainNumber(*t.grade) : QString()});
        }
    }
    return table;
}

QByteArray ListExport::toCsv(const ExportTable& table, const CsvFormat& format)
{
    CsvWriter writer(format);
    writer.writeRecord(table.header);
    for (const QStringList& row : table.rows)
        writer.writeRecord(withDecimalSeparator(row, table.numericColumns, format.decimalSeparator()));
    return writer.data();
}

QString ListExport::toHtml(const ExportTable& table, QChar decimalSeparator)
{
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                  "<body style=\"font-size: 9pt\"><h2>%1</h2>\n")
                       .arg(table.title.toHtmlEscaped());
    // Qt's HTML reader makes the rows of <thead> the table's header rows, which print at the top of every page.
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>");
    for (const QString& h : table.header)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr></thead><tbody>\n");
    for (const QStringList& row : table.rows) {
        html += QStringLiteral("<tr>");
        const QStringList cells = withDecimalSeparator(row, table.numericColumns, decimalSeparator);
        for (int c = 0; c < cells.size(); ++c) {
            const bool numeric = table.numericColumns.contains(c);
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(numeric ? QStringLiteral(" align=\"right\"") : QString(),
                             cells.at(c).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody></table></body></html>\n");
    return html;
}

Status ListExport::writeCsv(const ExportTable& table, const QString& path, const CsvFormat& format)
{
    return DocumentWriter::saveFile(toCsv(table, format), path);
}

Status ListExport::writePdf(const ExportTable& table, const QString& path, QChar decimalSeparator)
{
    return DocumentWriter::writePdf(toHtml(table, decimalSeparator), path, table.title);
}

} // namespace interntrack
