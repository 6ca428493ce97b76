#include "NewDatabaseDialog.h"

#include "domain/Profiles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace interntrack {

NewDatabaseDialog::NewDatabaseDialog(QDate today, const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_year(new QComboBox(this))
    , m_profile(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newDatabaseDialog"));
    setWindowTitle(tr("New Database"));

    addYearsAround(m_year, today);
    const AcademicYear offered{m_year->currentData().toInt()};
    m_year->setObjectName(QStringLiteral("yearCombo"));
    m_year->setAccessibleName(tr("Academic year"));

    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setAccessibleName(tr("Database file"));
    m_path->setText(QDir(folder).filePath(QStringLiteral("m1-ai-%1.interntrack").arg(offered.toString())));
    m_path->setMinimumWidth(420);
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, &NewDatabaseDialog::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);

    // The programmes InternTrack knows (resources/profiles): their rules, calendar and legal framework.
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    addShippedProfiles(m_profile);
    auto* note = new QLabel(tr("The new database starts from the rules of that programme for that year; the "
                               "advisor can change them in Settings."),
                            this);
    note->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Programme:"), m_profile);
    form->addRow(tr("&Academic year:"), m_year);
    form->addRow(tr("&File:"), pathRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &NewDatabaseDialog::validate);
    validate();
}

void NewDatabaseDialog::addShippedProfiles(QComboBox* combo)
{
    for (const QString& id : Profiles::ids()) {
        const Result<RuleSet> rules = Profiles::load(id, AcademicYear{2025});
        const QString name = rules ? rules->profile.name : id;
        combo->addItem(
            rules && !rules->profile.institution.isEmpty() ? tr("%1 — %2").arg(name, rules->profile.institution) : name,
            id);
    }
}

void NewDatabaseDialog::addYearsAround(QComboBox* combo, QDate today)
{
    // From May on, a programme prepares the next year.
    const AcademicYear current = AcademicYear::containing(today);
    const AcademicYear offered =
        today.month() >= 5 && today.month() <= 8 ? AcademicYear{current.startYear + 1} : current;
    for (int y = offered.startYear - 3; y <= offered.startYear + 2; ++y)
        combo->addItem(AcademicYear{y}.toString(), y);
    combo->setCurrentIndex(combo->findData(offered.startYear));
}

QString NewDatabaseDialog::path() const
{
    return m_path->text().trimmed();
}

void NewDatabaseDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

AcademicYear NewDatabaseDialog::year() const
{
    return AcademicYear{m_year->currentData().toInt()};
}

QString NewDatabaseDialog::profileId() const
{
    return m_profile->currentData().toString();
}

void NewDatabaseDialog::setYear(AcademicYear year)
{
    const int index = m_year->findData(year.startYear);
    if (index >= 0)
        m_year->setCurrentIndex(index);
}

void NewDatabaseDialog::browse()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("New Database"), path(), tr("InternTrack databases (*.interntrack)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen.endsWith(QLatin1String(".interntrack")) ? chosen
                                                                       : chosen + QStringLiteral(".interntrack"));
}

void NewDatabaseDialog::validate()
{
    QString problem;
    const QFileInfo info(path());
    if (path().isEmpty())
        problem = tr("Choose a file name.");
    else if (info.exists())
        problem = tr("%1 already exists: choose another name (to open it, use File > Open).").arg(info.fileName());
    else if (!info.absoluteDir().exists())
        problem = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace interntrack
