#include "TestSupport.h"
#include "calendar/Calendar.h"

#include <QTest>

using namespace interntrack;
using interntrack::test::d;

class TestCalendar : public QObject
{
    Q_OBJECT

private slots:
    void easter_data();
    void easter();
    void holidays_data();
    void holidays();
    void teachingPeriods_data();
    void teachingPeriods();
    void leapYearPeriods();
    void counting_data();
    void counting();
    void countedStartFollowsSignatures();
    void unsignedAfterStartCountsFromToday();
    void earliestEndAndLatestEnd();
    void datesFarFromTheYear();
};

void TestCalendar::easter_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("2000") << 2000 << d("2000-04-23");
    QTest::newRow("2024") << 2024 << d("2024-03-31");
    QTest::newRow("2025") << 2025 << d("2025-04-20");
    QTest::newRow("2026") << 2026 << d("2026-04-05");
    QTest::newRow("2027") << 2027 << d("2027-03-28");
    QTest::newRow("2028") << 2028 << d("2028-04-16");
    QTest::newRow("2029") << 2029 << d("2029-04-01");
    QTest::newRow("2030") << 2030 << d("2030-04-21");
    QTest::newRow("2038-latest-possible") << 2038 << d("2038-04-25");
    QTest::newRow("2285-earliest-possible") << 2285 << d("2285-03-22");
}

void TestCalendar::easter()
{
    QFETCH(int, year);
    QFETCH(QDate, expected);
    QCOMPARE(easterSunday(year), expected);
}

void TestCalendar::holidays_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("expected");
    // Written by hand from the official calendars (Easter Monday, Ascension, Whit Monday move).
    auto row = [](int y, const char* easterMonday, const char* ascension, const char* whitMonday) {
        const QString ys = QString::number(y);
        QStringList days = {ys + QStringLiteral("-01-01"),
                            ys + QLatin1Char('-') + QLatin1String(easterMonday),
                            ys + QStringLiteral("-05-01"),
                            ys + QStringLiteral("-05-08"),
                            ys + QLatin1Char('-') + QLatin1String(ascension),
                            ys + QLatin1Char('-') + QLatin1String(whitMonday),
                            ys + QStringLiteral("-07-14"),
                            ys + QStringLiteral("-08-15"),
                            ys + QStringLiteral("-11-01"),
                            ys + QStringLiteral("-11-11"),
                            ys + QStringLiteral("-12-25")};
        days.sort();
        QTest::newRow(qPrintable(ys)) << y << days;
    };
    row(2024, "04-01", "05-09", "05-20");
    row(2025, "04-21", "05-29", "06-09");
    row(2026, "04-06", "05-14", "05-25");
    row(2027, "03-29", "05-06", "05-17");
    row(2028, "04-17", "05-25", "06-05");
    row(2029, "04-02", "05-10", "05-21");
    row(2030, "04-22", "05-30", "06-10");
}

void TestCalendar::holidays()
{
    QFETCH(int, year);
    QFETCH(QStringList, expected);
    const RuleSet rules = RuleSet::parisSaclayM1(AcademicYear{year - 1});
    QStringList got;
    for (const QDate& day : publicHolidays(year, rules))
        got.append(day.toString(Qt::ISODate));
    QCOMPARE(got, expected);

    const Calendar calendar(rules);
    for (const QString& s : expected)
        QVERIFY2(calendar.isPublicHoliday(QDate::fromString(s, Qt::ISODate)), qPrintable(s));
    QVERIFY(!calendar.isPublicHoliday(QDate(year, 7, 13)));
    QVERIFY(!calendar.isPublicHoliday(QDate(year, 12, 26)));
}

void TestCalendar::teachingPeriods_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("period");
    QTest::newRow("before-T1") << d("2025-08-31") << QString();
    QTest::newRow("T1-first") << d("2025-09-01") << QStringLiteral("T1");
    QTest::newRow("T1-last") << d("2025-10-31") << QStringLiteral("T1");
    QTest::newRow("T2-first") << d("2025-11-01") << QStringLiteral("T2");
    QTest::newRow("T2-last") << d("2025-12-31") << QStringLiteral("T2");
    QTest::newRow("T3-first") << d("2026-01-01") << QStringLiteral("T3");
    QTest::newRow("T3-last-2026-not-leap") << d("2026-02-28") << QStringLiteral("T3");
    QTest::newRow("T4-first") << d("2026-03-01") << QStringLiteral("T4");
    QTest::newRow("T4-last") << d("2026-04-30") << QStringLiteral("T4");
    QTest::newRow("after-T4") << d("2026-05-01") << QString();
}

void TestCalendar::teachingPeriods()
{
    QFETCH(QDate, day);
    QFETCH(QString, period);
    const Calendar calendar(test::rules2025());
    const Period* p = calendar.periodOf(day);
    QCOMPARE(p ? p->name : QString(), period);
    QCOMPARE(calendar.isTeachingDay(day), !period.isEmpty());
}

void TestCalendar::leapYearPeriods()
{
    const RuleSet rules = RuleSet::parisSaclayM1(AcademicYear{2027});
    QCOMPARE(rules.period(QStringLiteral("T3"))->end, d("2028-02-29"));
    QCOMPARE(RuleSet::parisSaclayM1(AcademicYear{2026}).period(QStringLiteral("T3"))->end, d("2027-02-28"));
    const Calendar calendar(rules);
    QCOMPARE(calendar.periodOf(d("2028-02-29"))->name, QStringLiteral("T3"));
    // Mon 28 Feb, Tue 29 Feb, Wed 1 Mar 2028: three scheduled days.
    QCOMPARE(calendar.count(d("2028-02-28"), d("2028-03-01"), WorkDays::mondayToFriday(), 35, {}).scheduledDays, 3);
    QVERIFY(calendar.withinPeriods(d("2028-02-29"), d("2028-03-01"), {QStringLiteral("T3"), QStringLiteral("T4")}));
    QVERIFY(!calendar.withinPeriods(d("2028-02-29"), d("2028-03-01"), {QStringLiteral("T3")}));
}

void TestCalendar::counting_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QStringList>("days");
    QTest::addColumn<double>("weeklyHours");
    QTest::addColumn<QStringList>("absences");
    QTest::addColumn<int>("scheduled");
    QTest::addColumn<int>("presence");
    QTest::addColumn<double>("presenceHours");
    QTest::addColumn<double>("fteWeeks");

    const QStringList weekdays = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                  QStringLiteral("thu"), QStringLiteral("fri")};
    // RULES.md's example: 8 weeks exactly although 8 May, Ascension and Whit Monday fall in it.
    QTest::newRow("rules-example-8-weeks")
        << d("2026-05-04") << d("2026-06-26") << weekdays << 35.0 << QStringList() << 40 << 37 << 259.0 << 8.0;
    QTest::newRow("one-day") << d("2026-05-04") << d("2026-05-04") << weekdays << 35.0 << QStringList() << 1 << 1 << 7.0
                             << 0.2;
    QTest::newRow("weekend-only") << d("2026-05-02") << d("2026-05-03") << weekdays << 35.0 << QStringList() << 0 << 0
                                  << 0.0 << 0.0;
    QTest::newRow("holiday-is-scheduled-not-presence")
        << d("2026-05-08") << d("2026-05-08") << weekdays << 35.0 << QStringList() << 1 << 0 << 0.0 << 0.2;
    QTest::newRow("part-time-3-days-21h")
        << d("2026-05-04") << d("2026-06-26")
        << QStringList{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed")} << 21.0 << QStringList()
        << 24 << 23 << 161.0 << 4.8;
    QTest::newRow("part-time-half-days") << d("2026-05-04") << d("2026-06-26") << weekdays << 17.5 << QStringList()
                                         << 40 << 37 << 129.5 << 4.0;
    QTest::newRow("absences-weekday-and-weekend")
        << d("2026-05-04") << d("2026-06-26") << weekdays << 35.0
        << QStringList{QStringLiteral("2026-05-05"), QStringLiteral("2026-05-09")} << 39 << 36 << 252.0 << 7.8;
    QTest::newRow("absence-on-a-holiday") << d("2026-05-04") << d("2026-06-26") << weekdays << 35.0
                                          << QStringList{QStringLiteral("2026-05-08")} << 39 << 37 << 259.0 << 7.8;
    QTest::newRow("saturday-work") << d("2026-05-04") << d("2026-05-10")
                                   << QStringList{QStringLiteral("sat"), QStringLiteral("sun")} << 14.0 << QStringList()
                                   << 2 << 2 << 14.0 << 0.4;
}

void TestCalendar::counting()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QStringList, days);
    QFETCH(double, weeklyHours);
    QFETCH(QStringList, absences);
    QFETCH(int, scheduled);
    QFETCH(int, presence);
    QFETCH(double, presenceHours);
    QFETCH(double, fteWeeks);

    WorkDays wd(0);
    for (const QString& code : days)
        wd.set(*WorkDays::dayFromCode(code));
    QList<QDate> abs;
    for (const QString& a : absences)
        abs.append(QDate::fromString(a, Qt::ISODate));
    const Calendar calendar(test::rules2025());
    const InternshipDays r = calendar.count(start, end, wd, weeklyHours, abs);
    QCOMPARE(r.scheduledDays, scheduled);
    QCOMPARE(r.presenceDays, presence);
    QCOMPARE(r.presenceHours, presenceHours);
    QVERIFY2(qAbs(r.fteWeeks - fteWeeks) < 1e-9, qPrintable(QString::number(r.fteWeeks)));
}

void TestCalendar::countedStartFollowsSignatures()
{
    const Calendar calendar(test::rules2025());
    Internship in = test::cleanInternship();
    QCOMPARE(calendar.count(in, d("2026-01-15")).countedStart, d("2026-05-04"));

    // Last signature on Wednesday 6 May: Monday and Tuesday do not count.
    in.signatures.university = d("2026-05-06");
    const InternshipDays r = calendar.count(in, d("2026-01-15"));
    QCOMPARE(r.countedStart, d("2026-05-06"));
    QCOMPARE(r.lostDays, 2);
    QCOMPARE(r.scheduledDays, 38);
    QCOMPARE(r.presenceDays, 35);

    // Signed on the start day: nothing lost.
    in.signatures.university = d("2026-05-04");
    QCOMPARE(calendar.count(in, d("2026-01-15")).lostDays, 0);
}

void TestCalendar::unsignedAfterStartCountsFromToday()
{
    const Calendar calendar(test::rules2025());
    Internship in = test::cleanInternship();
    in.signatures.tutor = QDate();
    // Before the start, the plan is counted whole (signatures may still come in time).
    QCOMPARE(calendar.count(in, d("2026-05-04")).countedStart, d("2026-05-04"));
    // After the start, nothing before today can count any more.
    const InternshipDays r = calendar.count(in, d("2026-05-11"));
    QCOMPARE(r.countedStart, d("2026-05-11"));
    QCOMPARE(r.lostDays, 5);
}

void TestCalendar::earliestEndAndLatestEnd()
{
    const Calendar calendar(test::rules2025());
    QCOMPARE(calendar.earliestEndForHours(d("2026-05-04"), WorkDays::mondayToFriday(), 35, {}, 280), d("2026-06-26"));
    QCOMPARE(calendar.earliestEndForHours(d("2026-05-04"), WorkDays::mondayToFriday(), 35, {}, 281), d("2026-06-29"));
    // 37 presence days end on 26 June (three holidays are not presence).
    QCOMPARE(calendar.latestEndForPresenceHours(d("2026-05-04"), WorkDays::mondayToFriday(), 35, {}, 259),
             d("2026-06-28"));
    QCOMPARE(calendar.latestEndForPresenceHours(d("2026-05-04"), WorkDays::mondayToFriday(), 35, {}, 258),
             d("2026-06-25"));
}

void TestCalendar::datesFarFromTheYear()
{
    // Outside the precomputed table the calendar still knows the holidays.
    const Calendar calendar(test::rules2025());
    QVERIFY(calendar.isPublicHoliday(d("2040-07-14")));
    QVERIFY(calendar.isPublicHoliday(d("1999-12-25")));
    QVERIFY(!calendar.isPublicHoliday(d("2040-07-13")));
    QCOMPARE(calendar.count(d("2040-12-24"), d("2040-12-30"), WorkDays::mondayToFriday(), 35, {}).presenceDays, 4);
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
