#include "StudentFileDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace interntrack {

namespace {

/// A file name from a person's name: letters and digits, words joined by "-".
QString fileStem(const QString& name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c.toLower());
        else if ((c.isSpace() || c == QLatin1Char('-')) && !out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("my-proposals") : out;
}

} // namespace

QString StudentFileDialog::suffix()
{
    return QStringLiteral("interntrack-student");
}

QString StudentFileDialog::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

StudentFileDialog::StudentFileDialog(QDate today, const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_folder(folder)
    , m_intro(new QLabel(this))
    , m_yearLabel(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_emailLabel(new QLabel(this))
    , m_numberLabel(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_year(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_number(new QLineEdit(this))
    , m_path(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_browse(new QPushButton(this))
{
    setObjectName(QStringLiteral("studentFileDialog"));

    // From May on, students prepare the next year.
    const AcademicYear current = AcademicYear::containing(today);
    const AcademicYear offered =
        today.month() >= 5 && today.month() <= 8 ? AcademicYear{current.startYear + 1} : current;
    for (int y = offered.startYear - 1; y <= offered.startYear + 1; ++y)
        m_year->addItem(AcademicYear{y}.toString(), y);
    m_year->setCurrentIndex(m_year->findData(offered.startYear));
    m_year->setObjectName(QStringLiteral("yearCombo"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_number->setObjectName(QStringLiteral("studentNumberEdit"));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setMinimumWidth(420);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    m_yearLabel->setBuddy(m_year);
    m_nameLabel->setBuddy(m_name);
    m_emailLabel->setBuddy(m_email);
    m_numberLabel->setBuddy(m_number);
    m_pathLabel->setBuddy(m_path);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QGridLayout;
    form->setColumnStretch(1, 1);
    int row = 0;
    for (auto [label, input] : {std::pair<QLabel*, QWidget*>{m_yearLabel, m_year},
                                {m_nameLabel, m_name},
                                {m_emailLabel, m_email},
                                {m_numberLabel, m_number}}) {
        form->addWidget(label, row, 0, Qt::AlignRight | Qt::AlignVCenter);
        form->addWidget(input, row++, 1, input == m_year ? Qt::AlignLeft : Qt::Alignment());
    }
    form->addWidget(m_pathLabel, row, 0, Qt::AlignRight | Qt::AlignVCenter);
    form->addLayout(pathRow, row, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &StudentFileDialog::browse);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathTyped = true; });
    for (QLineEdit* edit : {m_name, m_email, m_number, m_path})
        connect(edit, &QLineEdit::textChanged, this, &StudentFileDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &StudentFileDialog::suggestPath);
    connect(m_year, &QComboBox::currentIndexChanged, this, &StudentFileDialog::suggestPath);

    retranslate();
    suggestPath();
    validate();
}

void StudentFileDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        validate();
    }
    QDialog::changeEvent(event);
}

void StudentFileDialog::retranslate()
{
    setWindowTitle(tr("New Personal File"));
    m_intro->setText(tr("Your personal file keeps your proposals (internship, TER, summer school, seminars) for one "
                        "academic year, on this computer. The advisor finds you by your email and student number: "
                        "give the ones of the university."));
    m_yearLabel->setText(tr("&Academic year:"));
    m_nameLabel->setText(tr("Your &name:"));
    m_emailLabel->setText(tr("&Email:"));
    m_numberLabel->setText(tr("Student n&umber:"));
    m_pathLabel->setText(tr("&File:"));
    m_browse->setText(tr("Browse…"));
    m_year->setAccessibleName(tr("Academic year"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("First name and last name"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(tr("firstname.lastname@universite-paris-saclay.fr"));
    m_number->setAccessibleName(tr("Student number"));
    m_number->setPlaceholderText(tr("Optional"));
    m_path->setAccessibleName(tr("Personal file"));
    m_browse->setAccessibleName(tr("Choose where to save the personal file"));
    m_problem->setAccessibleName(tr("Problem"));
}

AcademicYear StudentFileDialog::year() const
{
    return AcademicYear{m_year->currentData().toInt()};
}

void StudentFileDialog::setYear(AcademicYear year)
{
    int index = m_year->findData(year.startYear);
    if (index < 0) {
        m_year->addItem(year.toString(), year.startYear);
        index = m_year->count() - 1;
    }
    m_year->setCurrentIndex(index);
}

Student StudentFileDialog::student() const
{
    Student s;
    s.name = m_name->text().simplified();
    s.email = m_email->text().trimmed();
    s.studentNumber = m_number->text().trimmed();
    return s;
}

void StudentFileDialog::setStudent(const Student& student)
{
    m_name->setText(student.name);
    m_email->setText(student.email);
    m_number->setText(student.studentNumber);
}

QString StudentFileDialog::path() const
{
    return m_path->text().trimmed();
}

void StudentFileDialog::setPath(const QString& path)
{
    m_pathTyped = true;
    m_path->setText(path);
}

QString StudentFileDialog::problem() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

void StudentFileDialog::suggestPath()
{
    if (m_pathTyped)
        return;
    const QString name = QStringLiteral("%1-%2.%3").arg(fileStem(m_name->text()), year().toString(), suffix());
    const QSignalBlocker block(m_path);
    m_path->setText(QDir::toNativeSeparators(QDir(m_folder).filePath(name)));
    validate();
}

void StudentFileDialog::browse()
{
    QString chosen = QFileDialog::getSaveFileName(this, tr("New Personal File"), path(),
                                                  tr("InternTrack personal files (*.%1)").arg(suffix()));
    if (chosen.isEmpty())
        return;
    if (!chosen.endsWith(QLatin1Char('.') + suffix()))
        chosen += QLatin1Char('.') + suffix();
    setPath(QDir::toNativeSeparators(chosen));
}

void StudentFileDialog::validate()
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const Student s = student();
    const QFileInfo info(path());
    QString problem;
    if (s.name.isEmpty())
        problem = tr("Give your name.");
    else if (!email.match(s.email).hasMatch())
        problem = tr("Give your email address (name@domain), so that the advisor can answer you.");
    else if (path().isEmpty())
        problem = tr("Choose a file name.");
    else if (info.exists())
        problem = tr("%1 already exists: choose another name (to open it, use File > Open).").arg(info.fileName());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace interntrack
