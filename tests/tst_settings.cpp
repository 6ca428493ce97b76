// The settings registry: defaults, typed round trips, the format version and renamed keys.
#include "Settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace interntrack;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsWhenUnset();
    void valuesRoundTripThroughTheFile();
    void unreadableValueGivesDefault();
    void versionIsStamped();
    void newerFormatIsLeftAlone();
    void renamedKeysMove_data();
    void renamedKeysMove();
};

void TestSettings::defaultsWhenUnset()
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("s.ini")));
    QCOMPARE(s.value(Settings::NavigationPage), 0);
    QCOMPARE(s.value(Settings::Language), QString());
    QVERIFY(s.value(Settings::MainWindowGeometry).isEmpty());
    QVERIFY(s.value(Settings::RecentDatabases).isEmpty());
}

void TestSettings::valuesRoundTripThroughTheFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    const QByteArray geometry("\x01\x02\xff\x00binary", 10);
    {
        Settings s(file);
        s.setValue(Settings::NavigationPage, 4);
        s.setValue(Settings::Language, QStringLiteral("fr"));
        s.setValue(Settings::MainWindowGeometry, geometry);
        s.setValue(Settings::RecentDatabases, QStringList{QStringLiteral("/a b/é.interntrack"), QStringLiteral("/c")});
        QVERIFY(s.sync());
    }
    Settings s(file);
    QCOMPARE(s.value(Settings::NavigationPage), 4);
    QCOMPARE(s.value(Settings::Language), QStringLiteral("fr"));
    QCOMPARE(s.value(Settings::MainWindowGeometry), geometry);
    QCOMPARE(s.value(Settings::RecentDatabases),
             (QStringList{QStringLiteral("/a b/é.interntrack"), QStringLiteral("/c")}));
    s.reset(Settings::Language);
    QCOMPARE(s.value(Settings::Language), QString());
}

void TestSettings::unreadableValueGivesDefault()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("test/number"), QStringLiteral("not a number"));
        raw.setValue(QStringLiteral("test/good"), QStringLiteral("17"));
    }
    Settings s(file);
    const SettingKey<int> number{QLatin1String("test/number"), 42};
    const SettingKey<int> good{QLatin1String("test/good"), 42};
    QCOMPARE(s.value(number), 42);
    QCOMPARE(s.value(good), 17);
}

void TestSettings::versionIsStamped()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    {
        Settings s(file);
        QCOMPARE(s.storedVersion(), Settings::Version);
        QVERIFY(s.sync());
    }
    QSettings raw(file, QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("meta/version")).toInt(), Settings::Version);
}

void TestSettings::newerFormatIsLeftAlone()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("meta/version"), Settings::Version + 5);
        raw.setValue(Settings::Language.name, QStringLiteral("fr"));
    }
    Settings s(file);
    QCOMPARE(s.storedVersion(), Settings::Version + 5);
    QCOMPARE(s.value(Settings::Language), QStringLiteral("fr"));
}

void TestSettings::renamedKeysMove_data()
{
    QTest::addColumn<int>("fromVersion");
    QTest::addColumn<bool>("newAlreadySet");
    QTest::addColumn<QString>("expectedNew");
    QTest::addColumn<bool>("oldRemains");
    QTest::newRow("rename-after-stored-version-moves") << 1 << false << QStringLiteral("old-value") << false;
    QTest::newRow("rename-up-to-stored-version-ignored") << 2 << false << QString() << true;
    QTest::newRow("value-under-new-name-wins") << 1 << true << QStringLiteral("new-value") << false;
}

void TestSettings::renamedKeysMove()
{
    QFETCH(int, fromVersion);
    QFETCH(bool, newAlreadySet);
    QFETCH(QString, expectedNew);
    QFETCH(bool, oldRemains);

    QTemporaryDir dir;
    QSettings raw(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    raw.setValue(QStringLiteral("old/key"), QStringLiteral("old-value"));
    if (newAlreadySet) {
        raw.setValue(QStringLiteral("new/key"), QStringLiteral("new-value"));
    }
    const QList<Settings::Rename> renames{{2, QLatin1String("old/key"), QLatin1String("new/key")}};
    Settings::migrate(raw, fromVersion, renames);
    QCOMPARE(raw.value(QStringLiteral("new/key")).toString(), expectedNew);
    QCOMPARE(raw.contains(QStringLiteral("old/key")), oldRemains);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
