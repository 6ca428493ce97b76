#pragma once

#include "domain/Result.h"
#include "domain/RuleSet.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QFrame;
class QGridLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace interntrack {

class Workspace;

/**
 * The advisor's "Settings of the year" page: every figure of the year's RuleSet in sections
 * (internship, TER, alternatives, calendar, gratification, law and requirements), checked as it is
 * typed and applied in one undoable change through Workspace::saveRules(). Other roles, and a
 * database open read-only, see the same page read-only with a strip saying why.
 *
 * Every editor is named after its JSON key (e.g. "report_max_pages"); its problem label is the key
 * followed by "_error".
 */
class RulesPage : public QWidget
{
    Q_OBJECT

public:
    /// The numeric members of RuleSet, one spin box each.
    enum Number {
        InternshipMinWeeks,
        LeadTimeMonths,
        HalfTimeWeeklyHours,
        ReportMinPages,
        ReportMaxPages,
        TerMinWeeklyHours,
        TerMaxWeeklyHours,
        TerMinMonths,
        TerMaxMonths,
        ChallengeSolveGroupSize,
        GradeMax,
        SchoolMinFullTimeDays,
        SchoolMinReportLinks,
        SeminarsMin,
        SeminarParagraphMinWords,
        GratificationThresholdMonths,
        FullTimeWeeklyHours,
        LegalHoursPerDay,
        LegalDaysPerMonth,
        InternshipMaxMonths,
        NumberCount
    };

    explicit RulesPage(Workspace& workspace, QWidget* parent = nullptr);
    ~RulesPage() override;

    /// The rule set as the form holds it (applied or not).
    RuleSet editedRules() const;
    /// Whether the form differs from the rule set stored for the year.
    bool isModified() const;
    /// Whether the current user may change the rules (the advisor, on a writable database).
    bool isEditable() const { return m_editable; }
    /// What must be fixed before the form can be applied (empty when it can).
    QStringList problems() const { return m_problems; }
    QDoubleSpinBox* numberEditor(Number number) const { return m_numbers.at(number).spin; }

    /// Stores the form as the year's rules (one undoable change); the checks run again.
    Status apply();
    /// Puts the stored rule set back into the form.
    void revert();
    /// Fills the form with the Paris-Saclay M1 defaults of the year (not applied yet; no question asked).
    void restoreDefaults();
    /// Fills the form with the shipped profile @p id's rule set for the year (stored only by apply()): where an
    /// advisor starts to describe their own programme.
    Status startFromProfile(const QString& id);
    /**
     * Reads a rule set from a JSON file (a bare rule-set object, or an object with a "rules" key as
     * the CLI reads) over the form. On an error the form is unchanged and the error, which names the
     * key, is shown and returned.
     */
    Status importJson(const QString& path);
    /// Writes the form's rule set to @p path as {"academic_year": …, "rules": {…}}.
    Status exportJson(const QString& path) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct NumberRow
    {
        QLabel* label = nullptr;
        QDoubleSpinBox* spin = nullptr;
        QLabel* note = nullptr;
        QLabel* error = nullptr;
    };
    struct PeriodRow
    {
        QString name;
        QLabel* label = nullptr;
        QDateEdit* start = nullptr;
        QDateEdit* end = nullptr;
        QLabel* error = nullptr;
    };
    struct TableBlock
    {
        QTableWidget* table = nullptr;
        QPushButton* add = nullptr;
        QPushButton* remove = nullptr;
        QLabel* error = nullptr;
    };

    // Building
    QWidget* buildInternshipTab();
    QWidget* buildTerTab();
    QWidget* buildAlternativesTab();
    QWidget* buildCalendarTab();
    QWidget* buildGratificationTab();
    QWidget* buildLawTab();
    void addNumber(QFormLayout* form, Number number);
    QGroupBox* group(const char* objectName);
    TableBlock makeTable(const QString& objectName, int columns, QWidget* parent);
    QLabel* makeError(const QString& objectName);
    QLabel* makeNote();

    // Form ↔ rule set
    void loadIntoForm(const RuleSet& rules);
    void rebuildPeriods(const QList<Period>& periods);
    void rebuildChallengeBoxes(const RuleSet& rules);
    void fillRates(const QList<GratificationRate>& rates);
    void fillFixedHolidays(const QList<FixedHoliday>& days);
    void fillEasterOffsets(const QList<int>& offsets);
    void fillRequirements(const QList<Requirement>& requirements);
    void fillDisabledRules(const QStringList& disabled);
    void fillSchools(const QStringList& schools);
    void sortRates();

    // State
    void reloadFromWorkspace();
    void onStoredRulesChanged();
    void updateEditable();
    void onEdited();
    void validate();
    void updateDerived();
    void updateStatus();
    void showMessage(const QString& text, bool error);
    void retranslate();
    void retranslateNumbers();

    // Buttons
    void onApplyClicked();
    void onRestoreDefaultsClicked();
    void onImportClicked();
    void onExportClicked();

    Workspace& m_ws;
    RuleSet m_stored; ///< the year's rule set as stored (what "modified" compares with)
    RuleSet m_base; ///< the rule set last put into the form (keeps values the editors round)
    bool m_editable = false;
    bool m_loading = false;
    bool m_storedChangedUnderneath = false;
    QStringList m_problems;
    QString m_message;
    bool m_messageIsError = false;

    // Header
    QLabel* m_title = nullptr;
    QLabel* m_programmeLabel = nullptr;
    QLineEdit* m_programme = nullptr;
    QFrame* m_roleStrip = nullptr;
    QLabel* m_roleIcon = nullptr;
    QLabel* m_roleText = nullptr;
    QFrame* m_messageStrip = nullptr;
    QLabel* m_messageIcon = nullptr;
    QLabel* m_messageText = nullptr;
    QTabWidget* m_tabs = nullptr;

    // Numbers
    std::array<NumberRow, NumberCount> m_numbers;

    // Groups (titles are retranslated)
    QGroupBox* m_internshipGroup = nullptr;
    QGroupBox* m_reportGroup = nullptr;
    QGroupBox* m_terGroup = nullptr;
    QGroupBox* m_challengeGroup = nullptr;
    QGroupBox* m_schoolGroup = nullptr;
    QGroupBox* m_seminarGroup = nullptr;
    QGroupBox* m_schoolListGroup = nullptr;
    QGroupBox* m_periodGroup = nullptr;
    QGroupBox* m_workDaysGroup = nullptr;
    QGroupBox* m_fixedHolidayGroup = nullptr;
    QGroupBox* m_easterGroup = nullptr;
    QGroupBox* m_gratificationGroup = nullptr;
    QGroupBox* m_ratesGroup = nullptr;
    QGroupBox* m_lawGroup = nullptr;
    QGroupBox* m_profileGroup = nullptr;
    QList<QLabel*> m_profileLabels;
    QLineEdit* m_profileId = nullptr;
    QLineEdit* m_profileName = nullptr;
    QLineEdit* m_profileInstitution = nullptr;
    QLineEdit* m_profileCountry = nullptr;
    QComboBox* m_legalFramework = nullptr;
    std::array<QLineEdit*, 4> m_labelEdits{}; ///< what the programme calls each activity, by activityCodes()
    QGroupBox* m_requirementGroup = nullptr;
    QGroupBox* m_disabledGroup = nullptr;

    // Calendar
    QGridLayout* m_periodGrid = nullptr;
    QList<PeriodRow> m_periods;
    QLabel* m_periodHint = nullptr;
    QLabel* m_periodStartHeader = nullptr;
    QLabel* m_periodEndHeader = nullptr;
    QLabel* m_deadlineLabel = nullptr;
    QDateEdit* m_deadline = nullptr;
    QLabel* m_deadlineError = nullptr;
    std::array<QCheckBox*, 7> m_workDays{};
    QLabel* m_workDaysHint = nullptr;
    QLabel* m_workDaysError = nullptr;
    TableBlock m_fixedHolidays;
    QLabel* m_fixedHolidayHint = nullptr;
    TableBlock m_easter;
    QLabel* m_easterHint = nullptr;

    // TER challenges
    QLabel* m_prepLabel = nullptr;
    QLabel* m_solveLabel = nullptr;
    QHBoxLayout* m_prepBoxesLayout = nullptr;
    QHBoxLayout* m_solveBoxesLayout = nullptr;
    QList<QCheckBox*> m_prepBoxes;
    QList<QCheckBox*> m_solveBoxes;
    QLabel* m_challengeError = nullptr;

    // Gratification
    TableBlock m_rates;
    QLabel* m_ratesHint = nullptr;

    // Alternatives
    QListWidget* m_schools = nullptr;
    QPushButton* m_addSchool = nullptr;
    QPushButton* m_renameSchool = nullptr;
    QPushButton* m_removeSchool = nullptr;
    QLabel* m_schoolsHint = nullptr;
    QLabel* m_schoolsError = nullptr;

    // Law and requirements
    QCheckBox* m_frenchLaw = nullptr;
    TableBlock m_requirements;
    QLabel* m_requirementHint = nullptr;
    QListWidget* m_disabled = nullptr;
    QLabel* m_disabledHint = nullptr;

    // Buttons
    QPushButton* m_import = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_defaults = nullptr;
    QLabel* m_modified = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_apply = nullptr;
};

} // namespace interntrack
