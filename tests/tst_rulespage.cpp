// The "Settings of the year" page: shows the stored rule set, applies edits (undoably, re-running the checks),
// refuses invalid values, round-trips JSON, and is read-only for everyone but the advisor.
#include "RulesPage.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "domain/Profiles.h"
#include "i18n/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace interntrack;

namespace {

bool hasFinding(const QList<Finding>& findings, const QString& rule, Severity severity)
{
    for (const Finding& f : findings) {
        if (f.rule == rule && f.severity == severity)
            return true;
    }
    return false;
}

/// Whether a problem label made by the page is shown (its box is not hidden).
bool shown(const QLabel* label)
{
    return label && !label->parentWidget()->isHidden() && !label->text().isEmpty();
}

} // namespace

class TestRulesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsStoredValues();
    void applyChangesRulesAndFindings();
    void invalidPeriodDisablesApply();
    void minimumAboveMaximumDisablesApply();
    void gratificationRatesSortedAndFlagged();
    void proposedSchoolsEditable();
    void exportImportRoundTrip();
    void importKeepsOrderAndPrecision();
    void malformedImportChangesNothing_data();
    void malformedImportChangesNothing();
    void copyAProfileAndDescribeYourOwn();
    void restoreDefaults();
    void reloadsUnlessEdited();
    void secretariatSeesReadOnly();
    void retranslates();
    void screenshot();

private:
    QString writeFile(const QString& name, const QByteArray& content) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestRulesPage::initTestCase()
{
    QVERIFY(Translations::install(QStringLiteral("en")).ok());
}

void TestRulesPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(test::createDemoDatabase(path), QString());
    m_ws = std::make_unique<Workspace>();
    m_ws->setClock([] { return test::demoNow(); });
    m_ws->setActor(Actor{QStringLiteral("Ada Advisor"), Role::Advisor, {}});
    QVERIFY(m_ws->open(path).ok());
    m_ws->waitForLoaded();
    QCOMPARE(m_ws->year().startYear, 2025);
}

void TestRulesPage::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

QString TestRulesPage::writeFile(const QString& name, const QByteArray& content) const
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

void TestRulesPage::showsStoredValues()
{
    RulesPage page(*m_ws);
    const RuleSet& stored = m_ws->rules();
    QVERIFY(page.isEditable());
    QVERIFY(!page.isModified());
    QCOMPARE(page.editedRules(), stored);
    QVERIFY(page.problems().isEmpty());

    QCOMPARE(page.numberEditor(RulesPage::ReportMaxPages)->value(), 6.0);
    QCOMPARE(page.numberEditor(RulesPage::ReportMinPages)->value(), 4.0);
    QCOMPARE(page.numberEditor(RulesPage::InternshipMinWeeks)->value(), stored.internshipMinWeeks);
    QCOMPARE(page.numberEditor(RulesPage::HalfTimeWeeklyHours)->value(), 17.5);
    QCOMPARE(page.numberEditor(RulesPage::HalfTimeWeeklyHours)->text(), QStringLiteral("17.5"));
    QCOMPARE(page.findChild<QDoubleSpinBox*>(QStringLiteral("lead_time_months"))->value(), 3.0);
    QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("programme"))->text(), stored.programme);

    auto* t1Start = page.findChild<QDateEdit*>(QStringLiteral("teaching_periods_T1_start"));
    auto* t4End = page.findChild<QDateEdit*>(QStringLiteral("teaching_periods_T4_end"));
    QVERIFY(t1Start && t4End);
    QCOMPARE(t1Start->date(), QDate(2025, 9, 1));
    QCOMPARE(t4End->date(), QDate(2026, 4, 30));
    QCOMPARE(page.findChild<QDateEdit*>(QStringLiteral("deadline"))->date(), QDate(2026, 6, 30));
    QVERIFY(page.findChild<QDateEdit*>(QStringLiteral("deadline"))->calendarPopup());

    auto* rates = page.findChild<QTableWidget*>(QStringLiteral("gratification_rates"));
    QCOMPARE(rates->rowCount(), stored.gratificationRates.size());
    QCOMPARE(rates->item(0, 0)->data(Qt::EditRole).toDate(), stored.gratificationRates.first().from);
    auto* holidays = page.findChild<QTableWidget*>(QStringLiteral("public_holidays_fixed"));
    QCOMPARE(holidays->rowCount(), stored.fixedHolidays.size());
    auto* easter = page.findChild<QTableWidget*>(QStringLiteral("public_holidays_easter_offsets"));
    QCOMPARE(easter->rowCount(), stored.easterHolidayOffsets.size());
    QCOMPARE(easter->item(0, 1)->text(), QStringLiteral("Easter Monday"));
    auto* schools = page.findChild<QListWidget*>(QStringLiteral("proposed_schools"));
    QCOMPARE(schools->count(), stored.proposedSchools.size());
    auto* disabled = page.findChild<QListWidget*>(QStringLiteral("disabled_rules"));
    QCOMPARE(disabled->count(), ruleCatalogue().size());
    QVERIFY(disabled->item(0)->text().startsWith(QStringLiteral("INT_MIN_DURATION — ")));
    auto* requirements = page.findChild<QTableWidget*>(QStringLiteral("requirements"));
    QCOMPARE(requirements->rowCount(), stored.requirements.size());
    QVERIFY(page.findChild<QCheckBox*>(QStringLiteral("challenge_prep_periods_T1"))->isChecked());
    QVERIFY(!page.findChild<QCheckBox*>(QStringLiteral("challenge_prep_periods_T4"))->isChecked());
    QVERIFY(page.findChild<QCheckBox*>(QStringLiteral("challenge_solve_periods_T4"))->isChecked());
    QVERIFY(page.findChild<QCheckBox*>(QStringLiteral("default_work_days_mon"))->isChecked());
    QVERIFY(!page.findChild<QCheckBox*>(QStringLiteral("default_work_days_sun"))->isChecked());

    // Nothing to apply or revert yet; no read-only strip for the advisor.
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("applyButton"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("revertButton"))->isEnabled());
    QVERIFY(page.findChild<QWidget*>(QStringLiteral("readOnlyStrip"))->isHidden());
    // The help quotes the rule.
    QVERIFY(page.numberEditor(RulesPage::ReportMaxPages)->toolTip().contains(QStringLiteral("INT_REPORT")));
    QVERIFY(page.numberEditor(RulesPage::ReportMaxPages)->whatsThis().contains(QStringLiteral("TER_REPORT")));
    QVERIFY(!page.numberEditor(RulesPage::ReportMaxPages)->accessibleName().isEmpty());
    // A derived figure is shown beside the minimum weeks: 8 weeks × 35 h.
    QVERIFY(page.findChild<QTabWidget*>(QStringLiteral("rulesTabs"))->count() == 6);
}

void TestRulesPage::applyChangesRulesAndFindings()
{
    // The demo has 6-page reports: internship int-roux (validated) and TER ter-prep-1 (validated), both checked
    // for their deliverables. At 4–6 pages they are fine.
    QVERIFY(!hasFinding(m_ws->findings(QStringLiteral("int-roux")), QStringLiteral("INT_REPORT"), Severity::Warning));
    QVERIFY(!hasFinding(m_ws->findings(QStringLiteral("ter-prep-1")), QStringLiteral("TER_REPORT"), Severity::Warning));

    RulesPage page(*m_ws);
    auto* apply = page.findChild<QPushButton*>(QStringLiteral("applyButton"));
    auto* modified = page.findChild<QLabel*>(QStringLiteral("modifiedIndicator"));
    page.numberEditor(RulesPage::ReportMaxPages)->setValue(5);
    QVERIFY(page.isModified());
    QVERIFY(shown(modified));
    QVERIFY(apply->isEnabled());
    QCOMPARE(m_ws->rules().reportMaxPages, 6); // not stored before Apply

    QSignalSpy findingsSpy(m_ws.get(), &Workspace::findingsChanged);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(m_ws->rules().reportMaxPages, 5);
    QVERIFY(findingsSpy.count() >= 1);
    QVERIFY(hasFinding(m_ws->findings(QStringLiteral("int-roux")), QStringLiteral("INT_REPORT"), Severity::Warning));
    QVERIFY(hasFinding(m_ws->findings(QStringLiteral("ter-prep-1")), QStringLiteral("TER_REPORT"), Severity::Warning));
    QVERIFY(!page.isModified());
    QVERIFY(!shown(modified));
    QVERIFY(!apply->isEnabled());
    QVERIFY(shown(page.findChild<QLabel*>(QStringLiteral("messageText")))
            || !page.findChild<QLabel*>(QStringLiteral("messageText"))->text().isEmpty());

    // One undoable change; undo puts the rule back, in the store, the findings and the page.
    QCOMPARE(m_ws->undoStack()->count(), 1);
    QVERIFY(m_ws->undoStack()->canUndo());
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->rules().reportMaxPages, 6);
    QVERIFY(!hasFinding(m_ws->findings(QStringLiteral("int-roux")), QStringLiteral("INT_REPORT"), Severity::Warning));
    QCOMPARE(page.numberEditor(RulesPage::ReportMaxPages)->value(), 6.0);
    QVERIFY(!page.isModified());
    m_ws->undoStack()->redo();
    QCOMPARE(m_ws->rules().reportMaxPages, 5);
    QCOMPARE(page.numberEditor(RulesPage::ReportMaxPages)->value(), 5.0);
}

void TestRulesPage::invalidPeriodDisablesApply()
{
    RulesPage page(*m_ws);
    auto* apply = page.findChild<QPushButton*>(QStringLiteral("applyButton"));
    auto* t1End = page.findChild<QDateEdit*>(QStringLiteral("teaching_periods_T1_end"));
    auto* error = page.findChild<QLabel*>(QStringLiteral("teaching_periods_T1_error"));
    QVERIFY(t1End && error);
    QVERIFY(!shown(error));

    t1End->setDate(QDate(2025, 8, 20)); // before its start, 1 September
    QVERIFY(page.isModified());
    QVERIFY(shown(error));
    QVERIFY(error->text().contains(QStringLiteral("T1 ends before it starts")));
    QVERIFY(!apply->isEnabled());
    QCOMPARE(page.problems().size(), 1);
    QVERIFY(shown(page.findChild<QLabel*>(QStringLiteral("problemSummary"))));
    // The Calendar tab carries an icon so the problem can be found from any tab.
    auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("rulesTabs"));
    QVERIFY(!tabs->tabIcon(3).isNull());
    QVERIFY(tabs->tabIcon(0).isNull());
    const Status s = page.apply();
    QVERIFY(!s.ok());
    QCOMPARE(m_ws->rules().teachingPeriods.first().end, QDate(2025, 10, 31));
    QCOMPARE(m_ws->undoStack()->count(), 0);

    // Fixed: Apply comes back.
    t1End->setDate(QDate(2025, 10, 30));
    QVERIFY(!shown(error));
    QVERIFY(page.problems().isEmpty());
    QVERIFY(apply->isEnabled());
    QVERIFY(page.apply().ok());
    QCOMPARE(m_ws->rules().teachingPeriods.first().end, QDate(2025, 10, 30));
}

void TestRulesPage::minimumAboveMaximumDisablesApply()
{
    RulesPage page(*m_ws);
    auto* apply = page.findChild<QPushButton*>(QStringLiteral("applyButton"));
    auto* error = page.findChild<QLabel*>(QStringLiteral("report_max_pages_error"));
    page.numberEditor(RulesPage::ReportMinPages)->setValue(7);
    QVERIFY(shown(error));
    QVERIFY(error->text().contains(QStringLiteral("7")));
    QVERIFY(!apply->isEnabled());
    page.numberEditor(RulesPage::ReportMinPages)->setValue(4);
    QVERIFY(!shown(error));
    QVERIFY(!page.isModified());

    page.numberEditor(RulesPage::TerMinMonths)->setValue(5);
    QVERIFY(shown(page.findChild<QLabel*>(QStringLiteral("ter_max_months_error"))));
    QVERIFY(!apply->isEnabled());
    page.numberEditor(RulesPage::TerMinMonths)->setValue(2);

    // No working day at all is refused too.
    for (const char* day : {"mon", "tue", "wed", "thu", "fri"})
        page.findChild<QCheckBox*>(QStringLiteral("default_work_days_") + QLatin1String(day))->setChecked(false);
    QVERIFY(shown(page.findChild<QLabel*>(QStringLiteral("default_work_days_error"))));
    QVERIFY(!apply->isEnabled());
}

void TestRulesPage::gratificationRatesSortedAndFlagged()
{
    RulesPage page(*m_ws);
    auto* apply = page.findChild<QPushButton*>(QStringLiteral("applyButton"));
    auto* rates = page.findChild<QTableWidget*>(QStringLiteral("gratification_rates"));
    const int rows = rates->rowCount();
    QVERIFY(rows >= 3);

    // Added: a row on the next 1 January, with the last rate.
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("gratification_rates_add")), Qt::LeftButton);
    QCOMPARE(rates->rowCount(), rows + 1);
    QCOMPARE(page.editedRules().gratificationRates.last().from, QDate(2027, 1, 1));
    QVERIFY(apply->isEnabled());

    // The first row moved to the same date as the second: flagged with icon and text, Apply disabled.
    const QDate second = rates->item(1, 0)->data(Qt::EditRole).toDate();
    rates->item(0, 0)->setData(Qt::EditRole, second);
    QVERIFY(!page.problems().isEmpty());
    QVERIFY(!apply->isEnabled());
    int flagged = 0;
    for (int r = 0; r < rates->rowCount(); ++r) {
        if (!rates->item(r, 2)->text().isEmpty()) {
            ++flagged;
            QVERIFY(!rates->item(r, 2)->icon().isNull());
        }
    }
    QCOMPARE(flagged, 1);
    QVERIFY(shown(page.findChild<QLabel*>(QStringLiteral("gratification_rates_error"))));

    // Moved to a later date: the table sorts itself and is valid again.
    rates->item(0, 0)->setData(Qt::EditRole, QDate(2030, 1, 1));
    QVERIFY(page.problems().isEmpty());
    const QList<GratificationRate> edited = page.editedRules().gratificationRates;
    for (qsizetype i = 1; i < edited.size(); ++i)
        QVERIFY(edited.at(i - 1).from < edited.at(i).from);
    QCOMPARE(edited.last().from, QDate(2030, 1, 1));

    // A row without an amount is flagged.
    rates->item(0, 1)->setData(Qt::EditRole, 0.0);
    QVERIFY(!apply->isEnabled());
    rates->item(0, 1)->setData(Qt::EditRole, 3.5);
    QVERIFY(apply->isEnabled());

    // Removing the selected row.
    rates->setCurrentCell(0, 0);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("gratification_rates_remove")), Qt::LeftButton);
    QCOMPARE(rates->rowCount(), rows);
    QVERIFY(page.apply().ok());
    QCOMPARE(m_ws->rules().gratificationRates, page.editedRules().gratificationRates);
}

void TestRulesPage::proposedSchoolsEditable()
{
    RulesPage page(*m_ws);
    auto* schools = page.findChild<QListWidget*>(QStringLiteral("proposed_schools"));
    const qsizetype before = m_ws->rules().proposedSchools.size();
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("proposed_schools_add")), Qt::LeftButton);
    QCOMPARE(schools->count(), before + 1);
    schools->closePersistentEditor(schools->item(schools->count() - 1));
    schools->item(schools->count() - 1)->setText(QStringLiteral("Deep Learning Summer School (DeepLearn)"));
    QCOMPARE(page.editedRules().proposedSchools.last(), QStringLiteral("Deep Learning Summer School (DeepLearn)"));

    // A duplicate name is refused; an empty one too.
    schools->item(schools->count() - 1)->setText(schools->item(0)->text());
    QVERIFY(shown(page.findChild<QLabel*>(QStringLiteral("proposed_schools_error"))));
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("applyButton"))->isEnabled());
    schools->item(schools->count() - 1)->setText(QString());
    QVERIFY(!page.problems().isEmpty());

    schools->setCurrentRow(schools->count() - 1);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("proposed_schools_remove")), Qt::LeftButton);
    QVERIFY(page.problems().isEmpty());
    QVERIFY(!page.isModified());
}

void TestRulesPage::exportImportRoundTrip()
{
    RulesPage page(*m_ws);
    const RuleSet stored = m_ws->rules();
    const QString path = m_dir->filePath(QStringLiteral("rules.json"));
    QVERIFY(page.exportJson(path).ok());

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("academic_year")).toString(), QStringLiteral("2025-2026"));
    QCOMPARE(json.value(QStringLiteral("rules")).toObject(), stored.toJson());

    // Edit many things, then import: the form is the stored set again.
    page.numberEditor(RulesPage::ReportMaxPages)->setValue(5);
    page.numberEditor(RulesPage::InternshipMinWeeks)->setValue(10.25);
    page.findChild<QDateEdit*>(QStringLiteral("deadline"))->setDate(QDate(2026, 7, 15));
    page.findChild<QListWidget*>(QStringLiteral("disabled_rules"))->item(3)->setCheckState(Qt::Checked);
    page.findChild<QCheckBox*>(QStringLiteral("french_internship_law"))->setChecked(false);
    QVERIFY(page.isModified());
    QVERIFY(page.importJson(path).ok());
    QCOMPARE(page.editedRules(), stored);
    QVERIFY(!page.isModified());

    // And an edited set exported, reverted, imported and applied is stored as it was exported.
    page.numberEditor(RulesPage::SeminarsMin)->setValue(8);
    page.findChild<QListWidget*>(QStringLiteral("disabled_rules"))->item(10)->setCheckState(Qt::Checked);
    page.findChild<QDateEdit*>(QStringLiteral("teaching_periods_T4_end"))->setDate(QDate(2026, 5, 15));
    const RuleSet edited = page.editedRules();
    QVERIFY(page.exportJson(path).ok());
    page.revert();
    QCOMPARE(page.editedRules(), stored);
    QVERIFY(page.importJson(path).ok());
    QCOMPARE(page.editedRules(), edited);
    QVERIFY(page.apply().ok());
    QCOMPARE(m_ws->rules(), edited);
    QCOMPARE(m_ws->rules().disabledRules, QStringList{QLatin1String(ruleCatalogue().at(10).code)});
}

void TestRulesPage::importKeepsOrderAndPrecision()
{
    // Values the editors round, and lists in an order the form would not choose, come back unchanged.
    RulesPage page(*m_ws);
    const QString path =
        writeFile(QStringLiteral("odd.json"),
                  R"({"rules": {"internship_min_weeks": 8.125, "disabled_rules": ["TER_GRADE", "INT_OVERLAP"],
                      "requirements": [{"code": "ALT", "any_of": ["seminars", "internship"]}],
                      "challenge_solve_periods": ["T4", "T3"], "public_holidays_easter_offsets": [50, 1]}})");
    QVERIFY(!path.isEmpty());
    QVERIFY(page.importJson(path).ok());
    const RuleSet r = page.editedRules();
    QCOMPARE(r.internshipMinWeeks, 8.125);
    QCOMPARE(r.disabledRules, (QStringList{QStringLiteral("TER_GRADE"), QStringLiteral("INT_OVERLAP")}));
    QCOMPARE(r.requirements.size(), 1);
    QCOMPARE(r.requirements.first().anyOf, (QStringList{QStringLiteral("seminars"), QStringLiteral("internship")}));
    QCOMPARE(r.challengeSolvePeriods, (QStringList{QStringLiteral("T4"), QStringLiteral("T3")}));
    QCOMPARE(r.easterHolidayOffsets, (QList<int>{50, 1}));
    QVERIFY(page.problems().isEmpty());
    QVERIFY(page.apply().ok());
    QCOMPARE(m_ws->rules().internshipMinWeeks, 8.125);
    QVERIFY(!page.isModified());
}

void TestRulesPage::malformedImportChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not-json") << QByteArray("{ \"report_max_pages\": ") << QStringLiteral("not JSON");
    QTest::newRow("not-an-object") << QByteArray("[1, 2]") << QStringLiteral("JSON object");
    QTest::newRow("wrong-type") << QByteArray(R"({"report_max_pages": "six"})")
                                << QStringLiteral("rules.report_max_pages");
    QTest::newRow("unknown-key") << QByteArray(R"({"rules": {"seminars_min": 3, "no_such_rule": 1}})")
                                 << QStringLiteral("rules.no_such_rule");
    QTest::newRow("period-backwards") << QByteArray(
        R"({"teaching_periods": [{"name": "T1", "start": "2025-09-01", "end": "2025-08-01"}]})")
                                      << QStringLiteral("rules.teaching_periods[0].end");
    QTest::newRow("min-above-max") << QByteArray(R"({"report_min_pages": 9})")
                                   << QStringLiteral("rules.report_max_pages");
    QTest::newRow("rates-unsorted") << QByteArray(R"({"gratification_rates": [{"from": "2026-01-01", "hourly_eur": 4.5},
                                                 {"from": "2025-01-01", "hourly_eur": 4.35}]})")
                                    << QStringLiteral("rules.gratification_rates[1].from");
}

void TestRulesPage::malformedImportChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    RulesPage page(*m_ws);
    page.numberEditor(RulesPage::SeminarsMin)->setValue(7); // an edit in progress survives a failed import
    const RuleSet before = page.editedRules();
    const QString path = writeFile(QStringLiteral("bad.json"), content);
    QVERIFY(!path.isEmpty());

    const Status s = page.importJson(path);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(expected), qPrintable(s.error()));
    auto* message = page.findChild<QLabel*>(QStringLiteral("messageText"));
    QVERIFY(!page.findChild<QWidget*>(QStringLiteral("messageStrip"))->isHidden());
    QVERIFY2(message->text().contains(expected), qPrintable(message->text()));
    QCOMPARE(page.editedRules(), before);
    QCOMPARE(page.numberEditor(RulesPage::SeminarsMin)->value(), 7.0);
    QCOMPARE(m_ws->rules().seminarsMin, 6);
    QCOMPARE(m_ws->undoStack()->count(), 0);
}

void TestRulesPage::copyAProfileAndDescribeYourOwn()
{
    // The advisor starts from Imperial's profile, renames it as their own programme, changes what differs,
    // applies it, exports it as a file and imports it into another form: the same profile, every field kept.
    RulesPage page(*m_ws);
    QVERIFY(page.startFromProfile(QStringLiteral("imperial-msc-ai")).ok());
    QCOMPARE(page.editedRules(), Profiles::load(QStringLiteral("imperial-msc-ai"), AcademicYear{2025}).value());
    QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("profile_label_ter"))->text(), QStringLiteral("Group project"));
    QVERIFY(!page.startFromProfile(QStringLiteral("nowhere")).ok());
    const auto set = [&](const char* name, const QString& text) {
        auto* edit = page.findChild<QLineEdit*>(QLatin1String(name));
        QVERIFY2(edit, name);
        edit->setText(text);
        emit edit->textEdited(text);
    };
    set("profile_id", QStringLiteral("edinburgh-msc-ai"));
    set("profile_name", QStringLiteral("MSc in Artificial Intelligence"));
    set("profile_institution", QStringLiteral("University of Edinburgh"));
    set("profile_label_ter", QStringLiteral("Dissertation"));
    set("profile_label_seminars", QString()); // back to the software's own name
    auto* law = page.findChild<QComboBox*>(QStringLiteral("profile_legal_framework"));
    QVERIFY(law);
    QCOMPARE(law->currentData().toInt(), int(LegalFramework::None));
    QVERIFY(page.problems().isEmpty());
    QVERIFY(page.apply().ok());
    const Profile stored = m_ws->rules().profile;
    QCOMPARE(stored.id, QStringLiteral("edinburgh-msc-ai"));
    QCOMPARE(stored.institution, QStringLiteral("University of Edinburgh"));
    QCOMPARE(stored.label(QStringLiteral("ter"), QString()), QStringLiteral("Dissertation"));
    QCOMPARE(stored.label(QStringLiteral("internship"), QString()), QStringLiteral("Individual project or internship"));
    QVERIFY(!stored.labels.contains(QStringLiteral("seminars")));
    QVERIFY(!m_ws->rules().frenchLawApplies());
    const QString path = m_dir->filePath(QStringLiteral("edinburgh.json"));
    QVERIFY(page.exportJson(path).ok());
    // The file is a profile as the shipped ones are: it reads back for another year too.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Result<RuleSet> read = Profiles::fromJson(f.readAll(), AcademicYear{2026}, path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->profile, stored);
    QVERIFY(page.startFromProfile(Profiles::defaultId()).ok());
    QVERIFY(page.importJson(path).ok());
    QCOMPARE(page.editedRules().profile, stored);
}

void TestRulesPage::restoreDefaults()
{
    RuleSet changed = m_ws->rules();
    changed.reportMaxPages = 10;
    changed.proposedSchools.clear();
    QVERIFY(m_ws->saveRules(changed).ok());

    RulesPage page(*m_ws);
    QCOMPARE(page.numberEditor(RulesPage::ReportMaxPages)->value(), 10.0);
    page.restoreDefaults();
    QCOMPARE(page.editedRules(), RuleSet::parisSaclayM1(AcademicYear{2025}));
    QVERIFY(page.isModified());
    QCOMPARE(m_ws->rules().reportMaxPages, 10); // nothing stored before Apply
    QVERIFY(page.apply().ok());
    QCOMPARE(m_ws->rules(), RuleSet::parisSaclayM1(AcademicYear{2025}));
}

void TestRulesPage::reloadsUnlessEdited()
{
    RulesPage page(*m_ws);
    auto* modified = page.findChild<QLabel*>(QStringLiteral("modifiedIndicator"));

    // No edits: a change stored elsewhere shows at once.
    RuleSet changed = m_ws->rules();
    changed.seminarsMin = 9;
    QVERIFY(m_ws->saveRules(changed).ok());
    QCOMPARE(page.numberEditor(RulesPage::SeminarsMin)->value(), 9.0);
    QVERIFY(!page.isModified());

    // Edits in progress are kept when the stored set changes, and marked.
    page.numberEditor(RulesPage::ReportMaxPages)->setValue(8);
    m_ws->undoStack()->undo(); // seminars back to 6 in the store
    QCOMPARE(m_ws->rules().seminarsMin, 6);
    QCOMPARE(page.numberEditor(RulesPage::ReportMaxPages)->value(), 8.0);
    QCOMPARE(page.numberEditor(RulesPage::SeminarsMin)->value(), 9.0);
    QVERIFY(page.isModified());
    QVERIFY(shown(modified));
    QVERIFY(modified->text().contains(QStringLiteral("changed meanwhile")));

    page.revert();
    QCOMPARE(page.editedRules(), m_ws->rules());
    QVERIFY(!shown(modified));
}

void TestRulesPage::secretariatSeesReadOnly()
{
    RulesPage page(*m_ws);
    auto* strip = page.findChild<QWidget*>(QStringLiteral("readOnlyStrip"));
    auto* stripText = page.findChild<QLabel*>(QStringLiteral("readOnlyText"));
    QVERIFY(strip->isHidden());

    m_ws->setActor(Actor{QStringLiteral("Sam Secretary"), Role::Secretariat, {}});
    QVERIFY(!page.isEditable());
    QVERIFY(!strip->isHidden());
    QVERIFY(stripText->text().contains(QStringLiteral("Only the advisor")));
    QVERIFY(stripText->text().contains(QStringLiteral("secretariat")));
    QVERIFY(page.numberEditor(RulesPage::ReportMaxPages)->isReadOnly());
    QVERIFY(page.findChild<QDateEdit*>(QStringLiteral("teaching_periods_T1_start"))->isReadOnly());
    QVERIFY(page.findChild<QLineEdit*>(QStringLiteral("programme"))->isReadOnly());
    QVERIFY(!page.findChild<QCheckBox*>(QStringLiteral("french_internship_law"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("defaultsButton"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("gratification_rates_add"))->isEnabled());
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("exportButton"))->isEnabled());
    auto* rates = page.findChild<QTableWidget*>(QStringLiteral("gratification_rates"));
    QCOMPARE(rates->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!(rates->item(0, 0)->flags() & Qt::ItemIsEditable));
    auto* disabled = page.findChild<QListWidget*>(QStringLiteral("disabled_rules"));
    QVERIFY(!(disabled->item(0)->flags() & Qt::ItemIsUserCheckable));
    QCOMPARE(page.editedRules(), m_ws->rules()); // the values are still shown

    // Even a change made in code cannot be applied.
    page.numberEditor(RulesPage::ReportMaxPages)->setValue(5);
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("applyButton"))->isEnabled());
    QVERIFY(!page.apply().ok());
    QCOMPARE(m_ws->rules().reportMaxPages, 6);
    page.revert();

    // Back to the advisor: editable again.
    m_ws->setActor(Actor{QStringLiteral("Ada Advisor"), Role::Advisor, {}});
    QVERIFY(page.isEditable());
    QVERIFY(strip->isHidden());
    QVERIFY(!page.numberEditor(RulesPage::ReportMaxPages)->isReadOnly());
    QVERIFY(rates->item(0, 0)->flags() & Qt::ItemIsEditable);
    QVERIFY(disabled->item(0)->flags() & Qt::ItemIsUserCheckable);

    // A page made for a student starts read-only.
    m_ws->setActor(Actor{QStringLiteral("Lina Benali"), Role::Student, QStringLiteral("s01")});
    RulesPage studentPage(*m_ws);
    QVERIFY(!studentPage.isEditable());
    QVERIFY(!studentPage.findChild<QWidget*>(QStringLiteral("readOnlyStrip"))->isHidden());
}

void TestRulesPage::retranslates()
{
    RulesPage page(*m_ws);
    auto* title = page.findChild<QLabel*>(QStringLiteral("pageTitle"));
    QCOMPARE(title->text(), QStringLiteral("Settings of the year 2025-2026"));
    page.numberEditor(RulesPage::ReportMaxPages)->setValue(5);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&page, &change);
    QCOMPARE(title->text(), QStringLiteral("Settings of the year 2025-2026"));
    QCOMPARE(page.numberEditor(RulesPage::ReportMaxPages)->value(), 5.0); // edits survive
    QVERIFY(page.isModified());
}

void TestRulesPage::screenshot()
{
    // Set INTERNTRACK_RULES_SCREENSHOT=/tmp/rules.png to look at the page (and each tab, beside it) offscreen.
    const QString out = qEnvironmentVariable("INTERNTRACK_RULES_SCREENSHOT");
    if (out.isEmpty())
        QSKIP("INTERNTRACK_RULES_SCREENSHOT not set");
    RulesPage page(*m_ws);
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("rulesTabs"));
    QTest::qWait(20);
    QVERIFY(page.grab().save(out));
    for (int t = 0; t < tabs->count(); ++t) {
        tabs->setCurrentIndex(t);
        QTest::qWait(20); // let the scroll area lay the tab out
        QString name = out;
        name.replace(QStringLiteral(".png"), QStringLiteral("-%1.png").arg(t));
        QVERIFY(page.grab().save(name));
    }
    // With a problem and a read-only role, for the eye.
    tabs->setCurrentIndex(3);
    page.findChild<QDateEdit*>(QStringLiteral("teaching_periods_T1_end"))->setDate(QDate(2025, 8, 20));
    QTest::qWait(20);
    QVERIFY(page.grab().save(QString(out).replace(QStringLiteral(".png"), QStringLiteral("-invalid.png"))));
    page.revert();
    tabs->setCurrentIndex(4);
    auto* rates = page.findChild<QTableWidget*>(QStringLiteral("gratification_rates"));
    rates->item(2, 0)->setData(Qt::EditRole, rates->item(3, 0)->data(Qt::EditRole));
    QTest::qWait(20);
    QVERIFY(page.grab().save(QString(out).replace(QStringLiteral(".png"), QStringLiteral("-rates.png"))));
    page.revert();
    m_ws->setActor(Actor{QStringLiteral("Sam Secretary"), Role::Secretariat, {}});
    tabs->setCurrentIndex(0);
    QTest::qWait(20);
    QVERIFY(page.grab().save(QString(out).replace(QStringLiteral(".png"), QStringLiteral("-readonly.png"))));
}

QTEST_MAIN(TestRulesPage)
#include "tst_rulespage.moc"
