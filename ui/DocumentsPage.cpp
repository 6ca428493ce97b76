#include "DocumentsPage.h"

#include "FormMessage.h"
#include "Workspace.h"
#include "documents/CalendarExport.h"
#include "documents/DocumentBatch.h"
#include "documents/ListExport.h"
#include "documents/Reminders.h"
#include "domain/ProfileLabels.h"
#include "i18n/Translations.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace interntrack {

/// What a run in the background did.
struct DocumentsOutcome
{
    bool ok = true;
    QString error;
    QStringList written;
    bool cancelled = false;
};

namespace {

/// Everything a run needs, copied from the workspace and the page's options (the year's lists are shared, not
/// copied: Qt's containers are implicitly shared).
struct Job
{
    DocumentsPage::Output output = DocumentsPage::Output::Agreements;
    Cohort cohort;
    CheckResult check;
    QDate today;
    QStringList studentIds;
    QStringList internshipIds;
    QString target; ///< a folder, or the file of a list or the calendar
    DocumentFormat format = DocumentFormat::Pdf;
    QString language;
    QString advisor;
    DocumentsPage::ListKind list = DocumentsPage::ListKind::StudentStatus;
    bool listPdf = false;
    CsvFormat csv;
    QChar decimalSeparator = QLatin1Char('.');
};

std::shared_ptr<DocumentsOutcome> fromStatus(std::shared_ptr<DocumentsOutcome> outcome, const Status& s,
                                             const QString& path)
{
    if (s)
        outcome->written.append(path);
    else {
        outcome->ok = false;
        outcome->error = s.error();
    }
    return outcome;
}

void addButtonRow(QVBoxLayout* layout, QPushButton* button, QPushButton* second = nullptr)
{
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    if (second)
        row->addWidget(second);
    row->addWidget(button);
    layout->addStretch(1);
    layout->addLayout(row);
}

QLabel* explanationLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

DocumentsPage::DocumentsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_description(explanationLabel(this, "pageDescription"))
    , m_watcher(new QFutureWatcher<std::shared_ptr<DocumentsOutcome>>(this))
{
    setObjectName(QStringLiteral("documentsPage"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);

    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("documentsContent"));

    // Scope and the options shared by several sections
    m_scopeBox = new QGroupBox(content);
    m_scopeBox->setObjectName(QStringLiteral("scopeBox"));
    m_wholeYear = new QRadioButton(m_scopeBox);
    m_wholeYear->setObjectName(QStringLiteral("wholeYearRadio"));
    m_wholeYear->setChecked(true);
    m_selectedStudentOnly = new QRadioButton(m_scopeBox);
    m_selectedStudentOnly->setObjectName(QStringLiteral("selectedStudentRadio"));
    auto* scopeGroup = new QButtonGroup(m_scopeBox);
    scopeGroup->addButton(m_wholeYear);
    scopeGroup->addButton(m_selectedStudentOnly);
    m_approvedOnly = new QCheckBox(m_scopeBox);
    m_approvedOnly->setObjectName(QStringLiteral("approvedOnlyCheck"));
    m_approvedOnly->setChecked(true);
    m_scopeSummary = explanationLabel(m_scopeBox, "scopeSummary");
    m_languageLabel = new QLabel(m_scopeBox);
    m_languageCombo = new QComboBox(m_scopeBox);
    m_languageCombo->setObjectName(QStringLiteral("documentLanguageCombo"));
    m_languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr")); // each language in its own name
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageLabel->setBuddy(m_languageCombo);
    m_formatLabel = new QLabel(m_scopeBox);
    m_formatCombo = new QComboBox(m_scopeBox);
    m_formatCombo->setObjectName(QStringLiteral("formatCombo"));
    m_formatCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_formatCombo->addItem(QString(), int(DocumentFormat::Pdf));
    m_formatCombo->addItem(QString(), int(DocumentFormat::Odt));
    m_formatLabel->setBuddy(m_formatCombo);
    {
        auto* scopeLayout = new QGridLayout(m_scopeBox);
        scopeLayout->setColumnStretch(1, 1);
        auto* radios = new QVBoxLayout;
        radios->addWidget(m_wholeYear);
        radios->addWidget(m_selectedStudentOnly);
        radios->addWidget(m_approvedOnly);
        radios->addWidget(m_scopeSummary);
        scopeLayout->addLayout(radios, 0, 0, 1, 2);
        auto* options = new QFormLayout;
        options->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        options->setHorizontalSpacing(12);
        options->addRow(m_languageLabel, m_languageCombo);
        options->addRow(m_formatLabel, m_formatCombo);
        scopeLayout->addLayout(options, 0, 2, Qt::AlignTop);
        scopeLayout->setHorizontalSpacing(24);
    }

    // Agreements
    m_agreementsBox = new QGroupBox(content);
    m_agreementsBox->setObjectName(QStringLiteral("agreementsBox"));
    m_agreementsText = explanationLabel(m_agreementsBox, "agreementsText");
    m_agreementsUnavailable = explanationLabel(m_agreementsBox, "agreementsUnavailable");
    m_agreementsUnavailable->hide();
    m_advisorLabel = new QLabel(m_agreementsBox);
    m_advisorEdit = new QLineEdit(m_agreementsBox);
    m_advisorEdit->setObjectName(QStringLiteral("advisorEdit"));
    m_advisorLabel->setBuddy(m_advisorEdit);
    m_agreementsButton = new QPushButton(m_agreementsBox);
    m_agreementsButton->setObjectName(QStringLiteral("agreementsButton"));
    {
        auto* layout = new QVBoxLayout(m_agreementsBox);
        layout->addWidget(m_agreementsText);
        layout->addWidget(m_agreementsUnavailable);
        auto* form = new QFormLayout;
        form->addRow(m_advisorLabel, m_advisorEdit);
        layout->addLayout(form);
        addButtonRow(layout, m_agreementsButton);
    }

    // Completion certificates
    m_certificatesBox = new QGroupBox(content);
    m_certificatesBox->setObjectName(QStringLiteral("certificatesBox"));
    m_certificatesText = explanationLabel(m_certificatesBox, "certificatesText");
    m_certificatesButton = new QPushButton(m_certificatesBox);
    m_certificatesButton->setObjectName(QStringLiteral("certificatesButton"));
    {
        auto* layout = new QVBoxLayout(m_certificatesBox);
        layout->addWidget(m_certificatesText);
        addButtonRow(layout, m_certificatesButton);
    }

    // Lists
    m_listsBox = new QGroupBox(content);
    m_listsBox->setObjectName(QStringLiteral("listsBox"));
    m_listsText = explanationLabel(m_listsBox, "listsText");
    m_listLabel = new QLabel(m_listsBox);
    m_listCombo = new QComboBox(m_listsBox);
    m_listCombo->setObjectName(QStringLiteral("listCombo"));
    for (ListKind kind : {ListKind::StudentStatus, ListKind::DeliverablesOwed, ListKind::TerGrades})
        m_listCombo->addItem(QString(), int(kind));
    m_listLabel->setBuddy(m_listCombo);
    m_listFormatLabel = new QLabel(m_listsBox);
    m_listFormatCombo = new QComboBox(m_listsBox);
    m_listFormatCombo->setObjectName(QStringLiteral("listFormatCombo"));
    m_listFormatCombo->addItem(QString(), false);
    m_listFormatCombo->addItem(QString(), true);
    m_listFormatLabel->setBuddy(m_listFormatCombo);
    m_delimiterLabel = new QLabel(m_listsBox);
    m_delimiterCombo = new QComboBox(m_listsBox);
    m_delimiterCombo->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiterCombo->addItem(QString(), QStringLiteral(";"));
    m_delimiterCombo->addItem(QString(), QStringLiteral(","));
    m_delimiterLabel->setBuddy(m_delimiterCombo);
    m_listButton = new QPushButton(m_listsBox);
    m_listButton->setObjectName(QStringLiteral("listButton"));
    {
        auto* layout = new QVBoxLayout(m_listsBox);
        layout->addWidget(m_listsText);
        auto* form = new QFormLayout;
        form->addRow(m_listLabel, m_listCombo);
        form->addRow(m_listFormatLabel, m_listFormatCombo);
        form->addRow(m_delimiterLabel, m_delimiterCombo);
        layout->addLayout(form);
        addButtonRow(layout, m_listButton);
    }
    connect(m_listFormatCombo, &QComboBox::currentIndexChanged, this, &DocumentsPage::updateEnabled);

    // Calendar
    m_calendarBox = new QGroupBox(content);
    m_calendarBox->setObjectName(QStringLiteral("calendarBox"));
    m_calendarText = explanationLabel(m_calendarBox, "calendarText");
    m_calendarButton = new QPushButton(m_calendarBox);
    m_calendarButton->setObjectName(QStringLiteral("calendarButton"));
    {
        auto* layout = new QVBoxLayout(m_calendarBox);
        layout->addWidget(m_calendarText);
        addButtonRow(layout, m_calendarButton);
    }

    // Reminders
    m_remindersBox = new QGroupBox(content);
    m_remindersBox->setObjectName(QStringLiteral("remindersBox"));
    m_remindersText = explanationLabel(m_remindersBox, "remindersText");
    m_remindersButton = new QPushButton(m_remindersBox);
    m_remindersButton->setObjectName(QStringLiteral("remindersButton"));
    m_emailButton = new QPushButton(m_remindersBox);
    m_emailButton->setObjectName(QStringLiteral("emailButton"));
    {
        auto* layout = new QVBoxLayout(m_remindersBox);
        layout->addWidget(m_remindersText);
        addButtonRow(layout, m_remindersButton, m_emailButton);
    }

    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    grid->addWidget(m_scopeBox, 0, 0, 1, 2);
    grid->addWidget(m_agreementsBox, 1, 0);
    grid->addWidget(m_certificatesBox, 1, 1);
    grid->addWidget(m_listsBox, 2, 0);
    grid->addWidget(m_calendarBox, 2, 1);
    grid->addWidget(m_remindersBox, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(4, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("documentsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    // What the last run did
    m_result = new FormMessage(this);
    m_result->setObjectName(QStringLiteral("documentsResult"));
    m_openFolderButton = new QPushButton(this);
    m_openFolderButton->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolderButton->hide();
    connect(m_openFolderButton, &QPushButton::clicked, this, [this] { openUrl(QUrl::fromLocalFile(m_folder)); });
    auto* resultRow = new QHBoxLayout;
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_openFolderButton, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 12);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(scroll, 1);
    layout->addLayout(resultRow);

    connect(m_agreementsButton, &QPushButton::clicked, this, [this] { generate(Output::Agreements); });
    connect(m_certificatesButton, &QPushButton::clicked, this, [this] { generate(Output::Certificates); });
    connect(m_listButton, &QPushButton::clicked, this, [this] { generate(Output::Lists); });
    connect(m_calendarButton, &QPushButton::clicked, this, [this] { generate(Output::Calendar); });
    connect(m_remindersButton, &QPushButton::clicked, this, [this] { generate(Output::Reminders); });
    connect(m_emailButton, &QPushButton::clicked, this, &DocumentsPage::emailSelectedStudent);
    connect(m_wholeYear, &QRadioButton::toggled, this, &DocumentsPage::updateScope);
    connect(m_approvedOnly, &QCheckBox::toggled, this, &DocumentsPage::updateScope);
    connect(m_watcher, &QFutureWatcher<std::shared_ptr<DocumentsOutcome>>::finished, this, &DocumentsPage::finish);
    // The worker thread reports each file; the dialog follows on the GUI thread.
    connect(
        this, &DocumentsPage::progressed, this,
        [this](int done, int total) {
            if (!m_progress || m_progress->wasCanceled())
                return;
            m_progress->setMaximum(total);
            m_progress->setValue(done);
        },
        Qt::QueuedConnection);

    connect(&m_workspace, &Workspace::yearLoaded, this, &DocumentsPage::updateProfile);
    connect(&m_workspace, &Workspace::rulesChanged, this, &DocumentsPage::updateProfile);
    connect(&m_workspace, &Workspace::yearLoaded, this, &DocumentsPage::updateScope);
    connect(&m_workspace, &Workspace::databaseChanged, this, &DocumentsPage::updateScope);
    connect(&m_workspace, &Workspace::itemChanged, this, &DocumentsPage::updateScope);
    connect(&m_workspace, &Workspace::actorChanged, this, [this] {
        if (m_advisorEdit->text().isEmpty() && m_workspace.actor().role == Role::Advisor)
            m_advisorEdit->setText(m_workspace.actor().name);
    });
    if (m_workspace.actor().role == Role::Advisor)
        m_advisorEdit->setText(m_workspace.actor().name);

    setLanguage(Translations::current() == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en"));
    retranslate();
}

DocumentsPage::~DocumentsPage()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

void DocumentsPage::setTexts(const QString& title, const QString& description)
{
    m_title->setText(title);
    m_description->setText(description);
    setAccessibleName(title);
}

void DocumentsPage::setSelectedStudentProvider(std::function<QString()> provider)
{
    m_selectedStudent = std::move(provider);
    updateScope();
}

void DocumentsPage::setLanguage(const QString& language)
{
    const int index = m_languageCombo->findData(language);
    if (index >= 0)
        m_languageCombo->setCurrentIndex(index);
}

QString DocumentsPage::language() const
{
    return m_languageCombo->currentData().toString();
}

void DocumentsPage::setDocumentFormat(DocumentFormat format)
{
    m_formatCombo->setCurrentIndex(m_formatCombo->findData(int(format)));
}

DocumentFormat DocumentsPage::documentFormat() const
{
    return DocumentFormat(m_formatCombo->currentData().toInt());
}

void DocumentsPage::setListKind(ListKind kind)
{
    m_listCombo->setCurrentIndex(m_listCombo->findData(int(kind)));
}

void DocumentsPage::setListPdf(bool pdf)
{
    m_listFormatCombo->setCurrentIndex(pdf ? 1 : 0);
}

void DocumentsPage::setCsvDelimiter(char delimiter)
{
    m_delimiterCombo->setCurrentIndex(delimiter == ',' ? 1 : 0);
}

void DocumentsPage::setSelectedOnly(bool selectedOnly)
{
    (selectedOnly ? m_selectedStudentOnly : m_wholeYear)->setChecked(true);
}

void DocumentsPage::setApprovedOnly(bool approvedOnly)
{
    m_approvedOnly->setChecked(approvedOnly);
}

QStringList DocumentsPage::studentsInScope() const
{
    if (!m_selectedStudentOnly->isChecked() || !m_selectedStudentOnly->isEnabled() || !m_selectedStudent)
        return {};
    const QString id = m_selectedStudent();
    if (id.isEmpty() || !m_workspace.student(id))
        return {};
    return {id};
}

QStringList DocumentsPage::internshipsInScope() const
{
    const QStringList students = studentsInScope();
    const bool approvedOnly = m_approvedOnly->isChecked();
    QStringList ids;
    for (const Internship& i : m_workspace.cohort().internships) {
        if (!students.isEmpty() && !students.contains(i.studentId))
            continue;
        if (i.state == WorkflowState::Rejected || i.state == WorkflowState::Cancelled)
            continue;
        // The states from "approved" to "validated" follow one another in WorkflowState.
        if (approvedOnly && (i.state < WorkflowState::Approved || i.state > WorkflowState::Validated))
            continue;
        ids.append(i.id);
    }
    return ids;
}

bool DocumentsPage::offersAgreements() const
{
    return agreementsApply(m_workspace.rules());
}

bool DocumentsPage::isRunning() const
{
    return m_watcher->isRunning();
}

void DocumentsPage::cancel()
{
    if (const std::shared_ptr<std::atomic_bool> flag = m_cancel)
        flag->store(true);
}

QString DocumentsPage::resultText() const
{
    return m_result->text();
}

QString DocumentsPage::lastDirectory() const
{
    if (!m_folder.isEmpty())
        return m_folder;
    if (!m_workspace.path().isEmpty())
        return QFileInfo(m_workspace.path()).absolutePath();
    return QDir::homePath();
}

QString DocumentsPage::chooseFolder(const QString& title)
{
    return QFileDialog::getExistingDirectory(this, title, lastDirectory());
}

QString DocumentsPage::chooseFile(const QString& title, const QString& suggestedName, const QString& filter)
{
    return QFileDialog::getSaveFileName(this, title, QDir(lastDirectory()).filePath(suggestedName), filter);
}

void DocumentsPage::openUrl(const QUrl& url)
{
    QDesktopServices::openUrl(url);
}

bool DocumentsPage::generate(Output output)
{
    if (isRunning() || !m_workspace.isOpen() || m_workspace.isLoading())
        return false;
    const QString year = m_workspace.cohort().year().toString();
    if (output == Output::Agreements && !offersAgreements()) {
        showResult(true, m_agreementsUnavailable->text());
        return false;
    }
    QString target;
    switch (output) {
    case Output::Agreements:
    case Output::Certificates:
        if (internshipsInScope().isEmpty()) {
            showResult(true, tr("No internship is in the scope chosen: there is nothing to write."));
            return false;
        }
        target = chooseFolder(output == Output::Agreements ? tr("Folder for the Agreements")
                                                           : tr("Folder for the Certificates"));
        break;
    case Output::Reminders:
        target = chooseFolder(tr("Folder for the Reminders"));
        break;
    case Output::Lists: {
        static const char* const names[] = {"students-status", "deliverables-owed", "ter-grades"};
        const bool pdf = m_listFormatCombo->currentData().toBool();
        const QString name = QStringLiteral("%1-%2.%3")
                                 .arg(QLatin1String(names[m_listCombo->currentIndex()]), year,
                                      pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
        target = chooseFile(tr("Save the List"), name, pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
        break;
    }
    case Output::Calendar:
        target = chooseFile(tr("Save the Calendar"), QStringLiteral("deadlines-%1.ics").arg(year),
                            tr("iCalendar files (*.ics)"));
        break;
    }
    if (target.isEmpty())
        return false;
    start(output, target);
    return true;
}

void DocumentsPage::start(Output output, const QString& target)
{
    Job job;
    job.output = output;
    job.cohort = m_workspace.cohort();
    job.check = m_workspace.checkResult();
    job.today = m_workspace.today();
    job.studentIds = studentsInScope();
    job.internshipIds = internshipsInScope();
    job.target = target;
    job.format = documentFormat();
    job.language = language();
    job.advisor = m_advisorEdit->text().trimmed();
    job.list = ListKind(m_listCombo->currentData().toInt());
    job.listPdf = m_listFormatCombo->currentData().toBool();
    job.csv.delimiter = m_delimiterCombo->currentData().toString() == QLatin1String(",") ? ',' : ';';
    job.decimalSeparator = job.listPdf ? QLocale().decimalPoint().at(0) : job.csv.decimalSeparator();

    m_running = output;
    m_target = target;
    m_folder = output == Output::Lists || output == Output::Calendar ? QFileInfo(target).absolutePath() : target;
    m_written.clear();
    m_failed = false;
    m_result->clearMessage();
    m_openFolderButton->hide();

    const bool batch = output == Output::Agreements || output == Output::Certificates;
    m_progress = new QProgressDialog(this);
    m_progress->setObjectName(QStringLiteral("documentsProgress"));
    m_progress->setWindowTitle(m_title->text());
    m_progress->setLabelText(output == Output::Agreements     ? tr("Writing the agreements…")
                             : output == Output::Certificates ? tr("Writing the certificates…")
                                                              : tr("Writing…"));
    m_progress->setCancelButtonText(tr("Stop After This File"));
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setRange(0, batch ? int(job.internshipIds.size()) : 0);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &DocumentsPage::cancel);

    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    const DocumentBatch::Progress progress = [this, cancelFlag](int done, int total) {
        emit progressed(done, total);
        return !cancelFlag->load();
    };
    updateEnabled();
    m_watcher->setFuture(QtConcurrent::run([job, progress]() {
        auto outcome = std::make_shared<DocumentsOutcome>();
        switch (job.output) {
        case Output::Agreements:
        case Output::Certificates: {
            const Result<DocumentBatchResult> done =
                job.output == Output::Agreements
                    ? DocumentBatch::writeAgreements(job.cohort, job.check.internships, job.internshipIds, job.target,
                                                     job.format, job.language, job.advisor, progress)
                    : DocumentBatch::writeCertificates(job.cohort, job.check.internships, job.internshipIds, job.target,
                                                       job.format, job.language, progress);
            if (!done) {
                outcome->ok = false;
                outcome->error = done.error();
            } else {
                outcome->written = done->written;
                outcome->cancelled = done->cancelled;
            }
            return outcome;
        }
        case Output::Lists: {
            const ExportTable table = job.list == ListKind::StudentStatus
                                          ? ListExport::studentStatus(job.cohort, job.check, job.studentIds)
                                      : job.list == ListKind::DeliverablesOwed
                                          ? ListExport::deliverablesOwed(job.cohort, job.studentIds, job.today)
                                          : ListExport::terGrades(job.cohort, job.studentIds);
            const Status s = job.listPdf ? ListExport::writePdf(table, job.target, job.decimalSeparator)
                                         : ListExport::writeCsv(table, job.target, job.csv);
            return fromStatus(outcome, s, job.target);
        }
        case Output::Calendar: {
            const QByteArray ics =
                CalendarExport::calendarIcs(job.cohort, job.check.internships, job.studentIds, job.today);
            return fromStatus(outcome, DocumentWriter::saveFile(ics, job.target), job.target);
        }
        case Output::Reminders: {
            if (Status s = DocumentWriter::checkFolder(job.target); !s)
                return fromStatus(outcome, s, QString());
            const QList<EmailDraft> drafts =
                Reminders::drafts(job.cohort, job.studentIds, job.today, job.language, job.advisor);
            const Result<QStringList> done = Reminders::writeEml(job.cohort, drafts, job.target);
            if (!done) {
                outcome->ok = false;
                outcome->error = done.error();
            } else {
                outcome->written = done.value();
            }
            return outcome;
        }
        }
        return outcome;
    }));
}

void DocumentsPage::finish()
{
    const std::shared_ptr<DocumentsOutcome> outcome = m_watcher->result();
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_cancel.reset();
    m_written = outcome->written;
    const QString folder = QDir::toNativeSeparators(m_folder);
    const int n = int(m_written.size());
    if (!outcome->ok) {
        showResult(true, outcome->error);
    } else {
        QString text;
        switch (m_running) {
        case Output::Agreements:
            text = outcome->cancelled ? tr("Stopped: %n agreement(s) written to %1 before you stopped.", nullptr, n)
                                      : tr("%n agreement(s) written to %1.", nullptr, n);
            break;
        case Output::Certificates:
            text = outcome->cancelled ? tr("Stopped: %n certificate(s) written to %1 before you stopped.", nullptr, n)
                                      : tr("%n certificate(s) written to %1.", nullptr, n);
            break;
        case Output::Lists:
            text = tr("The list was written to %1.");
            break;
        case Output::Calendar:
            text = tr("The calendar was written to %1.");
            break;
        case Output::Reminders:
            text = n == 0
                       ? tr("No student in the scope has anything missing: no reminder was written to %1.")
                       : tr("%n reminder(s) written to %1: open them in your mail program to send them.", nullptr, n);
            break;
        }
        const bool oneFile = m_running == Output::Lists || m_running == Output::Calendar;
        showResult(false, text.arg(oneFile ? QDir::toNativeSeparators(m_target) : folder));
    }
    m_openFolderButton->setVisible(!m_written.isEmpty());
    updateEnabled();
    emit finished();
}

void DocumentsPage::showResult(bool failed, const QString& text)
{
    m_failed = failed;
    m_result->showMessage(failed ? Severity::Error : Severity::Info, text);
    if (failed)
        m_openFolderButton->hide();
}

bool DocumentsPage::emailSelectedStudent()
{
    const QStringList ids = studentsInScope();
    const Student* student = ids.size() == 1 ? m_workspace.student(ids.first()) : nullptr;
    if (!student)
        return false;
    const std::optional<EmailDraft> draft = Reminders::draft(m_workspace.cohort(), *student, m_workspace.today(),
                                                             language(), m_advisorEdit->text().trimmed());
    if (!draft) {
        showResult(false, tr("Nothing is missing for %1: there is no reminder to send.").arg(student->name));
        return false;
    }
    if (draft->to.isEmpty()) {
        showResult(true, tr("%1 has no email address: add one on the student's card first.").arg(student->name));
        return false;
    }
    m_result->clearMessage();
    m_openFolderButton->hide();
    openUrl(Reminders::mailto(*draft));
    return true;
}

void DocumentsPage::updateScope()
{
    QString selectedName;
    if (m_selectedStudent) {
        const QString id = m_selectedStudent();
        if (const Student* s = id.isEmpty() ? nullptr : m_workspace.student(id))
            selectedName = s->name;
    }
    m_selectedStudentOnly->setEnabled(!selectedName.isEmpty());
    m_selectedStudentOnly->setText(selectedName.isEmpty()
                                       ? tr("The student selected on the Students page (none is selected)")
                                       : tr("Only %1, selected on the Students page").arg(selectedName));
    const int students = studentsInScope().isEmpty() ? int(m_workspace.cohort().students.size()) : 1;
    const int internships = int(internshipsInScope().size());
    m_wholeYear->setText(tr("The whole year (%n student(s))", nullptr, int(m_workspace.cohort().students.size())));
    m_scopeSummary->setText((offersAgreements()
                                 ? tr("Agreements and certificates: %n internship(s) of %1.", nullptr, internships)
                                 : tr("Certificates: %n internship(s) of %1.", nullptr, internships))
                                .arg(tr("%n student(s)", nullptr, students)));
    updateEnabled();
}

void DocumentsPage::updateEnabled()
{
    const bool ready = m_workspace.isOpen() && !m_workspace.isLoading() && !isRunning();
    for (QPushButton* b : {m_agreementsButton, m_certificatesButton, m_listButton, m_calendarButton, m_remindersButton})
        b->setEnabled(ready);
    m_emailButton->setEnabled(ready && studentsInScope().size() == 1);
    m_delimiterCombo->setEnabled(!m_listFormatCombo->currentData().toBool());
    m_delimiterLabel->setEnabled(m_delimiterCombo->isEnabled());
}

void DocumentsPage::showEvent(QShowEvent* event)
{
    updateScope(); // the selection on the Students page may have changed
    QWidget::showEvent(event);
}

void DocumentsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DocumentsPage::retranslate()
{
    m_scopeBox->setTitle(tr("For Whom"));
    m_languageLabel->setText(tr("&Language of documents and reminders:"));
    m_formatLabel->setText(tr("&Format of agreements and certificates:"));
    m_formatCombo->setItemText(0, tr("PDF (to print or sign)"));
    m_formatCombo->setItemText(1, tr("ODT (to edit in LibreOffice or Word)"));

    m_agreementsBox->setTitle(tr("Agreements"));
    m_agreementsText->setText(tr("One internship agreement (convention de stage) per internship, filled in from "
                                 "the database, ready to print and sign by the four parties."));
    m_advisorLabel->setText(tr("&Academic advisor who signs:"));
    m_advisorEdit->setPlaceholderText(tr("Name printed on the agreements"));
    m_agreementsButton->setText(tr("&Generate Agreements…"));

    m_certificatesBox->setTitle(tr("Completion Certificates"));
    m_certificatesText->setText(tr("One certificate (attestation de stage) per internship: the dates, the "
                                   "effective duration and the gratification paid, for the host to sign."));
    m_certificatesButton->setText(tr("Generate &Certificates…"));

    m_listsBox->setTitle(tr("Lists"));
    m_listsText->setText(tr("A list to print or to open in a spreadsheet, in the language of the interface."));
    m_listLabel->setText(tr("L&ist:"));
    m_listCombo->setItemText(0, tr("Where each student stands"));
    m_listCombo->setItemText(1, tr("Deliverables still owed"));
    m_listFormatLabel->setText(tr("F&ile type:"));
    m_listFormatCombo->setItemText(0, tr("CSV (spreadsheet)"));
    m_listFormatCombo->setItemText(1, tr("PDF (to print)"));
    m_delimiterLabel->setText(tr("&Separator:"));
    m_delimiterCombo->setItemText(0, tr("Semicolon ; (Excel in French)"));
    m_delimiterCombo->setItemText(1, tr("Comma , (Excel in English)"));
    m_listButton->setText(tr("Generate &List…"));

    m_calendarBox->setTitle(tr("Calendar"));
    m_calendarText->setText(tr("Every deadline of the students (proposals, signatures, start and end, reports) as "
                               "an iCalendar file that Outlook, Thunderbird or Google Calendar import."));
    m_calendarButton->setText(tr("Generate Ca&lendar…"));

    m_remindersBox->setTitle(tr("Reminders"));
    m_remindersText->setText(tr("An email draft to each student who has something missing or late (a proposal, "
                                "signatures, a report, seminars), saved as .eml files that your mail program "
                                "opens, ready to send. For the selected student, open it in your mail program "
                                "at once."));
    m_remindersButton->setText(tr("Generate &Reminders…"));
    m_emailButton->setText(tr("&Email the Selected Student…"));
    m_emailButton->setToolTip(tr("Select the student on the Students page, then choose “Only …, selected on the "
                                 "Students page” above."));

    m_openFolderButton->setText(tr("&Open the Folder"));
    updateProfile();
}

void DocumentsPage::updateProfile()
{
    const RuleSet& rules = m_workspace.rules();
    const bool agreements = agreementsApply(rules);
    m_approvedOnly->setText(agreements ? tr("Only internships approved or later (agreements and certificates)")
                                       : tr("Only internships approved or later (certificates)"));
    // No French internship law, no convention de stage: the section says why instead of offering it.
    m_agreementsUnavailable->setText(ProfileLabels::noAgreementsReason(rules));
    m_agreementsUnavailable->setVisible(!agreements);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_agreementsText, m_advisorLabel, m_advisorEdit, m_agreementsButton})
        w->setVisible(agreements);
    m_listCombo->setItemText(2, ProfileLabels::hasLabel(rules, ProfileLabels::Activity::Ter)
                                    ? tr("%1: grades").arg(ProfileLabels::singular(rules, ProfileLabels::Activity::Ter))
                                    : tr("TER grades"));
    updateScope();
}

} // namespace interntrack
