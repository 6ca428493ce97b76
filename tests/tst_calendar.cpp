#include <QTest>
class Testcalendar : public QObject { Q_OBJECT private slots: void placeholder() { QVERIFY(true); } };
QTEST_GUILESS_MAIN(Testcalendar)
#include "tst_calendar.moc"
