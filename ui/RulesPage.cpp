#include "RulesPage.h"

#include "Icons.h"
#include "Workspace.h"
#include "calendar/Calendar.h"
#include "domain/Profiles.h"
#include "rules/Checker.h"
#include "rules/Format.h"
#include "workflow/Role.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <variant>

namespace interntrack {

namespace {

// The activities a requirement may name, in the order of the table's columns.
const QStringList& activityCodes()
{
    static const QStringList codes = {QStringLiteral("ter"), QStringLiteral("internship"),
                                      QStringLiteral("summer_school"), QStringLiteral("seminars")};
    return codes;
}

// Roles of the table items
constexpr int BaseRole = Qt::UserRole + 1; ///< a requirement's activities as loaded (keeps their order)

struct NumberSpec
{
    const char* key; ///< the JSON key, also the editor's objectName
    std::variant<double RuleSet::*, int RuleSet::*> member;
    double min;
    double max;
    int decimals;
};

// Ranges are those RuleSet::applyJson accepts, so any valid rule set fits in the editors.
const NumberSpec& spec(RulesPage::Number n)
{
    static const NumberSpec specs[RulesPage::NumberCount] = {
        {"internship_min_weeks", &RuleSet::internshipMinWeeks, 0, 104, 2},
        {"lead_time_months", &RuleSet::leadTimeMonths, 0, 24, 0},
        {"half_time_weekly_hours", &RuleSet::halfTimeWeeklyHours, 0, 80, 2},
        {"report_min_pages", &RuleSet::reportMinPages, 0, 1000, 0},
        {"report_max_pages", &RuleSet::reportMaxPages, 0, 1000, 0},
        {"ter_min_weekly_hours", &RuleSet::terMinWeeklyHours, 0, 80, 2},
        {"ter_max_weekly_hours", &RuleSet::terMaxWeeklyHours, 0, 80, 2},
        {"ter_min_months", &RuleSet::terMinMonths, 0, 24, 0},
        {"ter_max_months", &RuleSet::terMaxMonths, 0, 24, 0},
        {"challenge_solve_group_size", &RuleSet::challengeSolveGroupSize, 1, 100, 0},
        {"grade_max", &RuleSet::gradeMax, 1, 1000, 2},
        {"school_min_full_time_days", &RuleSet::schoolMinFullTimeDays, 0, 365, 0},
        {"school_min_report_links", &RuleSet::schoolMinReportLinks, 0, 100, 0},
        {"seminars_min", &RuleSet::seminarsMin, 0, 1000, 0},
        {"seminar_paragraph_min_words", &RuleSet::seminarParagraphMinWords, 0, 10000, 0},
        {"gratification_threshold_months", &RuleSet::gratificationThresholdMonths, 0, 24, 2},
        {"full_time_weekly_hours", &RuleSet::fullTimeWeeklyHours, 1, 80, 2},
        {"legal_hours_per_day", &RuleSet::legalHoursPerDay, 1, 24, 2},
        {"legal_days_per_month", &RuleSet::legalDaysPerMonth, 1, 31, 0},
        {"internship_max_months", &RuleSet::internshipMaxMonths, 0, 24, 2},
    };
    return specs[n];
}

QString key(const char* k)
{
    return QLatin1String(k);
}

/// A figure with at most two decimals and no trailing zeros ("280", "17.5"), in the current locale.
QString figure(double value)
{
    QString s = formatNumber(value, 2);
    const QString point = QLocale().decimalPoint();
    if (s.contains(point)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(point.size());
    }
    return s;
}

/// A number without trailing zeros ("8", "17.5"), which ignores the wheel unless it has the focus
/// (so that scrolling the page never changes a rule).
class NumberBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    QString textFromValue(double value) const override
    {
        QLocale loc = locale();
        loc.setNumberOptions(QLocale::OmitGroupSeparator);
        QString s = loc.toString(value, 'f', decimals());
        const QString point = loc.decimalPoint();
        if (decimals() > 0 && s.contains(point)) {
            while (s.endsWith(QLatin1Char('0')))
                s.chop(1);
            if (s.endsWith(point))
                s.chop(point.size());
        }
        return s;
    }

protected:
    void wheelEvent(QWheelEvent* event) override
    {
        if (hasFocus())
            QDoubleSpinBox::wheelEvent(event);
        else
            event->ignore();
    }
};

class DateBox : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    void wheelEvent(QWheelEvent* event) override
    {
        if (hasFocus())
            QDateEdit::wheelEvent(event);
        else
            event->ignore();
    }
};

/// Dates in a table: shown as @p format (empty: the long form of rule messages), edited with a calendar.
class DateDelegate : public QStyledItemDelegate
{
public:
    DateDelegate(QString format, QDate min, QDate max, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_format(std::move(format))
        , m_min(min)
        , m_max(max)
    {
    }

    QString displayText(const QVariant& value, const QLocale& locale) const override
    {
        if (value.userType() != QMetaType::QDate)
            return QStyledItemDelegate::displayText(value, locale);
        return m_format.isEmpty() ? formatDate(value.toDate()) : locale.toString(value.toDate(), m_format);
    }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* edit = new QDateEdit(parent);
        edit->setFrame(false);
        edit->setDateRange(m_min, m_max);
        if (m_format.isEmpty())
            edit->setCalendarPopup(true);
        else
            edit->setDisplayFormat(m_format);
        return edit;
    }

private:
    QString m_format;
    QDate m_min;
    QDate m_max;
};

/// Numbers in a table: @p decimals places and a unit @p suffix (e.g. " €").
class NumberDelegate : public QStyledItemDelegate
{
public:
    NumberDelegate(int decimals, double min, double max, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_decimals(decimals)
        , m_min(min)
        , m_max(max)
    {
    }

    void setSuffix(const QString& suffix) { m_suffix = suffix; }

    QString displayText(const QVariant& value, const QLocale& locale) const override
    {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok)
            return QStyledItemDelegate::displayText(value, locale);
        return locale.toString(v, 'f', m_decimals) + m_suffix;
    }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        if (m_decimals == 0) {
            auto* spin = new QSpinBox(parent);
            spin->setFrame(false);
            spin->setRange(static_cast<int>(m_min), static_cast<int>(m_max));
            spin->setSuffix(m_suffix);
            return spin;
        }
        auto* spin = new QDoubleSpinBox(parent);
        spin->setFrame(false);
        spin->setDecimals(m_decimals);
        spin->setRange(m_min, m_max);
        spin->setSuffix(m_suffix);
        return spin;
    }

private:
    int m_decimals;
    double m_min;
    double m_max;
    QString m_suffix;
};

QIcon standardIcon(QStyle::StandardPixmap pixmap)
{
    return QApplication::style()->standardIcon(pixmap);
}

QIcon problemIcon()
{
    return Icons::severity(Severity::Error);
}

QIcon warningIcon()
{
    return Icons::severity(Severity::Warning);
}

QIcon infoIcon()
{
    return Icons::severity(Severity::Info);
}

/// Shows @p text with @p icon in a label made by RulesPage::makeError (hidden when the text is empty).
void setIconText(QLabel* label, const QString& text, const QIcon& icon)
{
    QWidget* box = label->parentWidget();
    if (auto* iconLabel = box->findChild<QLabel*>(QStringLiteral("icon"), Qt::FindDirectChildrenOnly))
        iconLabel->setPixmap(icon.pixmap(16, 16));
    label->setText(text);
    label->setToolTip(text);
    box->setHidden(text.isEmpty());
}

/// The short statement of a rule of RULES.md, for the list of rules that can be turned off.
QString ruleSummary(const QString& code)
{
    static const QHash<QString, const char*> summaries = {
        {QStringLiteral("INT_MIN_DURATION"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "internship of at least 8 full-time-equivalent weeks")},
        {QStringLiteral("INT_MAX_DURATION"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "at most 6 months with one host in a year (law)")},
        {QStringLiteral("INT_LEAD_TIME"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "proposal 3 months before the start")},
        {QStringLiteral("INT_NOT_SIGNED"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "agreement signed by all four parties by the start")},
        {QStringLiteral("INT_GRATIFICATION_REQUIRED"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "gratification above 2 months (law)")},
        {QStringLiteral("INT_GRATIFICATION_TOO_LOW"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "gratification at least the legal minimum")},
        {QStringLiteral("INT_TEACHING_PERIOD"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "full-time internship outside the teaching period")},
        {QStringLiteral("INT_AFTER_DEADLINE"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "internship ends by the completion deadline")},
        {QStringLiteral("INT_OVERLAP"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "a student's internships do not overlap")},
        {QStringLiteral("INT_HOST_NOT_AI"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "host does research in AI, ML or data science")},
        {QStringLiteral("INT_CONTACT_ADVISOR"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "reminder: contact the advisor 3 months ahead")},
        {QStringLiteral("INT_PREVIOUS_SUMMER"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "internship of the previous summer")},
        {QStringLiteral("INT_PROOF_MISSING"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "completion proof signed by the host")},
        {QStringLiteral("INT_REPORT"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "internship report of 4 to 6 pages")},
        {QStringLiteral("INT_HOST_SCREENING"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "the host's screening accepted before approval")},
        {QStringLiteral("INT_PROJECT_WINDOW"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "project or internship within the programme's window")},
        {QStringLiteral("TER_TIME_COMMITMENT"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "TER of half a day to a day a week")},
        {QStringLiteral("TER_DURATION"), QT_TRANSLATE_NOOP("interntrack::RulesPage", "TER of 2 to 4 months")},
        {QStringLiteral("TER_OUTSIDE_PERIOD"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "TER during the teaching period")},
        {QStringLiteral("TER_OUTSIDE_SACLAY"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "lab outside Paris-Saclay: advisor approves")},
        {QStringLiteral("TER_AGREEMENT_NEEDED"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "agreement for a lab outside Saclay or a paid TER")},
        {QStringLiteral("TER_GROUP_SIZE"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "subject capacity not exceeded")},
        {QStringLiteral("TER_CHALLENGE_PREP_PERIOD"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "challenge preparation in T1 or T2")},
        {QStringLiteral("TER_CHALLENGE_SOLVE"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "mini-challenge solved in T4, in pairs")},
        {QStringLiteral("TER_REPORT"), QT_TRANSLATE_NOOP("interntrack::RulesPage", "TER report of 4 to 6 pages")},
        {QStringLiteral("TER_GRADE"), QT_TRANSLATE_NOOP("interntrack::RulesPage", "TER grade from the supervisors")},
        {QStringLiteral("SCHOOL_TOO_SHORT"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "summer school of at least 3 full-time days")},
        {QStringLiteral("SCHOOL_NOT_PROPOSED"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "summer school not in the proposed list")},
        {QStringLiteral("SCHOOL_REPORT"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "summer-school report with links")},
        {QStringLiteral("SEMINARS_TOO_FEW"), QT_TRANSLATE_NOOP("interntrack::RulesPage", "at least 6 seminars")},
        {QStringLiteral("SEMINAR_PARAGRAPH"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "a paragraph of 40 words per seminar")},
        {QStringLiteral("STUDENT_INCOMPLETE"),
         QT_TRANSLATE_NOOP("interntrack::RulesPage", "student has completed the year")},
    };
    const char* text = summaries.value(code, nullptr);
    return text ? RulesPage::tr(text) : RulesPage::tr("not a rule of this version of InternTrack");
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error:
        return RulesPage::tr("error");
    case Severity::Warning:
        return RulesPage::tr("warning");
    case Severity::Info:
        return RulesPage::tr("info");
    }
    return {};
}

/// An item of the list of rules that can be turned off: code, what it checks, severity.
QString disabledRuleText(const QString& code)
{
    QString text = code + QStringLiteral(" — ") + ruleSummary(code);
    for (const RuleInfo& info : ruleCatalogue()) {
        if (code == QLatin1String(info.code))
            text += QStringLiteral(" (") + severityName(info.severity) + QLatin1Char(')');
    }
    return text;
}

/// The name of a holiday @p offset days after Easter Sunday.
QString easterName(int offset)
{
    switch (offset) {
    case -2:
        return RulesPage::tr("Good Friday");
    case 0:
        return RulesPage::tr("Easter Sunday");
    case 1:
        return RulesPage::tr("Easter Monday");
    case 39:
        return RulesPage::tr("Ascension Day");
    case 49:
        return RulesPage::tr("Whit Sunday");
    case 50:
        return RulesPage::tr("Whit Monday");
    default:
        return offset >= 0 ? RulesPage::tr("Easter + %n day(s)", nullptr, offset)
                           : RulesPage::tr("Easter − %n day(s)", nullptr, -offset);
    }
}

QTableWidgetItem* readOnlyItem(const QString& text = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidgetItem* valueItem(const QVariant& value, bool editable)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | (editable ? Qt::ItemIsEditable : Qt::NoItemFlags));
    return item;
}

QTableWidgetItem* checkItem(bool checked, bool editable)
{
    auto* item = new QTableWidgetItem;
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | (editable ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
    return item;
}

/// Marks a row as invalid (icon and tooltip on its first cell), or clears the mark.
void flagRow(QTableWidget* table, int row, const QString& problem)
{
    QTableWidgetItem* item = table->item(row, 0);
    if (!item)
        return;
    item->setData(Qt::DecorationRole, problem.isEmpty() ? QVariant() : QVariant(problemIcon()));
    item->setToolTip(problem);
}

/// Keeps the members of @p before that @p checked still holds, in their order, then the new ones.
QStringList keepOrder(const QStringList& before, const QStringList& checked)
{
    QStringList out;
    for (const QString& s : before) {
        if (checked.contains(s) && !out.contains(s))
            out.append(s);
    }
    for (const QString& s : checked) {
        if (!out.contains(s))
            out.append(s);
    }
    return out;
}

const char* const dayCodes[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

} // namespace

// ---------------------------------------------------------------------------------------------
// Building

RulesPage::RulesPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
{
    setObjectName(QStringLiteral("rulesPage"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_programmeLabel = new QLabel(this);
    m_programme = new QLineEdit(this);
    m_programme->setObjectName(QStringLiteral("programme"));
    m_programmeLabel->setBuddy(m_programme);
    auto* programmeRow = new QHBoxLayout;
    programmeRow->addWidget(m_programmeLabel);
    programmeRow->addWidget(m_programme, 1);

    // Why the page is read-only (role, read-only file, no database)
    m_roleStrip = new QFrame(this);
    m_roleStrip->setObjectName(QStringLiteral("readOnlyStrip"));
    m_roleStrip->setStyleSheet(
        QStringLiteral("QFrame#readOnlyStrip { background: #eef4fb; border: 1px solid #a9c4e4; border-radius: 4px; }"));
    m_roleIcon = new QLabel(m_roleStrip);
    m_roleIcon->setPixmap(infoIcon().pixmap(20, 20));
    m_roleText = new QLabel(m_roleStrip);
    m_roleText->setObjectName(QStringLiteral("readOnlyText"));
    m_roleText->setWordWrap(true);
    auto* roleLayout = new QHBoxLayout(m_roleStrip);
    roleLayout->setContentsMargins(10, 6, 10, 6);
    roleLayout->addWidget(m_roleIcon);
    roleLayout->addWidget(m_roleText, 1);

    // What the last action did (applied, imported, failed)
    m_messageStrip = new QFrame(this);
    m_messageStrip->setObjectName(QStringLiteral("messageStrip"));
    m_messageIcon = new QLabel(m_messageStrip);
    m_messageText = new QLabel(m_messageStrip);
    m_messageText->setObjectName(QStringLiteral("messageText"));
    m_messageText->setWordWrap(true);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* messageLayout = new QHBoxLayout(m_messageStrip);
    messageLayout->setContentsMargins(10, 6, 10, 6);
    messageLayout->addWidget(m_messageIcon);
    messageLayout->addWidget(m_messageText, 1);
    m_messageStrip->hide();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("rulesTabs"));
    m_tabs->setDocumentMode(true);
    const auto addTab = [this](QWidget* content, const char* name) {
        auto* scroll = new QScrollArea(m_tabs);
        scroll->setObjectName(QLatin1String(name));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(content);
        m_tabs->addTab(scroll, QString());
    };
    addTab(buildInternshipTab(), "internshipTab");
    addTab(buildTerTab(), "terTab");
    addTab(buildAlternativesTab(), "alternativesTab");
    addTab(buildCalendarTab(), "calendarTab");
    addTab(buildGratificationTab(), "gratificationTab");
    addTab(buildLawTab(), "lawTab");

    // Buttons
    m_import = new QPushButton(standardIcon(QStyle::SP_DialogOpenButton), QString(), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_export = new QPushButton(standardIcon(QStyle::SP_DialogSaveButton), QString(), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_defaults = new QPushButton(standardIcon(QStyle::SP_BrowserReload), QString(), this);
    m_defaults->setObjectName(QStringLiteral("defaultsButton"));
    m_modified = makeError(QStringLiteral("modifiedIndicator"));
    m_summary = makeError(QStringLiteral("problemSummary"));
    m_revert = new QPushButton(standardIcon(QStyle::SP_DialogResetButton), QString(), this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_apply = new QPushButton(standardIcon(QStyle::SP_DialogApplyButton), QString(), this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    buttons->addWidget(m_defaults);
    buttons->addStretch(1);
    buttons->addWidget(m_summary->parentWidget(), 0);
    buttons->addWidget(m_modified->parentWidget(), 0);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addLayout(programmeRow);
    layout->addWidget(m_roleStrip);
    layout->addWidget(m_messageStrip);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_programme, &QLineEdit::textChanged, this, &RulesPage::onEdited);
    connect(m_apply, &QPushButton::clicked, this, &RulesPage::onApplyClicked);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        revert();
        showMessage({}, false);
    });
    connect(m_defaults, &QPushButton::clicked, this, &RulesPage::onRestoreDefaultsClicked);
    connect(m_import, &QPushButton::clicked, this, &RulesPage::onImportClicked);
    connect(m_export, &QPushButton::clicked, this, &RulesPage::onExportClicked);

    connect(&m_ws, &Workspace::yearLoaded, this, &RulesPage::onStoredRulesChanged);
    connect(&m_ws, &Workspace::rulesChanged, this, &RulesPage::onStoredRulesChanged);
    connect(&m_ws, &Workspace::databaseChanged, this, &RulesPage::updateEditable);
    connect(&m_ws, &Workspace::actorChanged, this, &RulesPage::updateEditable);
    connect(&m_ws, &Workspace::loadingChanged, this, &RulesPage::updateEditable);

    m_editable = true; // so that the first updateEditable() sets every editor
    retranslate();
    reloadFromWorkspace();
    updateEditable();
}

RulesPage::~RulesPage() = default;

QGroupBox* RulesPage::group(const char* objectName)
{
    auto* box = new QGroupBox;
    box->setObjectName(QLatin1String(objectName));
    return box;
}

QLabel* RulesPage::makeError(const QString& objectName)
{
    auto* box = new QWidget(this);
    box->setObjectName(objectName + QStringLiteral("_box"));
    auto* icon = new QLabel(box);
    icon->setObjectName(QStringLiteral("icon"));
    auto* text = new QLabel(box);
    text->setObjectName(objectName);
    text->setWordWrap(false);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    box->hide();
    return text;
}

QLabel* RulesPage::makeNote()
{
    auto* note = new QLabel;
    note->setWordWrap(true);
    QPalette p = note->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    note->setPalette(p);
    return note;
}

void RulesPage::addNumber(QFormLayout* form, Number number)
{
    const NumberSpec& s = spec(number);
    NumberRow& row = m_numbers[number];
    row.label = new QLabel;
    row.spin = new NumberBox;
    row.spin->setObjectName(key(s.key));
    row.spin->setDecimals(s.decimals);
    row.spin->setRange(s.min, s.max);
    row.spin->setSingleStep(s.decimals > 0 ? 0.5 : 1);
    row.spin->setFocusPolicy(Qt::StrongFocus);
    row.spin->setMinimumWidth(90);
    row.spin->setAlignment(Qt::AlignRight);
    row.label->setBuddy(row.spin);
    row.note = makeNote();
    row.error = makeError(key(s.key) + QStringLiteral("_error"));

    auto* field = new QWidget;
    auto* h = new QHBoxLayout(field);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(row.spin);
    h->addWidget(row.error->parentWidget());
    h->addWidget(row.note, 1);
    form->addRow(row.label, field);
    connect(row.spin, &QDoubleSpinBox::valueChanged, this, &RulesPage::onEdited);
}

RulesPage::TableBlock RulesPage::makeTable(const QString& objectName, int columns, QWidget* parent)
{
    TableBlock b;
    b.table = new QTableWidget(0, columns, parent);
    b.table->setObjectName(objectName);
    b.table->verticalHeader()->hide();
    b.table->horizontalHeader()->setStretchLastSection(true);
    b.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    b.table->setSelectionMode(QAbstractItemView::SingleSelection);
    b.table->setAlternatingRowColors(true);
    b.add = new QPushButton(standardIcon(QStyle::SP_FileDialogNewFolder), QString(), parent);
    b.add->setObjectName(objectName + QStringLiteral("_add"));
    b.remove = new QPushButton(standardIcon(QStyle::SP_TrashIcon), QString(), parent);
    b.remove->setObjectName(objectName + QStringLiteral("_remove"));
    b.error = makeError(objectName + QStringLiteral("_error"));
    QTableWidget* table = b.table;
    connect(table, &QTableWidget::itemChanged, this, &RulesPage::onEdited);
    connect(b.remove, &QPushButton::clicked, this, [this, table] {
        const int row = table->currentRow();
        if (row < 0)
            return;
        table->removeRow(row);
        onEdited();
    });
    return b;
}

namespace {

QWidget* tabContent(QGridLayout*& grid)
{
    auto* content = new QWidget;
    grid = new QGridLayout(content);
    grid->setContentsMargins(4, 10, 4, 4);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(12);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    return content;
}

QFormLayout* formIn(QGroupBox* box)
{
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    return form;
}

QHBoxLayout* buttonRow(QPushButton* a, QPushButton* b, QPushButton* c = nullptr)
{
    auto* row = new QHBoxLayout;
    row->addWidget(a);
    if (c)
        row->addWidget(c);
    row->addWidget(b);
    row->addStretch(1);
    return row;
}

} // namespace

QWidget* RulesPage::buildInternshipTab()
{
    QGridLayout* grid = nullptr;
    QWidget* content = tabContent(grid);

    m_internshipGroup = group("internshipGroup");
    QFormLayout* form = formIn(m_internshipGroup);
    addNumber(form, InternshipMinWeeks);
    addNumber(form, LeadTimeMonths);
    addNumber(form, HalfTimeWeeklyHours);

    m_reportGroup = group("reportGroup");
    form = formIn(m_reportGroup);
    addNumber(form, ReportMinPages);
    addNumber(form, ReportMaxPages);

    grid->addWidget(m_internshipGroup, 0, 0, 1, 2);
    grid->addWidget(m_reportGroup, 1, 0);
    grid->setRowStretch(2, 1);
    return content;
}

QWidget* RulesPage::buildTerTab()
{
    QGridLayout* grid = nullptr;
    QWidget* content = tabContent(grid);

    m_terGroup = group("terGroup");
    QFormLayout* form = formIn(m_terGroup);
    addNumber(form, TerMinWeeklyHours);
    addNumber(form, TerMaxWeeklyHours);
    addNumber(form, TerMinMonths);
    addNumber(form, TerMaxMonths);
    addNumber(form, GradeMax);

    m_challengeGroup = group("challengeGroup");
    form = formIn(m_challengeGroup);
    m_prepLabel = new QLabel;
    m_prepBoxesLayout = new QHBoxLayout;
    m_prepBoxesLayout->addStretch(1);
    form->addRow(m_prepLabel, m_prepBoxesLayout);
    m_solveLabel = new QLabel;
    m_solveBoxesLayout = new QHBoxLayout;
    m_solveBoxesLayout->addStretch(1);
    form->addRow(m_solveLabel, m_solveBoxesLayout);
    addNumber(form, ChallengeSolveGroupSize);
    m_challengeError = makeError(QStringLiteral("challenge_periods_error"));
    form->addRow(m_challengeError->parentWidget());

    grid->addWidget(m_terGroup, 0, 0);
    grid->addWidget(m_challengeGroup, 0, 1);
    grid->setRowStretch(1, 1);
    return content;
}

QWidget* RulesPage::buildAlternativesTab()
{
    QGridLayout* grid = nullptr;
    QWidget* content = tabContent(grid);

    m_schoolGroup = group("schoolGroup");
    QFormLayout* form = formIn(m_schoolGroup);
    addNumber(form, SchoolMinFullTimeDays);
    addNumber(form, SchoolMinReportLinks);

    m_seminarGroup = group("seminarGroup");
    form = formIn(m_seminarGroup);
    addNumber(form, SeminarsMin);
    addNumber(form, SeminarParagraphMinWords);

    m_schoolListGroup = group("proposedSchoolsGroup");
    auto* v = new QVBoxLayout(m_schoolListGroup);
    m_schoolsHint = makeNote();
    m_schools = new QListWidget;
    m_schools->setObjectName(QStringLiteral("proposed_schools"));
    m_schools->setAlternatingRowColors(true);
    m_schools->setMinimumHeight(180);
    m_addSchool = new QPushButton(standardIcon(QStyle::SP_FileDialogNewFolder), QString());
    m_addSchool->setObjectName(QStringLiteral("proposed_schools_add"));
    m_renameSchool = new QPushButton(standardIcon(QStyle::SP_FileDialogDetailedView), QString());
    m_renameSchool->setObjectName(QStringLiteral("proposed_schools_rename"));
    m_removeSchool = new QPushButton(standardIcon(QStyle::SP_TrashIcon), QString());
    m_removeSchool->setObjectName(QStringLiteral("proposed_schools_remove"));
    m_schoolsError = makeError(QStringLiteral("proposed_schools_error"));
    v->addWidget(m_schoolsHint);
    v->addWidget(m_schools, 1);
    v->addWidget(m_schoolsError->parentWidget());
    v->addLayout(buttonRow(m_addSchool, m_removeSchool, m_renameSchool));

    connect(m_schools, &QListWidget::itemChanged, this, &RulesPage::onEdited);
    connect(m_addSchool, &QPushButton::clicked, this, [this] {
        auto* item = new QListWidgetItem(tr("New summer school"));
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_schools->addItem(item);
        m_schools->setCurrentItem(item);
        m_schools->editItem(item);
        onEdited();
    });
    connect(m_renameSchool, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_schools->currentItem())
            m_schools->editItem(item);
    });
    connect(m_removeSchool, &QPushButton::clicked, this, [this] {
        const int row = m_schools->currentRow();
        if (row < 0)
            return;
        delete m_schools->takeItem(row);
        onEdited();
    });

    grid->addWidget(m_schoolGroup, 0, 0);
    grid->addWidget(m_seminarGroup, 1, 0);
    grid->addWidget(m_schoolListGroup, 0, 1, 3, 1);
    grid->setRowStretch(2, 1);
    return content;
}

QWidget* RulesPage::buildCalendarTab()
{
    QGridLayout* grid = nullptr;
    QWidget* content = tabContent(grid);

    m_periodGroup = group("periodGroup");
    auto* v = new QVBoxLayout(m_periodGroup);
    m_periodHint = makeNote();
    v->addWidget(m_periodHint);
    m_periodGrid = new QGridLayout;
    m_periodGrid->setHorizontalSpacing(10);
    m_periodStartHeader = new QLabel;
    m_periodEndHeader = new QLabel;
    m_periodGrid->addWidget(m_periodStartHeader, 0, 1);
    m_periodGrid->addWidget(m_periodEndHeader, 0, 2);
    m_periodGrid->setColumnStretch(3, 1);
    v->addLayout(m_periodGrid);
    auto* deadlineRow = new QHBoxLayout;
    m_deadlineLabel = new QLabel;
    m_deadline = new DateBox;
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDateRange(QDate(1990, 1, 1), QDate(2200, 12, 31));
    m_deadline->setFocusPolicy(Qt::StrongFocus);
    m_deadlineLabel->setBuddy(m_deadline);
    m_deadlineError = makeError(QStringLiteral("deadline_error"));
    deadlineRow->addWidget(m_deadlineLabel);
    deadlineRow->addWidget(m_deadline);
    deadlineRow->addWidget(m_deadlineError->parentWidget());
    deadlineRow->addStretch(1);
    v->addSpacing(6);
    v->addLayout(deadlineRow);
    connect(m_deadline, &QDateEdit::dateChanged, this, &RulesPage::onEdited);

    m_workDaysGroup = group("workDaysGroup");
    auto* w = new QVBoxLayout(m_workDaysGroup);
    m_workDaysHint = makeNote();
    auto* days = new QHBoxLayout;
    for (int d = 0; d < 7; ++d) {
        m_workDays[d] = new QCheckBox;
        m_workDays[d]->setObjectName(QStringLiteral("default_work_days_") + QLatin1String(dayCodes[d]));
        days->addWidget(m_workDays[d]);
        connect(m_workDays[d], &QCheckBox::toggled, this, &RulesPage::onEdited);
    }
    days->addStretch(1);
    m_workDaysError = makeError(QStringLiteral("default_work_days_error"));
    w->addWidget(m_workDaysHint);
    w->addLayout(days);
    w->addWidget(m_workDaysError->parentWidget());

    m_fixedHolidayGroup = group("fixedHolidayGroup");
    auto* f = new QVBoxLayout(m_fixedHolidayGroup);
    m_fixedHolidayHint = makeNote();
    m_fixedHolidays = makeTable(QStringLiteral("public_holidays_fixed"), 2, m_fixedHolidayGroup);
    m_fixedHolidays.table->setItemDelegateForColumn(
        0, new DateDelegate(QStringLiteral("d MMMM"), QDate(2000, 1, 1), QDate(2000, 12, 31), this));
    m_fixedHolidays.table->setMinimumHeight(200);
    m_fixedHolidays.table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    f->addWidget(m_fixedHolidayHint);
    f->addWidget(m_fixedHolidays.table, 1);
    f->addWidget(m_fixedHolidays.error->parentWidget());
    f->addLayout(buttonRow(m_fixedHolidays.add, m_fixedHolidays.remove));
    connect(m_fixedHolidays.add, &QPushButton::clicked, this, [this] {
        QList<FixedHoliday> holidays = editedRules().fixedHolidays;
        // The first day of the year not listed yet, for the user to change.
        QDate day(2000, 1, 1);
        while (day.year() == 2000 && holidays.contains(FixedHoliday{day.month(), day.day()}))
            day = day.addDays(1);
        holidays.append({day.month(), day.day()});
        fillFixedHolidays(holidays);
        m_fixedHolidays.table->setCurrentCell(m_fixedHolidays.table->rowCount() - 1, 0);
        m_fixedHolidays.table->editItem(m_fixedHolidays.table->item(m_fixedHolidays.table->rowCount() - 1, 0));
        onEdited();
    });

    m_easterGroup = group("easterGroup");
    auto* e = new QVBoxLayout(m_easterGroup);
    m_easterHint = makeNote();
    m_easter = makeTable(QStringLiteral("public_holidays_easter_offsets"), 3, m_easterGroup);
    m_easter.table->setItemDelegateForColumn(0, new NumberDelegate(0, -100, 100, this));
    m_easter.table->setMinimumHeight(90);
    m_easter.table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_easter.table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    e->addWidget(m_easterHint);
    e->addWidget(m_easter.table, 1);
    e->addWidget(m_easter.error->parentWidget());
    e->addLayout(buttonRow(m_easter.add, m_easter.remove));
    connect(m_easter.add, &QPushButton::clicked, this, [this] {
        QList<int> offsets = editedRules().easterHolidayOffsets;
        offsets.append(0);
        fillEasterOffsets(offsets);
        m_easter.table->setCurrentCell(m_easter.table->rowCount() - 1, 0);
        m_easter.table->editItem(m_easter.table->item(m_easter.table->rowCount() - 1, 0));
        onEdited();
    });

    grid->addWidget(m_periodGroup, 0, 0);
    grid->addWidget(m_workDaysGroup, 1, 0);
    grid->addWidget(m_easterGroup, 2, 0);
    grid->addWidget(m_fixedHolidayGroup, 0, 1, 3, 1);
    grid->setRowStretch(2, 1);
    return content;
}

QWidget* RulesPage::buildGratificationTab()
{
    QGridLayout* grid = nullptr;
    QWidget* content = tabContent(grid);

    m_gratificationGroup = group("gratificationGroup");
    QFormLayout* form = formIn(m_gratificationGroup);
    addNumber(form, GratificationThresholdMonths);

    m_ratesGroup = group("ratesGroup");
    auto* v = new QVBoxLayout(m_ratesGroup);
    m_ratesHint = makeNote();
    m_rates = makeTable(QStringLiteral("gratification_rates"), 3, m_ratesGroup);
    m_rates.table->setItemDelegateForColumn(0, new DateDelegate({}, QDate(1990, 1, 1), QDate(2200, 12, 31), this));
    auto* rateDelegate = new NumberDelegate(2, 0, 1000, this);
    rateDelegate->setSuffix(QStringLiteral("\u00a0€"));
    m_rates.table->setItemDelegateForColumn(1, rateDelegate);
    m_rates.table->setMinimumHeight(300);
    v->addWidget(m_ratesHint);
    v->addWidget(m_rates.table, 1);
    v->addWidget(m_rates.error->parentWidget());
    v->addLayout(buttonRow(m_rates.add, m_rates.remove));
    connect(m_rates.table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_loading && item->column() == 0)
            sortRates();
    });
    connect(m_rates.add, &QPushButton::clicked, this, [this] {
        QList<GratificationRate> rates = editedRules().gratificationRates;
        // A new rate takes effect on the 1 January after the last one (rates change on 1 January).
        const QDate last = rates.isEmpty() ? m_base.year.first() : rates.last().from;
        const QDate from = rates.isEmpty() ? QDate(last.year(), 1, 1) : QDate(last.year() + 1, 1, 1);
        rates.append({from, rates.isEmpty() ? 0.0 : rates.last().hourlyEur});
        fillRates(rates);
        const int row = m_rates.table->rowCount() - 1;
        m_rates.table->setCurrentCell(row, 1);
        m_rates.table->editItem(m_rates.table->item(row, 1));
        onEdited();
    });

    grid->addWidget(m_gratificationGroup, 0, 0);
    grid->addWidget(m_ratesGroup, 0, 1, 2, 1);
    grid->setRowStretch(1, 1);
    return content;
}

QWidget* RulesPage::buildLawTab()
{
    QGridLayout* grid = nullptr;
    QWidget* content = tabContent(grid);

    m_lawGroup = group("lawGroup");
    QFormLayout* form = formIn(m_lawGroup);
    m_frenchLaw = new QCheckBox;
    m_frenchLaw->setObjectName(QStringLiteral("french_internship_law"));
    form->addRow(m_frenchLaw);
    connect(m_frenchLaw, &QCheckBox::toggled, this, &RulesPage::onEdited);
    addNumber(form, FullTimeWeeklyHours);
    addNumber(form, LegalHoursPerDay);
    addNumber(form, LegalDaysPerMonth);
    addNumber(form, InternshipMaxMonths);

    m_requirementGroup = group("requirementGroup");
    auto* v = new QVBoxLayout(m_requirementGroup);
    m_requirementHint = makeNote();
    m_requirements =
        makeTable(QStringLiteral("requirements"), 1 + static_cast<int>(activityCodes().size()), m_requirementGroup);
    m_requirements.table->horizontalHeader()->setStretchLastSection(false);
    m_requirements.table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_requirements.table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_requirements.table->setMinimumHeight(110);
    v->addWidget(m_requirementHint);
    v->addWidget(m_requirements.table, 1);
    v->addWidget(m_requirements.error->parentWidget());
    v->addLayout(buttonRow(m_requirements.add, m_requirements.remove));
    connect(m_requirements.add, &QPushButton::clicked, this, [this] {
        QList<Requirement> reqs = editedRules().requirements;
        reqs.append({QString(), {}});
        fillRequirements(reqs);
        const int row = m_requirements.table->rowCount() - 1;
        m_requirements.table->setCurrentCell(row, 0);
        m_requirements.table->editItem(m_requirements.table->item(row, 0));
        onEdited();
    });

    m_disabledGroup = group("disabledRulesGroup");
    auto* d = new QVBoxLayout(m_disabledGroup);
    m_disabledHint = makeNote();
    m_disabled = new QListWidget;
    m_disabled->setObjectName(QStringLiteral("disabled_rules"));
    m_disabled->setMinimumHeight(300);
    d->addWidget(m_disabledHint);
    d->addWidget(m_disabled, 1);
    connect(m_disabled, &QListWidget::itemChanged, this, &RulesPage::onEdited);

    // The programme profile: who the rules are for, under which law, and what the programme calls things.
    m_profileGroup = group("profileGroup");
    QFormLayout* profileForm = formIn(m_profileGroup);
    const auto profileRow = [&](QWidget* field, const char* objectName) {
        field->setObjectName(QLatin1String(objectName));
        auto* label = new QLabel(m_profileGroup);
        label->setBuddy(field);
        m_profileLabels.append(label);
        profileForm->addRow(label, field);
    };
    m_profileId = new QLineEdit(m_profileGroup);
    m_profileName = new QLineEdit(m_profileGroup);
    m_profileInstitution = new QLineEdit(m_profileGroup);
    m_profileCountry = new QLineEdit(m_profileGroup);
    m_profileCountry->setMaxLength(2);
    m_legalFramework = new QComboBox(m_profileGroup);
    m_legalFramework->addItem(QString(), int(LegalFramework::FrenchEducationCode));
    m_legalFramework->addItem(QString(), int(LegalFramework::None));
    profileRow(m_profileId, "profile_id");
    profileRow(m_profileName, "profile_name");
    profileRow(m_profileInstitution, "profile_institution");
    profileRow(m_profileCountry, "profile_country");
    profileRow(m_legalFramework, "profile_legal_framework");
    for (size_t i = 0; i < m_labelEdits.size(); ++i) {
        m_labelEdits[i] = new QLineEdit(m_profileGroup);
        profileRow(m_labelEdits[i],
                   QByteArray("profile_label_" + activityCodes().at(qsizetype(i)).toLatin1()).constData());
    }
    for (QLineEdit* e : {m_profileId, m_profileName, m_profileInstitution, m_profileCountry})
        connect(e, &QLineEdit::textEdited, this, &RulesPage::onEdited);
    for (QLineEdit* e : m_labelEdits)
        connect(e, &QLineEdit::textEdited, this, &RulesPage::onEdited);
    connect(m_legalFramework, &QComboBox::currentIndexChanged, this, &RulesPage::onEdited);

    grid->addWidget(m_profileGroup, 0, 0);
    grid->addWidget(m_lawGroup, 1, 0);
    grid->addWidget(m_requirementGroup, 2, 0);
    grid->addWidget(m_disabledGroup, 0, 1, 4, 1);
    grid->setRowStretch(3, 1);
    return content;
}

// ---------------------------------------------------------------------------------------------
// Form ↔ rule set

void RulesPage::loadIntoForm(const RuleSet& rules)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_base = rules;
    m_programme->setText(rules.programme);
    m_profileId->setText(rules.profile.id);
    m_profileName->setText(rules.profile.name);
    m_profileInstitution->setText(rules.profile.institution);
    m_profileCountry->setText(rules.profile.country);
    m_legalFramework->setCurrentIndex(m_legalFramework->findData(int(rules.profile.legalFramework)));
    for (size_t i = 0; i < m_labelEdits.size(); ++i)
        m_labelEdits[i]->setText(rules.profile.labels.value(activityCodes().at(qsizetype(i))));
    for (int n = 0; n < NumberCount; ++n) {
        const NumberSpec& s = spec(static_cast<Number>(n));
        const double value = std::visit([&rules](auto member) { return static_cast<double>(rules.*member); }, s.member);
        m_numbers[n].spin->setValue(value);
    }
    rebuildPeriods(rules.teachingPeriods);
    m_deadline->setDate(rules.deadline.isValid() ? rules.deadline : rules.year.first());
    for (int d = 0; d < 7; ++d)
        m_workDays[d]->setChecked(rules.defaultWorkDays.contains(d + 1));
    m_frenchLaw->setChecked(rules.frenchInternshipLaw);
    fillFixedHolidays(rules.fixedHolidays);
    fillEasterOffsets(rules.easterHolidayOffsets);
    fillRates(rules.gratificationRates);
    fillRequirements(rules.requirements);
    fillDisabledRules(rules.disabledRules);
    fillSchools(rules.proposedSchools);
    rebuildChallengeBoxes(rules);
    m_loading = wasLoading;
    if (!m_loading)
        onEdited();
}

void RulesPage::rebuildPeriods(const QList<Period>& periods)
{
    bool same = periods.size() == m_periods.size();
    for (qsizetype i = 0; same && i < periods.size(); ++i)
        same = periods.at(i).name == m_periods.at(i).name;
    if (!same) {
        for (PeriodRow& row : m_periods) {
            delete row.label;
            delete row.start;
            delete row.end;
            delete row.error->parentWidget();
        }
        m_periods.clear();
        for (qsizetype i = 0; i < periods.size(); ++i) {
            const QString name = periods.at(i).name;
            const QString id = QStringLiteral("teaching_periods_") + name;
            PeriodRow row;
            row.name = name;
            row.label = new QLabel(name);
            auto makeDate = [&](const QString& suffix) {
                auto* edit = new DateBox;
                edit->setObjectName(id + suffix);
                edit->setCalendarPopup(true);
                edit->setDateRange(QDate(1990, 1, 1), QDate(2200, 12, 31));
                edit->setFocusPolicy(Qt::StrongFocus);
                connect(edit, &QDateEdit::dateChanged, this, &RulesPage::onEdited);
                return edit;
            };
            row.start = makeDate(QStringLiteral("_start"));
            row.end = makeDate(QStringLiteral("_end"));
            row.label->setBuddy(row.start);
            row.error = makeError(id + QStringLiteral("_error"));
            const int r = static_cast<int>(i) + 1;
            m_periodGrid->addWidget(row.label, r, 0);
            m_periodGrid->addWidget(row.start, r, 1);
            m_periodGrid->addWidget(row.end, r, 2);
            m_periodGrid->addWidget(row.error->parentWidget(), r, 3);
            row.start->setReadOnly(!m_editable);
            row.end->setReadOnly(!m_editable);
            m_periods.append(row);
        }
        retranslate();
    }
    for (qsizetype i = 0; i < periods.size(); ++i) {
        m_periods[i].start->setDate(periods.at(i).start);
        m_periods[i].end->setDate(periods.at(i).end);
    }
}

void RulesPage::rebuildChallengeBoxes(const RuleSet& rules)
{
    QStringList names;
    for (const Period& p : rules.teachingPeriods)
        names.append(p.name);
    for (const QString& n : rules.challengePrepPeriods + rules.challengeSolvePeriods) {
        if (!names.contains(n))
            names.append(n);
    }
    const auto rebuild = [&](QList<QCheckBox*>& boxes, QHBoxLayout* layout, const QString& prefix,
                             const QStringList& checked) {
        QStringList current;
        for (QCheckBox* b : boxes)
            current.append(b->property("period").toString());
        if (current != names) {
            qDeleteAll(boxes);
            boxes.clear();
            for (const QString& n : names) {
                auto* box = new QCheckBox(n);
                box->setObjectName(prefix + n);
                box->setProperty("period", n);
                box->setEnabled(m_editable);
                layout->insertWidget(layout->count() - 1, box);
                connect(box, &QCheckBox::toggled, this, &RulesPage::onEdited);
                boxes.append(box);
            }
        }
        for (QCheckBox* b : boxes)
            b->setChecked(checked.contains(b->property("period").toString()));
    };
    rebuild(m_prepBoxes, m_prepBoxesLayout, QStringLiteral("challenge_prep_periods_"), rules.challengePrepPeriods);
    rebuild(m_solveBoxes, m_solveBoxesLayout, QStringLiteral("challenge_solve_periods_"), rules.challengeSolvePeriods);
}

void RulesPage::fillRates(const QList<GratificationRate>& rates)
{
    const QSignalBlocker block(m_rates.table);
    m_rates.table->setRowCount(0);
    m_rates.table->setRowCount(static_cast<int>(rates.size()));
    for (int i = 0; i < rates.size(); ++i) {
        m_rates.table->setItem(i, 0, valueItem(rates.at(i).from, m_editable));
        m_rates.table->setItem(i, 1, valueItem(rates.at(i).hourlyEur, m_editable));
        m_rates.table->setItem(i, 2, readOnlyItem());
    }
}

void RulesPage::sortRates()
{
    const QSignalBlocker block(m_rates.table);
    QTableWidgetItem* current = m_rates.table->currentItem();
    m_rates.table->sortItems(0, Qt::AscendingOrder);
    if (current)
        m_rates.table->setCurrentItem(current);
    onEdited(); // the rows were checked in their order before the sort
}

void RulesPage::fillFixedHolidays(const QList<FixedHoliday>& days)
{
    const QSignalBlocker block(m_fixedHolidays.table);
    m_fixedHolidays.table->setRowCount(0);
    m_fixedHolidays.table->setRowCount(static_cast<int>(days.size()));
    for (int i = 0; i < days.size(); ++i) {
        m_fixedHolidays.table->setItem(i, 0, valueItem(QDate(2000, days.at(i).month, days.at(i).day), m_editable));
        m_fixedHolidays.table->setItem(i, 1, readOnlyItem());
    }
}

void RulesPage::fillEasterOffsets(const QList<int>& offsets)
{
    const QSignalBlocker block(m_easter.table);
    m_easter.table->setRowCount(0);
    m_easter.table->setRowCount(static_cast<int>(offsets.size()));
    for (int i = 0; i < offsets.size(); ++i) {
        m_easter.table->setItem(i, 0, valueItem(offsets.at(i), m_editable));
        m_easter.table->setItem(i, 1, readOnlyItem());
        m_easter.table->setItem(i, 2, readOnlyItem());
    }
}

void RulesPage::fillRequirements(const QList<Requirement>& requirements)
{
    const QSignalBlocker block(m_requirements.table);
    m_requirements.table->setRowCount(0);
    m_requirements.table->setRowCount(static_cast<int>(requirements.size()));
    for (int i = 0; i < requirements.size(); ++i) {
        const Requirement& q = requirements.at(i);
        QTableWidgetItem* code = valueItem(q.code, m_editable);
        code->setData(BaseRole, q.anyOf);
        m_requirements.table->setItem(i, 0, code);
        for (int a = 0; a < activityCodes().size(); ++a)
            m_requirements.table->setItem(i, a + 1, checkItem(q.anyOf.contains(activityCodes().at(a)), m_editable));
    }
}

void RulesPage::fillDisabledRules(const QStringList& disabled)
{
    const QSignalBlocker block(m_disabled);
    m_disabled->clear();
    QStringList codes;
    for (const RuleInfo& info : ruleCatalogue())
        codes.append(QLatin1String(info.code));
    for (const QString& code : disabled) {
        if (!codes.contains(code))
            codes.append(code); // unknown to this version: kept, and shown
    }
    for (const QString& code : codes) {
        auto* item = new QListWidgetItem(disabledRuleText(code), m_disabled);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable
                       | (m_editable ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
        item->setCheckState(disabled.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
}

void RulesPage::fillSchools(const QStringList& schools)
{
    const QSignalBlocker block(m_schools);
    m_schools->clear();
    for (const QString& s : schools) {
        auto* item = new QListWidgetItem(s, m_schools);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | (m_editable ? Qt::ItemIsEditable : Qt::NoItemFlags));
    }
}

RuleSet RulesPage::editedRules() const
{
    RuleSet r = m_base;
    r.programme = m_programme->text();
    r.profile.id = m_profileId->text().trimmed();
    r.profile.name = m_profileName->text().trimmed();
    r.profile.institution = m_profileInstitution->text().trimmed();
    r.profile.country = m_profileCountry->text().trimmed().toUpper();
    r.profile.legalFramework = LegalFramework(m_legalFramework->currentData().toInt());
    for (size_t i = 0; i < m_labelEdits.size(); ++i) {
        const QString code = activityCodes().at(qsizetype(i));
        const QString label = m_labelEdits[i]->text().trimmed();
        if (label.isEmpty())
            r.profile.labels.remove(code);
        else
            r.profile.labels.insert(code, label);
    }
    for (int n = 0; n < NumberCount; ++n) {
        const NumberSpec& s = spec(static_cast<Number>(n));
        const double shown = m_numbers[n].spin->value();
        if (auto* d = std::get_if<double RuleSet::*>(&s.member)) {
            // The editor rounds to its decimals: keep the exact loaded value while it shows it.
            const double base = m_base.**d;
            const double scale = std::pow(10.0, s.decimals);
            r.** d = std::round(base * scale) / scale == shown ? base : shown;
        } else {
            r.*std::get<int RuleSet::*>(s.member) = static_cast<int>(std::lround(shown));
        }
    }
    r.teachingPeriods.clear();
    for (const PeriodRow& row : m_periods)
        r.teachingPeriods.append({row.name, row.start->date(), row.end->date()});
    r.deadline = m_deadline->date();
    WorkDays days(0);
    for (int d = 0; d < 7; ++d)
        days.set(d + 1, m_workDays[d]->isChecked());
    r.defaultWorkDays = days;
    r.frenchInternshipLaw = m_frenchLaw->isChecked();

    r.fixedHolidays.clear();
    for (int i = 0; i < m_fixedHolidays.table->rowCount(); ++i) {
        const QDate d = m_fixedHolidays.table->item(i, 0)->data(Qt::EditRole).toDate();
        r.fixedHolidays.append({d.month(), d.day()});
    }
    r.easterHolidayOffsets.clear();
    for (int i = 0; i < m_easter.table->rowCount(); ++i)
        r.easterHolidayOffsets.append(m_easter.table->item(i, 0)->data(Qt::EditRole).toInt());
    r.gratificationRates.clear();
    for (int i = 0; i < m_rates.table->rowCount(); ++i) {
        r.gratificationRates.append({m_rates.table->item(i, 0)->data(Qt::EditRole).toDate(),
                                     m_rates.table->item(i, 1)->data(Qt::EditRole).toDouble()});
    }
    r.requirements.clear();
    for (int i = 0; i < m_requirements.table->rowCount(); ++i) {
        QTableWidgetItem* code = m_requirements.table->item(i, 0);
        QStringList checked;
        for (int a = 0; a < activityCodes().size(); ++a) {
            if (m_requirements.table->item(i, a + 1)->checkState() == Qt::Checked)
                checked.append(activityCodes().at(a));
        }
        r.requirements.append({code->text().trimmed(), keepOrder(code->data(BaseRole).toStringList(), checked)});
    }
    QStringList disabled;
    for (int i = 0; i < m_disabled->count(); ++i) {
        if (m_disabled->item(i)->checkState() == Qt::Checked)
            disabled.append(m_disabled->item(i)->data(Qt::UserRole).toString());
    }
    r.disabledRules = keepOrder(m_base.disabledRules, disabled);
    r.proposedSchools.clear();
    for (int i = 0; i < m_schools->count(); ++i)
        r.proposedSchools.append(m_schools->item(i)->text().trimmed());
    const auto checkedPeriods = [](const QList<QCheckBox*>& boxes) {
        QStringList out;
        for (QCheckBox* b : boxes) {
            if (b->isChecked())
                out.append(b->property("period").toString());
        }
        return out;
    };
    r.challengePrepPeriods = keepOrder(m_base.challengePrepPeriods, checkedPeriods(m_prepBoxes));
    r.challengeSolvePeriods = keepOrder(m_base.challengeSolvePeriods, checkedPeriods(m_solveBoxes));
    return r;
}

bool RulesPage::isModified() const
{
    return editedRules() != m_stored;
}

// ---------------------------------------------------------------------------------------------
// State

void RulesPage::reloadFromWorkspace()
{
    m_stored = m_ws.rules();
    m_storedChangedUnderneath = false;
    loadIntoForm(m_stored);
}

void RulesPage::onStoredRulesChanged()
{
    // An applied form (or an undo back to what the form shows) is not an edit in progress.
    const RuleSet edited = editedRules();
    if (edited == m_stored || edited == m_ws.rules()) {
        reloadFromWorkspace();
        return;
    }
    // Unsaved edits stay; "modified" now compares them with the new stored set.
    m_stored = m_ws.rules();
    m_base.year = m_stored.year;
    m_storedChangedUnderneath = true;
    onEdited();
}

void RulesPage::updateEditable()
{
    QString why;
    if (!m_ws.isOpen())
        why = tr("No database is open: open one to see the settings of its year.");
    else if (m_ws.isReadOnly())
        why = tr("This database is open read-only: the settings of the year are shown but cannot be changed.");
    else if (m_ws.actor().role != Role::Advisor)
        why = tr("Only the advisor changes the settings of the year. You are working as %1: they are shown "
                 "read-only.")
                  .arg(roleName(m_ws.actor().role));
    m_roleText->setText(why);
    m_roleStrip->setHidden(why.isEmpty());

    const bool editable = why.isEmpty();
    if (editable != m_editable) {
        m_editable = editable;
        m_programme->setReadOnly(!editable);
        for (NumberRow& row : m_numbers) {
            row.spin->setReadOnly(!editable);
            row.spin->setButtonSymbols(editable ? QAbstractSpinBox::UpDownArrows : QAbstractSpinBox::NoButtons);
        }
        for (PeriodRow& row : m_periods) {
            row.start->setReadOnly(!editable);
            row.end->setReadOnly(!editable);
        }
        m_deadline->setReadOnly(!editable);
        for (QCheckBox* b : m_workDays)
            b->setEnabled(editable);
        for (QCheckBox* b : m_prepBoxes + m_solveBoxes)
            b->setEnabled(editable);
        m_frenchLaw->setEnabled(editable);
        for (QLineEdit* e : {m_profileId, m_profileName, m_profileInstitution, m_profileCountry})
            e->setReadOnly(!editable);
        for (QLineEdit* e : m_labelEdits)
            e->setReadOnly(!editable);
        m_legalFramework->setEnabled(editable);
        for (const TableBlock* b : {&m_fixedHolidays, &m_easter, &m_rates, &m_requirements}) {
            b->table->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                                     | QAbstractItemView::AnyKeyPressed
                                               : QAbstractItemView::NoEditTriggers);
            b->add->setEnabled(editable);
            b->remove->setEnabled(editable);
        }
        m_schools->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                            : QAbstractItemView::NoEditTriggers);
        m_addSchool->setEnabled(editable);
        m_renameSchool->setEnabled(editable);
        m_removeSchool->setEnabled(editable);
        // The tables' items carry the flags: fill them again from what the form holds.
        const bool wasLoading = m_loading;
        m_loading = true;
        const RuleSet shown = editedRules();
        fillFixedHolidays(shown.fixedHolidays);
        fillEasterOffsets(shown.easterHolidayOffsets);
        fillRates(shown.gratificationRates);
        fillRequirements(shown.requirements);
        fillDisabledRules(shown.disabledRules);
        fillSchools(shown.proposedSchools);
        m_loading = wasLoading;
    }
    m_import->setEnabled(editable);
    m_defaults->setEnabled(editable);
    m_export->setEnabled(m_ws.isOpen());
    onEdited();
}

void RulesPage::onEdited()
{
    if (m_loading)
        return;
    validate();
    updateDerived();
    updateStatus();
}

void RulesPage::validate()
{
    const RuleSet r = editedRules();
    QStringList problems;
    QList<int> tabsWithProblems;
    const auto blocking = [&](QLabel* label, const QString& text, int tab) {
        setIconText(label, text, problemIcon());
        if (!text.isEmpty()) {
            problems.append(text);
            tabsWithProblems.append(tab);
        }
    };
    const auto warning = [](QLabel* label, const QString& text) { setIconText(label, text, warningIcon()); };
    enum Tab { InternshipTab, TerTab, AlternativesTab, CalendarTab, GratificationTab, LawTab };

    // Numbers: a maximum below its minimum
    for (int n = 0; n < NumberCount; ++n)
        setIconText(m_numbers[n].error, {}, QIcon());
    if (r.reportMaxPages < r.reportMinPages)
        blocking(m_numbers[ReportMaxPages].error, tr("Below the minimum of %n page(s).", nullptr, r.reportMinPages),
                 InternshipTab);
    if (r.terMaxWeeklyHours < r.terMinWeeklyHours)
        blocking(m_numbers[TerMaxWeeklyHours].error,
                 tr("Below the minimum of %1 h a week.").arg(figure(r.terMinWeeklyHours)), TerTab);
    if (r.terMaxMonths < r.terMinMonths)
        blocking(m_numbers[TerMaxMonths].error, tr("Below the minimum of %n month(s).", nullptr, r.terMinMonths),
                 TerTab);

    // Teaching periods and deadline
    const AcademicYear year = m_stored.year.isValid() ? m_stored.year : r.year;
    for (qsizetype i = 0; i < m_periods.size(); ++i) {
        const Period& p = r.teachingPeriods.at(i);
        if (p.end < p.start) {
            blocking(m_periods[i].error, tr("%1 ends before it starts.").arg(p.name), CalendarTab);
            continue;
        }
        QString note;
        if (year.isValid() && (p.start < year.first() || p.end > year.last()))
            note = tr("Outside the academic year %1.").arg(year.toString());
        for (qsizetype j = 0; note.isEmpty() && j < i; ++j) {
            const Period& q = r.teachingPeriods.at(j);
            if (q.start <= q.end && p.start <= q.end && q.start <= p.end)
                note = tr("Overlaps %1.").arg(q.name);
        }
        warning(m_periods[i].error, note);
    }
    if (year.isValid() && (r.deadline < year.first() || r.deadline > year.last()))
        warning(m_deadlineError, tr("Outside the academic year %1.").arg(year.toString()));
    else
        warning(m_deadlineError, {});

    // Working days and holidays
    blocking(m_workDaysError, r.defaultWorkDays.isEmpty() ? tr("Choose at least one day of the week.") : QString(),
             CalendarTab);
    {
        const QSignalBlocker block(m_fixedHolidays.table);
        QStringList rowProblems;
        for (int i = 0; i < r.fixedHolidays.size(); ++i) {
            QString problem;
            if (r.fixedHolidays.indexOf(r.fixedHolidays.at(i)) < i) {
                problem =
                    tr("%1 is listed twice.")
                        .arg(QLocale().toString(QDate(2000, r.fixedHolidays.at(i).month, r.fixedHolidays.at(i).day),
                                                QStringLiteral("d MMMM")));
                rowProblems.append(problem);
            }
            flagRow(m_fixedHolidays.table, i, problem);
        }
        blocking(m_fixedHolidays.error, rowProblems.join(QLatin1Char(' ')), CalendarTab);
    }
    {
        const QSignalBlocker block(m_easter.table);
        QStringList rowProblems;
        for (int i = 0; i < r.easterHolidayOffsets.size(); ++i) {
            QString problem;
            if (r.easterHolidayOffsets.indexOf(r.easterHolidayOffsets.at(i)) < i) {
                problem = tr("%1 is listed twice.").arg(easterName(r.easterHolidayOffsets.at(i)));
                rowProblems.append(problem);
            }
            flagRow(m_easter.table, i, problem);
        }
        blocking(m_easter.error, rowProblems.join(QLatin1Char(' ')), CalendarTab);
    }

    // Challenge periods that name no teaching period
    {
        QStringList unknown;
        for (const QString& n : r.challengePrepPeriods + r.challengeSolvePeriods) {
            if (!r.period(n) && !unknown.contains(n))
                unknown.append(n);
        }
        warning(m_challengeError, unknown.isEmpty() ? QString()
                                                    : tr("No teaching period is called %1: the rule never matches it.")
                                                          .arg(unknown.join(QStringLiteral(", "))));
    }

    // Gratification rates: one row per date, an amount
    {
        const QSignalBlocker block(m_rates.table);
        QStringList rowProblems;
        for (int i = 0; i < r.gratificationRates.size(); ++i) {
            const GratificationRate& g = r.gratificationRates.at(i);
            QString problem;
            if (i > 0 && g.from == r.gratificationRates.at(i - 1).from) {
                problem = tr("Same date as the row above.");
                rowProblems.append(tr("Two rates start on %1.").arg(formatDate(g.from)));
            } else if (!(g.hourlyEur > 0)) {
                problem = tr("Enter the hourly rate.");
                rowProblems.append(tr("The rate from %1 has no amount.").arg(formatDate(g.from)));
            }
            QTableWidgetItem* status = m_rates.table->item(i, 2);
            status->setText(problem);
            status->setIcon(problem.isEmpty() ? QIcon() : problemIcon());
            status->setToolTip(problem);
        }
        blocking(m_rates.error, rowProblems.join(QLatin1Char(' ')), GratificationTab);
    }

    // Proposed schools: named, once each
    {
        const QSignalBlocker block(m_schools);
        QStringList listProblems;
        for (int i = 0; i < r.proposedSchools.size(); ++i) {
            const QString& name = r.proposedSchools.at(i);
            QString problem;
            if (name.isEmpty())
                problem = tr("A school has no name.");
            else if (r.proposedSchools.indexOf(name) < i)
                problem = tr("\"%1\" is listed twice.").arg(name);
            m_schools->item(i)->setIcon(problem.isEmpty() ? QIcon() : problemIcon());
            m_schools->item(i)->setToolTip(problem);
            if (!problem.isEmpty())
                listProblems.append(problem);
        }
        blocking(m_schoolsError, listProblems.join(QLatin1Char(' ')), AlternativesTab);
    }

    // Requirements: a code, once, naming an activity
    {
        const QSignalBlocker block(m_requirements.table);
        QStringList rowProblems;
        for (int i = 0; i < r.requirements.size(); ++i) {
            const Requirement& q = r.requirements.at(i);
            QString problem;
            if (q.code.isEmpty())
                problem = tr("Row %1 needs a code.").arg(i + 1);
            else if (q.anyOf.isEmpty())
                problem = tr("%1 names no activity.").arg(q.code);
            else {
                for (int j = 0; j < i && problem.isEmpty(); ++j) {
                    if (r.requirements.at(j).code == q.code)
                        problem = tr("%1 is listed twice.").arg(q.code);
                }
            }
            flagRow(m_requirements.table, i, problem);
            if (!problem.isEmpty())
                rowProblems.append(problem);
        }
        blocking(m_requirements.error, rowProblems.join(QLatin1Char(' ')), LawTab);
    }

    // Whatever the form let through, the rule set must read back as RuleSet's own JSON does.
    if (problems.isEmpty()) {
        RuleSet check = r;
        if (Status s = check.applyJson(r.toJson()); !s)
            problems.append(s.error());
    }

    for (int t = 0; t < m_tabs->count(); ++t)
        m_tabs->setTabIcon(t, tabsWithProblems.contains(t) ? problemIcon() : QIcon());
    m_problems = problems;
}

void RulesPage::updateDerived()
{
    const RuleSet r = editedRules();
    const auto note = [this](Number n, const QString& text) { m_numbers[n].note->setText(text); };
    note(InternshipMinWeeks,
         tr("= %1 scheduled hours at %2 h a week").arg(figure(r.internshipMinHours()), figure(r.fullTimeWeeklyHours)));
    const QDate exampleStart(r.year.isValid() ? r.year.startYear + 1 : 2026, 5, 4);
    note(LeadTimeMonths, tr("a start on %1 needs the proposal by %2")
                             .arg(formatDate(exampleStart), formatDate(exampleStart.addMonths(-r.leadTimeMonths))));
    note(HalfTimeWeeklyHours, tr("above it, an internship is full-time"));
    note(LegalDaysPerMonth, tr("1 month = %1 presence hours").arg(figure(r.legalMonthHours())));
    note(InternshipMaxMonths, tr("= %1 presence hours").arg(figure(r.internshipMaxHours())));
    note(GratificationThresholdMonths, tr("due above %1 presence hours").arg(figure(r.gratificationThresholdHours())));
    note(TerMinWeeklyHours, tr("half a day a week at 7 h a day = 3.5 h"));
    note(TerMinMonths, tr("end ≥ start + min months − 1 day"));
    note(TerMaxMonths, tr("end ≤ start + max months − 1 day"));
    note(SeminarParagraphMinWords, tr("in the student's own words"));

    // The year's dates of the holidays
    const int sy = r.year.isValid() ? r.year.startYear : QDate::currentDate().year();
    {
        const QSignalBlocker block(m_fixedHolidays.table);
        for (int i = 0; i < r.fixedHolidays.size(); ++i) {
            const FixedHoliday& h = r.fixedHolidays.at(i);
            const QDate d(h.month >= 9 ? sy : sy + 1, h.month, h.day);
            m_fixedHolidays.table->item(i, 1)->setText(d.isValid()
                                                           ? QLocale().toString(d, QStringLiteral("dddd d MMMM yyyy"))
                                                           : tr("not in %1").arg(r.year.toString()));
        }
    }
    {
        const QSignalBlocker block(m_easter.table);
        const QDate easter = easterSunday(sy + 1);
        for (int i = 0; i < r.easterHolidayOffsets.size(); ++i) {
            const int offset = r.easterHolidayOffsets.at(i);
            m_easter.table->item(i, 1)->setText(easterName(offset));
            m_easter.table->item(i, 2)->setText(
                QLocale().toString(easter.addDays(offset), QStringLiteral("dddd d MMMM yyyy")));
        }
        m_easterHint->setText(tr("Holidays that follow Easter, in days after Easter Sunday (%1 in %2).")
                                  .arg(formatDate(easter))
                                  .arg(sy + 1));
    }
    {
        const QDate first = r.year.isValid() ? r.year.first() : QDate();
        const std::optional<double> rate = first.isValid() ? r.gratificationRateOn(first) : std::nullopt;
        QString text = tr("The rate in force on an internship's start date applies: 15 % of the social-security "
                          "hourly ceiling, which changes on 1 January.");
        if (first.isValid())
            text += QLatin1Char(' ')
                    + (rate ? tr("On %1: %2 an hour.").arg(formatDate(first), formatEuros(*rate))
                            : tr("No rate is in force on %1: add one.").arg(formatDate(first)));
        m_ratesHint->setText(text);
    }
}

void RulesPage::updateStatus()
{
    m_title->setText(m_stored.year.isValid() ? tr("Settings of the year %1").arg(m_stored.year.toString())
                                             : tr("Settings of the year"));
    const bool modified = isModified();
    QString modifiedText;
    if (modified)
        modifiedText = m_storedChangedUnderneath
                           ? tr("Modified — the stored rules changed meanwhile; Revert shows them")
                           : tr("Modified — not applied yet");
    setIconText(m_modified, modifiedText, Icons::state(WorkflowState::Draft));

    QString summary;
    if (m_problems.size() == 1)
        summary = tr("To fix before applying: %1").arg(m_problems.first());
    else if (m_problems.size() > 1)
        summary = tr("To fix before applying: %1 (and %2 more)").arg(m_problems.first()).arg(m_problems.size() - 1);
    // Elided so that a long problem never widens the page; the tooltip lists them all.
    setIconText(m_summary, m_summary->fontMetrics().elidedText(summary, Qt::ElideRight, 460), problemIcon());
    m_summary->setToolTip(m_problems.join(QLatin1Char('\n')));

    m_apply->setEnabled(m_editable && modified && m_problems.isEmpty());
    m_apply->setToolTip(
        m_problems.isEmpty()
            ? tr("Store these settings for %1 and check every item again.").arg(m_stored.year.toString())
            : m_problems.join(QLatin1Char('\n')));
    m_revert->setEnabled(modified);
}

void RulesPage::showMessage(const QString& text, bool error)
{
    m_message = text;
    m_messageIsError = error;
    m_messageText->setText(text);
    m_messageIcon->setPixmap((error ? problemIcon() : infoIcon()).pixmap(20, 20));
    m_messageStrip->setStyleSheet(
        error ? QStringLiteral(
            "QFrame#messageStrip { background: #fdecea; border: 1px solid #e6a19a; border-radius: 4px; }")
              : QStringLiteral(
                  "QFrame#messageStrip { background: #edf7ed; border: 1px solid #a5d6a7; border-radius: 4px; }"));
    m_messageStrip->setHidden(text.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Actions

Status RulesPage::apply()
{
    if (!m_editable)
        return Status::failure(m_roleText->text());
    if (!m_problems.isEmpty())
        return Status::failure(m_problems.join(QLatin1Char(' ')));
    const RuleSet rules = editedRules();
    if (Status s = m_ws.saveRules(rules); !s) {
        showMessage(s.error(), true);
        return s;
    }
    // saveRules() has emitted rulesChanged(): the form now shows the stored set.
    reloadFromWorkspace();
    showMessage(tr("The settings of %1 are stored and every item was checked again (Edit ▸ Undo takes them back).")
                    .arg(m_stored.year.toString()),
                false);
    return {};
}

void RulesPage::revert()
{
    reloadFromWorkspace();
}

void RulesPage::restoreDefaults()
{
    const AcademicYear year = m_stored.year.isValid() ? m_stored.year : m_base.year;
    loadIntoForm(RuleSet::parisSaclayM1(year));
}

Status RulesPage::startFromProfile(const QString& id)
{
    const AcademicYear year = m_stored.year.isValid() ? m_stored.year : m_base.year;
    const Result<RuleSet> rules = Profiles::load(id, year);
    if (!rules) {
        showMessage(rules.error(), true);
        return Status::failure(rules.error());
    }
    loadIntoForm(rules.value());
    return {};
}

Status RulesPage::importJson(const QString& path)
{
    const auto fail = [this, &path](const QString& why) {
        const Status s = Status::failure(tr("Could not import %1: %2").arg(QDir::toNativeSeparators(path), why));
        showMessage(s.error() + QLatin1Char(' ') + tr("Nothing was changed."), true);
        return s;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(tr("it is not JSON (%1 at character %2).").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return fail(tr("it does not hold a JSON object of rules."));
    QJsonObject json = doc.object();
    if (json.value(QStringLiteral("rules")).isObject())
        json = json.value(QStringLiteral("rules")).toObject();
    RuleSet rules = editedRules();
    if (Status s = rules.applyJson(json, QStringLiteral("rules")); !s)
        return fail(s.error());
    loadIntoForm(rules);
    showMessage(tr("Imported %1: check the settings, then Apply to store them.").arg(QDir::toNativeSeparators(path)),
                false);
    return {};
}

Status RulesPage::exportJson(const QString& path) const
{
    const RuleSet rules = editedRules();
    const QJsonObject json{{QStringLiteral("academic_year"), rules.year.toString()},
                           {QStringLiteral("rules"), rules.toJson()}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Status::failure(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

void RulesPage::onApplyClicked()
{
    (void)apply();
}

void RulesPage::onRestoreDefaultsClicked()
{
    // A shipped profile to start from: the advisor then describes their own programme (a copy).
    QStringList names;
    const QStringList ids = Profiles::ids();
    for (const QString& id : ids) {
        const Result<RuleSet> r = Profiles::load(id, m_stored.year.isValid() ? m_stored.year : m_base.year);
        names.append(r ? tr("%1, %2").arg(r->profile.name, r->profile.institution) : id);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Start from a programme profile"),
        tr("Replace every setting shown by those of a shipped profile for %1. Then give it your programme's "
           "name and identifier and change what differs: nothing is stored until you click Apply.")
            .arg(m_stored.year.toString()),
        names, 0, false, &ok);
    if (!ok)
        return;
    const QString id = ids.value(names.indexOf(chosen));
    if (!startFromProfile(id))
        return;
    showMessage(
        tr("The settings of %1 are in the form: Apply stores them, Revert puts the stored settings back.").arg(chosen),
        false);
}

void RulesPage::onImportClicked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import the settings of the year"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        (void)importJson(path);
}

void RulesPage::onExportClicked()
{
    const QString suggested = QStringLiteral("rules-%1.json").arg(m_stored.year.toString());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the settings of the year"), suggested,
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status s = exportJson(path); !s)
        showMessage(s.error(), true);
    else
        showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), false);
}

// ---------------------------------------------------------------------------------------------
// Texts

void RulesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RulesPage::retranslateNumbers()
{
    const auto set = [this](Number n, const QString& label, const QString& help) {
        NumberRow& row = m_numbers[n];
        row.label->setText(label);
        row.spin->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        row.spin->setToolTip(help);
        row.spin->setWhatsThis(help);
        row.label->setToolTip(help);
    };
    set(InternshipMinWeeks, tr("Minimum duration (full-time-equivalent weeks):"),
        tr("INT_MIN_DURATION (error): an internship lasts at least this many full-time-equivalent weeks, i.e. "
           "scheduled hours / full-time weekly hours (8 weeks = 280 hours); part-time spread over several months "
           "is fine."));
    set(LeadTimeMonths, tr("Lead time (calendar months):"),
        tr("INT_LEAD_TIME (error): the proposal reaches the advisor at least this many calendar months before the "
           "start (3 by default)."));
    set(HalfTimeWeeklyHours, tr("Half-time limit (hours a week):"),
        tr("INT_TEACHING_PERIOD: above this many hours a week (17.5 by default) an internship is full-time and "
           "must be outside the teaching period; below it a clash is only a warning."));
    set(ReportMinPages, tr("Minimum length (pages):"),
        tr("INT_REPORT / TER_REPORT (warning): the report has at least this many pages (4 by default)."));
    set(ReportMaxPages, tr("Maximum length (pages):"),
        tr("INT_REPORT / TER_REPORT (warning): the report has at most this many pages (6 by default)."));
    set(TerMinWeeklyHours, tr("Minimum time (hours a week):"),
        tr("TER_TIME_COMMITMENT (warning): half a day to a day a week, 3.5 to 7 hours at 7 hours a day."));
    set(TerMaxWeeklyHours, tr("Maximum time (hours a week):"),
        tr("TER_TIME_COMMITMENT (warning): half a day to a day a week, 3.5 to 7 hours at 7 hours a day."));
    set(TerMinMonths, tr("Minimum duration (months):"),
        tr("TER_DURATION (warning): a TER lasts 2 to 4 months: end ≥ start + 2 months − 1 day."));
    set(TerMaxMonths, tr("Maximum duration (months):"),
        tr("TER_DURATION (warning): a TER lasts 2 to 4 months: end ≤ start + 4 months − 1 day."));
    set(ChallengeSolveGroupSize, tr("Solving group size (students):"),
        tr("TER_CHALLENGE_SOLVE (error): a classmates' mini-challenge is solved in T4, in pairs (exactly 2 "
           "students)."));
    set(GradeMax, tr("Highest grade (points):"),
        tr("TER_GRADE (error at validation): the supervisors give a grade from 0 to this (20 by default)."));
    set(SchoolMinFullTimeDays, tr("Minimum length (full-time days):"),
        tr("SCHOOL_TOO_SHORT (error): a summer school has at least 3 days of full-time classes."));
    set(SchoolMinReportLinks, tr("Links in the report (at least):"),
        tr("SCHOOL_REPORT (error at validation): a report of about 2 pages with links to the classes followed and "
           "the projects finished (at least one link)."));
    set(SeminarsMin, tr("Minimum number (seminars):"),
        tr("SEMINARS_TOO_FEW (error): at least 6 seminars in the field, online or in a room."));
    set(SeminarParagraphMinWords, tr("Paragraph per seminar (words, at least):"),
        tr("SEMINAR_PARAGRAPH (error): each seminar has a paragraph, in the student's own words, of what was "
           "learned and what it brings to their field (at least 40 words)."));
    set(GratificationThresholdMonths, tr("Gratification due above (months):"),
        tr("INT_GRATIFICATION_REQUIRED (error): more than 2 months of presence (308 presence hours) and no "
           "gratification. Months are legal months of presence (days a month × hours a day)."));
    set(FullTimeWeeklyHours, tr("Full-time week (hours):"),
        tr("Full-time-equivalent weeks = scheduled hours / this (35 by default): what the 8-week minimum "
           "measures."));
    set(LegalHoursPerDay, tr("Legal day (hours of presence):"),
        tr("Law: 7 hours of presence = 1 day (Code de l'éducation D124-6)."));
    set(LegalDaysPerMonth, tr("Legal month (days of presence):"),
        tr("Law: 22 days of presence = 1 month, so 2 months = 308 hours and 6 months = 924 hours."));
    set(InternshipMaxMonths, tr("Maximum with one host (months):"),
        tr("INT_MAX_DURATION (error): at most 6 months (924 presence hours) with one host in one academic year "
           "(law)."));
}

void RulesPage::retranslate()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_programmeLabel->setText(tr("&Programme:"));
    m_programme->setAccessibleName(tr("Programme"));
    m_programme->setToolTip(tr("The programme these rules belong to, as shown on documents."));

    m_tabs->setTabText(0, tr("Internship"));
    m_tabs->setTabText(1, tr("TER"));
    m_tabs->setTabText(2, tr("Alternatives"));
    m_tabs->setTabText(3, tr("Calendar"));
    m_tabs->setTabText(4, tr("Gratification"));
    m_tabs->setTabText(5, tr("Law and requirements"));
    m_tabs->setAccessibleName(tr("Sections of the settings"));

    m_internshipGroup->setTitle(tr("Internship"));
    m_reportGroup->setTitle(tr("Reports (internship and TER)"));
    m_terGroup->setTitle(tr("TER"));
    m_challengeGroup->setTitle(tr("AI challenge TERs"));
    m_schoolGroup->setTitle(tr("Summer school"));
    m_seminarGroup->setTitle(tr("Seminars"));
    m_schoolListGroup->setTitle(tr("Proposed summer schools"));
    m_periodGroup->setTitle(tr("Teaching periods and deadline"));
    m_workDaysGroup->setTitle(tr("Default working days"));
    m_fixedHolidayGroup->setTitle(tr("Public holidays on fixed days"));
    m_easterGroup->setTitle(tr("Public holidays after Easter"));
    m_gratificationGroup->setTitle(tr("Gratification"));
    m_ratesGroup->setTitle(tr("Legal minimum hourly rate"));
    m_lawGroup->setTitle(tr("Legal framework"));
    m_profileGroup->setTitle(tr("Programme profile"));
    {
        const QStringList texts = {tr("Profile &identifier:"), tr("Programme &name:"), tr("&Institution:"),
                                   tr("&Country (ISO code):"), tr("&Law of internships:")};
        for (qsizetype i = 0; i < texts.size() && i < m_profileLabels.size(); ++i)
            m_profileLabels.at(i)->setText(texts.at(i));
        const QStringList activities = {tr("Name of the TER:"), tr("Name of the internship:"),
                                        tr("Name of the summer school:"), tr("Name of the seminars:")};
        const QStringList defaults = {tr("TER"), tr("Internship"), tr("Summer school"), tr("Seminars")};
        for (size_t i = 0; i < m_labelEdits.size(); ++i) {
            if (5 + qsizetype(i) < m_profileLabels.size())
                m_profileLabels.at(5 + qsizetype(i))->setText(activities.value(qsizetype(i)));
            m_labelEdits[i]->setPlaceholderText(defaults.value(qsizetype(i)));
        }
        m_profileId->setToolTip(tr("A short name of your own when you describe your programme, e.g. "
                                   "\"lyon-m1-ai\"; the shipped profiles are %1.")
                                    .arg(Profiles::ids().join(QStringLiteral(", "))));
        m_legalFramework->setItemText(0, tr("French Code de l'éducation (agreements, gratification)"));
        m_legalFramework->setItemText(1, tr("None that InternTrack checks"));
    }
    m_requirementGroup->setTitle(tr("Requirements to complete the year"));
    m_disabledGroup->setTitle(tr("Rules turned off"));

    retranslateNumbers();

    // Calendar
    m_periodHint->setText(tr("The teaching period is the union of these periods. TER_OUTSIDE_PERIOD: a TER runs "
                             "in it; INT_TEACHING_PERIOD: a full-time internship runs outside it."));
    m_periodStartHeader->setText(tr("First day"));
    m_periodEndHeader->setText(tr("Last day"));
    for (PeriodRow& row : m_periods) {
        row.start->setAccessibleName(tr("First day of %1").arg(row.name));
        row.end->setAccessibleName(tr("Last day of %1").arg(row.name));
        row.start->setToolTip(tr("The first day of teaching period %1.").arg(row.name));
        row.end->setToolTip(tr("The last day of teaching period %1 (included).").arg(row.name));
    }
    m_deadlineLabel->setText(tr("Completion &deadline:"));
    m_deadline->setAccessibleName(tr("Completion deadline"));
    const QString deadlineHelp = tr("INT_AFTER_DEADLINE (error): an internship ends by this day; STUDENT_INCOMPLETE: "
                                    "a student completes the year by it (30 June by default).");
    m_deadline->setToolTip(deadlineHelp);
    m_deadline->setWhatsThis(deadlineHelp);
    m_workDaysHint->setText(tr("The days of a placement's schedule unless it says otherwise."));
    for (int d = 0; d < 7; ++d) {
        const QString name = QLocale().dayName(d + 1, QLocale::LongFormat);
        m_workDays[d]->setText(QLocale().dayName(d + 1, QLocale::ShortFormat));
        m_workDays[d]->setAccessibleName(name);
    }
    m_fixedHolidayHint->setText(tr("French public holidays (Code du travail, L3133-1). A holiday on a scheduled day "
                                   "is not a day of presence."));
    m_fixedHolidays.table->setHorizontalHeaderLabels({tr("Day"), tr("In this academic year")});
    m_fixedHolidays.table->setAccessibleName(tr("Public holidays on fixed days"));
    m_fixedHolidays.add->setText(tr("Add a holiday"));
    m_fixedHolidays.remove->setText(tr("Remove"));
    m_fixedHolidays.remove->setAccessibleName(tr("Remove the selected holiday"));
    m_easter.table->setHorizontalHeaderLabels({tr("Days after Easter"), tr("Holiday"), tr("Date")});
    m_easter.table->setAccessibleName(tr("Public holidays after Easter"));
    m_easter.add->setText(tr("Add a holiday"));
    m_easter.remove->setText(tr("Remove"));
    m_easter.remove->setAccessibleName(tr("Remove the selected Easter holiday"));

    // TER challenges
    m_prepLabel->setText(tr("Preparation TERs run in:"));
    m_prepLabel->setToolTip(tr("TER_CHALLENGE_PREP_PERIOD (error): an AI-challenge preparation TER runs in T1 or T2 "
                               "(the challenge class is in T3)."));
    m_solveLabel->setText(tr("Solving TERs run in:"));
    m_solveLabel->setToolTip(tr("TER_CHALLENGE_SOLVE (error): solving a classmates' mini-challenge runs in T4."));
    for (QCheckBox* b : m_prepBoxes)
        b->setAccessibleName(tr("Preparation TERs in %1").arg(b->property("period").toString()));
    for (QCheckBox* b : m_solveBoxes)
        b->setAccessibleName(tr("Solving TERs in %1").arg(b->property("period").toString()));

    // Gratification
    m_rates.table->setHorizontalHeaderLabels({tr("From"), tr("Hourly rate"), tr("Check")});
    m_rates.table->setAccessibleName(tr("Legal minimum hourly rates by date"));
    m_rates.table->setToolTip(tr("INT_GRATIFICATION_TOO_LOW (error): the gratification is at least the rate in force "
                                 "on the start date × the presence hours. Rows are kept in date order."));
    m_rates.add->setText(tr("Add a rate"));
    m_rates.remove->setText(tr("Remove"));
    m_rates.remove->setAccessibleName(tr("Remove the selected rate"));
    m_rates.table->resizeColumnToContents(0);
    m_rates.table->setColumnWidth(0, std::max(m_rates.table->columnWidth(0), 170));
    m_rates.table->setColumnWidth(1, 110);

    // Alternatives
    m_schoolsHint->setText(tr("SCHOOL_NOT_PROPOSED (warning): a summer school outside this list needs the advisor's "
                              "approval."));
    m_schools->setAccessibleName(tr("Proposed summer schools"));
    m_addSchool->setText(tr("Add"));
    m_renameSchool->setText(tr("Rename"));
    m_removeSchool->setText(tr("Remove"));
    m_addSchool->setAccessibleName(tr("Add a summer school"));
    m_renameSchool->setAccessibleName(tr("Rename the selected summer school"));
    m_removeSchool->setAccessibleName(tr("Remove the selected summer school"));

    // Law and requirements
    m_frenchLaw->setText(tr("French internship law applies (gratification, 6-month maximum, agreement)"));
    m_frenchLaw->setAccessibleName(tr("French internship law applies"));
    m_frenchLaw->setToolTip(tr("When off, the gratification and maximum-duration rules are not checked: for a "
                               "programme under another legal framework."));
    m_requirementHint->setText(tr("STUDENT_INCOMPLETE: by the deadline a student has one validated activity of "
                                  "each requirement. The code names what is missing."));
    QStringList reqHeaders = {tr("Code")};
    reqHeaders << tr("TER") << tr("Internship") << tr("Summer school") << tr("Seminars");
    m_requirements.table->setHorizontalHeaderLabels(reqHeaders);
    m_requirements.table->setAccessibleName(tr("Requirements to complete the year"));
    m_requirements.add->setText(tr("Add a requirement"));
    m_requirements.remove->setText(tr("Remove"));
    m_requirements.remove->setAccessibleName(tr("Remove the selected requirement"));
    m_disabledHint->setText(tr("A ticked rule is never reported for this programme (e.g. a rule of the M1 that "
                               "another programme does not have)."));
    m_disabled->setAccessibleName(tr("Rules turned off"));
    {
        const QSignalBlocker block(m_disabled);
        for (int i = 0; i < m_disabled->count(); ++i) {
            QListWidgetItem* item = m_disabled->item(i);
            item->setText(disabledRuleText(item->data(Qt::UserRole).toString()));
        }
    }

    // Buttons
    m_import->setText(tr("&Import JSON…"));
    m_import->setToolTip(tr("Read settings from a JSON file into the form (keys absent keep their value)."));
    m_export->setText(tr("&Export JSON…"));
    m_export->setToolTip(tr("Write the settings shown to a JSON file (the keys of the command-line tool)."));
    m_defaults->setText(tr("Start From a &Profile…"));
    m_defaults->setToolTip(tr("Fill the form with a shipped programme profile (Paris-Saclay M1, Imperial MSc AI, "
                              "Montréal professional master's), to describe your own programme from it (stored "
                              "only when you apply)."));
    m_revert->setText(tr("&Revert"));
    m_revert->setToolTip(tr("Put the stored settings back into the form."));
    m_apply->setText(tr("&Apply"));

    m_loading = wasLoading;
    updateEditable();
}

} // namespace interntrack
