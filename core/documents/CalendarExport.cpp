#include "CalendarExport.h"

#include <QMap>
#include <QSet>

#include <libical/ical.h>

#include <memory>

namespace interntrack {

namespace {

QString kindCode(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Internship:
        return QStringLiteral("internship");
    case ItemKind::Ter:
        return QStringLiteral("ter");
    case ItemKind::SummerSchool:
        return QStringLiteral("summer-school");
    case ItemKind::Seminar:
        return QStringLiteral("seminars");
    case ItemKind::Student:
        break;
    }
    return QStringLiteral("student");
}

/// An all-day date (VALUE=DATE).
icaltimetype icalDate(QDate date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    return t;
}

/// Owns an icalcomponent until it is handed to a parent.
struct ComponentDeleter
{
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};

QString itemName(const Cohort& cohort, const Deadline& d)
{
    switch (d.itemKind) {
    case ItemKind::Internship:
        for (const Internship& i : cohort.internships) {
            if (i.id == d.itemId)
                return i.host.name.isEmpty() ? CalendarExport::tr("internship")
                                             : CalendarExport::tr("internship at %1").arg(i.host.name);
        }
        break;
    case ItemKind::Ter:
        for (const Ter& t : cohort.ters) {
            if (t.id == d.itemId)
                return t.subject.isEmpty() ? CalendarExport::tr("TER")
                                           : CalendarExport::tr("TER \u201c%1\u201d").arg(t.subject);
        }
        break;
    case ItemKind::SummerSchool:
        for (const SummerSchool& s : cohort.summerSchools) {
            if (s.id == d.itemId)
                return s.name.isEmpty() ? CalendarExport::tr("summer school")
                                        : CalendarExport::tr("summer school %1").arg(s.name);
        }
        break;
    case ItemKind::Seminar:
        return CalendarExport::tr("seminars");
    case ItemKind::Student:
        break;
    }
    return d.itemId;
}

} // namespace

QString CalendarExport::uid(const Deadline& deadline)
{
    const QString id = deadline.itemKind == ItemKind::Seminar ? deadline.studentId : deadline.itemId;
    return kindCode(deadline.itemKind) + QLatin1Char('-') + id + QLatin1Char('-') + deadlineKindCode(deadline.kind)
           + QStringLiteral("@interntrack");
}

QString CalendarExport::summary(const Deadline& deadline, const QString& studentNames, const QString& itemName)
{
    switch (deadline.kind) {
    case DeadlineKind::ProposalDue:
        return tr("Proposal due: %1 (%2)").arg(studentNames, itemName);
    case DeadlineKind::SignaturesDue:
        return tr("Agreement signatures due: %1 (%2)").arg(studentNames, itemName);
    case DeadlineKind::Start:
        return tr("Start: %1 (%2)").arg(studentNames, itemName);
    case DeadlineKind::End:
        return tr("End: %1 (%2)").arg(studentNames, itemName);
    case DeadlineKind::ReportDue:
        return tr("Report due: %1 (%2)").arg(studentNames, itemName);
    case DeadlineKind::SeminarsDue:
        return tr("Seminars due: %1 (%2)").arg(studentNames, itemName);
    }
    return studentNames;
}

QByteArray CalendarExport::calendarIcs(const Cohort& cohort, const QHash<QString, InternshipFigures>& figures,
                                       const QStringList& studentIds, QDate today)
{
    QHash<QString, QString> names;
    for (const Student& s : cohort.students)
        names.insert(s.id, s.name.isEmpty() ? s.id : s.name);

    // The deadlines of the selected students, a group TER's once with every selected student.
    QList<Deadline> list;
    QMap<QString, QStringList> studentsOf; // by UID, in the order of the selection
    QSet<QString> seenStudents;
    const QStringList selection = studentIds.isEmpty() ? QStringList(names.keys()) : studentIds;
    QStringList ordered;
    for (const Student& s : cohort.students) {
        if (selection.contains(s.id) && !seenStudents.contains(s.id)) {
            seenStudents.insert(s.id);
            ordered.append(s.id);
        }
    }
    for (const QString& studentId : std::as_const(ordered)) {
        for (Deadline d : deadlines(cohort, studentId, today)) {
            if (d.kind == DeadlineKind::ProposalDue) {
                const auto f = figures.constFind(d.itemId);
                if (f != figures.constEnd() && f->proposalDue.isValid())
                    d.date = f->proposalDue;
            }
            const QString id = uid(d);
            if (!studentsOf.contains(id))
                list.append(d);
            studentsOf[id].append(names.value(studentId, studentId));
        }
    }
    sortDeadlines(list);

    std::unique_ptr<icalcomponent, ComponentDeleter> calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//InternTrack//InternTrack//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));

    icaltimetype stamp = icaltime_null_time();
    stamp.year = today.year();
    stamp.month = today.month();
    stamp.day = today.day();
    stamp = icaltime_set_timezone(&stamp, icaltimezone_get_utc_timezone());

    for (const Deadline& d : std::as_const(list)) {
        if (!d.date.isValid())
            continue;
        const QString id = uid(d);
        icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_property(event, icalproperty_new_uid(id.toUtf8().constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(event, icalproperty_new_dtstart(icalDate(d.date)));
        icalcomponent_add_property(event, icalproperty_new_dtend(icalDate(d.date.addDays(1))));
        const QString text = summary(d, studentsOf.value(id).join(QStringLiteral(", ")), itemName(cohort, d));
        icalcomponent_add_property(event, icalproperty_new_summary(text.toUtf8().constData()));
        // A deadline takes no time: it never shows the day as busy.
        icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        icalcomponent_add_component(calendar.get(), event);
    }

    char* text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray out(text);
    icalmemory_free_buffer(text);
    return out;
}

} // namespace interntrack
