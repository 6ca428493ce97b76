#include <QTest>
class Testrules : public QObject { Q_OBJECT private slots: void placeholder() { QVERIFY(true); } };
QTEST_GUILESS_MAIN(Testrules)
#include "tst_rules.moc"
