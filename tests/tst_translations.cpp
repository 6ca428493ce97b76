// Translations: choosing the language, installing the catalogues, and the state of the .ts files themselves.
#include "TestSupport.h"
#include "i18n/Translations.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace interntrack;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data();
    void resolve();
    void installSwitchesLanguage();
    void installRejectsUnknownLanguage();
    void catalogueIsComplete_data();
    void catalogueIsComplete();
};

void TestTranslations::resolve_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected"); // empty: a failure is expected
    QTest::newRow("request-fr") << QStringLiteral("fr") << QStringLiteral("en_US") << QStringLiteral("fr");
    QTest::newRow("request-en-over-french-system")
        << QStringLiteral("en") << QStringLiteral("fr_FR") << QStringLiteral("en");
    QTest::newRow("request-region-underscore")
        << QStringLiteral("fr_CA") << QStringLiteral("C") << QStringLiteral("fr");
    QTest::newRow("request-region-dash-uppercase")
        << QStringLiteral("FR-be") << QStringLiteral("C") << QStringLiteral("fr");
    QTest::newRow("request-posix-form") << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("C") << QStringLiteral("fr");
    QTest::newRow("request-unknown-fails") << QStringLiteral("de") << QStringLiteral("fr_FR") << QString();
    QTest::newRow("request-garbage-fails") << QStringLiteral("??") << QStringLiteral("fr_FR") << QString();
    QTest::newRow("system-french") << QString() << QStringLiteral("fr_FR") << QStringLiteral("fr");
    QTest::newRow("system-canadian-french") << QString() << QStringLiteral("fr_CA") << QStringLiteral("fr");
    QTest::newRow("system-german-falls-back-to-english")
        << QString() << QStringLiteral("de_DE") << QStringLiteral("en");
    QTest::newRow("system-c-is-english") << QString() << QStringLiteral("C") << QStringLiteral("en");
    QTest::newRow("blank-request-is-system") << QStringLiteral("  ") << QStringLiteral("fr_FR") << QStringLiteral("fr");
}

void TestTranslations::resolve()
{
    QFETCH(QString, requested);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    const Result<QString> result = Translations::resolve(requested, QLocale(locale));
    if (expected.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(requested), qPrintable(result.error()));
        QVERIFY2(result.error().contains(QStringLiteral("en, fr")), qPrintable(result.error()));
    } else {
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result.value(), expected);
    }
}

void TestTranslations::installSwitchesLanguage()
{
    // The .qm files are resources of interntrack_core; the GUI's strings are in the same catalogue.
    const char* context = "interntrack::MainWindow";
    QVERIFY(Translations::install(QStringLiteral("fr")).ok());
    QCOMPARE(Translations::current(), QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::translate(context, "&File"), QStringLiteral("&Fichier"));
    QCOMPARE(QCoreApplication::translate("Translations", "Unknown language \"%1\" (available: %2)."),
             QStringLiteral("Langue inconnue «\u00a0%1\u00a0» (disponibles\u00a0: %2)."));

    // Dates inside French messages are French (the tests run under LC_ALL=C).
    QCOMPARE(QLocale().toString(QDate(2026, 5, 4), QStringLiteral("d MMMM yyyy")), QStringLiteral("4 mai 2026"));

    QVERIFY(Translations::install(QStringLiteral("en")).ok());
    QCOMPARE(Translations::current(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate(context, "&File"), QStringLiteral("&File"));
    QCOMPARE(QLocale().toString(QDate(2026, 5, 4), QStringLiteral("d MMMM yyyy")), QStringLiteral("4 May 2026"));
    QCOMPARE(QLocale().language(), QLocale::system().language()); // C stays C: English formats unchanged
}

void TestTranslations::installRejectsUnknownLanguage()
{
    QVERIFY(Translations::install(QStringLiteral("en")).ok());
    const Status status = Translations::install(QStringLiteral("xx"));
    QVERIFY(!status.ok());
    QVERIFY(status.error().contains(QStringLiteral("xx")));
    QCOMPARE(Translations::current(), QStringLiteral("en")); // the previous language stays
}

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("french") << QStringLiteral("translations/interntrack_fr.ts");
    QTest::newRow("english") << QStringLiteral("translations/interntrack_en.ts");
}

namespace {
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(?:n|L?\\d{1,2})"));
    QSet<QString> found;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        found.insert(it.next().captured());
    }
    return found;
}
} // namespace

// Every message translated, plural forms complete, and the same %1/%n placeholders as the source text:
// a missing %2 would silently drop a figure from a rule's message.
void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, file);
    QFile ts(test::sourcePath(file));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);

    QString context;
    QString source;
    bool numerus = false;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            ++messages;
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString where = context + QStringLiteral(": \"") + source + QLatin1Char('"');
            if (!type.isEmpty()) {
                problems << where + QStringLiteral(" is ") + type;
            }
            QStringList forms;
            if (numerus) {
                while (xml.readNextStartElement()) {
                    forms << xml.readElementText();
                }
                if (forms.size() != 2) {
                    problems << where + QStringLiteral(" has %1 plural forms, not 2").arg(forms.size());
                }
            } else {
                forms << xml.readElementText();
            }
            for (const QString& form : std::as_const(forms)) {
                if (form.isEmpty()) {
                    problems << where + QStringLiteral(" has an empty translation");
                } else if (placeholders(form) != placeholders(source)) {
                    problems << where + QStringLiteral(" has other placeholders in \"") + form + QLatin1Char('"');
                }
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
